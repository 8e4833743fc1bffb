import { can, type SpaceResponse } from '@coachboard/api/domain';
import { Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { meetingMessages } from '../../i18n/en.meetings';
import { withMessages } from '../../i18n/withMessages';
import { useTeams } from '../../teams/context';
import { Recap } from './Recap';
import { useMeetings } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { margin: 0 },
});

/** Props of {@link ChatRecap}. */
export interface ChatRecapProps {
  space: SpaceResponse;
}

/**
 * The meeting chat tab: the recap of the latest ended meeting — of this Teams meeting's series (every
 * occurrence shares the chat) or, outside a meeting, of the space. Reading it never opens an occurrence.
 */
function ChatRecap({ space }: ChatRecapProps) {
  const intl = useIntl();
  const { info } = useTeams();
  const meetings = useMeetings(space.id, info.meetingId);
  if (meetings.isPending && !meetings.isError) {
    return <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} />;
  }
  const all = meetings.data ?? [];
  const meeting = all.find((m) => m.status === 'ended') ?? null;
  if (!meeting) {
    if (all.length > 0 || !info.meetingId) {
      return (
        <Text as="p">{intl.formatMessage({ id: all.length > 0 ? 'meetings.recap.notYet' : 'meetings.none' })}</Text>
      );
    }
    return <TeamLastRecap space={space} />;
  }
  return <Recap spaceId={space.id} meetingId={meeting.id} />;
}

/**
 * The chat of a Teams meeting without a Coachboard agenda: the team's last recap (its meetings go on
 * elsewhere), and an offer to plan this one in the meeting's Coachboard tab.
 */
function TeamLastRecap({ space }: ChatRecapProps) {
  const intl = useIntl();
  const styles = useStyles();
  const meetings = useMeetings(space.id);
  if (meetings.isPending && !meetings.isError) {
    return <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} />;
  }
  const last = (meetings.data ?? []).find((m) => m.status === 'ended') ?? null;
  const plan = can(space.myRole, 'meetings.plan') ? (
    <Link href={`/details?spaceId=${encodeURIComponent(space.id)}`}>
      {intl.formatMessage({ id: 'meetings.chat.plan' })}
    </Link>
  ) : null;
  return (
    <div className={styles.root}>
      <Text as="p" className={styles.text}>
        {intl.formatMessage({ id: last ? 'meetings.chat.noAgendaLastRecap' : 'meetings.chat.noAgenda' })}
      </Text>
      {plan}
      {last ? <Recap spaceId={space.id} meetingId={last.id} /> : null}
    </div>
  );
}

/** ChatRecap with the meetings texts, which load with it. */
export default withMessages(meetingMessages)(ChatRecap);
