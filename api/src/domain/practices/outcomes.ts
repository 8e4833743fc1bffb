import type { AdoptionOutcome, FollowUpStatus, Measure } from './contract.js';
import { PRACTICE_LIMITS } from './limits.js';

// Outcome statistics of adoptions and the rule for calling a practice proven.

const L = PRACTICE_LIMITS;

/* ---------- outcome statistics ---------- */

export interface AdoptionSummary {
  adoptionCount: number;
  tryingCount: number;
  workedCount: number;
  didNotWorkCount: number;
  notApplicableCount: number;
  /** worked / (worked + didn't); "not applicable" says nothing about the practice. Null without data. */
  successRate: number | null;
  /**
   * The sort key of "best outcome": the lower bound of the 95% Wilson interval of the success rate,
   * so that 9 of 10 ranks above 1 of 1. Zero without data.
   */
  outcomeScore: number;
}

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Lower bound of the Wilson score interval (z = 1.96). */
export function wilsonLowerBound(successes: number, total: number): number {
  if (total <= 0) return 0;
  const z = 1.96;
  const p = successes / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const margin = z * Math.sqrt((p * (1 - p) + z2 / (4 * total)) / total);
  return Math.max(0, (centre - margin) / (1 + z2 / total));
}

/** Counts and rates of one practice from its adopters' outcomes (null: still trying). */
export function summariseAdoptions(outcomes: readonly (AdoptionOutcome | null)[]): AdoptionSummary {
  let worked = 0;
  let didNotWork = 0;
  let notApplicable = 0;
  for (const outcome of outcomes) {
    if (outcome === 'worked') worked++;
    else if (outcome === 'didNotWork') didNotWork++;
    else if (outcome === 'notApplicable') notApplicable++;
  }
  const judged = worked + didNotWork;
  return {
    adoptionCount: outcomes.length,
    tryingCount: outcomes.length - worked - didNotWork - notApplicable,
    workedCount: worked,
    didNotWorkCount: didNotWork,
    notApplicableCount: notApplicable,
    successRate: judged > 0 ? round(worked / judged, 4) : null,
    outcomeScore: round(wilsonLowerBound(worked, judged), 4),
  };
}

/** Whether the adopters' outcomes support marking a practice proven, and if not, what is missing. */
export function provenSupport(summary: AdoptionSummary): { supported: boolean; reason: string } {
  const judged = summary.workedCount + summary.didNotWorkCount;
  if (judged < L.provenMinOutcomes) {
    return {
      supported: false,
      reason: `Needs at least ${L.provenMinOutcomes} peers to report whether it worked; ${judged} ${judged === 1 ? 'has' : 'have'} so far.`,
    };
  }
  const rate = summary.successRate ?? 0;
  if (rate < L.provenMinSuccessRate) {
    return {
      supported: false,
      reason: `Worked for ${summary.workedCount} of ${judged} peers (${Math.round(rate * 100)}%); proven needs at least ${Math.round(L.provenMinSuccessRate * 100)}%.`,
    };
  }
  return {
    supported: true,
    reason: `Worked for ${summary.workedCount} of ${judged} peers who tried it (${Math.round(rate * 100)}%).`,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an adoption made at `adoptedAt` is due for its follow-up. */
export function followUpAt(adoptedAt: string): string {
  return new Date(Date.parse(adoptedAt) + L.followUpDays * DAY_MS).toISOString();
}

/** Trying, due (14 days on and no outcome yet) or recorded. */
export function followUpStatus(adoptedAt: string, outcome: AdoptionOutcome | null, now: number): FollowUpStatus {
  if (outcome !== null) return 'recorded';
  return Date.parse(followUpAt(adoptedAt)) <= now ? 'due' : 'trying';
}

/** The measure as one line, e.g. "Sales cycle shortened by 12 days". */
export function describeMeasure(measure: Measure): string {
  switch (measure.kind) {
    case 'dealWon':
      return 'Deal won';
    case 'cycleShortened':
      return `Sales cycle shortened by ${measure.days} ${measure.days === 1 ? 'day' : 'days'}`;
    case 'meetingBooked':
      return measure.count === 1 ? 'Meeting booked' : `${measure.count} meetings booked`;
    case 'dealExpanded':
      return `Deal expanded by ${measure.percent}%`;
    case 'replyRateUp':
      return `Reply rate up ${measure.points} ${measure.points === 1 ? 'point' : 'points'}`;
    case 'other':
      return measure.label;
  }
}
