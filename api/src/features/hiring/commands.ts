import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  Conflict,
  type CreateHiringLoopBody,
  type DecideHiringLoopBody,
  type FieldIssue,
  Forbidden,
  HIRING_LIMITS,
  type LinkHireBody,
  NotFound,
  purgeDueAt,
  type RoleProfileBody,
  type SubmitScorecardBody,
  ValidationError,
} from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { prefillFirstPlan } from '../coaching/index.js';
import { getCompetencies, getRoleplay, getScenario } from '../roleplays/index.js';
import {
  loopDocId,
  profileDocId,
  PURGE_PK,
  purgeEntryId,
  scorecardDocId,
  type HiringLoopDoc,
  type PurgeEntryDoc,
  type RoleProfileDoc,
  type ScorecardDoc,
  type StoredLoop,
  type StoredProfile,
  type StoredScorecard,
} from './model.js';
import { getLoop, getProfile, listCards } from './queries.js';

const iso = (at: number): string => new Date(at).toISOString();

function invalid(issues: FieldIssue[]): void {
  const first = issues[0];
  if (first) throw new ValidationError(`${first.field}: ${first.message}`, issues);
}

/** The profile's competencies with their current labels; each must be on the space's model and in use. */
async function profileFields(store: DocumentStore, pk: string, body: RoleProfileBody) {
  const [{ items }, scenario] = await Promise.all([
    getCompetencies(store, pk),
    body.scenarioId ? getScenario(store, pk, body.scenarioId).catch(() => null) : null,
  ]);
  const issues: FieldIssue[] = [];
  const competencies = body.competencies.map((c, i) => {
    const found = items.find((item) => item.key === c.key);
    if (!found || found.retired)
      issues.push({ field: `body.competencies.${i}.key`, message: 'must be one of this space’s competencies in use' });
    return { key: c.key, label: found?.label ?? c.key, weight: c.weight, questions: c.questions };
  });
  if (body.scenarioId && !scenario)
    issues.push({ field: 'body.scenarioId', message: 'must be a scenario of this space’s library' });
  invalid(issues);
  return { competencies, scenarioId: body.scenarioId };
}

export async function createProfile(
  store: DocumentStore,
  access: SpaceAccess,
  body: RoleProfileBody,
  now: number = Date.now(),
): Promise<StoredProfile> {
  const pk = access.space.pk;
  const fields = await profileFields(store, pk, body);
  const profileId = randomUUID();
  const doc: RoleProfileDoc = {
    id: profileDocId(profileId),
    pk,
    type: 'roleProfile',
    profileId,
    name: body.name,
    ...fields,
    createdAt: iso(now),
    updatedAt: iso(now),
  };
  return store.create(doc);
}

/** Replaces a profile, guarded by the etag the manager saw. Loops already started keep their copy. */
export async function updateProfile(
  store: DocumentStore,
  access: SpaceAccess,
  profileId: string,
  body: RoleProfileBody,
  ifMatch: string,
  now: number = Date.now(),
): Promise<StoredProfile> {
  const pk = access.space.pk;
  const current = await getProfile(store, pk, profileId);
  const fields = await profileFields(store, pk, body);
  return store.replace<RoleProfileDoc>(
    { ...stripStored(current), name: body.name, ...fields, updatedAt: iso(now) },
    { ifMatch },
  );
}

/** Starts a loop: the panel must be members of the space, each covering competencies of the profile. */
export async function createLoop(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateHiringLoopBody,
  now: number = Date.now(),
): Promise<StoredLoop> {
  const { space, member } = access;
  const profile = await getProfile(store, space.pk, body.profileId);
  const keys = new Set(profile.competencies.map((c) => c.key));
  const issues: FieldIssue[] = [];
  body.interviewers.forEach((interviewer, i) => {
    if (!space.members.some((m) => m.userId === interviewer.userId))
      issues.push({ field: `body.interviewers.${i}.userId`, message: 'must be a member of this team' });
    interviewer.competencies.forEach((key, j) => {
      if (!keys.has(key))
        issues.push({ field: `body.interviewers.${i}.competencies.${j}`, message: 'must be a competency of the role' });
    });
  });
  invalid(issues);
  const scenario = profile.scenarioId ? await getScenario(store, space.pk, profile.scenarioId).catch(() => null) : null;
  const loopId = randomUUID();
  const at = iso(now);
  const doc: HiringLoopDoc = {
    id: loopDocId(loopId),
    pk: space.pk,
    type: 'hiringLoop',
    loopId,
    profileId: profile.profileId,
    profile: {
      name: profile.name,
      competencies: profile.competencies,
      scenario: scenario ? { id: scenario.scenarioId, title: scenario.title } : null,
    },
    candidate: { ...body.candidate },
    interviewers: body.interviewers.map((i) => ({ userId: i.userId, competencies: [...i.competencies] })),
    interviewDates: [...body.interviewDates].sort(),
    managersSeeEarly: body.managersSeeEarly,
    retentionDays: body.retentionDays ?? HIRING_LIMITS.retentionDaysDefault,
    submittedBy: [],
    status: 'open',
    decision: null,
    decisionReason: null,
    decidedAt: null,
    decidedBy: null,
    purgeAt: null,
    hiredUserId: null,
    createdBy: member.userId,
    createdAt: at,
    updatedAt: at,
  };
  return store.create(doc);
}

/**
 * An interviewer submits their scorecard, once: a rating with evidence for exactly the competencies
 * they cover. The card's id is per loop and interviewer, so two submits at once leave one card and
 * the other gets 409.
 */
export async function submitScorecard(
  store: DocumentStore,
  access: SpaceAccess,
  loopId: string,
  body: SubmitScorecardBody,
  now: number = Date.now(),
): Promise<{ loop: StoredLoop; card: StoredScorecard }> {
  const pk = access.space.pk;
  const userId = access.member.userId;
  const loop = await getLoop(store, pk, loopId);
  const seat = loop.interviewers.find((i) => i.userId === userId);
  if (!seat) {
    // To anyone but the panel and the managers, the loop does not exist.
    if (access.member.role !== 'manager') throw new NotFound('hiring loop');
    throw new Forbidden('Only the loop’s interviewers submit scorecards.');
  }
  if (loop.status !== 'open') throw new Conflict('The panel has decided: scorecards are closed.');
  const issues: FieldIssue[] = [];
  body.ratings.forEach((r, i) => {
    if (!seat.competencies.includes(r.key))
      issues.push({ field: `body.ratings.${i}.key`, message: 'must be a competency you cover in this loop' });
  });
  seat.competencies.forEach((key) => {
    if (!body.ratings.some((r) => r.key === key))
      issues.push({ field: 'body.ratings', message: `must rate ${key}, with evidence` });
  });
  if (body.roleplayId) {
    const run = await getRoleplay(store, pk, body.roleplayId).catch(() => null);
    if (!run || run.scenarioId !== loop.profile.scenario?.id)
      issues.push({ field: 'body.roleplayId', message: 'must be an arena run of this loop’s role-play case' });
  }
  invalid(issues);
  const labelOf = new Map(loop.profile.competencies.map((c) => [c.key, c.label]));
  const doc: ScorecardDoc = {
    id: scorecardDocId(loopId, userId),
    pk,
    type: 'hiringScorecard',
    loopId,
    interviewerId: userId,
    ratings: body.ratings.map((r) => ({ ...r, label: labelOf.get(r.key) ?? r.key })),
    recommendation: body.recommendation,
    developmentPoints: body.developmentPoints,
    roleplayId: body.roleplayId ?? null,
    submittedAt: iso(now),
  };
  let card: StoredScorecard;
  try {
    card = await store.create(doc);
  } catch (error) {
    if (error instanceof Conflict) throw new Conflict('You have submitted your scorecard for this loop already.');
    throw error;
  }
  const updated = await updateWithRetry<HiringLoopDoc>(store, pk, loop.id, (current) => ({
    ...current,
    submittedBy: current.submittedBy.includes(userId) ? current.submittedBy : [...current.submittedBy, userId],
    updatedAt: iso(now),
  }));
  return { loop: updated, card };
}

/**
 * Records the panel's decision, once, and schedules the deletion of the candidate's data
 * `retentionDays` later. Needs at least one submitted scorecard.
 */
export async function decideLoop(
  store: DocumentStore,
  access: SpaceAccess,
  loopId: string,
  body: DecideHiringLoopBody,
  now: number = Date.now(),
): Promise<StoredLoop> {
  const pk = access.space.pk;
  const cards = await listCards(store, pk, loopId);
  const current = await getLoop(store, pk, loopId);
  if (current.status === 'decided') throw new Conflict('The decision on this loop is recorded already.');
  if (cards.length === 0) throw new Conflict('Decide once at least one interviewer has submitted their scorecard.');
  const purgeAt = purgeDueAt(iso(now), current.retentionDays);
  const decided = await updateWithRetry<HiringLoopDoc>(store, pk, current.id, (loop) => {
    if (loop.status === 'decided') throw new Conflict('The decision on this loop is recorded already.');
    return {
      ...loop,
      status: 'decided',
      decision: body.decision,
      decisionReason: body.reason,
      decidedAt: iso(now),
      decidedBy: access.member.userId,
      purgeAt,
      updatedAt: iso(now),
    };
  });
  const entry: PurgeEntryDoc = {
    id: purgeEntryId(pk, loopId),
    pk: PURGE_PK,
    type: 'candidatePurge',
    spacePk: pk,
    loopId,
    dueAt: purgeAt,
  };
  await store.create(entry);
  return decided;
}

/**
 * After a hire: links the loop to the member the candidate became (a rep of the space) and prefills
 * their first development plan from the scorecards' development points. Linking again to the same
 * member changes nothing; to another one is refused.
 */
export async function linkHire(
  store: DocumentStore,
  access: SpaceAccess,
  loopId: string,
  body: LinkHireBody,
  now: number = Date.now(),
): Promise<StoredLoop> {
  const { space, member } = access;
  const current = await getLoop(store, space.pk, loopId);
  if (current.decision !== 'hire') throw new Conflict('Link a loop to a new member once the decision is to hire.');
  if (!space.members.some((m) => m.userId === body.userId && m.role === 'rep'))
    invalid([{ field: 'body.userId', message: 'must be a rep of this team' }]);
  const linked = await updateWithRetry<HiringLoopDoc>(store, space.pk, current.id, (loop) => {
    if (loop.hiredUserId && loop.hiredUserId !== body.userId)
      throw new Conflict('This loop is linked to another member already.');
    return { ...loop, hiredUserId: body.userId, updatedAt: loop.hiredUserId ? loop.updatedAt : iso(now) };
  });
  const cards = await listCards(store, space.pk, loopId);
  await prefillFirstPlan(
    store,
    space.pk,
    {
      sourceId: loopId,
      managerId: member.userId,
      repId: body.userId,
      goal: `First development plan as ${current.profile.name}`,
      points: cards.flatMap((c) => c.developmentPoints),
    },
    now,
  );
  return linked;
}
