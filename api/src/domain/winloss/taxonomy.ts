import { z } from 'zod';
import { text } from '../common/text.js';

/**
 * Win/loss reasons (principle 7): one shared taxonomy per space, the defaults below until a manager
 * extends it. Reviews store each reason's label as it was when they were written, so renaming or
 * adding a reason never rewrites a past review.
 */

export const WINLOSS_LIMITS = {
  reasonsMax: 30,
  reasonLabelMax: 60,
  /** "What else?", a competitor, a segment. */
  answerMax: 500,
  competitorMax: 120,
  segmentMax: 120,
  /** One customer quote, kept as written (it fits a role-play objection as it is). */
  quoteMax: 400,
  customerReasonsMax: 12,
  /** Value-proposition notes: points and the length of one. */
  valuePropPointsMax: 60,
  valuePropPointMax: 500,
  /** A loss theme needs at least this many lost deals citing the reason. */
  themeMinLosses: 2,
  /** Reviews one scenario links to (its source). */
  scenarioReviewsMax: 20,
  dealSizeMax: 1_000_000_000_000,
  /** The seconds a review may report it took (a day). */
  durationMax: 86_400,
} as const;

/** A reason's key: a short slug, stable across renames. */
export const ReasonKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, 'must be a short slug such as "price" (letters, digits, -)');
export type ReasonKey = z.infer<typeof ReasonKey>;

export const WinlossReason = z.strictObject({ key: ReasonKey, label: text(WINLOSS_LIMITS.reasonLabelMax) });
export type WinlossReason = z.infer<typeof WinlossReason>;

export const DEFAULT_WINLOSS_REASONS: readonly WinlossReason[] = [
  { key: 'price', label: 'Price' },
  { key: 'productFit', label: 'Product fit' },
  { key: 'relationship', label: 'Relationship' },
  { key: 'timing', label: 'Timing' },
  { key: 'competitor', label: 'Competitor' },
  { key: 'implementationRisk', label: 'Implementation risk' },
  { key: 'champion', label: 'Champion' },
  { key: 'process', label: 'Buying process' },
];

/** PUT …/winloss/taxonomy: the whole list. Reasons are added or relabelled; a default is never dropped. */
export const WinlossTaxonomyBody = z.strictObject({
  reasons: z
    .array(WinlossReason)
    .min(1, 'must name at least one reason')
    .max(WINLOSS_LIMITS.reasonsMax, `must be at most ${WINLOSS_LIMITS.reasonsMax} reasons`)
    .refine((r) => new Set(r.map((x) => x.key)).size === r.length, 'must not repeat a key')
    .refine(
      (r) => DEFAULT_WINLOSS_REASONS.every((d) => r.some((x) => x.key === d.key)),
      'must keep every default reason (relabel it instead)',
    ),
});
export type WinlossTaxonomyBody = z.infer<typeof WinlossTaxonomyBody>;

export const WinlossTaxonomyResponse = z.object({
  reasons: z.array(z.object({ key: z.string(), label: z.string() })),
  isDefault: z.boolean(),
  etag: z.string(),
});
export type WinlossTaxonomyResponse = z.infer<typeof WinlossTaxonomyResponse>;
