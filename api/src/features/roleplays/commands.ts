import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  applyRoleplayAction,
  can,
  checkCoachingQuestion,
  checkObserverFeedback,
  checkRoleplayRoles,
  checkSelfAssessment,
  type Competency,
  Conflict,
  type CreateRoleplayBody,
  DEFAULT_COMPETENCIES,
  type FeedbackFinding,
  feedbackRoundProblem,
  type FieldIssue,
  Forbidden,
  mayRunRoleplay,
  maySeeObjections,
  newRoleplayRun,
  type NextStepBody,
  NotFound,
  type ObjectionsHolder,
  PreconditionFailed,
  RATING_LABELS,
  ROLEPLAY_LIMITS,
  type RoleplayFeedbackBody,
  roleplayRoleOf,
  type RoleplayRun,
  type RoleplayRunBody,
  type RoleplayViewer,
  type SelfAssessmentBody,
  selfAssessmentRoundProblem,
  type UpdateRoleplayBody,
  ValidationError,
} from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { backoff, updateWithRetry } from '../../store/retry.js';
import { type AgendaItemDoc, itemDocId } from '../meetings/index.js';
import { getSkills } from '../practices/index.js';
import {
  observerScoreDocId,
  roleplayDocId,
  selfScoreDocId,
  type RoleplayDoc,
  type RoleplayScoreDoc,
  type StoredRoleplay,
  type StoredScenario,
  type StoredScore,
} from './model.js';
import { getCompetencies, getRoleplay, getScenario } from './queries.js';

const MINUTE = 60_000;

/** How the role-play rules see a member. */
function viewerOfMember(member: SpaceAccess['member']): RoleplayViewer {
  return { userId: member.userId, isManager: can(member.role, 'roleplays.manage') };
}

/** How the role-play rules see the caller. */
export function viewerOf(access: SpaceAccess): RoleplayViewer {
  return viewerOfMember(access.member);
}

export function invalid(issues: FieldIssue[]): ValidationError {
  const first = issues[0];
  return new ValidationError(first ? `${first.field}: ${first.message}` : 'Invalid input.', issues);
}

function rejectFindings(findings: FeedbackFinding[], prefix: string): FeedbackFinding[] {
  const blocking = findings.filter((f) => f.severity === 'required');
  if (blocking.length > 0) throw invalid(blocking.map((f) => ({ field: `${prefix}.${f.field}`, message: f.message })));
  return findings;
}

/* ---------- setting up a role-play ---------- */

/** The scenario a role-play runs: named in the body, or linked from its role-play agenda item. */
async function scenarioFor(store: DocumentStore, pk: string, body: CreateRoleplayBody): Promise<StoredScenario> {
  let scenarioId = body.scenarioId;
  if (body.meeting) {
    const item = await store.read<AgendaItemDoc>(pk, itemDocId(body.meeting.meetingId, body.meeting.itemId));
    if (!item) throw new NotFound('agenda item');
    if (item.kind !== 'rolePlay')
      throw invalid([{ field: 'body.meeting.itemId', message: 'must be a role-play agenda item' }]);
    const linked = item.link?.kind === 'scenario' ? item.link.id : undefined;
    if (scenarioId && linked && linked !== scenarioId)
      throw invalid([{ field: 'body.scenarioId', message: 'differs from the scenario the agenda item links' }]);
    scenarioId ??= linked;
  }
  if (!scenarioId)
    throw invalid([{ field: 'body.scenarioId', message: 'pick a scenario; the agenda item links none' }]);
  const scenario = await getScenario(store, pk, scenarioId);
  if (scenario.archived) throw new Conflict('This scenario is archived. Restore it, or pick another.');
  return scenario;
}

/** The competency definitions a role-play is scored against, frozen when it is set up. */
function criteriaSnapshot(keys: readonly string[], list: readonly Competency[]): Competency[] {
  return keys.map(
    (key) =>
      list.find((c) => c.key === key) ??
      DEFAULT_COMPETENCIES.find((c) => c.key === key) ?? {
        key,
        label: key,
        description: '',
        anchors: [...RATING_LABELS],
      },
  );
}

function checkCast(access: SpaceAccess, roles: Parameters<typeof checkRoleplayRoles>[0], criteria: Competency[]): void {
  const issues = checkRoleplayRoles(
    roles,
    access.space.members.map((m) => m.userId),
    criteria.map((c) => c.key),
  );
  if (issues.length > 0) throw invalid(issues.map((i) => ({ field: `body.${i.field}`, message: i.message })));
}

/**
 * The customer plays from the hidden objections, so a cast that would leave them without their brief
 * is refused: the facilitator casting themself on a scenario whose objections they may not read (see
 * `maySeeObjections`). Casting is no way to read what the library hides.
 */
function checkCustomerBrief(access: SpaceAccess, roleplay: ObjectionsHolder): void {
  const customer = access.space.members.find((m) => m.userId === roleplay.customerId);
  if (!customer || maySeeObjections(viewerOfMember(customer), roleplay)) return;
  throw invalid([
    {
      field: 'body.customerId',
      message:
        'must be someone other than the facilitator: the customer reads the scenario’s hidden objections, which only its author and managers may read',
    },
  ]);
}

/** Sets up a role-play: scenario, cast (each observer with one focus criterion), rounds and round length. */
export async function createRoleplay(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateRoleplayBody,
  now: number = Date.now(),
  roleplayId: string = randomUUID(),
): Promise<StoredRoleplay> {
  const pk = access.space.pk;
  const scenario = await scenarioFor(store, pk, body);
  const criteria = criteriaSnapshot(scenario.criteria, (await getCompetencies(store, pk)).items);
  const roles = { repId: body.repId, customerId: body.customerId, observers: body.observers };
  checkCast(access, roles, criteria);
  checkCustomerBrief(access, {
    customerId: roles.customerId,
    facilitatorId: access.member.userId,
    scenario: { authorId: scenario.authorId },
  });
  const { skills } = await getSkills(store, pk);
  const roundMs = (body.roundMinutes ?? scenario.suggestedRoundMinutes) * MINUTE;
  return store.create<RoleplayDoc>({
    id: roleplayDocId(roleplayId),
    pk,
    type: 'roleplay',
    roleplayId,
    scenarioId: scenario.scenarioId,
    scenario: {
      title: scenario.title,
      persona: scenario.persona,
      situation: scenario.situation,
      objections: scenario.objections,
      authorId: scenario.authorId,
      skill: scenario.skill,
      skillLabel: skills.find((s) => s.key === scenario.skill)?.label ?? scenario.skill,
      difficulty: scenario.difficulty,
    },
    criteria,
    ...roles,
    meetingId: body.meeting?.meetingId ?? null,
    itemId: body.meeting?.itemId ?? null,
    facilitatorId: access.member.userId,
    createdAt: new Date(now).toISOString(),
    playedAt: null,
    ...newRoleplayRun(body.rounds, roundMs),
    coachingQuestions: [],
    nextStep: null,
  });
}

function assertMayRun(access: SpaceAccess, roleplay: RoleplayDoc): void {
  if (!mayRunRoleplay(viewerOf(access), roleplay.facilitatorId))
    throw new Forbidden('Only a manager or the role-play’s facilitator can do this.');
}

/** Changes the cast, rounds or round length before the first round; `ifMatch` is the etag the editor saw. */
export async function updateRoleplay(
  store: DocumentStore,
  access: SpaceAccess,
  roleplayId: string,
  body: UpdateRoleplayBody,
  ifMatch: string,
): Promise<StoredRoleplay> {
  const roleplay = await getRoleplay(store, access.space.pk, roleplayId);
  assertMayRun(access, roleplay);
  if (roleplay.status !== 'setup') throw new Conflict('The role-play has started; its set-up is now fixed.');
  const roles = {
    repId: body.repId ?? roleplay.repId,
    customerId: body.customerId ?? roleplay.customerId,
    observers: body.observers ?? roleplay.observers,
  };
  checkCast(access, roles, roleplay.criteria);
  checkCustomerBrief(access, { ...roleplay, customerId: roles.customerId });
  const rounds = body.rounds ?? roleplay.rounds;
  const roundMs = body.roundMinutes !== undefined ? body.roundMinutes * MINUTE : roleplay.roundMs;
  return store.replace<RoleplayDoc>(
    { ...stripStored(roleplay), ...roles, ...newRoleplayRun(rounds, roundMs) },
    { ifMatch },
  );
}

/* ---------- running it ---------- */

function runOf(roleplay: RoleplayDoc): RoleplayRun {
  return {
    status: roleplay.status,
    round: roleplay.round,
    rounds: roleplay.rounds,
    roundMs: roleplay.roundMs,
    timer: roleplay.timer,
    log: roleplay.log,
    closedAt: roleplay.closedAt ?? null,
  };
}

/**
 * One timer or round move. `ifMatch` is the etag the participant saw: when two devices pause and
 * resume at once, one wins and the other gets 412, so the timer has exactly one state. A move that
 * changes nothing (pausing a paused timer) writes nothing but still needs a current etag.
 */
export async function runRoleplay(
  store: DocumentStore,
  access: SpaceAccess,
  roleplayId: string,
  body: RoleplayRunBody,
  ifMatch: string,
  now: number = Date.now(),
): Promise<StoredRoleplay> {
  const roleplay = await getRoleplay(store, access.space.pk, roleplayId);
  assertMayRun(access, roleplay);
  const run = runOf(roleplay);
  const next = applyRoleplayAction(run, body, now);
  if (next === run) {
    if (ifMatch !== roleplay._etag) throw new PreconditionFailed();
    return roleplay;
  }
  return store.replace<RoleplayDoc>(
    {
      ...stripStored(roleplay),
      ...next,
      playedAt: roleplay.playedAt ?? (body.action === 'start' ? new Date(now).toISOString() : null),
    },
    { ifMatch },
  );
}

/* ---------- scores ---------- */

/** Enough for one observer's 20 devices submitting in the same moment. */
const FEEDBACK_ATTEMPTS = 40;

/**
 * An observer's scorecard for a round, on their focus criterion: created, or replaced by its author.
 * Each card is its own document, so five observers submitting in the same second never conflict.
 */
export async function putFeedback(
  store: DocumentStore,
  access: SpaceAccess,
  roleplayId: string,
  body: RoleplayFeedbackBody,
  now: number = Date.now(),
): Promise<{
  score: StoredScore & { kind: 'observer' };
  roleplay: StoredRoleplay;
  created: boolean;
  nudges: FeedbackFinding[];
}> {
  const pk = access.space.pk;
  const roleplay = await getRoleplay(store, pk, roleplayId);
  const mine = roleplayRoleOf(roleplay, access.member.userId);
  if (mine.role !== 'observer' || !mine.criterion)
    throw new Forbidden('Only the role-play’s observers fill in scorecards.');
  const problem = feedbackRoundProblem(roleplay, body.round);
  if (problem) throw new Conflict(problem);
  const nudges = rejectFindings(checkObserverFeedback(body).findings, 'body');
  const at = new Date(now).toISOString();
  const id = observerScoreDocId(roleplayId, body.round, access.member.userId);
  const card = {
    id,
    pk,
    type: 'roleplayScore' as const,
    kind: 'observer' as const,
    roleplayId,
    round: body.round,
    userId: access.member.userId,
    criterion: mine.criterion,
    rating: body.rating,
    strengths: body.strengths,
    developments: body.developments,
  };
  for (let attempt = 1; ; attempt++) {
    const existing = await store.read<RoleplayScoreDoc>(pk, id);
    try {
      const saved = existing
        ? await store.replace<RoleplayScoreDoc>(
            { ...card, submittedAt: existing.submittedAt, updatedAt: at },
            { ifMatch: existing._etag },
          )
        : await store.create<RoleplayScoreDoc>({ ...card, submittedAt: at, updatedAt: at });
      if (saved.kind !== 'observer') throw new Error('stored an observer card of another kind');
      return { score: saved, roleplay, created: !existing, nudges };
    } catch (error) {
      // Only the observer writes this document: a clash is their own double submit, and the last
      // one to land is kept, as if they had come one after another.
      if (!(error instanceof Conflict || error instanceof PreconditionFailed) || attempt >= FEEDBACK_ATTEMPTS)
        throw error;
    }
    await backoff(attempt);
  }
}

/** The rep's own assessment of a round, before reading feedback; written once and kept as written. */
export async function createSelfAssessment(
  store: DocumentStore,
  access: SpaceAccess,
  roleplayId: string,
  body: SelfAssessmentBody,
  now: number = Date.now(),
): Promise<{ score: StoredScore & { kind: 'self' }; nudges: FeedbackFinding[] }> {
  const pk = access.space.pk;
  const roleplay = await getRoleplay(store, pk, roleplayId);
  if (roleplay.repId !== access.member.userId) throw new Forbidden('Only the rep assesses their own round.');
  const problem = selfAssessmentRoundProblem(roleplay, body.round);
  if (problem) throw new Conflict(problem);
  const unknown = body.ratings.flatMap((r, i) =>
    roleplay.criteria.some((c) => c.key === r.criterion)
      ? []
      : [{ field: `body.ratings.${i}.criterion`, message: 'must be one of this role-play’s criteria' }],
  );
  if (unknown.length > 0) throw invalid(unknown);
  const nudges = rejectFindings(checkSelfAssessment(body).findings, 'body');
  const at = new Date(now).toISOString();
  try {
    const saved = await store.create<RoleplayScoreDoc>({
      id: selfScoreDocId(roleplayId, body.round),
      pk,
      type: 'roleplayScore',
      kind: 'self',
      roleplayId,
      round: body.round,
      userId: access.member.userId,
      ratings: body.ratings,
      strengths: body.strengths,
      developments: body.developments,
      submittedAt: at,
      updatedAt: at,
    });
    if (saved.kind !== 'self') throw new Error('stored a self-assessment of another kind');
    return { score: saved, nudges };
  } catch (error) {
    if (error instanceof Conflict)
      throw new Conflict(`You have already assessed round ${body.round}; it stays as you wrote it.`);
    throw error;
  }
}

/* ---------- debrief ---------- */

/** A manager's coaching question for the debrief: a question, not an answer. */
export async function addCoachingQuestion(
  store: DocumentStore,
  access: SpaceAccess,
  roleplayId: string,
  questionText: string,
  now: number = Date.now(),
): Promise<StoredRoleplay> {
  rejectFindings(checkCoachingQuestion(questionText).findings, 'body');
  const question = {
    id: randomUUID(),
    text: questionText,
    askedBy: access.member.userId,
    askedAt: new Date(now).toISOString(),
    rev: randomUUID(),
  };
  return updateWithRetry<RoleplayDoc>(store, access.space.pk, roleplayDocId(roleplayId), (roleplay) => {
    if (roleplay.status !== 'roundEnded' && roleplay.status !== 'debrief')
      throw new Conflict('Coaching questions belong to the debrief, after a round.');
    if (roleplay.coachingQuestions.length >= ROLEPLAY_LIMITS.coachingQuestionsMax)
      throw new Conflict(`A debrief holds at most ${ROLEPLAY_LIMITS.coachingQuestionsMax} coaching questions.`);
    return { ...roleplay, coachingQuestions: [...roleplay.coachingQuestions, question] };
  });
}

/** The rep's own next step, chosen in the debrief; it shows in their personal tab. */
export async function setNextStep(
  store: DocumentStore,
  access: SpaceAccess,
  roleplayId: string,
  body: NextStepBody,
  now: number = Date.now(),
): Promise<StoredRoleplay> {
  const pk = access.space.pk;
  const current = await getRoleplay(store, pk, roleplayId);
  if (current.repId !== access.member.userId) throw new Forbidden('Only the rep chooses their next step.');
  if (body.criterion && !current.criteria.some((c) => c.key === body.criterion))
    throw invalid([{ field: 'body.criterion', message: 'must be one of this role-play’s criteria' }]);
  const nextStep = {
    text: body.text,
    criterion: body.criterion ?? null,
    dueDate: body.dueDate ?? null,
    setAt: new Date(now).toISOString(),
  };
  return updateWithRetry<RoleplayDoc>(store, pk, roleplayDocId(roleplayId), (roleplay) => {
    if (roleplay.status !== 'debrief' && roleplay.status !== 'closed')
      throw new Conflict('Choose the next step in the debrief.');
    return { ...roleplay, nextStep };
  });
}
