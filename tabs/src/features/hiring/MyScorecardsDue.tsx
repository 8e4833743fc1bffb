import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { hiringMessages } from '../../i18n/en.hiring';
import { withMessages } from '../../i18n/withMessages';
import { useScorecardsDue } from './hiringApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** The personal tab's "My scorecards due": the loops, in all my teams, where my card is still due. */
function MyScorecardsDue() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const due = useScorecardsDue();
  if (due.isSuccess && due.data.items.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'hiring.due.heading' })}
      </Text>
      {due.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'hiring.loading' })} /> : null}
      {due.isError ? <Notice intent="error">{intl.formatMessage({ id: 'hiring.loadFailed' })}</Notice> : null}
      <ul className={styles.list}>
        {due.data?.items.map((item) => (
          <li key={item.loopId}>
            <Text>
              {intl.formatMessage(
                { id: 'hiring.due.line' },
                { candidate: item.candidateName, profile: item.profileName, team: item.spaceName },
              )}
            </Text>
            {item.interviewDates.length > 0 ? (
              <Text> {intl.formatMessage({ id: 'hiring.due.dates' }, { dates: item.interviewDates.join(', ') })}</Text>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default withMessages(hiringMessages)(MyScorecardsDue);
