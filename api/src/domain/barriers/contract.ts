import { z } from 'zod';
import { Id } from '../common/contract.js';
import { rawText, text } from '../common/text.js';

// The barrier register: what stands between a rep and selling, raised in seconds, owned by the managers.

export const BARRIER_LIMITS = {
  textMax: 300,
  impactMax: 500,
  noteMax: 1000,
  reasonMax: 1000,
  resourcesMax: 5,
  resourceLabelMax: 120,
  resourceUrlMax: 2000,
  historyMax: 50,
  /** The board lists at most this many open barriers, the oldest first. */
  boardMax: 200,
  /** The personal tab lists at most this many of one's own barriers per team, the newest first. */
  mineMax: 50,
} as const;
const L = BARRIER_LIMITS;

export const BARRIER_CATEGORIES = ['tools', 'process', 'pricingApproval', 'leads', 'skills', 'other'] as const;
export const BarrierCategory = z.enum(BARRIER_CATEGORIES);
export type BarrierCategory = z.infer<typeof BarrierCategory>;

export const BARRIER_URGENCIES = ['low', 'medium', 'high'] as const;
export const BarrierUrgency = z.enum(BARRIER_URGENCIES);
export type BarrierUrgency = z.infer<typeof BarrierUrgency>;

/** `private`: the raiser and the space's managers only; `team`: every member of the space. */
export const BarrierVisibility = z.enum(['private', 'team']);
export type BarrierVisibility = z.infer<typeof BarrierVisibility>;

export const BARRIER_STATUSES = ['open', 'inProgress', 'removed', 'wontFix'] as const;
export const BarrierStatus = z.enum(BARRIER_STATUSES);
export type BarrierStatus = z.infer<typeof BarrierStatus>;

/** Links to playbooks or documents that resolve a barrier: https only. */
export const BarrierResource = z.strictObject({
  label: text(L.resourceLabelMax).optional(),
  url: z
    .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https:// link' })
    .max(L.resourceUrlMax, `must be at most ${L.resourceUrlMax} characters`),
});
export type BarrierResource = z.infer<typeof BarrierResource>;

/** Raising a barrier: few fields, sensible defaults (private, medium urgency). */
export const CreateBarrierBody = z.strictObject({
  category: BarrierCategory,
  text: text(L.textMax),
  impact: rawText(L.impactMax, { multiline: true }).default(''),
  boardId: Id.nullable().optional(),
  urgency: BarrierUrgency.default('medium'),
  visibility: BarrierVisibility.default('private'),
});
export type CreateBarrierBody = z.infer<typeof CreateBarrierBody>;

const Resources = z.array(BarrierResource).max(L.resourcesMax, `must be at most ${L.resourcesMax} links`).default([]);

/** A manager moves a barrier on: in progress, removed (a note and links), or won't fix (a reason the rep sees). */
export const BarrierStatusBody = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('inProgress'), note: rawText(L.noteMax, { multiline: true }).default('') }),
  z.strictObject({
    status: z.literal('removed'),
    note: rawText(L.noteMax, { multiline: true }).default(''),
    resources: Resources,
  }),
  z.strictObject({ status: z.literal('wontFix'), reason: text(L.reasonMax, { multiline: true }) }),
]);
export type BarrierStatusBody = z.infer<typeof BarrierStatusBody>;

/** The raiser confirms a removal, or reopens a barrier that was removed or will not be fixed. */
export const BarrierConfirmationBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('confirm') }),
  z.strictObject({ action: z.literal('reopen'), note: rawText(L.noteMax, { multiline: true }).default('') }),
]);
export type BarrierConfirmationBody = z.infer<typeof BarrierConfirmationBody>;

/** Putting a barrier on a sales meeting's agenda. */
export const BarrierAgendaBody = z.strictObject({
  timeboxMinutes: z.number().int().min(1).max(60).optional(),
});
export type BarrierAgendaBody = z.infer<typeof BarrierAgendaBody>;

export const BarrierParams = z.strictObject({ spaceId: Id, barrierId: Id });
export const BarrierMeetingParams = z.strictObject({ spaceId: Id, barrierId: Id, meetingId: Id });

export const BarrierEventResponse = z.object({
  at: z.string(),
  byName: z.string(),
  kind: z.enum(['raised', 'inProgress', 'removed', 'wontFix', 'confirmed', 'reopened']),
  note: z.string(),
});

export const BarrierResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  raiserId: z.string(),
  raiserName: z.string(),
  category: BarrierCategory,
  text: z.string(),
  impact: z.string(),
  boardId: z.string().nullable(),
  urgency: BarrierUrgency,
  visibility: BarrierVisibility,
  status: BarrierStatus,
  /** The manager's resolution note (removed) or reason (won't fix); empty otherwise. */
  resolution: z.string(),
  resources: z.array(z.object({ label: z.string().optional(), url: z.string() })),
  raisedAt: z.string(),
  /** When it was last removed or closed as won't fix; null while open or in progress. */
  closedAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  history: z.array(BarrierEventResponse),
  /** What the caller may do: the managers move it on, the raiser confirms or reopens. */
  can: z.object({ changeStatus: z.boolean(), confirm: z.boolean(), reopen: z.boolean() }),
  etag: z.string(),
});
export type BarrierResponse = z.infer<typeof BarrierResponse>;

export const BarrierListResponse = z.object({ items: z.array(BarrierResponse) });
export type BarrierListResponse = z.infer<typeof BarrierListResponse>;

export const BarrierTrend = z.enum(['faster', 'slower', 'steady', 'notEnoughData']);
export type BarrierTrend = z.infer<typeof BarrierTrend>;

/** How fast the space removes barriers: the median over the last 90 days, and week by week. */
export const BarrierStatsResponse = z.object({
  removedLast90Days: z.number(),
  medianHoursToRemove: z.number().nullable(),
  /** The last 13 weeks, oldest first. */
  weeks: z.array(z.object({ weekStart: z.string(), removed: z.number(), medianHours: z.number().nullable() })),
  /** The median of the last 6 weeks against the 6 weeks before. */
  trend: BarrierTrend,
});
export type BarrierStatsResponse = z.infer<typeof BarrierStatsResponse>;

/** The managers' board: open barriers, the oldest first, and the space's time to remove. */
export const BarrierBoardResponse = z.object({
  open: z.array(BarrierResponse),
  /** More open barriers exist than the board lists. */
  truncated: z.boolean(),
  stats: BarrierStatsResponse,
});
export type BarrierBoardResponse = z.infer<typeof BarrierBoardResponse>;

/** The personal tab: one's own barriers per team and, in teams one manages, the open ones. */
export const MyBarriersResponse = z.object({
  spaces: z.array(
    z.object({
      spaceId: z.string(),
      spaceName: z.string(),
      manager: z.boolean(),
      mine: z.array(BarrierResponse),
      /** For managers: open barriers of the team, the oldest first; empty for others. */
      open: z.array(BarrierResponse),
    }),
  ),
});
export type MyBarriersResponse = z.infer<typeof MyBarriersResponse>;
