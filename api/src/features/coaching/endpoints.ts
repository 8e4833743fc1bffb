import type { SpaceAccess } from '../../auth/policy.js';
import {
  assertMayViewSession,
  COACHING_LIMITS,
  CoachingSessionParams,
  CreateCoachingSessionBody,
  CreateCoachingReminderBody,
  CreateCommitmentReviewBody,
  ListCoachingSessionsQuery,
  NotFound,
  type Principal,
  PutCoachingPlanBody,
  SpaceParams,
  UpdateCoachingSessionBody,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import type { Notifier } from '../../notify/port.js';
import type { DocumentStore } from '../../store/port.js';
import { recentRoleplayEvidence } from '../roleplays/index.js';
import { nameOf } from '../spaces/index.js';
import { createSession, putPlan, reviewCommitment, updateSession } from './commands.js';
import { planDocId, type CoachingPlanDoc, type StoredSession } from './model.js';
import { presentSession, presentSummary } from './present.js';
import { commitmentsFor, getSession, listPlans, listSessions, repCommitments } from './queries.js';
import { remindDueCommitments } from './reminders.js';
import { myCoaching } from './reports.js';

const SESSIONS = 'spaces/{spaceId}/coaching/sessions';
const SESSION = `${SESSIONS}/{sessionId}`;

/**
 * A session as the caller may see it: the rep's plan, the commitments it reviews and, for managers,
 * question suggestions drawn from the rep's recent role-plays.
 */
async function sessionView(store: DocumentStore, access: SpaceAccess, session: StoredSession) {
  const viewer = assertMayViewSession(access.member.role, access.member.userId, session);
  const pk = access.space.pk;
  const [plan, commitments, evidence] = await Promise.all([
    store.read<CoachingPlanDoc>(pk, planDocId(session.sessionId)),
    repCommitments(store, pk, session.repId),
    viewer === 'manager' ? recentRoleplayEvidence(store, pk, session.repId, COACHING_LIMITS.evidenceMax) : [],
  ]);
  return presentSession(session, access.space, plan, commitmentsFor(session, commitments), evidence, viewer);
}

/**
 * Tells the rep what a session asks of them: to write their plan once the session has started (or
 * been recorded), or that one is scheduled. One notice per session and event; never to the actor.
 */
async function notifyRep(
  notifier: Notifier,
  access: SpaceAccess,
  principal: Principal,
  session: StoredSession,
  event: 'plan' | 'scheduled',
): Promise<void> {
  const manager = nameOf(access.space, session.managerId) ?? principal.name;
  const title =
    event === 'plan'
      ? `${manager} coached you in ${access.space.name}: write your plan`
      : `${manager} scheduled a coaching session with you (${session.scheduledFor?.slice(0, 10) ?? ''})`;
  await notifier.notify(principal, [
    {
      spaceId: access.space.spaceId,
      recipientId: session.repId,
      kind: 'actionAssigned',
      eventKey: `coaching|${session.sessionId}|${event}`,
      title,
      target: { page: 'personal', section: 'coaching', itemId: session.sessionId },
    },
  ]);
}

export const coachingSessionsList = defineEndpoint({
  name: 'coaching-sessions-list',
  method: 'GET',
  route: SESSIONS,
  access: { space: 'coaching.read' },
  params: SpaceParams,
  query: ListCoachingSessionsQuery,
  async run({ access, query, services }) {
    const { space, member } = access;
    // A rep lists only their own sessions; another rep's are as absent as they are to the record rules.
    if (member.role !== 'manager' && query.repId && query.repId !== member.userId)
      throw new NotFound('coaching session');
    const repId = member.role === 'manager' ? query.repId : member.userId;
    const [sessions, plans] = await Promise.all([
      listSessions(services.store, space.pk, repId),
      listPlans(services.store, space.pk, repId),
    ]);
    const planOf = new Map(plans.map((p) => [p.sessionId, p]));
    return { body: { items: sessions.map((s) => presentSummary(s, space, planOf.get(s.sessionId))) } };
  },
});

export const coachingSessionsCreate = defineEndpoint({
  name: 'coaching-sessions-create',
  method: 'POST',
  route: SESSIONS,
  access: { space: 'coaching.run' },
  params: SpaceParams,
  body: CreateCoachingSessionBody,
  async run({ access, principal, body, services }) {
    const { session, created } = await createSession(services.store, access, body);
    if (created) {
      await notifyRep(
        services.notifier,
        access,
        principal,
        session,
        session.status === 'scheduled' ? 'scheduled' : 'plan',
      );
    }
    const view = await sessionView(services.store, access, session);
    return { status: created ? 201 : 200, body: view, etag: view.etag };
  },
});

export const coachingSessionsGet = defineEndpoint({
  name: 'coaching-sessions-get',
  method: 'GET',
  route: SESSION,
  access: { space: 'coaching.read' },
  params: CoachingSessionParams,
  async run({ access, params, services }) {
    const view = await sessionView(
      services.store,
      access,
      await getSession(services.store, access.space.pk, params.sessionId),
    );
    return { body: view, etag: view.etag };
  },
});

export const coachingSessionsUpdate = defineEndpoint({
  name: 'coaching-sessions-update',
  method: 'PATCH',
  route: SESSION,
  access: { space: 'coaching.run' },
  params: CoachingSessionParams,
  body: UpdateCoachingSessionBody,
  ifMatch: 'required',
  async run({ access, principal, params, body, ifMatch, services }) {
    const { session, started, finished } = await updateSession(services.store, access, params.sessionId, body, ifMatch);
    // Repeats are ignored by event key: a session started and then recorded asks for the plan once.
    if (started || finished) await notifyRep(services.notifier, access, principal, session, 'plan');
    const view = await sessionView(services.store, access, session);
    return { body: view, etag: view.etag };
  },
});

export const coachingPlanPut = defineEndpoint({
  name: 'coaching-plan-put',
  method: 'PUT',
  route: `${SESSION}/plan`,
  access: { space: 'coaching.read' },
  params: CoachingSessionParams,
  body: PutCoachingPlanBody,
  ifMatch: 'optional',
  async run({ access, params, body, ifMatch, services }) {
    const { session, created } = await putPlan(services.store, access, params.sessionId, body, ifMatch);
    const view = await sessionView(services.store, access, session);
    return { status: created ? 201 : 200, body: view, etag: view.etag };
  },
});

export const coachingReviewsCreate = defineEndpoint({
  name: 'coaching-reviews-create',
  method: 'POST',
  route: `${SESSION}/reviews`,
  access: { space: 'coaching.read' },
  params: CoachingSessionParams,
  body: CreateCommitmentReviewBody,
  async run({ access, params, body, services }) {
    const session = await reviewCommitment(services.store, access, params.sessionId, body);
    const view = await sessionView(services.store, access, session);
    return { status: 201, body: view, etag: view.etag };
  },
});

export const coachingRemindersCreate = defineEndpoint({
  name: 'coaching-reminders-create',
  method: 'POST',
  route: 'spaces/{spaceId}/coaching/reminders',
  access: { space: 'coaching.run' },
  params: SpaceParams,
  body: CreateCoachingReminderBody,
  async run({ access, principal, body, services }) {
    const reminded = await remindDueCommitments(services.store, services.notifier, access, principal, body.repId);
    return { status: 201, body: { reminded } };
  },
});

export const myCoachingGet = defineEndpoint({
  name: 'my-coaching-get',
  method: 'GET',
  route: 'me/coaching',
  access: 'self',
  async run({ principal, services }) {
    return { body: await myCoaching(services.store, principal) };
  },
});
