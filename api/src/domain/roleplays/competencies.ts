import { z } from 'zod';
import { unique } from '../common/lists.js';
import { text } from '../common/text.js';
import { ROLEPLAY_LIMITS } from './limits.js';

// Competencies observers score, the 1..4 rating scale, and the list a space starts with.

const L = ROLEPLAY_LIMITS;

/* ---------- competencies and the rating scale ---------- */

/** Ratings run 1..4: no middle to sit on, each level anchored in behaviour. */
export const RATING_LABELS = ['Not yet', 'Developing', 'Solid', 'Role model'] as const;
export const Rating = z.number().int('must be a whole number').min(1, 'must be 1 to 4').max(4, 'must be 1 to 4');

/** A competency's stable key; it names a criterion in stored scores, so it is a plain identifier. */
export const CompetencyKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'must be a competency key such as discoveryQuestions or nextStepClose');

/** What a competency is: something a person can do, knows, or how they go about their work. */
export const COMPETENCY_KINDS = ['skill', 'knowledge', 'attitude'] as const;
export const CompetencyKind = z.enum(COMPETENCY_KINDS);
export type CompetencyKind = z.infer<typeof CompetencyKind>;

/**
 * One competency of the space's model, with what each rating looks like in behaviour. Role-plays,
 * observations, coaching and hiring all score against this one list. A retired competency is
 * offered for no new scenario, role profile or scorecard and stays on the list; records keep the key
 * and the label they were scored with, so renaming or retiring never rewrites a past score.
 */
export const Competency = z.strictObject({
  key: CompetencyKey,
  label: text(L.competencyLabelMax),
  /** Absent on lists saved before competencies had a kind: read as `skill`. */
  kind: CompetencyKind.optional(),
  description: text(L.competencyDescriptionMax, { min: 0 }),
  /** What ratings 1, 2, 3 and 4 look like, as observable behaviour. */
  anchors: z.tuple([text(L.anchorMax), text(L.anchorMax), text(L.anchorMax), text(L.anchorMax)]),
  retired: z.boolean().optional(),
});
export type Competency = z.infer<typeof Competency>;

/** A competency's kind, `skill` for lists saved before kinds existed. */
export const kindOf = (c: Pick<Competency, 'kind'>): CompetencyKind => c.kind ?? 'skill';

/** The keys new scenarios, role profiles and scorecards may use: the competencies not retired. */
export function activeCompetencyKeys(items: readonly Competency[]): string[] {
  return items.filter((c) => !c.retired).map((c) => c.key);
}

/**
 * What a new competency list must keep of the one it replaces: every key. Scores name competencies
 * by key, so a competency goes out of use by retiring (and comes back by restoring), never by removal.
 */
export function competencyListChangeIssues(
  before: readonly Competency[],
  after: readonly Competency[],
): { field: string; message: string }[] {
  const kept = new Set(after.map((c) => c.key));
  return before
    .filter((c) => !kept.has(c.key))
    .map((c) => ({
      field: 'body.items',
      message: `must keep "${c.label}" (${c.key}): retire a competency instead of removing it, so past scores keep it`,
    }));
}

/** The competency list a space starts with until its manager edits it. */
export const DEFAULT_COMPETENCIES: readonly Competency[] = [
  {
    key: 'discoveryQuestions',
    label: 'Discovery questions',
    description: 'Uncovers the situation, the problem and its business impact before proposing anything.',
    anchors: [
      'Pitched or answered before asking; questions were closed or about our product.',
      'Asked some open questions but stayed on the surface; did not follow up on the answers.',
      'Asked open questions and followed at least one answer down to its impact or priority.',
      'Layered questions from situation to business impact; the customer said something they had not volunteered.',
    ],
  },
  {
    key: 'activeListening',
    label: 'Listening',
    description: 'Lets the customer finish, reflects back what was said and builds on their words.',
    anchors: [
      'Interrupted or talked over the customer; replies ignored what had just been said.',
      'Let the customer finish but moved on without acknowledging the point.',
      'Paraphrased the customer’s key point before responding.',
      'Summarised accurately, checked the summary, and used the customer’s own words in the proposal.',
    ],
  },
  {
    key: 'acknowledgingEmotion',
    label: 'Acknowledging emotion',
    description: 'Recognises frustration or worry, stays calm and takes ownership without blaming.',
    anchors: [
      'Defended, blamed others or argued with how the customer felt.',
      'Apologised in general terms, then moved quickly to facts.',
      'Named the customer’s frustration, took ownership and stayed calm.',
      'Acknowledged the specific impact on the customer’s business and earned permission to move to next steps.',
    ],
  },
  {
    key: 'priceObjections',
    label: 'Handling price objections',
    description: 'Explores what sits behind a price objection and defends value before touching price.',
    anchors: [
      'Offered a discount or defended the price straight away.',
      'Held the price but argued features instead of exploring the objection.',
      'Asked what the price was being compared with and tied the answer to the value the customer had stated.',
      'Reframed to total value or cost of inaction with the customer’s own numbers; any concession was traded.',
    ],
  },
  {
    key: 'objectionHandling',
    label: 'Handling objections',
    description:
      'Clarifies, explores and answers concerns about risk, timing or competitors without getting defensive.',
    anchors: [
      'Dismissed or argued with the objection.',
      'Answered quickly without checking what was really meant.',
      'Clarified the objection with a question, answered it and checked the answer landed.',
      'Surfaced the concern behind the objection and agreed with the customer how to resolve it.',
    ],
  },
  {
    key: 'valueArticulation',
    label: 'Quantifying value',
    description: 'Connects the offer to outcomes the customer measures.',
    anchors: [
      'Talked about features only.',
      'Named generic benefits without numbers or the customer’s context.',
      'Linked at least one capability to a measurable outcome the customer had mentioned.',
      'Built a value case with the customer, from their numbers, that they agreed with.',
    ],
  },
  {
    key: 'stakeholderNavigation',
    label: 'Navigating stakeholders',
    description: 'Finds out who decides, who influences and how the decision gets made.',
    anchors: [
      'Did not ask who else was involved.',
      'Asked who else was involved but not about their priorities or the process.',
      'Mapped the decision makers and asked for access to at least one of them.',
      'Agreed a plan with the contact to reach the economic buyer, for a reason that mattered to the contact.',
    ],
  },
  {
    key: 'tradingConcessions',
    label: 'Trading, not conceding',
    description: 'Gives nothing without getting something of equal value in return.',
    anchors: [
      'Gave concessions unasked, or without anything in return.',
      'Conceded reluctantly and traded only now and then.',
      'Made every concession conditional: “if you…, then we…”.',
      'Prepared tradeables in advance and led the exchange; protected margin while the customer felt they won.',
    ],
  },
  {
    key: 'nextStepClose',
    label: 'Next-step close',
    description: 'Ends with a specific, dated commitment from the customer, not a vague follow-up.',
    anchors: [
      'Ended without proposing a next step.',
      'Proposed a vague next step (“I’ll send something over”).',
      'Agreed a specific next step with a date.',
      'Agreed a dated next step with named people and a customer action, confirmed in the customer’s words.',
    ],
  },
];

export const UpdateCompetenciesBody = z.strictObject({
  items: z
    .array(Competency)
    .min(1, 'must name at least one competency')
    .max(L.competenciesMax, `must be at most ${L.competenciesMax} competencies`)
    .refine((items) => unique(items.map((c) => c.key)), 'must not repeat a key')
    .refine((items) => items.some((c) => !c.retired), 'must keep at least one competency in use'),
});
export type UpdateCompetenciesBody = z.infer<typeof UpdateCompetenciesBody>;

export const CompetencyListResponse = z.object({ items: z.array(Competency), etag: z.string() });
export type CompetencyListResponse = z.infer<typeof CompetencyListResponse>;
