import { checkObserverFeedback, type FeedbackFinding } from '../roleplays/checks.js';

// The feedback rules of an observation: the role-play wording checks, and self-assessment first.

/**
 * Whether the manager's feedback may be shared: at least one strength and one development point,
 * each an observed behaviour without judgmental wording (the role-play observer's rules, whose
 * findings carry a suggested rewrite).
 */
export function checkObservationFeedback(draft: { strengths: readonly string[]; developments: readonly string[] }): {
  ready: boolean;
  findings: FeedbackFinding[];
} {
  return checkObserverFeedback(draft);
}

/** What decides whether the rep may read the manager's feedback and notes. */
export interface FeedbackVisibility {
  /** The rep has self-assessed or explicitly skipped it. */
  selfAssessed: boolean;
  /** The manager shared the feedback. */
  shared: boolean;
}

/** The rep reads the feedback only once it is shared and they have assessed themself first (or skipped). */
export function feedbackVisibleToRep({ selfAssessed, shared }: FeedbackVisibility): boolean {
  return selfAssessed && shared;
}
