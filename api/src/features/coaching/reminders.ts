import type { SpaceAccess } from '../../auth/policy.js';
import { dayOf, NotFound, type Principal } from '../../domain/index.js';
import type { Notifier } from '../../notify/port.js';
import type { DocumentStore } from '../../store/port.js';
import { presentCommitment } from './present.js';
import { repCommitments } from './queries.js';

/**
 * A manager reminds a rep of the commitments that are due today or overdue (open, not yet reviewed):
 * one notice per commitment and day, so pressing again the same day sends nothing new. Returns how
 * many commitments are due.
 */
export async function remindDueCommitments(
  store: DocumentStore,
  notifier: Notifier,
  access: SpaceAccess,
  principal: Principal,
  repId: string,
  now: number = Date.now(),
): Promise<number> {
  const { space } = access;
  if (!space.members.some((m) => m.userId === repId && m.role === 'rep')) throw new NotFound('rep');
  const today = dayOf(now);
  const { plans, reviews } = await repCommitments(store, space.pk, repId);
  const reviewed = new Set(reviews.map((r) => `${r.planSessionId}|${r.actionId}`));
  const due = plans.flatMap((plan) =>
    plan.actions
      .filter((a) => !reviewed.has(`${plan.sessionId}|${a.actionId}`))
      .map((a) => presentCommitment(plan, a, undefined, space, today))
      .filter((c) => c.due === 'overdue' || c.due === 'dueToday'),
  );
  await notifier.notify(
    principal,
    due.map((c) => ({
      spaceId: space.spaceId,
      recipientId: repId,
      kind: 'commitmentDue' as const,
      eventKey: `coaching|${c.planSessionId}|${c.actionId}|due|${today}`,
      title: `${c.due === 'overdue' ? 'Overdue' : 'Due today'}: ${c.text}`,
      target: { page: 'personal' as const, section: 'coaching', itemId: c.planSessionId },
    })),
  );
  return due.length;
}
