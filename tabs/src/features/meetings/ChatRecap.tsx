import type { SpaceResponse } from '@coachboard/api/domain';
import { Spinner, Text } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { meetingMessages } from '../../i18n/en.meetings';
import { withMessages } from '../../i18n/withMessages';
import { Recap } from './Recap';
import { useContextMeeting } from './queries';

/** Props of {@link ChatRecap}. */
export interface ChatRecapProps {
  space: SpaceResponse;
}

/** The meeting chat tab: the recap of this meeting once it has ended (or of the latest ended one outside a meeting). */
function ChatRecap({ space }: ChatRecapProps) {
  const intl = useIntl();
  const context = useContextMeeting(space.id);
  if (context.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} />;
  const meeting = context.inTeamsMeeting
    ? context.meeting
    : (context.meetings.find((m) => m.status === 'ended') ?? null);
  if (!meeting) return <Text as="p">{intl.formatMessage({ id: 'meetings.none' })}</Text>;
  if (meeting.status !== 'ended') return <Text as="p">{intl.formatMessage({ id: 'meetings.recap.notYet' })}</Text>;
  return <Recap spaceId={space.id} meetingId={meeting.id} />;
}

/** ChatRecap with the meetings texts, which load with it. */
export default withMessages(meetingMessages)(ChatRecap);
