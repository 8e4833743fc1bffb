import { COACHING_LIMITS, GROW_STEPS, type CoachingSuggestion, type GrowStep } from './contract.js';

/** What a coaching session may draw on from one of the rep's recent role-plays (as the rep may see it). */
export interface RoleplayEvidence {
  roleplayId: string;
  title: string;
  playedAt: string;
  results: { criterion: string; label: string; selfRating: number | null; observerRating: number | null }[];
  nextStep: { text: string; dueDate: string | null } | null;
}

/** The general prompts of each step; the tabs hold their texts (`coaching.suggest.<key>`). */
export const GROW_PROMPTS: Record<GrowStep, readonly string[]> = {
  goal: ['goal.today', 'goal.byNextTime'],
  reality: ['reality.now', 'reality.tried'],
  options: ['options.could', 'options.else'],
  will: ['will.first', 'will.obstacle', 'will.support'],
};

const general = (step: GrowStep, key: string): CoachingSuggestion => ({ step, key, values: {}, source: null });

/**
 * Question suggestions per GROW step: the general prompts, plus questions drawn from the rep's most
 * recent role-plays — the criterion that scored lowest, a gap between the rep's rating and the
 * observers', and the next step the rep set. Every suggestion is a question for the rep, never advice.
 */
export function growSuggestions(evidence: readonly RoleplayEvidence[]): CoachingSuggestion[] {
  const recent = [...evidence]
    .sort((a, b) => b.playedAt.localeCompare(a.playedAt))
    .slice(0, COACHING_LIMITS.evidenceMax);
  const drawn: CoachingSuggestion[] = [];

  // The criterion with the lowest rating across recent role-plays (observers first, else the rep's own).
  let weakest: { criterion: string; label: string; rating: number; from: RoleplayEvidence } | null = null;
  let widestGap: { label: string; self: number; observed: number; from: RoleplayEvidence } | null = null;
  for (const roleplay of recent) {
    for (const r of roleplay.results) {
      const rating = r.observerRating ?? r.selfRating;
      if (rating !== null && (weakest === null || rating < weakest.rating)) {
        weakest = { criterion: r.criterion, label: r.label, rating, from: roleplay };
      }
      if (r.selfRating !== null && r.observerRating !== null) {
        const gap = Math.abs(r.selfRating - r.observerRating);
        if (gap >= 1 && (widestGap === null || gap > Math.abs(widestGap.self - widestGap.observed))) {
          widestGap = { label: r.label, self: r.selfRating, observed: r.observerRating, from: roleplay };
        }
      }
    }
  }
  const sourceOf = (r: RoleplayEvidence) => ({ kind: 'roleplay' as const, id: r.roleplayId, title: r.title });

  if (weakest) {
    const values = { criterion: weakest.label, scenario: weakest.from.title };
    drawn.push({ step: 'goal', key: 'goal.criterion', values, source: sourceOf(weakest.from) });
    drawn.push({ step: 'options', key: 'options.criterion', values, source: sourceOf(weakest.from) });
    drawn.push({ step: 'options', key: 'options.peer', values, source: sourceOf(weakest.from) });
    drawn.push({ step: 'will', key: 'will.criterion', values, source: sourceOf(weakest.from) });
  }
  if (widestGap) {
    drawn.push({
      step: 'reality',
      key: 'reality.gap',
      values: {
        criterion: widestGap.label,
        scenario: widestGap.from.title,
        self: widestGap.self,
        observed: Math.round(widestGap.observed * 10) / 10,
      },
      source: sourceOf(widestGap.from),
    });
  }
  const withStep = recent.find((r) => r.nextStep !== null);
  if (withStep?.nextStep) {
    drawn.push({
      step: 'reality',
      key: 'reality.nextStep',
      values: { nextStep: withStep.nextStep.text, scenario: withStep.title },
      source: sourceOf(withStep),
    });
  }

  return GROW_STEPS.flatMap((step) => [
    ...drawn.filter((s) => s.step === step),
    ...GROW_PROMPTS[step].map((key) => general(step, key)),
  ]);
}
