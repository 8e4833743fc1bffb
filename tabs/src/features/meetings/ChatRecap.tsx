import type { SpaceResponse } from '@coachboard/api/domain';
import { Spinner, Text } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { meetingMessages } from '../../i18n/en.meetings';
import { withMessages } from '../../i18n/withMessages';
import { useTeams } from '../../teams/context';
import { Recap } from './Recap';
import { useMeetings } from './queries';

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
    return <Text as="p">{intl.formatMessage({ id: all.length > 0 ? 'meetings.recap.notYet' : 'meetings.none' })}</Text>;
  }
  return <Recap spaceId={space.id} meetingId={meeting.id} />;
}

/** ChatRecap with the meetings texts, which load with it. */
export default withMessages(meetingMessages)(ChatRecap);
