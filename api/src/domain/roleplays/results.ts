// Results: self ratings next to the observers’, revealed to the rep once they have self-assessed.

/* ---------- results ---------- */

/** A stored score as the results rules see it: the rep's self-assessment or one observer's card. */
export type RoleplayScore =
  | { kind: 'self'; round: number; ratings: { criterion: string; rating: number }[] }
  | { kind: 'observer'; round: number; criterion: string; rating: number };

export interface CriterionResult {
  criterion: string;
  /** The round these ratings come from: the latest one with any rating of this criterion. */
  round: number | null;
  selfRating: number | null;
  /** Mean of the observers' ratings in that round; null when none, or not yet revealed to the rep. */
  observerRating: number | null;
  observerCount: number;
  /** False while the rep has not self-assessed that round (observer ratings withheld from the rep). */
  revealed: boolean;
}

/**
 * Per criterion, the latest round's self rating next to the observers' mean. For the rep, observer
 * ratings of a round count only once the rep has self-assessed that round.
 */
export function criterionResults(
  criteria: readonly string[],
  scores: readonly RoleplayScore[],
  forRep: boolean,
): CriterionResult[] {
  const selfRounds = new Set(scores.filter((s) => s.kind === 'self').map((s) => s.round));
  return criteria.map((criterion) => {
    const rounds = scores.flatMap((s) =>
      s.kind === 'observer'
        ? s.criterion === criterion
          ? [s.round]
          : []
        : s.ratings.some((r) => r.criterion === criterion)
          ? [s.round]
          : [],
    );
    if (rounds.length === 0)
      return { criterion, round: null, selfRating: null, observerRating: null, observerCount: 0, revealed: true };
    const round = Math.max(...rounds);
    const self = scores.find((s) => s.kind === 'self' && s.round === round);
    const selfRating =
      self?.kind === 'self' ? (self.ratings.find((r) => r.criterion === criterion)?.rating ?? null) : null;
    const observed = scores.flatMap((s) =>
      s.kind === 'observer' && s.round === round && s.criterion === criterion ? [s.rating] : [],
    );
    const revealed = !forRep || selfRounds.has(round);
    const mean = observed.length > 0 ? observed.reduce((a, b) => a + b, 0) / observed.length : null;
    return {
      criterion,
      round,
      selfRating,
      observerRating: revealed && mean !== null ? Math.round(mean * 100) / 100 : null,
      observerCount: revealed ? observed.length : 0,
      revealed,
    };
  });
}
