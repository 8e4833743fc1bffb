import type { MyAdoptionListResponse } from '@coachboard/api/domain';
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { practiceMessages } from '../../i18n/en.practices';
import { withMessages } from '../../i18n/withMessages';
import { OutcomeForm } from './OutcomeForm';
import { OUTCOME_LABELS, STATUS_LABELS } from './outcomeLabels';
import { useMyAdoptions } from './queries';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  text: { margin: 0, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type MyAdoption = MyAdoptionListResponse['items'][number];

/** The personal tab's "Practices I'm trying": due ones first, each with a form to record how it went. */
function MyPracticesContent() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const adoptions = useMyAdoptions();

  let content;
  if (adoptions.isPending) content = <LoadingState label={intl.formatMessage({ id: 'practices.mine.loading' })} />;
  else if (adoptions.isError)
    content = (
      <ErrorState title="practices.mine.failed" error={adoptions.error} onRetry={() => void adoptions.refetch()} />
    );
  else if (adoptions.data.items.length === 0)
    content = (
      <Text as="p" className={styles.text}>
        {intl.formatMessage({ id: 'practices.mine.empty' })}
      </Text>
    );
  else
    content = (
      <>
        <Text as="p" className={styles.text}>
          {intl.formatMessage({ id: 'practices.mine.due' }, { count: adoptions.data.dueCount })}
        </Text>
        <ul className={styles.list} aria-labelledby={headingId}>
          {adoptions.data.items.map((adoption) => (
            <AdoptionItem key={`${adoption.spaceId}/${adoption.practiceId}`} adoption={adoption} />
          ))}
        </ul>
      </>
    );

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.mine.heading' })}
      </Text>
      {content}
    </section>
  );
}

function AdoptionItem({ adoption }: { adoption: MyAdoption }) {
  const intl = useIntl();
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {adoption.title}
        </Text>
        <Badge appearance="tint" color={adoption.status === 'due' ? 'warning' : 'informative'}>
          {intl.formatMessage({ id: STATUS_LABELS[adoption.status] })}
        </Badge>
      </div>
      <Text as="p" className={styles.muted}>
        {intl.formatMessage(
          { id: 'practices.mine.from' },
          { author: adoption.authorName, space: adoption.spaceName, date: new Date(adoption.adoptedAt) },
        )}
      </Text>
      <Text as="p" className={styles.text}>
        {adoption.resultText}
      </Text>
      {adoption.outcome ? (
        <Text as="p" className={styles.text}>
          {intl.formatMessage(
            { id: 'practices.mine.recorded' },
            { outcome: intl.formatMessage({ id: OUTCOME_LABELS[adoption.outcome] }) },
          )}
          {adoption.note ? ` — ${adoption.note}` : ''}
        </Text>
      ) : (
        <OutcomeForm spaceId={adoption.spaceId} practiceId={adoption.practiceId} title={adoption.title} />
      )}
    </li>
  );
}

/** MyPractices with the practices texts, which load with it. */
export const MyPractices = withMessages(practiceMessages)(MyPracticesContent);
