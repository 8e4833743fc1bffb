import { z } from 'zod';
import { Id } from '../common/contract.js';
import { Role } from '../spaces/contract.js';

/**
 * The practice exchange (principle 4): a post is a *result* plus the *specific actions* that
 * produced it, with context; peers adopt it and report what happened. This module holds the API
 * contract and the pure rules (the guiding draft checks, outcome statistics, the "proven" rule),
 * shared with the tabs.
 */

/** Limits, stated once so that forms, errors, docs (README "Limits") and tests agree. */
export const PRACTICE_LIMITS = {
  titleMax: 120,
  resultTextMax: 500,
  actionsMax: 15,
  actionTextMax: 300,
  evidenceMax: 5,
  evidenceLabelMax: 120,
  evidenceUrlMax: 2048,
  evidenceTextMax: 4000,
  tagsMax: 5,
  noteMax: 500,
  measureLabelMax: 80,
  skillsMax: 40,
  skillLabelMax: 60,
  pageSizeDefault: 20,
  pageSizeMax: 50,
  continuationMax: 4096,
  /** An adoption without an outcome is due for follow-up this many days after "I'll try this". */
  followUpDays: 14,
  /** "Proven" needs at least this many peers reporting worked or didn't work… */
  provenMinOutcomes: 3,
  /** …and at least this share of them saying it worked. */
  provenMinSuccessRate: 0.6,
  /** Spotlight suggestions look at practices posted within this many days. */
  spotlightRecentDays: 90,
  spotlightSuggestionsMax: 5,
} as const;

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

/* ---------- skills ---------- */

/** A skill's stable key; it names a stored filter field, so it is a plain identifier. */
export const SkillKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'must be a skill key such as discovery or objectionHandling');

export const Skill = z.strictObject({
  key: SkillKey,
  label: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(L.skillLabelMax, `must be at most ${L.skillLabelMax} characters`)
    .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters'),
});
export type Skill = z.infer<typeof Skill>;

/** The skill list a space starts with until its manager edits it. */
export const DEFAULT_SKILLS: readonly Skill[] = [
  { key: 'prospecting', label: 'Prospecting' },
  { key: 'discovery', label: 'Discovery' },
  { key: 'qualification', label: 'Qualification' },
  { key: 'multithreading', label: 'Multi-threading' },
  { key: 'valueSelling', label: 'Value selling' },
  { key: 'demo', label: 'Demo and presentation' },
  { key: 'objectionHandling', label: 'Objection handling' },
  { key: 'negotiation', label: 'Negotiation' },
  { key: 'closing', label: 'Closing' },
  { key: 'accountPlanning', label: 'Account planning' },
  { key: 'referrals', label: 'Referrals and expansion' },
];

export const UpdateSkillsBody = z.strictObject({
  skills: z
    .array(Skill)
    .min(1, 'must name at least one skill')
    .max(L.skillsMax, `must be at most ${L.skillsMax} skills`)
    .refine((skills) => new Set(skills.map((s) => s.key)).size === skills.length, 'must not repeat a key'),
});
export type UpdateSkillsBody = z.infer<typeof UpdateSkillsBody>;

/* ---------- fields ---------- */

/** Control characters (C0, DEL, C1); line breaks and tabs only where text may span lines. */
function hasControlCharacters(s: string, multiline: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (multiline && (c === 0x0a || c === 0x09 || (c === 0x0d && s.charCodeAt(i + 1) === 0x0a))) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** Stored and returned as plain text: markup is kept verbatim and never interpreted by the API. */
function text(max: number, options: { multiline?: boolean } = {}) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !hasControlCharacters(s, options.multiline ?? false), 'must not contain control characters');
}

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
    label: text(L.measureLabelMax)
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
    label: text(L.evidenceLabelMax)
      .transform((s) => s.trim())
      .pipe(z.string().min(1, 'must not be empty')),
    url: HttpsUrl.nullable().optional(),
    text: text(L.evidenceTextMax, { multiline: true }).nullable().optional(),
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
  title: text(L.titleMax).optional(),
  result: z
    .strictObject({
      text: text(L.resultTextMax, { multiline: true }).optional(),
      measure: Measure.nullable().optional(),
    })
    .optional(),
  actions: z
    .array(text(L.actionTextMax, { multiline: true }))
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

/* ---------- the guiding checks ---------- */

export type DraftFindingCode =
  | 'missingTitle'
  | 'missingResult'
  | 'resultIsAdvice'
  | 'missingActions'
  | 'missingSegment'
  | 'missingStage'
  | 'unknownSkill'
  | 'vagueAction'
  | 'noMeasure';

/** One thing the form asks of the author. `required` findings block posting; `suggestion`s do not. */
export interface DraftFinding {
  code: DraftFindingCode;
  severity: 'required' | 'suggestion';
  /** Dotted path inside the draft, e.g. `result.text` or `actions.2`. */
  field: string;
  message: string;
}

export interface DraftCheck {
  /** True when nothing required is missing: the draft can be posted. */
  ready: boolean;
  findings: DraftFinding[];
}

const ADVICE =
  /^(?:always|never|try|make sure|remember|don'?t|do not|be|ask|call|send|use|get|focus|avoid|keep|start|stop|build|listen)\b|\b(?:you should|you must|you need to|we should|make sure|it'?s (?:important|best|key) to|best to|the key is|the trick is|tip:)/i;
const OUTCOME =
  /\b(?:won|win|closed|signed|booked|shortened|saved|cut|reduced|increased|grew|doubled|tripled|renewed|expanded|upsold|converted|replied|responded|accepted|agreed|approved|landed|secured|advanced|moved|got|went from|resulted|came back|bought|returned|unblocked|hit|beat|exceeded)\b/i;
const VAGUE =
  /^(?:be|stay|keep)\s+(?:persistent|positive|proactive|confident|patient|curious|in touch)\b|^(?:build|built)\s+rapport$|^(?:follow(?:ed)?\s+up|listen(?:ed)?|work(?:ed)?\s+hard|hustle(?:d)?)\.?$/i;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Whether a result text reads as advice ("Always send…") rather than as what happened. */
export function readsAsAdvice(resultText: string): boolean {
  const t = resultText.trim();
  return t.length > 0 && ADVICE.test(t) && !OUTCOME.test(t) && !/\d/.test(t);
}

/**
 * The checks the post form runs as the author types, and the API runs again on every write: asks
 * for the actions when only a result is written, for a result when only advice is written, and for
 * the context that makes the practice findable. `skills` are the space's skill keys, when known.
 */
export function checkPracticeDraft(draft: PracticeDraft, skills?: readonly string[]): DraftCheck {
  const findings: DraftFinding[] = [];
  const required = (code: DraftFindingCode, field: string, message: string): void => {
    findings.push({ code, severity: 'required', field, message });
  };
  const suggest = (code: DraftFindingCode, field: string, message: string): void => {
    findings.push({ code, severity: 'suggestion', field, message });
  };

  const resultText = draft.result?.text?.trim() ?? '';
  const measure = draft.result?.measure ?? null;
  const actions = (draft.actions ?? []).map((a) => a.trim());
  const hasActions = actions.some((a) => a.length > 0);
  const hasResult = resultText.length > 0 || measure !== null;
  const adviceOnly = measure === null && readsAsAdvice(resultText);

  if (!draft.title?.trim())
    required('missingTitle', 'title', 'Add a short title other reps will recognise, e.g. "Legal review in five days".');

  if (adviceOnly) {
    required(
      'resultIsAdvice',
      'result.text',
      hasActions
        ? 'This reads like advice. Say what happened when you did it: deal won, cycle shortened by N days, meeting booked.'
        : 'This reads like advice. Put the steps under actions, and say here what happened when you did them: deal won, cycle shortened by N days, meeting booked.',
    );
  } else if (!hasResult) {
    required(
      'missingResult',
      'result.text',
      hasActions
        ? 'You wrote what to do. Now add the result: what happened when you did it (deal won, cycle shortened by N days, meeting booked).'
        : 'Add the result: what happened, with a measure where you can (deal won, cycle shortened by N days, meeting booked).',
    );
  }

  if (!hasActions) {
    required(
      'missingActions',
      'actions',
      hasResult && !adviceOnly
        ? 'You wrote the result. Now add the specific actions you took, in order, so another rep can repeat them.'
        : 'Add the specific actions you took, one step at a time, in the order you took them.',
    );
  }

  if (!draft.context?.segment) required('missingSegment', 'context.segment', 'Choose the segment this worked in.');
  if (!draft.context?.stage) required('missingStage', 'context.stage', 'Choose the deal stage this worked at.');

  if (skills) {
    (draft.tags ?? []).forEach((tag, i) => {
      if (!skills.includes(tag)) required('unknownSkill', `tags.${i}`, `"${tag}" is not one of this space's skills.`);
    });
  }

  actions.forEach((action, i) => {
    if (action.length > 0 && (words(action) < 3 || VAGUE.test(action)))
      suggest(
        'vagueAction',
        `actions.${i}`,
        `Step ${i + 1} is hard to repeat. Say what you did, with whom and when, e.g. "Sent the mutual action plan to the CFO the day after discovery".`,
      );
  });

  if (hasResult && !adviceOnly && measure === null && !/\d/.test(resultText))
    suggest('noMeasure', 'result.measure', 'Add a measure if you can: deal won, days saved, meetings booked.');

  return { ready: findings.every((f) => f.severity !== 'required'), findings };
}

/** A draft that passed the checks, normalised: trimmed text, empty steps and repeated tags dropped. */
export interface PracticeInput {
  title: string;
  result: { text: string; measure: Measure | null };
  actions: string[];
  context: {
    segment: Segment;
    stage: DealStage;
    dealSize: DealSizeBand | null;
    customerRole: CustomerRole | null;
  };
  evidence: { kind: EvidenceKind; label: string; url: string | null; text: string | null }[];
  tags: string[];
}

/** Normalises a draft the checks found ready; throws when it is not (a programming error). */
export function toPracticeInput(draft: PracticeDraft): PracticeInput {
  const segment = draft.context?.segment;
  const stage = draft.context?.stage;
  if (!segment || !stage) throw new Error('toPracticeInput needs a checked draft');
  return {
    title: draft.title?.trim() ?? '',
    result: { text: draft.result?.text?.trim() ?? '', measure: draft.result?.measure ?? null },
    actions: (draft.actions ?? []).map((a) => a.trim()).filter((a) => a.length > 0),
    context: {
      segment,
      stage,
      dealSize: draft.context?.dealSize ?? null,
      customerRole: draft.context?.customerRole ?? null,
    },
    evidence: (draft.evidence ?? []).map((e) => ({
      kind: e.kind,
      label: e.label,
      url: e.url ?? null,
      text: e.text?.trim() || null,
    })),
    tags: [...new Set(draft.tags ?? [])],
  };
}

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
  note: text(L.noteMax, { multiline: true })
    .transform((s) => s.trim())
    .optional(),
});
export type RecordOutcomeBody = z.infer<typeof RecordOutcomeBody>;

export const SetProvenBody = z.strictObject({ proven: z.boolean() });
export type SetProvenBody = z.infer<typeof SetProvenBody>;

export const SetDiscussedBody = z.strictObject({ discussed: z.boolean(), meetingId: Id.nullable().optional() });
export type SetDiscussedBody = z.infer<typeof SetDiscussedBody>;

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
