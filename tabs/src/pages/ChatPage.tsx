import { can } from '@coachboard/api/domain';
import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { LazyChatRecap } from '../features/meetings/lazyViews';
import { LazyAddPeople } from '../features/people/lazyViews';
import { renderMemberAvatar } from '../features/spaces/MemberAvatar';
import { MemberList } from '../features/spaces/MemberList';
import { SpaceOverview } from '../features/spaces/SpaceOverview';
import { SpaceScope } from '../features/spaces/SpaceScope';
import { useTeams } from '../teams/context';

/** The meeting chat tab: the recap of the sales meeting, for the team. */
export function ChatPage() {
  const intl = useIntl();
  const { info } = useTeams();
  return (
    <Page title={intl.formatMessage({ id: 'chat.title' })} purpose={intl.formatMessage({ id: 'chat.purpose' })}>
      <SpaceScope>
        {({ space, members }) => (
          <>
            <SpaceOverview space={space} />
            <LazyChatRecap space={space} />
            <MemberList
              renderAvatar={renderMemberAvatar}
              members={members}
              heading={intl.formatMessage({ id: 'chat.owners' })}
              meId={info.user?.id}
            />
            {/* A team made in a meeting chat has no channel tab: its manager adds people here. */}
            {can(space.myRole, 'members.invite') ? <LazyAddPeople space={space} members={members} /> : null}
          </>
        )}
      </SpaceScope>
    </Page>
  );
}
