import { z } from 'zod';
import { Id } from '../common/contract.js';
import { rawText, text } from '../common/text.js';

// Opportunities colleagues outside sales notice at customers, routed to the account's owner, and the
// points credited for them in a ledger.

export const OPPORTUNITY_LIMITS = {
  customerMax: 200,
  noticedMax: 2000,
  whyMax: 1000,
  contactMax: 300,
  noteMax: 1000,
  reasonMax: 500,
  pointsMax: 10_000,
  pageSize: 50,
} as const;
const L = OPPORTUNITY_LIMITS;

export const OPPORTUNITY_URGENCIES = ['low', 'soon', 'urgent'] as const;
export const OpportunityUrgency = z.enum(OPPORTUNITY_URGENCIES);
export type OpportunityUrgency = z.infer<typeof OpportunityUrgency>;

/** Where an opportunity stands, as the contributor who logged it follows it. */
export const OPPORTUNITY_STATUSES = ['new', 'contacted', 'qualified', 'won', 'lost', 'notAnOpportunity'] as const;
export const OpportunityStatus = z.enum(OPPORTUNITY_STATUSES);
export type OpportunityStatus = z.infer<typeof OpportunityStatus>;

/** The two steps on which points are proposed to the contributor. */
export const CREDIT_MILESTONES = ['qualified', 'won'] as const;
export const CreditMilestone = z.enum(CREDIT_MILESTONES);
export type CreditMilestone = z.infer<typeof CreditMilestone>;

/** What a colleague logs: the customer (an account board, or a name), what they noticed, and how to reach them. */
export const CreateOpportunityBody = z
  .strictObject({
    boardId: Id.nullable().optional(),
    customerName: rawText(L.customerMax).optional(),
    noticed: text(L.noticedMax, { multiline: true }),
    whyItMatters: rawText(L.whyMax, { multiline: true }).default(''),
    urgency: OpportunityUrgency.default('soon'),
    contact: rawText(L.contactMax, { multiline: true }).default(''),
  })
  .refine((b) => Boolean(b.boardId) || Boolean(b.customerName?.trim()), {
    message: 'must name the customer: pick an account board or type a name',
    path: ['customerName'],
  });
export type CreateOpportunityBody = z.infer<typeof CreateOpportunityBody>;

/** A manager hands an opportunity waiting for triage (or any) to a rep or manager of the space. */
export const AssignOpportunityBody = z.strictObject({ assigneeId: Id });
export type AssignOpportunityBody = z.infer<typeof AssignOpportunityBody>;

/** The assignee (or a manager) moves the opportunity on; "not an opportunity" needs a note the contributor sees. */
export const OpportunityStatusBody = z.strictObject({
  status: OpportunityStatus.exclude(['new']),
  note: rawText(L.noteMax, { multiline: true }).default(''),
});
export type OpportunityStatusBody = z.infer<typeof OpportunityStatusBody>;

/** The points a manager sets for the space: proposed when an opportunity is qualified, and when it is won. */
export const OpportunityPointsBody = z.strictObject({
  qualified: z.number().int().min(0).max(L.pointsMax),
  won: z.number().int().min(0).max(L.pointsMax),
});
export type OpportunityPointsBody = z.infer<typeof OpportunityPointsBody>;
export const DEFAULT_OPPORTUNITY_POINTS: OpportunityPointsBody = { qualified: 10, won: 50 };

/** A reversal says why. */
export const ReverseLedgerEntryBody = z.strictObject({ reason: text(L.reasonMax) });
export type ReverseLedgerEntryBody = z.infer<typeof ReverseLedgerEntryBody>;

/** A contributor shows on the quarter's recognition board only when they opted in. */
export const RecognitionOptInBody = z.strictObject({ optIn: z.boolean() });
export type RecognitionOptInBody = z.infer<typeof RecognitionOptInBody>;

export const Quarter = z.string().regex(/^20\d\d-Q[1-4]$/, 'must be a quarter such as 2026-Q4');
export type Quarter = z.infer<typeof Quarter>;

/** A manager marks the reward for a contributor's quarter as given. */
export const RewardGivenBody = z.strictObject({ contributorId: Id, note: rawText(L.reasonMax).default('') });
export type RewardGivenBody = z.infer<typeof RewardGivenBody>;

export const OpportunityParams = z.strictObject({ spaceId: Id, opportunityId: Id });
export const OpportunityCreditParams = z.strictObject({ spaceId: Id, opportunityId: Id, milestone: CreditMilestone });
export const LedgerEntryParams = z.strictObject({
  spaceId: Id,
  entryId: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[A-Za-z0-9._:@-]+$/, 'must be a ledger entry id'),
});
export const QuarterParams = z.strictObject({ spaceId: Id, quarter: Quarter });

/**
 * Which list: mine (logged by me), assigned (routed to me, open ones), and for managers triage (waiting
 * to be assigned), pending (points to approve) and all.
 */
export const OpportunityListView = z.enum(['mine', 'assigned', 'triage', 'pending', 'all']);
export type OpportunityListView = z.infer<typeof OpportunityListView>;
export const ListOpportunitiesQuery = z.strictObject({
  view: OpportunityListView.default('mine'),
  cursor: z.string().max(2000).optional(),
});

export const CreditResponse = z.object({
  milestone: CreditMilestone,
  points: z.number().int(),
  proposedAt: z.string(),
  approvedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
  /** The ledger entry that credited the points, once approved. */
  entryId: z.string().nullable(),
  reversedAt: z.string().nullable(),
});
export type CreditResponse = z.infer<typeof CreditResponse>;

export const OpportunityResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  spaceName: z.string(),
  customerName: z.string(),
  boardId: z.string().nullable(),
  noticed: z.string(),
  whyItMatters: z.string(),
  urgency: OpportunityUrgency,
  contact: z.string(),
  contributorId: z.string(),
  contributorName: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  status: OpportunityStatus,
  statusNote: z.string(),
  convertedBoardId: z.string().nullable(),
  credits: z.array(CreditResponse),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OpportunityResponse = z.infer<typeof OpportunityResponse>;

export const OpportunityListResponse = z.object({
  items: z.array(OpportunityResponse),
  cursor: z.string().nullable(),
});
export type OpportunityListResponse = z.infer<typeof OpportunityListResponse>;

export const LedgerEntryKind = z.enum(['credit', 'reversal', 'reward']);
export type LedgerEntryKind = z.infer<typeof LedgerEntryKind>;

/** One ledger entry: who (credited, and by whom), what, why, when. Never edited; a reversal is a new entry. */
export const LedgerEntryResponse = z.object({
  id: z.string(),
  kind: LedgerEntryKind,
  contributorId: z.string(),
  contributorName: z.string(),
  points: z.number().int(),
  what: z.string(),
  why: z.string(),
  byName: z.string(),
  at: z.string(),
  opportunityId: z.string().nullable(),
  reverses: z.string().nullable(),
  reversedBy: z.string().nullable(),
});
export type LedgerEntryResponse = z.infer<typeof LedgerEntryResponse>;

export const CreditsResponse = z.object({
  balance: z.number().int(),
  entries: z.array(LedgerEntryResponse),
  points: OpportunityPointsBody,
  optIn: z.boolean(),
});
export type CreditsResponse = z.infer<typeof CreditsResponse>;

export const RecognitionRow = z.object({
  contributorId: z.string(),
  contributorName: z.string(),
  points: z.number().int(),
  opportunities: z.number().int(),
  rewardGivenAt: z.string().nullable(),
});
export const RecognitionResponse = z.object({
  quarter: Quarter,
  rows: z.array(RecognitionRow),
  /** Contributors with points this quarter who did not opt in: counted, never named. */
  notShown: z.number().int(),
});
export type RecognitionResponse = z.infer<typeof RecognitionResponse>;

/** The personal tab: what waits for me (routed to me, or to triage as a manager) and what I passed on, in every team. */
export const MyOpportunitiesResponse = z.object({
  waiting: z.array(OpportunityResponse),
  mine: z.array(OpportunityResponse),
});
export type MyOpportunitiesResponse = z.infer<typeof MyOpportunitiesResponse>;
