import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { agreementsMessages } from '../../i18n/en.agreements';
import { withMessages } from '../../i18n/withMessages';
import { CommitmentItem } from './CommitmentItem';
import { useTeamAgreements } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link AgreementReview}. */
export interface AgreementReviewProps {
  spaceId: string;
  repId: string;
  repName: string;
}

/**
 * In a 1:1 (the coaching session in the side panel): the commitments of the rep's agreements with the
 * manager, both ways, each to mark kept, missed or renegotiated. Overdue ones stay until marked.
 */
function AgreementReview({ spaceId, repId, repName }: AgreementReviewProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const team = useTeamAgreements(spaceId);
  if (team.isError) return null;
  const agreements = (team.data ?? []).filter((a) => a.repId === repId && a.viewer !== 'observer');
  const open = agreements.flatMap((a) => a.commitments.filter((c) => c.review === null).map((c) => ({ a, c })));
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'agreements.panel.heading' })}
      </Text>
      {team.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'agreements.loading' })} /> : null}
      {team.isSuccess && open.length === 0 ? (
        <Text className={styles.meta}>{intl.formatMessage({ id: 'agreements.panel.none' }, { rep: repName })}</Text>
      ) : (
        <ul className={styles.list}>
          {open.map(({ a, c }) => (
            <CommitmentItem key={`${a.id}|${c.actionId}`} spaceId={spaceId} agreement={a} commitment={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

export default withMessages(agreementsMessages)(AgreementReview);
