import { COACHING_LIMITS, Conflict, dayOf } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { planDocId, sessionDocId, type CoachingPlanDoc, type CoachingSessionDoc } from './model.js';

const DAY_MS = 86_400_000;
/** Prefilled actions are due this many days after the hire, for the rep and manager to adapt. */
const FIRST_PLAN_DUE_DAYS = 30;

/**
 * A new hire's first coaching session, scheduled and not yet dated, with a plan prefilled from what
 * the interview panel said the person should develop. The rep and the manager adapt it in that first
 * session; the plan is the rep's like any other. One per source (`sourceId`, e.g. a hiring loop): a
 * second call finds the first and changes nothing (`created: false`).
 */
export async function prefillFirstPlan(
  store: DocumentStore,
  pk: string,
  input: { sourceId: string; managerId: string; repId: string; goal: string; points: readonly string[] },
  now: number = Date.now(),
): Promise<{ sessionId: string; created: boolean }> {
  const sessionId = `first-${input.sourceId}`;
  const at = new Date(now).toISOString();
  const session: CoachingSessionDoc = {
    id: sessionDocId(sessionId),
    pk,
    type: 'coachingSession',
    sessionId,
    repId: input.repId,
    managerId: input.managerId,
    status: 'scheduled',
    step: 'goal',
    scheduledFor: null,
    startedAt: null,
    finishedAt: null,
    occurrenceKey: null,
    notes: {},
    advice: '',
    createdAt: at,
    updatedAt: at,
  };
  try {
    await store.create(session);
  } catch (error) {
    if (error instanceof Conflict) return { sessionId, created: false };
    throw error;
  }
  const points = [...new Set(input.points.map((p) => p.trim()).filter(Boolean))].slice(0, COACHING_LIMITS.actionsMax);
  if (points.length > 0) {
    const dueDate = dayOf(now + FIRST_PLAN_DUE_DAYS * DAY_MS);
    const plan: CoachingPlanDoc = {
      id: planDocId(sessionId),
      pk,
      type: 'coachingPlan',
      sessionId,
      repId: input.repId,
      sessionCreatedAt: at,
      goal: input.goal.slice(0, COACHING_LIMITS.goalMax),
      actions: points.map((text, i) => ({
        actionId: `hire-${i + 1}`,
        text: text.slice(0, COACHING_LIMITS.actionMax),
        dueDate,
      })),
      createdAt: at,
      updatedAt: at,
    };
    await store.create(plan);
  }
  return { sessionId, created: true };
}
