import { Conflict, Forbidden, NotFound } from '../common/errors.js';
import type { Role } from '../spaces/contract.js';
import { GROW_STEPS, type CommitmentDue, type CommitmentOutcome, type SessionStep } from './contract.js';

/*
 * The rules of a coaching session: who sees it, who writes what, when commitments are due, and that
 * the commitments of last time are reviewed before the GROW steps begin.
 */

/** What a rule needs to know of a session. */
export interface SessionParties {
  repId: string;
  managerId: string;
}

/**
 * The rep of the session and the space's managers see a session and its plan; anyone else is told it
 * does not exist (404), so that a peer cannot even learn that a colleague is being coached.
 */
export function assertMayViewSession(role: Role, userId: string, session: SessionParties): 'rep' | 'manager' {
  if (session.repId === userId) return 'rep';
  if (role === 'manager') return 'manager';
  throw new NotFound('coaching session');
}

/** Only the rep writes their plan: the manager's advice has its own field and never enters the plan. */
export function assertMayWritePlan(viewer: 'rep' | 'manager'): void {
  if (viewer !== 'rep') throw new Forbidden('Only the rep writes their own plan. Put your advice in the advice field.');
}

/** Only managers keep a session's notes, advice, step and status. */
export function assertMayRunSession(viewer: 'rep' | 'manager'): void {
  if (viewer !== 'manager') throw new Forbidden('The manager keeps the session notes.');
}

/** Where a session starts: the review of last time's commitments when there are any open, else the goal. */
export function firstStep(openCommitments: number): SessionStep {
  return openCommitments > 0 ? 'review' : 'goal';
}

/**
 * The GROW steps begin once every commitment of earlier sessions has been reviewed (done, not done
 * or changed, with a word why); going back to the review is always allowed.
 */
export function assertMayMoveTo(step: SessionStep, unreviewed: number): void {
  if (step !== 'review' && unreviewed > 0) {
    throw new Conflict(
      `Review the ${unreviewed === 1 ? 'commitment' : `${unreviewed} commitments`} from last time first.`,
    );
  }
}

/** The step after `step`, or null after "will". */
export function nextSessionStep(step: SessionStep): SessionStep | null {
  if (step === 'review') return 'goal';
  const i = GROW_STEPS.indexOf(step);
  return GROW_STEPS[i + 1] ?? null;
}

/** Whether an open commitment due on `dueDate` (YYYY-MM-DD) is upcoming, due today or overdue on `today`. */
export function commitmentDue(dueDate: string, today: string): CommitmentDue {
  if (dueDate < today) return 'overdue';
  return dueDate === today ? 'dueToday' : 'upcoming';
}

/** The calendar day (UTC) of an instant, as YYYY-MM-DD. */
export function dayOf(at: number | Date): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** A review says how it went and why; the why must be more than blank space. */
export function assertReviewReason(outcome: CommitmentOutcome, reason: string): void {
  if (reason.trim().length === 0) throw new Conflict(`Say in a word why the commitment is ${outcome}.`);
}
