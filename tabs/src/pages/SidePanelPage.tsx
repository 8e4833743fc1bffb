import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ShareScreenStart20Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../components/Notice';
import { Page } from '../components/Page';
import { LINKED_CONTENT } from '../features/linkedContent';
import { LazyMeetingRunPanel } from '../features/meetings/lazyViews';
import { MemberList } from '../features/spaces/MemberList';
import { SpaceOverview } from '../features/spaces/SpaceOverview';
import { SpaceScope } from '../features/spaces/SpaceScope';
import { useTeams } from '../teams/context';
import { useStageSharing } from '../teams/stageSharing';

// Practices and role-plays load after the side panel's first render (its size budget).
const SidePanelPractices = lazy(() => import('../features/practices/SidePanelPractices'));
const RoleplayPanel = lazy(() => import('../features/roleplays/RoleplayPanel'));

const useStyles = makeStyles({
  share: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

/**
 * Renders its children one task after the first screen with data is shown (and Teams has been told
 * it loaded), so that code below the fold does not compete with the side panel's first render.
 */
function AfterFirstScreen({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
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
            <ShareToStage spaceId={space.id} />
            <AfterFirstScreen>
              <Suspense fallback={null}>
                <RoleplayPanel space={space} members={members} />
              </Suspense>
            </AfterFirstScreen>
            <MemberList
              members={members}
              heading={intl.formatMessage({ id: 'space.membersHeading' })}
              meId={info.user?.id}
              density="compact"
            />
            <AfterFirstScreen>
              <Suspense fallback={null}>
                <SidePanelPractices spaceId={space.id} />
              </Suspense>
            </AfterFirstScreen>
          </>
        )}
      </SpaceScope>
    </Page>
  );
}

type ShareOutcome = { kind: 'shared' } | { kind: 'failed'; reason: string } | null;

/** In a meeting, shares the stage view to everyone when the host allows it; outside Teams, links to it. */
function ShareToStage({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const sharing = useStageSharing();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<ShareOutcome>(null);

  if (!info.inTeams) {
    return <Link href={stageUrl(spaceId)}>{intl.formatMessage({ id: 'sidepanel.openStage' })}</Link>;
  }
  if (sharing.state !== 'available') return null;

  const share = (): void => {
    setPending(true);
    setOutcome(null);
    sharing
      .share(stageUrl(spaceId))
      .then(
        () => setOutcome({ kind: 'shared' }),
        (error: unknown) => setOutcome({ kind: 'failed', reason: error instanceof Error ? error.message : '' }),
      )
      .finally(() => setPending(false));
  };

  return (
    <div className={styles.share}>
      <Button appearance="primary" icon={<ShareScreenStart20Regular />} disabled={pending} onClick={share}>
        {intl.formatMessage({ id: pending ? 'sidepanel.sharing' : 'sidepanel.share' })}
      </Button>
      {outcome?.kind === 'shared' ? (
        <Notice intent="success">{intl.formatMessage({ id: 'sidepanel.shared' })}</Notice>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <Notice intent="error">
          {intl.formatMessage({ id: 'sidepanel.shareFailed' }, { reason: outcome.reason })}
        </Notice>
      ) : null}
    </div>
  );
}
