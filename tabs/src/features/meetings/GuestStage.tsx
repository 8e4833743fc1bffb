import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { StateMessage } from '../../components/StateMessage';
import { meetingMessages } from '../../i18n/en.meetings';
import { withMessages } from '../../i18n/withMessages';
import { ApiError } from '../../lib/api';
import { useApi } from '../../lib/apiContext';
import { useTeams } from '../../teams/context';
import { localDate, readMeetingDetails } from '../../teams/meetingDetails';

/** How often a guest's stage rereads the agenda (the current item moves on). */
const GUEST_POLL_MS = 5_000;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column' },
  current: { fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0 },
});

/** Props of {@link GuestStage}. */
export interface GuestStageProps {
  spaceId: string;
}

/**
 * The stage as an attendee who is not a member sees it: the team's name, the meeting and its agenda
 * lines, the current one marked while it runs. Read-only, and it asks for nothing members see alone.
 */
function GuestStage({ spaceId }: GuestStageProps) {
  const intl = useIntl();
  const styles = useStyles();
  const api = useApi();
  const headingId = useId();
  const { info } = useTeams();
  const view = useQuery({
    queryKey: ['meetings', 'guestView', spaceId, info.meetingId],
    enabled: info.meetingId !== null,
    refetchInterval: (query) => (query.state.error ? false : GUEST_POLL_MS),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
    queryFn: async () => {
      const details = await readMeetingDetails(info.inTeams);
      return api.viewOccurrence(spaceId, {
        teamsMeetingId: info.meetingId ?? '',
        ...(info.chatId ? { chatId: info.chatId } : {}),
        ...(details ? { details } : {}),
        localDate: localDate(),
      });
    },
  });
  if (view.isPending && info.meetingId !== null) {
    return <Spinner label={intl.formatMessage({ id: 'meetings.loading' })} />;
  }
  if (!view.data) {
    return (
      <StateMessage title={intl.formatMessage({ id: 'space.guest.title' })}>
        {intl.formatMessage({ id: 'space.guest.body' })}
      </StateMessage>
    );
  }
  const { spaceName, meeting, agenda, currentItemId } = view.data;
  const current = agenda.find((item) => item.id === currentItemId);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={700} weight="semibold" className={styles.heading}>
        {spaceName}
      </Text>
      <Text as="p" size={500}>
        {intl.formatMessage(
          { id: 'meetings.pickerOption' },
          {
            title: meeting.title,
            date: intl.formatDate(meeting.scheduledStart, { dateStyle: 'medium' }),
            status: meeting.status,
          },
        )}
      </Text>
      <Text as="p">{intl.formatMessage({ id: 'meetings.guest.readOnly' })}</Text>
      {current ? (
        <Text as="p" size={600} weight="semibold">
          {intl.formatMessage({ id: 'meetings.guest.now' }, { title: current.title })}
        </Text>
      ) : null}
      <Text as="h3" size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'meetings.guest.agenda' })}
      </Text>
      {agenda.length === 0 ? (
        <Text as="p">{intl.formatMessage({ id: 'meetings.guest.empty' })}</Text>
      ) : (
        <ol className={styles.list}>
          {agenda.map((item) => (
            <li
              key={item.id}
              aria-current={item.id === currentItemId ? 'step' : undefined}
              className={item.id === currentItemId ? styles.current : undefined}
            >
              <Text size={500}>{item.title}</Text>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** GuestStage with the meetings texts, which load with it. */
export default withMessages(meetingMessages)(GuestStage);
