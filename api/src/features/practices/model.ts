import {
  type AdoptionOutcome,
  type AdoptionSummary,
  type CustomerRole,
  type DealSizeBand,
  type DealStage,
  type PracticeInput,
  type PracticeSort,
  type Segment,
  type Skill,
  summariseAdoptions,
} from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/**
 * A practice post. Everything the exchange list filters or sorts on is a top-level scalar, because
 * the store filters by equality and orders by one field: `segment`, `stage`, one `skill_<key>: true`
 * flag per tag, and the sort keys `createdAt`, `adoptionCount` and `outcomeScore`. The adoption
 * counts are a summary of the practice's adoption documents, recounted on every adoption write.
 */
export interface PracticeDoc extends AdoptionSummary {
  id: string;
  pk: string;
  /**
   * An archived practice is stored as `archivedPractice`: every list, count and recount queries
   * `practice`, so archiving takes it out of all of them at once, and restoring puts it back as it was.
   */
  type: 'practice' | 'archivedPractice';
  practiceId: string;
  title: string;
  result: PracticeInput['result'];
  actions: string[];
  segment: Segment;
  stage: DealStage;
  dealSize: DealSizeBand | null;
  customerRole: CustomerRole | null;
  evidence: PracticeInput['evidence'];
  tags: string[];
  authorId: string;
  createdAt: string;
  updatedAt: string;
  proven: boolean;
  provenAt: string | null;
  provenBy: string | null;
  discussedAt: string | null;
  discussedInMeetingId: string | null;
  /** When and by whom it was archived; absent on a practice in use. */
  archivedAt?: string;
  archivedBy?: string;
  /**
   * Which adoptions (and outcomes) the counts above include. An adopter whose own adoption is
   * already in here need not recount, which keeps 100 simultaneous "I'll try this" from all
   * fighting over this document.
   */
  tally: TallyEntry[];
  [field: string]: unknown;
}

/**
 * One adoption as a recount saw it. `rev` is the adoption document's revision at the time, so that an
 * adopter finds their own write counted, and not an earlier adoption they have since withdrawn.
 */
export interface TallyEntry {
  userId: string;
  outcome: AdoptionOutcome | null;
  rev?: string;
}

/** "I'll try this": one document per (practice, person), so concurrent adoptions never conflict. */
export interface AdoptionDoc {
  id: string;
  pk: string;
  type: 'practiceAdoption';
  practiceId: string;
  userId: string;
  /** Copied from the practice so that an author's adopters are one query. */
  practiceAuthorId: string;
  adoptedAt: string;
  outcome: AdoptionOutcome | null;
  note: string;
  outcomeAt: string | null;
  /** A fresh value on every write of this document (see `TallyEntry`); absent on older records. */
  rev?: string;
  [field: string]: unknown;
}

/** One member's contribution counts in a space, recounted from their own documents on each write. */
export interface ContributionDoc {
  id: string;
  pk: string;
  type: 'practiceContribution';
  userId: string;
  posts: number;
  adoptions: number;
  outcomesReported: number;
  updatedAt: string;
  [field: string]: unknown;
}

/** The space's skill list; absent until a manager edits it (then `DEFAULT_SKILLS` apply). */
export interface SkillListDoc {
  id: string;
  pk: string;
  type: 'skillList';
  skills: Skill[];
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

export type StoredPractice = Stored<PracticeDoc>;
export type StoredAdoption = Stored<AdoptionDoc>;

export const practiceDocId = (practiceId: string): string => `practice|${practiceId}`;
export const adoptionDocId = (practiceId: string, userId: string): string => `adoption|${practiceId}|${userId}`;
export const contributionDocId = (userId: string): string => `practiceContribution|${userId}`;
export const SKILL_LIST_ID = 'skills';

/** The stored field that marks a practice as tagged with `skill`. */
export const skillFlag = (skill: string): string => `skill_${skill}`;

/** The stored field and direction of each list order. */
export const SORT_FIELDS: Record<PracticeSort, { field: keyof PracticeDoc & string; direction: 'desc' }> = {
  newest: { field: 'createdAt', direction: 'desc' },
  mostAdopted: { field: 'adoptionCount', direction: 'desc' },
  bestOutcome: { field: 'outcomeScore', direction: 'desc' },
};

/** The fields of a practice document that its author writes. */
export type PracticeContent = Pick<
  PracticeDoc,
  'title' | 'result' | 'actions' | 'segment' | 'stage' | 'dealSize' | 'customerRole' | 'evidence' | 'tags'
>;

/** The content fields of a practice document, from checked input. */
export function practiceContent(input: PracticeInput): PracticeContent {
  return {
    title: input.title,
    result: input.result,
    actions: input.actions,
    segment: input.context.segment,
    stage: input.context.stage,
    dealSize: input.context.dealSize,
    customerRole: input.context.customerRole,
    evidence: input.evidence,
    tags: input.tags,
  };
}

/** One `skill_<key>: true` field per tag, for the list's skill filter. */
export function skillFlags(tags: readonly string[]): Record<string, true> {
  return Object.fromEntries(tags.map((tag) => [skillFlag(tag), true]));
}

/** A practice document without its skill flags, so that new ones can replace them. */
export function withoutSkillFlags(doc: PracticeDoc): PracticeDoc {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('skill_') && key !== '_etag') out[key] = value;
  return out as PracticeDoc;
}

/** A new practice document: no adoptions yet, neither proven nor discussed. */
export function newPracticeDoc(
  pk: string,
  practiceId: string,
  authorId: string,
  input: PracticeInput,
  at: string,
): PracticeDoc {
  return {
    id: practiceDocId(practiceId),
    pk,
    type: 'practice',
    practiceId,
    ...practiceContent(input),
    ...skillFlags(input.tags),
    authorId,
    createdAt: at,
    updatedAt: at,
    proven: false,
    provenAt: null,
    provenBy: null,
    discussedAt: null,
    discussedInMeetingId: null,
    ...summariseAdoptions([]),
    tally: [],
  };
}
