import { createHash } from 'node:crypto';
import type { CoachingSessionStatus, CommitmentOutcome, GrowStep, SessionStep } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/**
 * One coaching session: the manager's side only (notes per GROW step, advice, step, status). The
 * rep's plan is its own document, so that the manager's advice can never be written into it and the
 * two sides never overwrite each other.
 */
export interface CoachingSessionDoc {
  id: string;
  pk: string;
  type: 'coachingSession';
  sessionId: string;
  repId: string;
  managerId: string;
  status: CoachingSessionStatus;
  step: SessionStep;
  scheduledFor: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** The Teams meeting occurrence it belongs to, when started from a 1:1 meeting. */
  occurrenceKey: string | null;
  notes: Partial<Record<GrowStep, string>>;
  advice: string;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/** The rep's own plan for one session: their goal and the actions they commit to. Written by the rep only. */
export interface CoachingPlanDoc {
  id: string;
  pk: string;
  type: 'coachingPlan';
  sessionId: string;
  repId: string;
  /** When the session was created: commitments are reviewed in sessions created after it. */
  sessionCreatedAt: string;
  goal: string;
  actions: { actionId: string; text: string; dueDate: string }[];
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/** The review of one commitment; its id is per commitment, so a commitment is reviewed once. */
export interface CommitmentReviewDoc {
  id: string;
  pk: string;
  type: 'coachingReview';
  repId: string;
  planSessionId: string;
  actionId: string;
  outcome: CommitmentOutcome;
  reason: string;
  reviewedAt: string;
  reviewedBy: string;
  inSessionId: string;
  [field: string]: unknown;
}

export type StoredSession = Stored<CoachingSessionDoc>;
export type StoredPlan = Stored<CoachingPlanDoc>;
export type StoredReview = Stored<CommitmentReviewDoc>;

export const sessionDocId = (sessionId: string): string => `coachingSession|${sessionId}`;
export const planDocId = (sessionId: string): string => `coachingPlan|${sessionId}`;
export const reviewDocId = (planSessionId: string, actionId: string): string =>
  `coachingReview|${planSessionId}|${actionId}`;

/** One session per rep and Teams meeting occurrence: its id follows from the two. */
export function occurrenceSessionId(repId: string, occurrenceKey: string): string {
  return `occ-${createHash('sha256').update(`${repId}\n${occurrenceKey}`).digest('hex').slice(0, 32)}`;
}
