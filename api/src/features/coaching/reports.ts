import { can, COACHING_LIMITS, dayOf, type MyCoachingResponse, type Principal } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { listMySpaces, type StoredSpace } from '../spaces/index.js';
import type { StoredPlan, StoredReview, StoredSession } from './model.js';
import { presentCommitment, presentSummary } from './present.js';
import { listPlans, listReviews, listSessions } from './queries.js';

type SpaceEntry = MyCoachingResponse['spaces'][number];

function commitmentsOf(plans: StoredPlan[], reviews: StoredReview[], space: StoredSpace, today: string) {
  const reviewOf = new Map(reviews.map((r) => [`${r.planSessionId}|${r.actionId}`, r]));
  return plans
    .flatMap((plan) =>
      plan.actions.map((action) =>
        presentCommitment(plan, action, reviewOf.get(`${plan.sessionId}|${action.actionId}`), space, today),
      ),
    )
    .sort((a, b) => Number(a.review !== null) - Number(b.review !== null) || a.dueDate.localeCompare(b.dueDate));
}

/**
 * "My coaching", per space I am in: as the rep, my sessions, the plans I still have to write and my
 * commitments (open ones first, by date); as a manager, every rep with their pending and upcoming
 * sessions and how many commitments are open or overdue. Only my own records, or my team's as its manager.
 */
export async function myCoaching(
  store: DocumentStore,
  principal: Principal,
  now: number = Date.now(),
): Promise<MyCoachingResponse> {
  const today = dayOf(now);
  const spaces: SpaceEntry[] = [];
  for (const space of await listMySpaces(store, principal)) {
    const me = space.members.find((m) => m.userId === principal.userId);
    if (!me || !can(me.role, 'coaching.read')) continue;
    const manager = me.role === 'manager';
    // A manager reads the whole team's records (one query each); anyone else only their own.
    const repId = manager ? undefined : principal.userId;
    const [sessions, plans, reviews] = await Promise.all([
      listSessions(store, space.pk, repId),
      listPlans(store, space.pk, repId),
      listReviews(store, space.pk, repId),
    ]);
    const planOf = new Map(plans.map((p) => [p.sessionId, p]));
    const mine = (s: { repId: string }) => s.repId === principal.userId;
    const mySessions = sessions.filter(mine);
    spaces.push({
      spaceId: space.spaceId,
      spaceName: space.name,
      role: me.role,
      sessions: mySessions.map((s) => presentSummary(s, space, planOf.get(s.sessionId))),
      planToWrite: mySessions
        .filter((s) => s.status !== 'scheduled' && !planOf.has(s.sessionId))
        .map((s) => s.sessionId),
      commitments: commitmentsOf(plans.filter(mine), reviews.filter(mine), space, today),
      reps: manager ? repRows(space, principal.userId, sessions, plans, reviews, today) : [],
    });
  }
  return { spaces };
}

function repRows(
  space: StoredSpace,
  me: string,
  sessions: StoredSession[],
  plans: StoredPlan[],
  reviews: StoredReview[],
  today: string,
): SpaceEntry['reps'] {
  const planOf = new Map(plans.map((p) => [p.sessionId, p]));
  return space.members
    .filter((m) => m.userId !== me && m.role === 'rep')
    .map((m) => {
      const own = sessions.filter((s) => s.repId === m.userId);
      const open = commitmentsOf(
        plans.filter((p) => p.repId === m.userId),
        reviews.filter((r) => r.repId === m.userId),
        space,
        today,
      ).filter((c) => c.review === null);
      const pending = own
        .filter((s) => s.status !== 'done')
        .sort((a, b) => (a.scheduledFor ?? a.createdAt).localeCompare(b.scheduledFor ?? b.createdAt))
        .slice(0, COACHING_LIMITS.evidenceMax);
      return {
        repId: m.userId,
        name: m.name,
        lastDoneAt: own.find((s) => s.status === 'done')?.finishedAt ?? null,
        pending: pending.map((s) => presentSummary(s, space, planOf.get(s.sessionId))),
        openCommitments: open.length,
        overdueCommitments: open.filter((c) => c.due === 'overdue').length,
      };
    })
    .sort((a, b) => (a.lastDoneAt ?? '').localeCompare(b.lastDoneAt ?? '') || a.name.localeCompare(b.name));
}
