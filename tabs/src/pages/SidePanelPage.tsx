import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { ShareToStage, type ShareToStageTexts } from '../components/ShareToStage';
import { LazyBarrierEntry } from '../features/barriers';
import { LINKED_CONTENT } from '../features/linkedContent';
import { LazyMeetingRunPanel } from '../features/meetings/lazyViews';
import { LazyObserveEntry } from '../features/observations';
import { LazyOpportunityEntry } from '../features/opportunities';
import { SpaceOverview } from '../features/spaces/SpaceOverview';
import { SpaceScope } from '../features/spaces/SpaceScope';
import { spaceIdFromEntity, spaceIdFromSearch } from '../features/spaces/useSpaceSelection';
import { useTeams } from '../teams/context';

// Practices and role-plays load after the side panel's first render (its size budget).
const SidePanelPractices = lazy(() => import('../features/practices/SidePanelPractices'));
// The roster (and its role badges) is the panel's last section.
const MemberList = lazy(async () => ({ default: (await import('../features/spaces/MemberList')).MemberList }));
const RoleplayPanel = lazy(() => import('../features/roleplays/RoleplayPanel'));
// "Coaching session": a manager picks the team (when the meeting is not bound) and the rep.
const CoachingSessionEntry = lazy(() => import('../features/coaching/CoachingSessionEntry'));

/** How long the side panel's below-the-fold sections wait after its first screen. */
const BELOW_THE_FOLD_DELAY_MS = 250;

/**
 * Renders its children a moment after the first screen with data is shown (and Teams has been
 * told it loaded), so that code below the fold does not compete with the side panel's first render:
 * the host's load report and the first screen's own code arrive first.
 */
function AfterFirstScreen({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), BELOW_THE_FOLD_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return ready ? children : null;
}

/** The stage view of a space, on this app's origin. */
export function stageUrl(spaceId: string, origin = window.location.origin): string {
  return `${origin}/stage?spaceId=${encodeURIComponent(spaceId)}`;
}

/**
 * The meeting side panel (280–320 px): the live agenda with its countdown and captures, "Share to
 * stage", and (after the first screen) the role-plays and practices.
 */
export function SidePanelPage() {
  const intl = useIntl();
  const { info } = useTeams();
  // `?boardId=` opens one account board compactly (its code loads after the first render).
  const boardId = new URLSearchParams(window.location.search).get('boardId');
  const Board = LINKED_CONTENT.board;
  return (
    <Page
      density="compact"
      title={intl.formatMessage({ id: 'sidepanel.title' })}
      purpose={intl.formatMessage({ id: 'sidepanel.purpose' })}
    >
      <SpaceScope>
        {({ space, members }) => (
          <>
            <SpaceOverview space={space} density="compact" />
            {boardId && Board ? (
              <Suspense fallback={null}>
                <Board spaceId={space.id} id={boardId} density="panel" />
              </Suspense>
            ) : null}
            <LazyMeetingRunPanel space={space} members={members} />
            <ShareToStage url={stageUrl(space.id)} texts={SHARE_TEXTS} appearance="primary" />
            <AfterFirstScreen>
              <LazyObserveEntry space={space} members={members} />
            </AfterFirstScreen>
            <AfterFirstScreen>
              <LazyOpportunityEntry space={space} members={members} />
            </AfterFirstScreen>
            <AfterFirstScreen>
              <LazyBarrierEntry space={space} members={members} />
            </AfterFirstScreen>
            <AfterFirstScreen>
              <Suspense fallback={null}>
                <RoleplayPanel space={space} members={members} />
              </Suspense>
            </AfterFirstScreen>
            <AfterFirstScreen>
              <Suspense fallback={null}>
                <MemberList
                  members={members}
                  heading={intl.formatMessage({ id: 'space.membersHeading' })}
                  meId={info.user?.id}
                  density="compact"
                />
              </Suspense>
            </AfterFirstScreen>
            <AfterFirstScreen>
              <Suspense fallback={null}>
                <SidePanelPractices spaceId={space.id} />
              </Suspense>
            </AfterFirstScreen>
          </>
        )}
      </SpaceScope>
      <AfterFirstScreen>
        <Suspense fallback={null}>
          <CoachingSessionEntry
            boundSpaceId={spaceIdFromSearch(window.location.search) ?? spaceIdFromEntity(info.pageId)}
            meetingId={info.meetingId}
          />
        </Suspense>
      </AfterFirstScreen>
    </Page>
  );
}

const SHARE_TEXTS: ShareToStageTexts = {
  open: 'sidepanel.openStage',
  share: 'sidepanel.share',
  sharing: 'sidepanel.sharing',
  shared: 'sidepanel.shared',
  failed: 'sidepanel.shareFailed',
};
