import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { renderMemberAvatar } from '../features/spaces/MemberAvatar';
import { MemberList } from '../features/spaces/MemberList';
import { SpaceFacts } from '../features/spaces/SpaceFacts';
import { SpaceScope } from '../features/spaces/SpaceScope';
import { useTeams } from '../teams/context';

/** The meeting stage (1280×720 and up): the team's name and roster, readable from across a room. */
export function StagePage() {
  const intl = useIntl();
  const { info } = useTeams();
  return (
    <SpaceScope
      frame={(content) => (
        <Page density="stage" title={intl.formatMessage({ id: 'stage.title' })}>
          {content}
        </Page>
      )}
    >
      {({ space, members }) => (
        <Page density="stage" title={space.name} purpose={intl.formatMessage({ id: 'stage.purpose' })}>
          <SpaceFacts space={space} density="stage" />
          <MemberList
            renderAvatar={renderMemberAvatar}
            members={members}
            heading={intl.formatMessage({ id: 'stage.roster' })}
            meId={info.user?.id}
            density="stage"
          />
        </Page>
      )}
    </SpaceScope>
  );
}
