import { z } from 'zod';
import { Id } from '../common/contract.js';
import { rawText, text } from '../common/text.js';
import { Role } from '../spaces/contract.js';
import { checkPracticeDraft, toPracticeInput } from './checks.js';
import { PRACTICE_LIMITS } from './limits.js';
import { Skill, SkillKey } from './skills.js';

/**
 * The practice exchange (principle 4): a post is a *result* plus the *specific actions* that
 * produced it, with context; peers adopt it and report what happened. This module holds the API
 * contract; its rules live beside it (skills, checks, outcomes).
 */

const L = PRACTICE_LIMITS;

/* ---------- vocabularies ---------- */

export const Segment = z.enum(['smb', 'midMarket', 'enterprise', 'publicSector']);
export type Segment = z.infer<typeof Segment>;
export const SEGMENT_LABELS: Record<Segment, string> = {
  smb: 'Small business',
  midMarket: 'Mid-market',
  enterprise: 'Enterprise',
  publicSector: 'Public sector',
};

export const DealStage = z.enum([
  'prospecting',
  'discovery',
  'qualification',
  'proposal',
  'negotiation',
  'closing',
  'expansion',
]);
export type DealStage = z.infer<typeof DealStage>;
export const DEAL_STAGE_LABELS: Record<DealStage, string> = {
  prospecting: 'Prospecting',
  discovery: 'Discovery',
  qualification: 'Qualification',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  closing: 'Closing',
  expansion: 'Expansion and renewal',
};

export const DealSizeBand = z.enum(['under10k', 'from10kTo50k', 'from50kTo250k', 'over250k']);
export type DealSizeBand = z.infer<typeof DealSizeBand>;
export const DEAL_SIZE_LABELS: Record<DealSizeBand, string> = {
  under10k: 'Under 10k',
  from10kTo50k: '10k–50k',
  from50kTo250k: '50k–250k',
  over250k: 'Over 250k',
};

/** Who on the customer's side the actions were aimed at. */
export const CustomerRole = z.enum([
  'economicBuyer',
  'champion',
  'technicalEvaluator',
  'endUser',
  'procurement',
  'legal',
  'executiveSponsor',
  'other',
]);
export type CustomerRole = z.infer<typeof CustomerRole>;
export const CUSTOMER_ROLE_LABELS: Record<CustomerRole, string> = {
  economicBuyer: 'Economic buyer',
  champion: 'Champion',
  technicalEvaluator: 'Technical evaluator',
  endUser: 'End user',
  procurement: 'Procurement',
  legal: 'Legal',
  executiveSponsor: 'Executive sponsor',
  other: 'Other',
};

export const AdoptionOutcome = z.enum(['worked', 'didNotWork', 'notApplicable']);
export type AdoptionOutcome = z.infer<typeof AdoptionOutcome>;

/** Where an adopter stands: still trying, past the follow-up date without an outcome, or reported. */
export const FollowUpStatus = z.enum(['trying', 'due', 'recorded']);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

export const PracticeSort = z.enum(['newest', 'mostAdopted', 'bestOutcome']);
export type PracticeSort = z.infer<typeof PracticeSort>;

/* ---------- fields ---------- */

/** A measured result, each kind with the number that makes it comparable. */
export const Measure = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dealWon') }),
  z.strictObject({
    kind: z.literal('cycleShortened'),
    days: z.number().int('must be whole days').min(1, 'must be at least 1 day').max(3650),
  }),
  z.strictObject({ kind: z.literal('meetingBooked'), count: z.number().int().min(1).max(1000) }),
  z.strictObject({ kind: z.literal('dealExpanded'), percent: z.number().int().min(1).max(1000) }),
  z.strictObject({ kind: z.literal('replyRateUp'), points: z.number().int().min(1).max(100) }),
  z.strictObject({
    kind: z.literal('other'),
    label: rawText(L.measureLabelMax)
      .transform((s) => s.trim())
      .pipe(z.string().min(1, 'must say what was measured')),
  }),
]);
export type Measure = z.infer<typeof Measure>;

export const EvidenceKind = z.enum(['callRecording', 'document', 'emailTemplate', 'link']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

const HttpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https:// link' })
  .max(L.evidenceUrlMax, `must be at most ${L.evidenceUrlMax} characters`);

/** A call recording, a document, an email template (as text or a link) backing the practice. */
export const Evidence = z
  .strictObject({
    kind: EvidenceKind,
    label: text(L.evidenceLabelMax),
    url: HttpsUrl.nullable().optional(),
    text: rawText(L.evidenceTextMax, { multiline: true }).nullable().optional(),
  })
  .refine((e) => Boolean(e.url) || Boolean(e.text?.trim()), {
    message: 'needs a link or the text itself',
    path: ['url'],
  });
export type Evidence = z.infer<typeof Evidence>;

/**
 * A practice as the form holds it while it is being written: every part may still be missing.
 * Lengths and vocabularies are enforced already, so a draft that passes the checks is a valid post.
 */
export const PracticeDraft = z.strictObject({
  title: rawText(L.titleMax).optional(),
  result: z
    .strictObject({
      text: rawText(L.resultTextMax, { multiline: true }).optional(),
      measure: Measure.nullable().optional(),
    })
    .optional(),
  actions: z
    .array(rawText(L.actionTextMax, { multiline: true }))
    .max(L.actionsMax, `must be at most ${L.actionsMax} steps; keep the ones another rep needs`)
    .optional(),
  context: z
    .strictObject({
      segment: Segment.nullable().optional(),
      stage: DealStage.nullable().optional(),
      dealSize: DealSizeBand.nullable().optional(),
      customerRole: CustomerRole.nullable().optional(),
    })
    .optional(),
  evidence: z.array(Evidence).max(L.evidenceMax, `must be at most ${L.evidenceMax} items`).optional(),
  tags: z.array(SkillKey).max(L.tagsMax, `must be at most ${L.tagsMax} skills`).optional(),
});
export type PracticeDraft = z.infer<typeof PracticeDraft>;

/** Puts the blocking findings of a draft onto a zod context, so that a 400 names what to add. */
function refineReady(draft: PracticeDraft, ctx: z.RefinementCtx): void {
  for (const finding of checkPracticeDraft(draft).findings) {
    if (finding.severity !== 'required') continue;
    ctx.addIssue({ code: 'custom', message: finding.message, path: finding.field.split('.') });
  }
}

/** POST body: a draft the checks find ready. Tags are checked against the space's skills by the use case. */
export const CreatePracticeBody = PracticeDraft.superRefine(refineReady).transform(toPracticeInput);
export type CreatePracticeBody = z.infer<typeof CreatePracticeBody>;

/** PATCH body: the parts to replace; the merged practice must still pass the checks. */
export const UpdatePracticeBody = PracticeDraft.refine(
  (b) => Object.values(b).some((v) => v !== undefined),
  'must change at least one field',
);
export type UpdatePracticeBody = z.infer<typeof UpdatePracticeBody>;

export const RecordOutcomeBody = z.strictObject({
  outcome: AdoptionOutcome,
  note: rawText(L.noteMax, { multiline: true })
    .transform((s) => s.trim())
    .optional(),
});
export type RecordOutcomeBody = z.infer<typeof RecordOutcomeBody>;

export const SetProvenBody = z.strictObject({ proven: z.boolean() });
export type SetProvenBody = z.infer<typeof SetProvenBody>;

export const SetDiscussedBody = z.strictObject({ discussed: z.boolean(), meetingId: Id.nullable().optional() });
export type SetDiscussedBody = z.infer<typeof SetDiscussedBody>;

/** Archives a practice (it leaves every list and count) or restores it as it was. */
export const SetArchivedBody = z.strictObject({ archived: z.boolean() });
export type SetArchivedBody = z.infer<typeof SetArchivedBody>;

/** Adding a practice to a meeting's agenda; `{}` takes the default timebox of 10 minutes. */
export const AddToAgendaBody = z.strictObject({
  timeboxMinutes: z.number().int('must be whole minutes').min(1).max(60).optional(),
});
export type AddToAgendaBody = z.infer<typeof AddToAgendaBody>;

export const PracticeParams = z.strictObject({ spaceId: Id, practiceId: Id });
export const PracticeMeetingParams = z.strictObject({ spaceId: Id, practiceId: Id, meetingId: Id });

const PageSize = z
  .string()
  .regex(/^[0-9]{1,3}$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().min(1, 'must be at least 1').max(L.pageSizeMax, `must be at most ${L.pageSizeMax}`));

export const ListPracticesQuery = z.strictObject({
  sort: PracticeSort.optional(),
  skill: SkillKey.optional(),
  segment: Segment.optional(),
  stage: DealStage.optional(),
  proven: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: PageSize.optional(),
  continuation: z.string().min(1).max(L.continuationMax).optional(),
});
export type ListPracticesQuery = z.infer<typeof ListPracticesQuery>;

/* ---------- responses ---------- */

const EvidenceResponse = z.object({
  kind: EvidenceKind,
  label: z.string(),
  url: z.string().nullable(),
  text: z.string().nullable(),
});

export const AdoptionCounts = z.object({
  adoptionCount: z.number(),
  tryingCount: z.number(),
  workedCount: z.number(),
  didNotWorkCount: z.number(),
  notApplicableCount: z.number(),
  successRate: z.number().nullable(),
});

/** A practice as lists show it (no adopters; see the detail). `tags` are skill keys. */
export const PracticeSummaryResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  title: z.string(),
  result: z.object({ text: z.string(), measure: Measure.nullable(), measureText: z.string().nullable() }),
  actions: z.array(z.string()),
  context: z.object({
    segment: Segment,
    stage: DealStage,
    dealSize: DealSizeBand.nullable(),
    customerRole: CustomerRole.nullable(),
  }),
  evidence: z.array(EvidenceResponse),
  tags: z.array(z.string()),
  author: z.object({ userId: z.string(), name: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  proven: z.boolean(),
  provenAt: z.string().nullable(),
  discussedAt: z.string().nullable(),
  /** Archived practices are in no list or count; their author and managers can restore them. */
  archived: z.boolean(),
  adoption: AdoptionCounts,
  etag: z.string(),
});
export type PracticeSummaryResponse = z.infer<typeof PracticeSummaryResponse>;

export const PracticeListResponse = z.object({
  items: z.array(PracticeSummaryResponse),
  /** Pass back as `continuation` with the same sort and filters for the next page; null on the last. */
  continuation: z.string().nullable(),
});
export type PracticeListResponse = z.infer<typeof PracticeListResponse>;

export const AdopterResponse = z.object({
  userId: z.string(),
  name: z.string(),
  adoptedAt: z.string(),
  followUpAt: z.string(),
  status: FollowUpStatus,
  outcome: AdoptionOutcome.nullable(),
  note: z.string(),
  outcomeAt: z.string().nullable(),
});
export type AdopterResponse = z.infer<typeof AdopterResponse>;

export const PracticeResponse = PracticeSummaryResponse.extend({
  adopters: z.array(AdopterResponse),
  myAdoption: AdopterResponse.nullable(),
  /** Whether the caller may edit it (its author or a manager). */
  canEdit: z.boolean(),
  provenSupport: z.object({ supported: z.boolean(), reason: z.string() }),
});
export type PracticeResponse = z.infer<typeof PracticeResponse>;

/** What the meeting stage shows: the result, the steps and how it went for the peers who tried it. */
export const SpotlightResponse = z.object({
  practice: PracticeSummaryResponse,
  outcomes: z.array(z.object({ name: z.string(), outcome: AdoptionOutcome, note: z.string(), outcomeAt: z.string() })),
  trying: z.array(z.object({ name: z.string(), adoptedAt: z.string() })),
  provenSupport: z.object({ supported: z.boolean(), reason: z.string() }),
});
export type SpotlightResponse = z.infer<typeof SpotlightResponse>;

export const SpotlightSuggestionsResponse = z.object({
  items: z.array(z.object({ practice: PracticeSummaryResponse, reason: z.string() })),
});
export type SpotlightSuggestionsResponse = z.infer<typeof SpotlightSuggestionsResponse>;

export const MyAdoptionResponse = AdopterResponse.extend({
  spaceId: z.string(),
  spaceName: z.string(),
  practiceId: z.string(),
  title: z.string(),
  resultText: z.string(),
  actions: z.array(z.string()),
  authorName: z.string(),
});
export const MyAdoptionListResponse = z.object({
  /** Due first, then still trying (soonest follow-up first), then recorded (latest first). */
  items: z.array(MyAdoptionResponse),
  dueCount: z.number(),
});
export type MyAdoptionListResponse = z.infer<typeof MyAdoptionListResponse>;

export const MyAuthoredListResponse = z.object({
  items: z.array(
    z.object({
      spaceId: z.string(),
      spaceName: z.string(),
      practice: PracticeSummaryResponse,
      adopters: z.array(AdopterResponse),
    }),
  ),
});
export type MyAuthoredListResponse = z.infer<typeof MyAuthoredListResponse>;

/** Posts and adoptions per member, in name order: the exchange credits sharing, it ranks nobody. */
export const ContributionsResponse = z.object({
  items: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      role: Role,
      posts: z.number(),
      adoptions: z.number(),
      outcomesReported: z.number(),
    }),
  ),
  totals: z.object({ posts: z.number(), adoptions: z.number(), outcomesReported: z.number() }),
});
export type ContributionsResponse = z.infer<typeof ContributionsResponse>;

export const SkillListResponse = z.object({ items: z.array(Skill), etag: z.string() });
export type SkillListResponse = z.infer<typeof SkillListResponse>;

export const DraftCheckResponse = z.object({
  ready: z.boolean(),
  findings: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(['required', 'suggestion']),
      field: z.string(),
      message: z.string(),
    }),
  ),
});
export type DraftCheckResponse = z.infer<typeof DraftCheckResponse>;
