import { NotFound } from '../common/errors.js';

// Pure rules of hiring: the weighted score, the independence of scorecards, disagreements and purging.

const DAY_MS = 86_400_000;

/** The parts of a scorecard the rules look at. */
export interface CardRatings {
  interviewerId: string;
  submittedAt: string | null;
  ratings: readonly { key: string; rating: number }[];
}

/**
 * The weighted score of a candidate: per competency of the profile the mean of the submitted ratings,
 * weighted by the profile's weight; competencies nobody rated are left out of both sums. `null`
 * until something is rated. On the 1..4 scale, rounded to two decimals.
 */
export function weightedScore(
  weights: readonly { key: string; weight: number }[],
  cards: readonly CardRatings[],
): number | null {
  let sum = 0;
  let weightSum = 0;
  for (const { key, weight } of weights) {
    const ratings = cards
      .filter((c) => c.submittedAt)
      .flatMap((c) => c.ratings.filter((r) => r.key === key).map((r) => r.rating));
    if (ratings.length === 0 || weight <= 0) continue;
    sum += weight * (ratings.reduce((a, b) => a + b, 0) / ratings.length);
    weightSum += weight;
  }
  return weightSum === 0 ? null : Math.round((sum / weightSum) * 100) / 100;
}

/** The spread (highest minus lowest) of the submitted ratings of one competency; 0 with fewer than two. */
export function ratingSpread(key: string, cards: readonly CardRatings[]): number {
  const ratings = cards
    .filter((c) => c.submittedAt)
    .flatMap((c) => c.ratings.filter((r) => r.key === key).map((r) => r.rating));
  return ratings.length < 2 ? 0 : Math.max(...ratings) - Math.min(...ratings);
}

/** Whether the panel disagrees on a competency: ratings `threshold` or more apart. */
export function isDisagreement(spread: number, threshold: number): boolean {
  return spread >= threshold;
}

/** Who is asking to read a loop's scorecards, and where they stand. */
export interface CardReader {
  userId: string;
  /** A manager of the space running the loop. */
  isManager: boolean;
  /** Whether the reader is on the loop's panel. */
  isInterviewer: boolean;
  /** Whether the reader submitted their own scorecard. */
  submittedOwn: boolean;
  /** The loop's setting: managers who do not interview may read cards as they come in. */
  managersSeeEarly: boolean;
}

/**
 * The independence rule: whose scorecards a reader may see. Everyone sees their own. An interviewer
 * sees the others' submitted cards only once they submitted their own; a manager who interviews is an
 * interviewer like any other. A manager who does not interview sees submitted cards when the loop
 * allows it early, and otherwise once the panel has submitted (see `panelComplete`). Drafts are
 * never shown to anyone but their author.
 */
export function mayReadOthersCards(reader: CardReader, panelComplete: boolean): boolean {
  if (reader.isInterviewer) return reader.submittedOwn;
  if (reader.isManager) return reader.managersSeeEarly || panelComplete;
  return false;
}

/** The cards of `cards` that `reader` may read under the independence rule. */
export function visibleCards<C extends CardRatings>(
  reader: CardReader,
  cards: readonly C[],
  panelComplete: boolean,
): C[] {
  const others = mayReadOthersCards(reader, panelComplete);
  return cards.filter((c) => c.interviewerId === reader.userId || (others && c.submittedAt !== null));
}

/** Only a manager of the space, or someone on the panel, may open a loop; to anyone else it does not exist. */
export function assertMayOpenLoop(reader: Pick<CardReader, 'isManager' | 'isInterviewer'>): void {
  if (!reader.isManager && !reader.isInterviewer) throw new NotFound('hiring loop');
}

/** When a candidate's data is to be deleted: `retentionDays` after the decision. */
export function purgeDueAt(decidedAt: string, retentionDays: number): string {
  return new Date(Date.parse(decidedAt) + retentionDays * DAY_MS).toISOString();
}

/** Whether the purge is due at `now`. */
export function isPurgeDue(purgeAt: string, now: number): boolean {
  return Date.parse(purgeAt) <= now;
}
