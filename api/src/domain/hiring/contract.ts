import { z } from 'zod';
import { Id } from '../common/contract.js';
import { rawText, text } from '../common/text.js';
import { CompetencyKey, Rating } from '../roleplays/competencies.js';
import { SpaceParams } from '../spaces/contract.js';
import { HIRING_LIMITS } from './limits.js';

const L = HIRING_LIMITS;

const IsoDate = z.iso
  .date('must be a date, e.g. 2026-12-01')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'must be between 2000 and 2100');
const distinct = (keys: readonly string[]): boolean => new Set(keys).size === keys.length;

export const RoleProfileParams = SpaceParams.extend({ profileId: Id });
export type RoleProfileParams = z.infer<typeof RoleProfileParams>;
export const HiringLoopParams = SpaceParams.extend({ loopId: Id });
export type HiringLoopParams = z.infer<typeof HiringLoopParams>;

/** One competency a role needs: its weight in the total and the questions interviewers ask about it. */
export const ProfileCompetencyBody = z.strictObject({
  key: CompetencyKey,
  weight: z.number().int('must be a whole number').min(1, 'must be 1 to 5').max(L.weightMax, 'must be 1 to 5'),
  questions: z.array(text(L.questionMax)).max(L.questionsMax),
});
export type ProfileCompetencyBody = z.infer<typeof ProfileCompetencyBody>;

/** A role profile: the competencies the role needs, weighted, and a role-play case from the library. */
export const RoleProfileBody = z.strictObject({
  name: text(L.profileNameMax),
  competencies: z
    .array(ProfileCompetencyBody)
    .min(1, 'must name at least one competency')
    .max(L.profileCompetenciesMax)
    .refine((items) => distinct(items.map((c) => c.key)), 'must not repeat a competency'),
  /** The scenario of the library the role-play interview runs. */
  scenarioId: Id.nullable(),
});
export type RoleProfileBody = z.infer<typeof RoleProfileBody>;

export const RoleProfileResponse = z.object({
  id: z.string(),
  name: z.string(),
  competencies: z.array(
    z.object({ key: z.string(), label: z.string(), weight: z.number().int(), questions: z.array(z.string()) }),
  ),
  scenario: z.object({ id: z.string(), title: z.string() }).nullable(),
  updatedAt: z.string(),
  etag: z.string(),
});
export type RoleProfileResponse = z.infer<typeof RoleProfileResponse>;
export const RoleProfileListResponse = z.object({ items: z.array(RoleProfileResponse) });
export type RoleProfileListResponse = z.infer<typeof RoleProfileListResponse>;

/** A candidate: someone outside the app, kept only as long as the loop needs them. */
export const CandidateBody = z.strictObject({
  name: text(L.candidateNameMax),
  contact: text(L.candidateContactMax, { min: 0 }),
  notes: rawText(L.candidateNotesMax, { multiline: true }),
});
export type CandidateBody = z.infer<typeof CandidateBody>;

/** A member of the space on the panel, with the competencies of the profile they cover. */
export const InterviewerBody = z.strictObject({
  userId: Id,
  competencies: z
    .array(CompetencyKey)
    .min(1, 'must cover at least one competency')
    .refine(distinct, 'must not repeat a competency'),
});
export type InterviewerBody = z.infer<typeof InterviewerBody>;

/** A hiring loop for one candidate against one role profile. */
export const CreateHiringLoopBody = z.strictObject({
  profileId: Id,
  candidate: CandidateBody,
  interviewers: z
    .array(InterviewerBody)
    .min(1, 'must name at least one interviewer')
    .max(L.interviewersMax)
    .refine((items) => distinct(items.map((i) => i.userId)), 'must not name an interviewer twice'),
  interviewDates: z.array(IsoDate).max(L.interviewDatesMax),
  /** Whether managers who do not interview read scorecards as they come in, or once the panel is done. */
  managersSeeEarly: z.boolean(),
  /** Days the candidate's data is kept after the decision. */
  retentionDays: z.number().int().min(1).max(L.retentionDaysMax).optional(),
});
export type CreateHiringLoopBody = z.infer<typeof CreateHiringLoopBody>;

/** How strongly an interviewer recommends the candidate. */
export const RECOMMENDATIONS = ['strongNoHire', 'noHire', 'hire', 'strongHire'] as const;
export const Recommendation = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof Recommendation>;

/** One rating with its evidence: what the candidate said or did. */
export const ScorecardRatingBody = z.strictObject({
  key: CompetencyKey,
  rating: Rating,
  evidence: text(L.evidenceMax, { multiline: true }),
});
export type ScorecardRatingBody = z.infer<typeof ScorecardRatingBody>;

/**
 * An interviewer submits their scorecard once: a rating with evidence for every competency they
 * cover, a recommendation, and what the person would need to develop if hired.
 */
export const SubmitScorecardBody = z.strictObject({
  ratings: z
    .array(ScorecardRatingBody)
    .min(1)
    .max(L.profileCompetenciesMax)
    .refine((items) => distinct(items.map((r) => r.key)), 'must not rate a competency twice'),
  recommendation: Recommendation,
  developmentPoints: z.array(text(L.developmentPointMax)).max(L.developmentPointsMax),
  /** The arena role-play this interview ran, when the role-play case was played. */
  roleplayId: Id.optional(),
});
export type SubmitScorecardBody = z.infer<typeof SubmitScorecardBody>;

export const HiringDecision = z.enum(['hire', 'noHire']);
export type HiringDecision = z.infer<typeof HiringDecision>;

/** The panel's decision and why; once recorded, the candidate's data is purged after the retention period. */
export const DecideHiringLoopBody = z.strictObject({
  decision: HiringDecision,
  reason: text(L.reasonMax, { multiline: true }),
});
export type DecideHiringLoopBody = z.infer<typeof DecideHiringLoopBody>;

/** After a hire: the member of the space the candidate became. */
export const LinkHireBody = z.strictObject({ userId: Id });
export type LinkHireBody = z.infer<typeof LinkHireBody>;

export const ScorecardResponse = z.object({
  interviewerId: z.string(),
  interviewerName: z.string(),
  submittedAt: z.string(),
  ratings: z.array(z.object({ key: z.string(), label: z.string(), rating: z.number().int(), evidence: z.string() })),
  recommendation: Recommendation,
  developmentPoints: z.array(z.string()),
  roleplayId: z.string().nullable(),
});
export type ScorecardResponse = z.infer<typeof ScorecardResponse>;

/** A loop in lists: no scorecard content, only who has submitted. */
export const HiringLoopSummary = z.object({
  id: z.string(),
  profileId: z.string(),
  profileName: z.string(),
  candidateName: z.string(),
  interviewDates: z.array(z.string()),
  interviewers: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      competencies: z.array(z.string()),
      submitted: z.boolean(),
    }),
  ),
  decision: HiringDecision.nullable(),
  /** When the candidate's data (the loop and its scorecards) will be deleted; set by the decision. */
  purgeAt: z.string().nullable(),
  createdAt: z.string(),
});
export type HiringLoopSummary = z.infer<typeof HiringLoopSummary>;
export const HiringLoopListResponse = z.object({ items: z.array(HiringLoopSummary) });
export type HiringLoopListResponse = z.infer<typeof HiringLoopListResponse>;

/** One competency of the debrief: the ratings side by side and whether the panel disagrees. */
export const DebriefRow = z.object({
  key: z.string(),
  label: z.string(),
  weight: z.number().int(),
  ratings: z.array(z.object({ interviewerId: z.string(), rating: z.number().int() })),
  spread: z.number().int(),
  disagreement: z.boolean(),
});
export type DebriefRow = z.infer<typeof DebriefRow>;

/** A loop as the caller may see it: the kit, their own card, and the others' cards the rule allows. */
export const HiringLoopResponse = HiringLoopSummary.extend({
  candidate: z.object({ name: z.string(), contact: z.string(), notes: z.string() }),
  profile: RoleProfileResponse.omit({ etag: true, updatedAt: true }),
  managersSeeEarly: z.boolean(),
  retentionDays: z.number().int(),
  myCard: ScorecardResponse.nullable(),
  /** Submitted cards of others the caller may read (none until they submitted their own, when on the panel). */
  cards: z.array(ScorecardResponse),
  /** Whether others' cards are visible to the caller. */
  othersVisible: z.boolean(),
  debrief: z.object({ rows: z.array(DebriefRow), weightedScore: z.number().nullable() }).nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  hiredUserId: z.string().nullable(),
  viewer: z.enum(['manager', 'interviewer']),
  etag: z.string(),
});
export type HiringLoopResponse = z.infer<typeof HiringLoopResponse>;

/** "My scorecards due": per space, the loops where I still owe a scorecard. */
export const MyScorecardsDueResponse = z.object({
  items: z.array(
    z.object({
      spaceId: z.string(),
      spaceName: z.string(),
      loopId: z.string(),
      profileName: z.string(),
      candidateName: z.string(),
      interviewDates: z.array(z.string()),
    }),
  ),
});
export type MyScorecardsDueResponse = z.infer<typeof MyScorecardsDueResponse>;

/** Local housekeeping run: at a simulated time, to try retention without waiting for it. */
export const HousekeepingBody = z.strictObject({ now: z.iso.datetime({ offset: true }).optional() });
export type HousekeepingBody = z.infer<typeof HousekeepingBody>;

/** What the housekeeping run did: how many loops' candidate data it deleted. */
export const HousekeepingResponse = z.object({ purged: z.number().int() });
export type HousekeepingResponse = z.infer<typeof HousekeepingResponse>;
