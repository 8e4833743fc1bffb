import {
  CreateCoachingReminderBody,
  CreateCoachingSessionBody,
  CreateCommitmentReviewBody,
  PutCoachingPlanBody,
  UpdateCoachingSessionBody,
} from '../src/domain/index.js';
import { occurrenceSessionId } from '../src/features/coaching/model.js';
import { api, tokenFor } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** The occurrence of the first session in samples, so its id (and so the review body) is known in advance. */
const FIRST_OCCURRENCE = 'sample-1on1|2026-11-27T09:00:00Z';
export const FIRST_SESSION_ID = occurrenceSessionId('u-alex', FIRST_OCCURRENCE);

/** A plan Alex could write: a goal and two dated actions with known ids. */
export function buildPlanBody(overrides: Partial<PutCoachingPlanBody> = {}): PutCoachingPlanBody {
  return {
    goal: 'Get a second meeting with the CFO on every deal above 50k',
    actions: [
      { actionId: 'a1', text: 'Ask Dana for an introduction to the CFO', dueDate: '2026-12-08' },
      { actionId: 'a2', text: 'Prepare three ROI questions for finance buyers', dueDate: '2026-12-11' },
    ],
    ...overrides,
  };
}

/** Megan starts a session with Alex in the space under test. */
export async function startSession(
  ctx: PrepareContext,
  body: CreateCoachingSessionBody = { repId: 'u-alex' },
): Promise<{ id: string; etag: string }> {
  const res = await api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/coaching/sessions`, { token: ctx.token, body });
  if (res.status !== 201 && res.status !== 200) throw new Error(`session not started: ${res.status} ${res.text}`);
  return { id: (res.json as { id: string }).id, etag: String(res.headers.etag) };
}

async function oneSession(ctx: PrepareContext): Promise<Prepared> {
  const { id, etag } = await startSession(ctx);
  return { params: { sessionId: id }, etag };
}

/** A first session whose plan Alex wrote, and a second one that reviews it. */
async function secondSession(ctx: PrepareContext): Promise<Prepared> {
  const first = await startSession(ctx, { repId: 'u-alex', occurrenceKey: FIRST_OCCURRENCE });
  const alex = await tokenFor(ctx.host, 'u-alex');
  const plan = await api(ctx.host, 'PUT', `/api/spaces/${ctx.spaceId}/coaching/sessions/${first.id}/plan`, {
    token: alex,
    body: buildPlanBody(),
  });
  if (plan.status !== 201) throw new Error(`plan not written: ${plan.status} ${plan.text}`);
  const second = await startSession(ctx);
  return { params: { sessionId: second.id }, etag: second.etag };
}

export const COACHING_SAMPLES: Record<string, RouteSample> = {
  'coaching-sessions-list': {},
  'coaching-sessions-create': { schema: CreateCoachingSessionBody, body: () => ({ repId: 'u-alex' }) },
  'coaching-sessions-get': { prepare: oneSession },
  'coaching-sessions-update': {
    schema: UpdateCoachingSessionBody,
    body: () => ({ notes: { goal: 'What do you want to get out of today?' } }),
    ifMatch: true,
    prepare: oneSession,
  },
  'coaching-plan-put': { schema: PutCoachingPlanBody, body: () => buildPlanBody(), prepare: oneSession },
  'coaching-reviews-create': {
    schema: CreateCommitmentReviewBody,
    body: () => ({
      planSessionId: FIRST_SESSION_ID,
      actionId: 'a1',
      outcome: 'done',
      reason: 'Dana introduced me on Monday',
    }),
    prepare: secondSession,
  },
  'coaching-reminders-create': { schema: CreateCoachingReminderBody, body: () => ({ repId: 'u-alex' }) },
  'my-coaching-get': {},
};
