import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { LINKED_CONTENT } from '../features/linkedContent';
import { LazyGuestStage, LazyStageView } from '../features/meetings/lazyViews';
import { renderMemberAvatar } from '../features/spaces/MemberAvatar';
import { MemberList } from '../features/spaces/MemberList';
import { SpaceFacts } from '../features/spaces/SpaceFacts';
import { SpaceScope } from '../features/spaces/SpaceScope';
import { useTeams } from '../teams/context';

// A shared role-play loads its own view; the stage's first render stays the team's.
const RoleplayStage = lazy(() => import('../features/roleplays/RoleplayStage'));

/** The meeting stage (1280×720 and up): the team's name and roster, readable from across a room. */
export function StagePage() {
  const intl = useIntl();
  const { info } = useTeams();
  // `?practiceId=` shares one practice's spotlight to the stage.
  const practiceId = new URLSearchParams(window.location.search).get('practiceId');
  const Spotlight = LINKED_CONTENT.practice;
  // `?boardId=` shares one account board to the stage.
  const boardId = new URLSearchParams(window.location.search).get('boardId');
  const Board = LINKED_CONTENT.board;
  // `?roleplayId=` shares one role-play (scenario, cast, the big round timer) to the stage.
  const roleplayId = new URLSearchParams(window.location.search).get('roleplayId');
  return (
    <SpaceScope
      frame={(content) => (
        <Page density="stage" title={intl.formatMessage({ id: 'stage.title' })}>
          {content}
        </Page>
      )}
      guest={(spaceId) => <LazyGuestStage spaceId={spaceId} />}
    >
      {({ space, members }) => (
        <Page density="stage" title={space.name} purpose={intl.formatMessage({ id: 'stage.purpose' })}>
          {practiceId && Spotlight ? (
            <Suspense fallback={null}>
              <Spotlight spaceId={space.id} id={practiceId} density="stage" />
            </Suspense>
          ) : null}
          {boardId && Board ? (
            <Suspense fallback={null}>
              <Board spaceId={space.id} id={boardId} density="stage" />
            </Suspense>
          ) : null}
          {roleplayId ? (
            <Suspense fallback={null}>
              <RoleplayStage spaceId={space.id} roleplayId={roleplayId} />
            </Suspense>
          ) : null}
          <SpaceFacts space={space} density="stage" />
          {/* One timer on the stage: a shared role-play's round clock replaces the agenda's countdown. */}
          {roleplayId ? null : <LazyStageView space={space} />}
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
