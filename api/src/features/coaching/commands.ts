import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  assertMayMoveTo,
  assertMayRunSession,
  assertMayViewSession,
  assertMayWritePlan,
  assertReviewReason,
  Conflict,
  firstStep,
  NotFound,
  PreconditionFailed,
  ValidationError,
  type CreateCoachingSessionBody,
  type CreateCommitmentReviewBody,
  type PutCoachingPlanBody,
  type UpdateCoachingSessionBody,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import {
  occurrenceSessionId,
  planDocId,
  reviewDocId,
  sessionDocId,
  type CoachingPlanDoc,
  type CoachingSessionDoc,
  type CommitmentReviewDoc,
  type StoredPlan,
  type StoredSession,
} from './model.js';
import { commitmentsFor, getSession, repCommitments } from './queries.js';

const iso = (at: number): string => new Date(at).toISOString();

/**
 * A manager starts a session with a member of the space (or schedules it, when `scheduledFor` is in
 * the future). With an `occurrenceKey` there is one session per rep and meeting occurrence: a second
 * request, even at the same moment on another instance, gets the first one (`created: false`).
 */
export async function createSession(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateCoachingSessionBody,
  now: number = Date.now(),
  sessionId: string = body.occurrenceKey ? occurrenceSessionId(body.repId, body.occurrenceKey) : randomUUID(),
): Promise<{ session: StoredSession; created: boolean }> {
  const { space, member } = access;
  if (body.repId === member.userId)
    throw new ValidationError('body.repId: you cannot coach yourself', [
      { field: 'body.repId', message: 'must be someone else' },
    ]);
  if (!space.members.some((m) => m.userId === body.repId)) {
    throw new ValidationError('body.repId: is not a member of this team', [
      { field: 'body.repId', message: 'must be a member of this team' },
    ]);
  }
  const scheduled = body.scheduledFor !== undefined && Date.parse(body.scheduledFor) > now;
  const { plans, reviews } = await repCommitments(store, space.pk, body.repId);
  const createdAt = iso(now);
  const draft: CoachingSessionDoc = {
    id: sessionDocId(sessionId),
    pk: space.pk,
    type: 'coachingSession',
    sessionId,
    repId: body.repId,
    managerId: member.userId,
    status: scheduled ? 'scheduled' : 'inProgress',
    step: 'goal',
    scheduledFor: body.scheduledFor ? iso(Date.parse(body.scheduledFor)) : null,
    startedAt: scheduled ? null : createdAt,
    finishedAt: null,
    occurrenceKey: body.occurrenceKey ?? null,
    notes: {},
    advice: '',
    createdAt,
    updatedAt: createdAt,
  };
  draft.step = firstStep(commitmentsFor(draft, { plans, reviews }).length);
  try {
    return { session: await store.create(draft), created: true };
  } catch (error) {
    if (!(error instanceof Conflict) || !body.occurrenceKey) throw error;
    return { session: await getSession(store, space.pk, sessionId), created: false };
  }
}

/** The number of commitments from earlier sessions still to review in this one. */
async function unreviewedCount(store: DocumentStore, pk: string, session: CoachingSessionDoc): Promise<number> {
  return commitmentsFor(session, await repCommitments(store, pk, session.repId)).filter((c) => !c.review).length;
}

/**
 * The manager's notes, advice, step and status; guarded by the etag the manager saw, so two managers
 * (or two tabs) never overwrite each other's notes unseen. Moving on from the review, or recording the
 * session, needs every commitment of last time reviewed.
 */
export async function updateSession(
  store: DocumentStore,
  access: SpaceAccess,
  sessionId: string,
  body: UpdateCoachingSessionBody,
  ifMatch: string,
  now: number = Date.now(),
): Promise<{ session: StoredSession; started: boolean; finished: boolean }> {
  const current = await getSession(store, access.space.pk, sessionId);
  assertMayRunSession(assertMayViewSession(access.member.role, access.member.userId, current));
  if (current.status === 'done' && body.status !== 'inProgress' && (body.step || body.status === 'done')) {
    throw new Conflict('This session is recorded already.');
  }
  if (body.step !== undefined || body.status === 'done') {
    assertMayMoveTo(body.step ?? 'will', await unreviewedCount(store, access.space.pk, current));
  }
  const started = body.status === 'inProgress' && current.status === 'scheduled';
  const finished = body.status === 'done' && current.status !== 'done';
  const next: CoachingSessionDoc = {
    ...current,
    notes: body.notes ? { ...current.notes, ...body.notes } : current.notes,
    advice: body.advice ?? current.advice,
    step: body.step ?? current.step,
    status: body.status ?? current.status,
    startedAt: current.startedAt ?? (body.status ? iso(now) : null),
    finishedAt: finished ? iso(now) : body.status === 'inProgress' ? null : current.finishedAt,
    updatedAt: iso(now),
  };
  return { session: await store.replace(next, { ifMatch }), started, finished };
}

/**
 * The rep writes (or rewrites) their own plan. Nobody else may: a manager gets 403, a peer 404. The
 * first write creates the plan; later writes need the plan's etag (412 without it or with a stale one). Actions keep the ids sent with them
 * (new ones get one), so a commitment keeps its identity, and its review, through edits.
 */
export async function putPlan(
  store: DocumentStore,
  access: SpaceAccess,
  sessionId: string,
  body: PutCoachingPlanBody,
  ifMatch: string | undefined,
  now: number = Date.now(),
): Promise<{ session: StoredSession; plan: StoredPlan; created: boolean }> {
  const session = await getSession(store, access.space.pk, sessionId);
  assertMayWritePlan(assertMayViewSession(access.member.role, access.member.userId, session));
  const existing = await store.read<CoachingPlanDoc>(access.space.pk, planDocId(sessionId));
  const seen = new Set<string>();
  const actions = body.actions.map((action, i) => {
    const actionId = action.actionId ?? randomUUID().slice(0, 13);
    if (seen.has(actionId)) {
      throw new ValidationError(`body.actions.${i}.actionId: is given twice`, [
        { field: `body.actions.${i}.actionId`, message: 'is given twice' },
      ]);
    }
    seen.add(actionId);
    return { actionId, text: action.text, dueDate: action.dueDate };
  });
  const at = iso(now);
  const doc: CoachingPlanDoc = {
    id: planDocId(sessionId),
    pk: access.space.pk,
    type: 'coachingPlan',
    sessionId,
    repId: session.repId,
    sessionCreatedAt: session.createdAt,
    goal: body.goal,
    actions,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  if (!existing) {
    if (ifMatch) throw new PreconditionFailed();
    try {
      return { session, plan: await store.create(doc), created: true };
    } catch (error) {
      // The rep's other tab wrote the plan first: this write must see that plan before replacing it.
      if (error instanceof Conflict) throw new PreconditionFailed();
      throw error;
    }
  }
  // Written without a version means written as if there were no plan yet: a stale view, as in the race above.
  if (!ifMatch) throw new PreconditionFailed();
  return { session, plan: await store.replace(doc, { ifMatch }), created: false };
}

/**
 * Records how one commitment of an earlier session went (done, not done, changed) with a word why,
 * in this session. The rep or a manager may record it; each commitment is reviewed once (409 when
 * someone recorded it first), and reviews of different commitments never conflict.
 */
export async function reviewCommitment(
  store: DocumentStore,
  access: SpaceAccess,
  sessionId: string,
  body: CreateCommitmentReviewBody,
  now: number = Date.now(),
): Promise<StoredSession> {
  const session = await getSession(store, access.space.pk, sessionId);
  assertMayViewSession(access.member.role, access.member.userId, session);
  if (session.status === 'done') throw new Conflict('This session is recorded already.');
  assertReviewReason(body.outcome, body.reason);
  const commitment = commitmentsFor(session, await repCommitments(store, access.space.pk, session.repId)).find(
    (c) => c.plan.sessionId === body.planSessionId && c.action.actionId === body.actionId,
  );
  if (!commitment) throw new NotFound('commitment');
  if (commitment.review) throw new Conflict('This commitment has been reviewed already.');
  const review: CommitmentReviewDoc = {
    id: reviewDocId(body.planSessionId, body.actionId),
    pk: access.space.pk,
    type: 'coachingReview',
    repId: session.repId,
    planSessionId: body.planSessionId,
    actionId: body.actionId,
    outcome: body.outcome,
    reason: body.reason,
    reviewedAt: iso(now),
    reviewedBy: access.member.userId,
    inSessionId: sessionId,
  };
  try {
    await store.create(review);
  } catch (error) {
    if (error instanceof Conflict) throw new Conflict('This commitment has been reviewed already.');
    throw error;
  }
  return session;
}
