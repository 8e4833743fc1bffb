import { z } from 'zod';
import { BoardDate, BoardStageId } from '../boards/fields.js';
import { Id } from '../common/contract.js';
import { rawText, text } from '../common/text.js';
import { ReasonKey, WINLOSS_LIMITS as L } from './taxonomy.js';

/** Win/loss reviews (principle 7): the API contract. One review per closed board. */

export const DealOutcome = z.enum(['won', 'lost', 'noDecision']);
export type DealOutcome = z.infer<typeof DealOutcome>;
export const DEAL_OUTCOMES: readonly DealOutcome[] = ['won', 'lost', 'noDecision'];

const DealValue = z.number().min(0, 'must not be negative').max(L.dealSizeMax, `must be at most ${L.dealSizeMax}`);

/** POST …/boards/{boardId}/close: the outcome, the date it was decided and the final value. */
export const CloseBoardBody = z.strictObject({ outcome: DealOutcome, date: BoardDate, value: DealValue });
export type CloseBoardBody = z.infer<typeof CloseBoardBody>;

/** How a board was closed, as the board and its summary carry it. */
export const BoardClosing = z.object({
  outcome: DealOutcome,
  date: z.string(),
  value: z.number(),
  closedBy: z.string(),
  closedAt: z.string(),
});
export type BoardClosing = z.infer<typeof BoardClosing>;

/** "What else?" must be answered, or skipped on purpose. */
export const WhatElse = z.discriminatedUnion('skipped', [
  z.strictObject({ skipped: z.literal(false), answer: text(L.answerMax, { multiline: true }) }),
  z.strictObject({ skipped: z.literal(true) }),
]);
export type WhatElse = z.infer<typeof WhatElse>;

/** PUT …/boards/{boardId}/review: the rep's review; the outcome is the board's. */
export const ReviewBody = z
  .strictObject({
    reasons: z
      .array(ReasonKey)
      .min(1, 'must name at least one reason')
      .max(L.reasonsMax)
      .refine((r) => new Set(r).size === r.length, 'must not repeat a reason'),
    primary: ReasonKey,
    whatElse: WhatElse,
    competitor: text(L.competitorMax, { min: 0 }),
    buyerStage: BoardStageId,
    salesStage: BoardStageId,
    dealSize: DealValue,
    segment: text(L.segmentMax, { min: 0 }),
    /** Seconds the form was open before it was saved (the form shows it). */
    durationSeconds: z.number().int().min(0).max(L.durationMax),
  })
  .refine((b) => b.reasons.includes(b.primary), { message: 'must be one of the reasons', path: ['primary'] });
export type ReviewBody = z.infer<typeof ReviewBody>;

/** PUT …/boards/{boardId}/review/customer: the reasons the customer gave, each in their words. */
export const CustomerReasonsBody = z.strictObject({
  heardOn: BoardDate,
  reasons: z
    .array(z.strictObject({ key: ReasonKey, quote: rawText(L.quoteMax, { multiline: true }) }))
    .min(1, 'must give at least one reason')
    .max(L.customerReasonsMax, `must be at most ${L.customerReasonsMax} reasons`)
    .refine((r) => r.every((x) => x.quote.trim().length > 0), 'every quote must be given'),
});
export type CustomerReasonsBody = z.infer<typeof CustomerReasonsBody>;

const Labelled = z.object({ key: z.string(), label: z.string() });

export const ReviewResponse = z.object({
  id: z.string(),
  boardId: z.string(),
  boardName: z.string(),
  outcome: DealOutcome,
  closedOn: z.string(),
  /** Reasons with the label they had when the review was written. */
  reasons: z.array(Labelled),
  primary: z.string(),
  whatElse: z.union([
    z.object({ skipped: z.literal(false), answer: z.string() }),
    z.object({ skipped: z.literal(true) }),
  ]),
  competitor: z.string(),
  buyerStage: z.string(),
  salesStage: z.string(),
  dealSize: z.number(),
  segment: z.string(),
  durationSeconds: z.number(),
  authorId: z.string(),
  authorName: z.string().nullable(),
  final: z.boolean(),
  customer: z
    .object({
      heardOn: z.string(),
      reasons: z.array(Labelled.extend({ quote: z.string() })),
      recordedBy: z.string(),
    })
    .nullable(),
  canEdit: z.boolean(),
  canFinalize: z.boolean(),
  canRecordCustomer: z.boolean(),
  updatedAt: z.string(),
  etag: z.string(),
});
export type ReviewResponse = z.infer<typeof ReviewResponse>;

/** What the close dialog prefills the review with: the board's stages, value and segment. */
export const ReviewDraftResponse = z.object({
  review: ReviewResponse.nullable(),
  prefill: z.object({ buyerStage: z.string(), salesStage: z.string(), dealSize: z.number(), segment: z.string() }),
  closing: BoardClosing.nullable(),
});
export type ReviewDraftResponse = z.infer<typeof ReviewDraftResponse>;

export const WinlossParams = z.strictObject({ spaceId: Id, reason: ReasonKey });

/** Value-proposition notes: a short shared list of points the whole team sees and edits. */
export const ValuePropBody = z.strictObject({
  points: z
    .array(text(L.valuePropPointMax))
    .max(L.valuePropPointsMax, `must be at most ${L.valuePropPointsMax} points`),
});
export type ValuePropBody = z.infer<typeof ValuePropBody>;

export const ValuePropResponse = z.object({
  points: z.array(z.string()),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  etag: z.string(),
});
export type ValuePropResponse = z.infer<typeof ValuePropResponse>;

/** POST …/winloss/themes/{reason}/value-prop: the point to add (default: drawn from the theme). */
export const ThemeValuePropBody = z.strictObject({ text: text(L.valuePropPointMax).optional() });
export type ThemeValuePropBody = z.infer<typeof ThemeValuePropBody>;

/** PUT …/boards/{boardId}/review/final: a manager marks the review final (or opens it again). */
export const ReviewFinalBody = z.strictObject({ final: z.boolean() });
export type ReviewFinalBody = z.infer<typeof ReviewFinalBody>;

/** The answer to a loss theme's "Practise it" action: the scenario now in the library. */
export const ThemeScenarioResponse = z.object({
  scenarioId: z.string(),
  title: z.string(),
  objections: z.array(z.string()),
  reviewIds: z.array(z.string()),
});
export type ThemeScenarioResponse = z.infer<typeof ThemeScenarioResponse>;
