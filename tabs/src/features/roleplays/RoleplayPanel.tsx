import type { MemberResponse, RoleplayListResponse, RoleplayResponse, SpaceResponse } from '@coachboard/api/domain';
import { Button, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { ShareToStage, type ShareToStageTexts } from '../../components/ShareToStage';
import type { MessageId } from '../../i18n/en';
import { useTeams } from '../../teams/context';
import { useContextMeeting, useMeetingState } from '../meetings';
import { CustomerBrief } from './CustomerBrief';
import { DebriefView } from './DebriefView';
import { ObserverFocus } from './ObserverFocus';
import { ObserverScorecard } from './ObserverScorecard';
import { RoleplayCast, ScenarioPublicBrief } from './RoleplayCast';
import { RoleplayClock } from './RoleplayClock';
import { RoleplayControls } from './RoleplayControls';
import { withRoleplayMessages } from './RoleplayMessages';
import { RoleplaySetupEdit } from './RoleplaySetupEdit';
import { RoleplaySetupForm, type SetupMeetingItem } from './RoleplaySetupForm';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import { useDebrief, useRoleplay } from './queries';
import { useLiveRoleplayList, withLiveState } from './runQueries';
import { useRoleplayState } from './useRoleplayState';

type RoleplaySummary = RoleplayListResponse['items'][number];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  prompt: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  back: { alignSelf: 'flex-start' },
  run: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0 },
});

/** Props of {@link RoleplayPanel}. */
export interface RoleplayPanelProps {
  space: SpaceResponse;
  members: MemberResponse[];
}

type View =
  { kind: 'auto' } | { kind: 'list' } | { kind: 'setup'; item: SetupMeetingItem | null } | { kind: 'open'; id: string };

/** The role-play to open without asking: one I am cast in (a running one first), else the only open one. */
function pickMine(open: readonly RoleplaySummary[]): RoleplaySummary | undefined {
  const mine = open.filter((r) => r.myRole !== 'none');
  return mine.find((r) => r.status === 'running') ?? mine[0] ?? (open.length === 1 ? open[0] : undefined);
}

/** The stage view of one role-play, on this app's origin. */
export function roleplayStageUrl(spaceId: string, roleplayId: string, origin = window.location.origin): string {
  return `${origin}/stage?spaceId=${encodeURIComponent(spaceId)}&roleplayId=${encodeURIComponent(roleplayId)}`;
}

/**
 * The side panel's role-plays: the open ones (a new one appears within seconds), the one I am cast
 * in opened for me, "Set up a role-play" (also for the current role-play agenda item), and inside a
 * role-play my part, the round clock, the facilitator's controls, scorecards and the debrief.
 * Loaded after the side panel's first screen.
 */
function RoleplayPanel({ space, members }: RoleplayPanelProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const list = useLiveRoleplayList(space.id);
  const [view, setView] = useState<View>({ kind: 'auto' });
  const { meeting } = useContextMeeting(space.id);
  const all = list.data ?? [];
  // Never one of another meeting: a role-play left open there must not open by itself here.
  const open = all.filter((r) => r.status !== 'closed' && (r.meeting === null || r.meeting.meetingId === meeting?.id));
  const mayCreate = space.myRole === 'manager' || space.myRole === 'rep';
  const auto = view.kind === 'auto' ? pickMine(open) : undefined;
  const openId = view.kind === 'open' ? view.id : auto?.id;

  const created = (roleplay: RoleplayResponse): void => setView({ kind: 'open', id: roleplay.id });

  let body: ReactNode;
  if (view.kind === 'setup') {
    body = (
      <RoleplaySetupForm
        spaceId={space.id}
        members={members}
        meetingItem={view.item}
        onCreated={created}
        onCancel={() => setView({ kind: 'list' })}
      />
    );
  } else if (openId) {
    body = (
      <RoleplayRun spaceId={space.id} roleplayId={openId} members={members} onBack={() => setView({ kind: 'list' })} />
    );
  } else {
    body = (
      <>
        {list.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'roleplays.run.loading' })} /> : null}
        {/* Polled in the background: a failed look is said quietly and retried, not announced. */}
        {list.isError ? (
          <Text as="p" size={200} className={styles.muted}>
            {intl.formatMessage({ id: 'roleplays.run.loadFailed' })}
          </Text>
        ) : null}
        {list.isSuccess && open.length === 0 ? (
          <Text as="p" size={200} className={styles.muted}>
            {intl.formatMessage({ id: 'roleplays.run.none' })}
          </Text>
        ) : null}
        {open.length > 0 ? (
          <ul className={styles.list} aria-label={intl.formatMessage({ id: 'roleplays.run.listHeading' })}>
            {open.map((r) => (
              <li key={r.id} className={styles.item}>
                <Link onClick={() => setView({ kind: 'open', id: r.id })}>
                  {intl.formatMessage({ id: 'roleplays.run.open' }, { title: r.scenario.title })}
                </Link>
                <Text size={200} className={styles.muted}>
                  {intl.formatMessage({ id: 'roleplays.run.listItem' }, { rep: r.rep.name, customer: r.customer.name })}
                </Text>
              </li>
            ))}
          </ul>
        ) : null}
        {mayCreate && list.isSuccess ? (
          <Button className={styles.back} onClick={() => setView({ kind: 'setup', item: null })}>
            {intl.formatMessage({ id: 'roleplays.run.setUp' })}
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.run.section' })}
      </Text>
      {/* Offered as soon as a role-play item is current, whatever role-play was open before. */}
      {mayCreate && list.isSuccess && view.kind !== 'setup' && meeting ? (
        <MeetingItemPrompt
          spaceId={space.id}
          meetingId={meeting.id}
          meetingStatus={meeting.status}
          roleplays={all}
          onSetUp={(item) => setView({ kind: 'setup', item })}
        />
      ) : null}
      {body}
    </section>
  );
}

/**
 * "Set up the role-play for this item" when the meeting's current item is a role-play item without one.
 * It follows the meeting's live state (polled), not the meeting as first read: a panel opened before
 * the meeting started offers it within one poll of the item becoming current.
 */
function MeetingItemPrompt({
  spaceId,
  meetingId,
  meetingStatus,
  roleplays,
  onSetUp,
}: {
  spaceId: string;
  meetingId: string;
  meetingStatus: 'draft' | 'running' | 'ended';
  roleplays: readonly RoleplaySummary[];
  onSetUp: (item: SetupMeetingItem) => void;
}) {
  if (meetingStatus === 'ended') return null;
  return <CurrentItemPrompt spaceId={spaceId} meetingId={meetingId} roleplays={roleplays} onSetUp={onSetUp} />;
}

function CurrentItemPrompt({
  spaceId,
  meetingId,
  roleplays,
  onSetUp,
}: {
  spaceId: string;
  meetingId: string;
  roleplays: readonly RoleplaySummary[];
  onSetUp: (item: SetupMeetingItem) => void;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const { state } = useMeetingState(spaceId, meetingId);
  const current = state?.current;
  if (!current || current.kind !== 'rolePlay') return null;
  if (roleplays.some((r) => r.meeting?.itemId === current.itemId)) return null;
  const item: SetupMeetingItem = {
    meetingId,
    itemId: current.itemId,
    title: current.title,
    scenarioId: current.link?.kind === 'scenario' ? current.link.id : null,
  };
  return (
    <div className={styles.prompt}>
      <Text size={200}>{intl.formatMessage({ id: 'roleplays.run.itemNeedsRoleplay' }, { title: current.title })}</Text>
      <Button appearance="primary" onClick={() => onSetUp(item)}>
        {intl.formatMessage({ id: 'roleplays.run.setUpForItem' })}
      </Button>
    </div>
  );
}

const MY_ROLE_TEXT: Record<RoleplayResponse['myRole'], MessageId> = {
  rep: 'roleplays.run.myRole.rep',
  customer: 'roleplays.run.myRole.customer',
  observer: 'roleplays.run.myRole.observer',
  none: 'roleplays.run.myRole.none',
};

/** One role-play as I take part in it. */
function RoleplayRun({
  spaceId,
  roleplayId,
  members,
  onBack,
}: {
  spaceId: string;
  roleplayId: string;
  members: MemberResponse[];
  onBack: () => void;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const detail = useRoleplay(spaceId, roleplayId);
  const live = useRoleplayState(spaceId, roleplayId);

  const back = (
    <Button className={styles.back} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
      {intl.formatMessage({ id: 'roleplays.run.back' })}
    </Button>
  );
  if (detail.isError) {
    return (
      <>
        {back}
        <Notice intent="error">{intl.formatMessage({ id: 'roleplays.run.detailFailed' })}</Notice>
      </>
    );
  }
  if (!detail.data) return <Spinner size="tiny" label={intl.formatMessage({ id: 'roleplays.run.detailLoading' })} />;

  const roleplay = withLiveState(detail.data, live.state);
  const { status, round, rounds, myRole } = roleplay;
  const criterion = roleplay.criteria.find((c) => c.key === roleplay.myCriterion);
  const observing = myRole === 'observer' && roleplay.myCriterion !== null;
  const played = round > 0;

  return (
    <section className={styles.run} aria-labelledby={headingId} data-roleplay-id={roleplay.id}>
      {back}
      <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.title}>
        {roleplay.scenario.title}
      </Text>
      <Text size={300}>
        {played
          ? intl.formatMessage({ id: 'roleplays.run.round' }, { round, rounds })
          : intl.formatMessage({ id: 'roleplays.run.notStartedRound' }, { rounds, minutes: roleplay.roundMinutes })}
      </Text>
      <Text weight="semibold" data-testid="roleplay-my-role">
        {intl.formatMessage(
          { id: MY_ROLE_TEXT[myRole] },
          { persona: roleplay.scenario.persona.name, criterion: criterion?.label ?? roleplay.myCriterion ?? '' },
        )}
      </Text>

      {live.clock && status !== 'debrief' && status !== 'closed' ? <RoleplayClock clock={live.clock} /> : null}
      {roleplay.canRun && live.state ? (
        <RoleplayControls spaceId={spaceId} roleplayId={roleplay.id} state={live.state} offsetMs={live.offsetMs} />
      ) : null}
      {roleplay.canRun && status === 'setup' ? (
        <RoleplaySetupEdit roleplay={detail.data} members={members} onDeleted={onBack} />
      ) : null}
      {!roleplay.canRun && status !== 'closed' ? (
        <Text size={200} className={styles.muted}>
          {intl.formatMessage(
            { id: 'roleplays.run.whoRuns' },
            {
              name: roleplay.facilitator.name,
              // From the viewer's side: never their own name.
              who: roleplay.facilitator.userId === info.user?.id ? 'you' : 'other',
            },
          )}
        </Text>
      ) : null}
      {status !== 'closed' ? <ShareToStage url={roleplayStageUrl(spaceId, roleplay.id)} texts={SHARE_TEXTS} /> : null}

      {myRole === 'customer' && roleplay.customerBrief ? (
        <CustomerBrief objections={roleplay.customerBrief.objections} />
      ) : null}
      {observing && criterion ? <ObserverFocus criterion={criterion} /> : null}

      {status === 'roundEnded' ? (
        <Text as="p" weight="semibold" className={styles.title}>
          {intl.formatMessage({ id: 'roleplays.run.roundOver' }, { round })}
        </Text>
      ) : null}
      {observing && status === 'running' ? (
        <Text as="p" size={200} className={styles.muted}>
          {intl.formatMessage({ id: 'roleplays.run.scoreDuringRound' })}
        </Text>
      ) : null}
      {observing && (status === 'running' || status === 'roundEnded' || status === 'debrief') ? (
        <ObserverScorecard key={`score-${round}`} roleplay={roleplay} round={round} />
      ) : null}
      {myRole === 'rep' && status === 'roundEnded' ? (
        <SelfAssessmentForm key={`self-${round}`} roleplay={roleplay} round={round} />
      ) : null}
      {myRole === 'rep' && status === 'debrief' ? <PendingSelfAssessment roleplay={roleplay} /> : null}
      {status === 'debrief' || status === 'closed' ? (
        <>
          {status === 'closed' ? (
            <Text as="p" className={styles.muted}>
              {intl.formatMessage({ id: 'roleplays.run.closed' })}
            </Text>
          ) : null}
          <DebriefView roleplay={roleplay} density="panel" />
        </>
      ) : null}

      <ScenarioPublicBrief scenario={roleplay.scenario} />
      <RoleplayCast roleplay={roleplay} />
    </section>
  );
}

/**
 * The last round's self-assessment when the facilitator went to the debrief straight from a running
 * round: the rep still reflects first, and the observers' feedback of that round waits for it.
 */
function PendingSelfAssessment({ roleplay }: { roleplay: RoleplayResponse }) {
  const debrief = useDebrief(roleplay.spaceId, roleplay.id, { live: true });
  const last = debrief.data?.rounds.find((r) => r.round === roleplay.round);
  if (!last || last.selfAssessment !== null) return null;
  return <SelfAssessmentForm key={`self-${roleplay.round}`} roleplay={roleplay} round={roleplay.round} />;
}

const SHARE_TEXTS: ShareToStageTexts = {
  open: 'roleplays.run.openStage',
  share: 'roleplays.run.share',
  sharing: 'roleplays.run.sharing',
  shared: 'roleplays.run.shared',
  failed: 'roleplays.run.shareFailed',
};

/** RoleplayPanel with the role-play texts, which load with it. */
export default withRoleplayMessages(RoleplayPanel);
