import {
  askTellBalance,
  commitmentDue,
  dayOf,
  growSuggestions,
  GROW_STEPS,
  type CoachingPlanResponse,
  type CoachingSessionResponse,
  type CoachingSessionSummary,
  type CommitmentResponse,
  type RoleplayEvidence,
} from '../../domain/index.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { CoachingSessionDoc, StoredPlan, StoredReview, StoredSession } from './model.js';

/** A session in lists. */
export function presentSummary(
  session: CoachingSessionDoc,
  space: StoredSpace,
  plan: { goal: string } | undefined,
): CoachingSessionSummary {
  return {
    id: session.sessionId,
    spaceId: space.spaceId,
    repId: session.repId,
    repName: nameOf(space, session.repId) ?? '',
    managerId: session.managerId,
    managerName: nameOf(space, session.managerId) ?? '',
    status: session.status,
    scheduledFor: session.scheduledFor,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt,
    createdAt: session.createdAt,
    planGoal: plan?.goal ?? null,
  };
}

export function presentPlan(plan: StoredPlan): CoachingPlanResponse {
  return {
    sessionId: plan.sessionId,
    goal: plan.goal,
    actions: plan.actions.map((a) => ({ ...a })),
    updatedAt: plan.updatedAt,
    etag: plan._etag,
  };
}

/** One commitment: due or overdue while open, with its review once reviewed. */
export function presentCommitment(
  plan: StoredPlan,
  action: StoredPlan['actions'][number],
  review: StoredReview | undefined,
  space: StoredSpace,
  today: string,
): CommitmentResponse {
  return {
    planSessionId: plan.sessionId,
    actionId: action.actionId,
    owner: 'rep',
    ownerName: nameOf(space, plan.repId) ?? '',
    cadence: null,
    agreementId: null,
    text: action.text,
    dueDate: action.dueDate,
    due: review ? null : commitmentDue(action.dueDate, today),
    review: review
      ? {
          outcome: review.outcome,
          reason: review.reason,
          reviewedAt: review.reviewedAt,
          reviewedBy: review.reviewedBy,
          reviewedByName: nameOf(space, review.reviewedBy) ?? '',
          inSessionId: review.inSessionId,
        }
      : null,
  };
}

/** A session as its rep or a manager sees it; suggestions are the manager's (the rep writes, not asks). */
export function presentSession(
  session: StoredSession,
  space: StoredSpace,
  plan: StoredPlan | undefined,
  commitments: { plan: StoredPlan; action: StoredPlan['actions'][number]; review: StoredReview | undefined }[],
  evidence: readonly RoleplayEvidence[],
  viewer: 'rep' | 'manager',
  now: number = Date.now(),
): CoachingSessionResponse {
  const today = dayOf(now);
  const balance = askTellBalance(GROW_STEPS.map((step) => session.notes[step] ?? ''));
  return {
    ...presentSummary(session, space, plan),
    step: session.step,
    notes: { ...session.notes },
    advice: session.advice,
    balance: { asked: balance.asked, told: balance.told },
    plan: plan ? presentPlan(plan) : null,
    commitments: commitments
      .map((c) => presentCommitment(c.plan, c.action, c.review, space, today))
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    suggestions: viewer === 'manager' ? growSuggestions(evidence) : [],
    viewer,
    etag: session._etag,
  };
}
