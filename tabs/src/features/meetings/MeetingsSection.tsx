import type { MeetingResponse } from '@coachboard/api/domain';
import { Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { meetingMessages } from '../../i18n/en.meetings';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { StartNextWeek } from './MeetingDetails';
import { SellingRatioChart } from './SellingRatioChart';
import { useMeetings } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // A heading never touches its text.
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/** How many past meetings the chart compares. */
const CHART_MEETINGS = 6;

/**
 * Meetings in the order people need them: running now, then upcoming (soonest first), then past
 * (latest first).
 */
export function orderMeetings(meetings: readonly MeetingResponse[]): {
  running: MeetingResponse[];
  upcoming: MeetingResponse[];
  past: MeetingResponse[];
} {
  const by = (status: MeetingResponse['status']) => meetings.filter((m) => m.status === status);
  return {
    running: by('running').sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart)),
    upcoming: by('draft').sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart)),
    past: by('ended').sort((a, b) => b.scheduledStart.localeCompare(a.scheduledStart)),
  };
}

/** The channel tab's "Meetings": upcoming and past meetings, and the selling-time ratio across the last ones. */
function MeetingsSection({ space }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const runningId = useId();
  const upcomingId = useId();
  const pastId = useId();
  const meetings = useMeetings(space.id);
  if (meetings.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} />;
  if (meetings.isError) return <Notice intent="error">{intl.formatMessage({ id: 'meetings.loadFailedShort' })}</Notice>;
  const { running, upcoming, past } = orderMeetings(meetings.data);
  const link = (meetingId: string) =>
    `/details?spaceId=${encodeURIComponent(space.id)}&meetingId=${encodeURIComponent(meetingId)}`;
  const describe = (title: string, start: string) =>
    intl.formatMessage(
      { id: 'meetings.section.item' },
      { title, date: intl.formatDate(start, { dateStyle: 'medium', timeStyle: 'short' }) },
    );
  const latest = past[0];
  return (
    <div className={styles.root}>
      {running.length > 0 ? (
        <section aria-labelledby={runningId} className={styles.section}>
          <Text as="h3" id={runningId} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'meetings.section.running' })}
          </Text>
          <ul className={styles.list} aria-labelledby={runningId}>
            {running.map((m) => (
              <li key={m.id}>
                <Link href={link(m.id)}>{describe(m.title, m.scheduledStart)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby={upcomingId} className={styles.section}>
        <Text as="h3" id={upcomingId} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'meetings.section.upcoming' })}
        </Text>
        {upcoming.length === 0 ? (
          <Text as="p" className={styles.heading}>
            {intl.formatMessage({ id: 'meetings.section.noUpcoming' })}
          </Text>
        ) : (
          <ul className={styles.list} aria-labelledby={upcomingId}>
            {upcoming.map((m) => (
              <li key={m.id}>
                <Link href={link(m.id)}>{describe(m.title, m.scheduledStart)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={pastId} className={styles.section}>
        <Text as="h3" id={pastId} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'meetings.section.past' })}
        </Text>
        {past.length === 0 ? (
          <Text as="p" className={styles.heading}>
            {intl.formatMessage({ id: 'meetings.section.noPast' })}
          </Text>
        ) : (
          <ul className={styles.list} aria-labelledby={pastId}>
            {past.map((m) => (
              <li key={m.id}>
                <Text>
                  {describe(m.title, m.scheduledStart)}
                  {m.summary
                    ? ` — ${intl.formatMessage(
                        { id: 'meetings.section.ratio' },
                        { percent: Math.round(m.summary.actualSellingRatio * 100) },
                      )}`
                    : ''}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
      <SellingRatioChart meetings={past.slice(0, CHART_MEETINGS).reverse()} />
      {latest && space.myRole !== 'contributor' ? <StartNextWeek spaceId={space.id} meetingId={latest.id} /> : null}
    </div>
  );
}

/** MeetingsSection with the meetings texts, which load with it. */
export default withMessages(meetingMessages)(MeetingsSection);
