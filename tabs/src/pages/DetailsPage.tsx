import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { LazyMeetingDetails } from '../features/meetings/lazyViews';
import { renderMemberAvatar } from '../features/spaces/MemberAvatar';
import { MemberList } from '../features/spaces/MemberList';
import { SpaceOverview } from '../features/spaces/SpaceOverview';
import { SpaceScope } from '../features/spaces/SpaceScope';
import { useTeams } from '../teams/context';

/** The meeting details tab: preparing the sales meeting of the team before it starts. */
export function DetailsPage() {
  const intl = useIntl();
  const { info } = useTeams();
  return (
    <Page title={intl.formatMessage({ id: 'details.title' })} purpose={intl.formatMessage({ id: 'details.purpose' })}>
      <SpaceScope>
        {({ space, members }) => (
          <>
            <SpaceOverview space={space} />
            <LazyMeetingDetails space={space} members={members} />
            <MemberList
              renderAvatar={renderMemberAvatar}
              members={members}
              heading={intl.formatMessage({ id: 'details.invitees' })}
              meId={info.user?.id}
            />
          </>
        )}
      </SpaceScope>
    </Page>
  );
}
