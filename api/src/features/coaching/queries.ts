import { COACHING_LIMITS, NotFound } from '../../domain/index.js';
import { queryAll } from '../../store/documents.js';
import type { DocumentStore, Scalar } from '../../store/port.js';
import {
  sessionDocId,
  type CoachingPlanDoc,
  type CoachingSessionDoc,
  type CommitmentReviewDoc,
  type StoredPlan,
  type StoredReview,
  type StoredSession,
} from './model.js';

/** One session, or 404. */
export async function getSession(store: DocumentStore, pk: string, sessionId: string): Promise<StoredSession> {
  const session = await store.read<CoachingSessionDoc>(pk, sessionDocId(sessionId));
  if (!session) throw new NotFound('coaching session');
  return session;
}

/** Sessions of a space (or of one rep), newest first. */
export async function listSessions(store: DocumentStore, pk: string, repId?: string): Promise<StoredSession[]> {
  const where: Record<string, Scalar> = {};
  if (repId) where.repId = repId;
  const page = await store.query<CoachingSessionDoc>(pk, {
    type: 'coachingSession',
    where,
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: COACHING_LIMITS.listMax,
  });
  return page.items;
}

/** Plans of a space (or of one rep). */
export async function listPlans(store: DocumentStore, pk: string, repId?: string): Promise<StoredPlan[]> {
  return queryAll<CoachingPlanDoc>(store, pk, { type: 'coachingPlan', where: repId ? { repId } : {}, limit: 500 });
}

/** Commitment reviews of a space (or of one rep). */
export async function listReviews(store: DocumentStore, pk: string, repId?: string): Promise<StoredReview[]> {
  return queryAll<CommitmentReviewDoc>(store, pk, {
    type: 'coachingReview',
    where: repId ? { repId } : {},
    limit: 500,
  });
}

/** A rep's plans and reviews: what their commitments are made of. */
export interface RepCommitments {
  plans: StoredPlan[];
  reviews: StoredReview[];
}

export async function repCommitments(store: DocumentStore, pk: string, repId: string): Promise<RepCommitments> {
  const [plans, reviews] = await Promise.all([listPlans(store, pk, repId), listReviews(store, pk, repId)]);
  return { plans, reviews };
}

/** The commitments a session reviews: actions of plans of earlier sessions, open or reviewed in this session. */
export function commitmentsFor(session: CoachingSessionDoc, { plans, reviews }: RepCommitments) {
  const reviewOf = new Map(reviews.map((r) => [`${r.planSessionId}|${r.actionId}`, r]));
  return plans
    .filter((p) => p.sessionId !== session.sessionId && p.sessionCreatedAt < session.createdAt)
    .flatMap((plan) =>
      plan.actions.map((action) => ({ plan, action, review: reviewOf.get(`${plan.sessionId}|${action.actionId}`) })),
    )
    .filter(({ review }) => !review || review.inSessionId === session.sessionId);
}
