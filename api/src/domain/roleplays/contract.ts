import { z } from 'zod';
import { Id } from '../common/contract.js';
import { unique } from '../common/lists.js';
import { text } from '../common/text.js';
import { TimerResponse } from '../common/timer.js';
import { SkillKey } from '../practices/skills.js';
import { FeedbackFindingResponse } from './checks.js';
import { CompetencyKey, Rating } from './competencies.js';
import { ROLEPLAY_LIMITS } from './limits.js';

/**
 * The role-play arena (principles 3 and 8): a scenario library, live role-plays with a
 * server-authoritative round timer, observer scorecards and a debrief. This module holds the API
 * contract (scenarios, set-up, feedback bodies, responses); its rules live beside it, one file per
 * topic (competencies, access, stateMachine, checks, results, starterScenarios).
 */

const L = ROLEPLAY_LIMITS;

/* ---------- scenarios ---------- */

export const ScenarioDifficulty = z.enum(['foundation', 'intermediate', 'advanced']);
export type ScenarioDifficulty = z.infer<typeof ScenarioDifficulty>;
export const DIFFICULTY_LABELS: Record<ScenarioDifficulty, string> = {
  foundation: 'Foundation',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** Who the "customer" plays: public to everyone in the role-play. */
export const ScenarioPersona = z.strictObject({
  name: text(L.personaFieldMax),
  role: text(L.personaFieldMax),
  company: text(L.personaFieldMax),
  mood: text(L.moodMax),
  caresAbout: z
    .array(text(L.caresAboutItemMax))
    .min(1, 'must name at least one thing the customer cares about')
    .max(L.caresAboutMax, `must be at most ${L.caresAboutMax} items`),
});
export type ScenarioPersona = z.infer<typeof ScenarioPersona>;

/**
 * Where a scenario came from. `lostDeal` points at the win/loss review it was built from; `starter`
 * names the shipped scenario it was installed from; `lossTheme` is set by the win/loss action that
 * builds it. Clients may only claim `lostDeal`.
 */
export const ScenarioSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('manual') }),
  z.strictObject({ kind: z.literal('starter'), key: z.string() }),
  z.strictObject({ kind: z.literal('lostDeal'), reviewId: Id }),
  /** Built from a loss theme: the reason and the win/loss reviews (lost deals) whose customers' words it uses. */
  z.strictObject({
    kind: z.literal('lossTheme'),
    reason: z.string(),
    reasonLabel: z.string(),
    reviews: z.array(z.strictObject({ reviewId: Id, boardName: z.string() })),
  }),
]);
export type ScenarioSource = z.infer<typeof ScenarioSource>;

const Objections = z
  .array(text(L.objectionMax))
  .min(1, 'must give the customer at least one objection or curveball')
  .max(L.objectionsMax, `must be at most ${L.objectionsMax} objections`);
const Criteria = z
  .array(CompetencyKey)
  .min(1, 'must name at least one criterion')
  .max(L.criteriaMax, `must be at most ${L.criteriaMax} criteria`)
  .refine(unique, 'must not repeat a criterion');
const RoundMinutes = z
  .number()
  .int('must be whole minutes')
  .min(1, 'must be at least 1 minute')
  .max(L.roundMinutesMax, `must be at most ${L.roundMinutesMax} minutes`);

/** A scenario's content; skill and criteria are checked against the space's lists by the use case. */
const ScenarioFields = {
  title: text(L.titleMax),
  persona: ScenarioPersona,
  /** What the rep is told: public to everyone. */
  situation: text(L.situationMax, { multiline: true }),
  /** What only the customer role sees during a role-play. */
  objections: Objections,
  skill: SkillKey,
  difficulty: ScenarioDifficulty,
  suggestedRoundMinutes: RoundMinutes,
  criteria: Criteria,
};

export const CreateScenarioBody = z.strictObject({
  ...ScenarioFields,
  source: z.strictObject({ kind: z.literal('lostDeal'), reviewId: Id }).optional(),
});
export type CreateScenarioBody = z.infer<typeof CreateScenarioBody>;

export const UpdateScenarioBody = z
  .strictObject({
    title: ScenarioFields.title.optional(),
    persona: ScenarioPersona.optional(),
    situation: ScenarioFields.situation.optional(),
    objections: Objections.optional(),
    skill: SkillKey.optional(),
    difficulty: ScenarioDifficulty.optional(),
    suggestedRoundMinutes: RoundMinutes.optional(),
    criteria: Criteria.optional(),
    archived: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'must change at least one field');
export type UpdateScenarioBody = z.infer<typeof UpdateScenarioBody>;

const BooleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ListScenariosQuery = z.strictObject({
  skill: SkillKey.optional(),
  difficulty: ScenarioDifficulty.optional(),
  /** Words to find in the title, situation, persona, skill and criteria (never in the hidden objections). */
  search: z.string().trim().min(1, 'must not be empty').max(L.searchMax).optional(),
  archived: BooleanQuery.optional(),
});
export type ListScenariosQuery = z.infer<typeof ListScenariosQuery>;

export const ScenarioParams = z.strictObject({ spaceId: Id, scenarioId: Id });

const Person = z.object({ userId: z.string(), name: z.string() });
const CriterionRef = z.object({ key: z.string(), label: z.string() });

/** A scenario as the library lists it: everything public, never the objections. */
export const ScenarioSummaryResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  title: z.string(),
  persona: z.object({
    name: z.string(),
    role: z.string(),
    company: z.string(),
    mood: z.string(),
    caresAbout: z.array(z.string()),
  }),
  situation: z.string(),
  skill: z.object({ key: z.string(), label: z.string() }),
  difficulty: ScenarioDifficulty,
  suggestedRoundMinutes: z.number(),
  criteria: z.array(CriterionRef),
  objectionCount: z.number(),
  source: ScenarioSource,
  author: Person.nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  etag: z.string(),
});
export type ScenarioSummaryResponse = z.infer<typeof ScenarioSummaryResponse>;

/** One scenario; `objections` only for those who may edit it (its author and managers), else null. */
export const ScenarioResponse = ScenarioSummaryResponse.extend({
  objections: z.array(z.string()).nullable(),
  canEdit: z.boolean(),
});
export type ScenarioResponse = z.infer<typeof ScenarioResponse>;

export const ScenarioListResponse = z.object({ items: z.array(ScenarioSummaryResponse) });
export type ScenarioListResponse = z.infer<typeof ScenarioListResponse>;

export const InstallStartersResponse = z.object({
  installed: z.array(z.string()),
  alreadyPresent: z.array(z.string()),
  /** Starters none of whose criteria are in the space's competency list. */
  skipped: z.array(z.string()),
});
export type InstallStartersResponse = z.infer<typeof InstallStartersResponse>;

/* ---------- role-play setup ---------- */

export const RoleplayObserver = z.strictObject({ userId: Id, criterion: CompetencyKey });
export type RoleplayObserver = z.infer<typeof RoleplayObserver>;

const Rounds = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(L.roundsMax, `must be at most ${L.roundsMax}`);
const Observers = z.array(RoleplayObserver).max(L.observersMax, `must be at most ${L.observersMax} observers`);

export const CreateRoleplayBody = z
  .strictObject({
    /** Optional when `meeting` names an agenda item that links a scenario. */
    scenarioId: Id.optional(),
    /** The role-play agenda item this role-play runs. */
    meeting: z.strictObject({ meetingId: Id, itemId: Id }).optional(),
    repId: Id,
    customerId: Id,
    observers: Observers.default([]),
    rounds: Rounds.default(1),
    /** Defaults to the scenario's suggested round length. */
    roundMinutes: RoundMinutes.optional(),
  })
  .refine((b) => b.scenarioId !== undefined || b.meeting !== undefined, {
    message: 'pick a scenario, or a role-play agenda item that links one',
    path: ['scenarioId'],
  });
export type CreateRoleplayBody = z.infer<typeof CreateRoleplayBody>;

export const UpdateRoleplayBody = z
  .strictObject({
    repId: Id.optional(),
    customerId: Id.optional(),
    observers: Observers.optional(),
    rounds: Rounds.optional(),
    roundMinutes: RoundMinutes.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'must change at least one field');
export type UpdateRoleplayBody = z.infer<typeof UpdateRoleplayBody>;

export const RoleplayParams = z.strictObject({ spaceId: Id, roleplayId: Id });
export const CoachingQuestionParams = z.strictObject({ spaceId: Id, roleplayId: Id, questionId: Id });

export const RoleplayStatus = z.enum(['setup', 'running', 'roundEnded', 'debrief', 'closed']);
export type RoleplayStatus = z.infer<typeof RoleplayStatus>;

export const ListRoleplaysQuery = z.strictObject({
  status: RoleplayStatus.optional(),
  meetingId: Id.optional(),
  itemId: Id.optional(),
  repId: Id.optional(),
  scenarioId: Id.optional(),
});
export type ListRoleplaysQuery = z.infer<typeof ListRoleplaysQuery>;

/* ---------- feedback checks ---------- */

export const RoleplayFeedbackBody = z.strictObject({
  round: Rounds,
  rating: Rating,
  strengths: z.array(text(L.feedbackItemMax, { multiline: true })).max(L.feedbackItemsMax),
  developments: z.array(text(L.feedbackItemMax, { multiline: true })).max(L.feedbackItemsMax),
});
export type RoleplayFeedbackBody = z.infer<typeof RoleplayFeedbackBody>;

export const SelfAssessmentBody = z.strictObject({
  round: Rounds,
  ratings: z
    .array(z.strictObject({ criterion: CompetencyKey, rating: Rating }))
    .min(1, 'must rate at least one criterion')
    .max(L.criteriaMax)
    .refine((r) => unique(r.map((x) => x.criterion)), 'must not rate a criterion twice'),
  strengths: z.array(text(L.feedbackItemMax, { multiline: true })).max(L.feedbackItemsMax),
  developments: z.array(text(L.feedbackItemMax, { multiline: true })).max(L.feedbackItemsMax),
});
export type SelfAssessmentBody = z.infer<typeof SelfAssessmentBody>;

export const CoachingQuestionBody = z.strictObject({ text: text(L.coachingQuestionMax) });
export type CoachingQuestionBody = z.infer<typeof CoachingQuestionBody>;

const IsoDate = z.iso
  .date('must be a date, e.g. 2026-12-01')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'must be between 2000 and 2100');

/** The rep's own next step; optionally the criterion it works on and when. */
export const NextStepBody = z.strictObject({
  text: text(L.nextStepMax, { multiline: true }),
  criterion: CompetencyKey.nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
});
export type NextStepBody = z.infer<typeof NextStepBody>;

/** A draft the forms check while it is written; nothing is stored. */
export const RoleplayDraftBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('feedback'),
    strengths: z.array(z.string().max(L.feedbackItemMax)).max(L.feedbackItemsMax).default([]),
    developments: z.array(z.string().max(L.feedbackItemMax)).max(L.feedbackItemsMax).default([]),
  }),
  z.strictObject({
    kind: z.literal('selfAssessment'),
    strengths: z.array(z.string().max(L.feedbackItemMax)).max(L.feedbackItemsMax).default([]),
    developments: z.array(z.string().max(L.feedbackItemMax)).max(L.feedbackItemsMax).default([]),
  }),
  z.strictObject({ kind: z.literal('coachingQuestion'), text: z.string().max(L.coachingQuestionMax) }),
]);
export type RoleplayDraftBody = z.infer<typeof RoleplayDraftBody>;

/* ---------- responses ---------- */

const PersonResponse = Person;

export const RoleplayStateResponse = z.object({
  roleplayId: z.string(),
  status: RoleplayStatus,
  round: z.number(),
  rounds: z.number(),
  roundMs: z.number(),
  timer: TimerResponse,
  warningMs: z.number(),
  /** Once closed: until when (server time) the facilitator may still reopen it; null otherwise. */
  reopenUntil: z.number().nullable(),
  /** Server clock when this answer was made; clients derive their offset from it. */
  serverNow: z.number(),
  etag: z.string(),
});
export type RoleplayStateResponse = z.infer<typeof RoleplayStateResponse>;

const CompetencyResponse = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  anchors: z.array(z.string()),
});

/**
 * A role-play as one viewer may see it: the public scenario, the cast, the rounds and the timer.
 * `customerBrief` (the hidden objections) is filled for the customer only.
 */
export const RoleplayResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  status: RoleplayStatus,
  round: z.number(),
  rounds: z.number(),
  roundMinutes: z.number(),
  scenario: z.object({
    id: z.string(),
    title: z.string(),
    persona: ScenarioSummaryResponse.shape.persona,
    situation: z.string(),
    skill: z.object({ key: z.string(), label: z.string() }),
    difficulty: ScenarioDifficulty,
  }),
  criteria: z.array(CompetencyResponse),
  rep: PersonResponse,
  customer: PersonResponse,
  observers: z.array(PersonResponse.extend({ criterion: z.string(), criterionLabel: z.string() })),
  facilitator: PersonResponse,
  meeting: z.object({ meetingId: z.string(), itemId: z.string() }).nullable(),
  myRole: z.enum(['rep', 'customer', 'observer', 'none']),
  myCriterion: z.string().nullable(),
  customerBrief: z.object({ objections: z.array(z.string()) }).nullable(),
  canRun: z.boolean(),
  canCoach: z.boolean(),
  timer: TimerResponse,
  warningMs: z.number(),
  reopenUntil: z.number().nullable(),
  serverNow: z.number(),
  createdAt: z.string(),
  playedAt: z.string().nullable(),
  etag: z.string(),
});
export type RoleplayResponse = z.infer<typeof RoleplayResponse>;

/** A role-play in a list: that it took place and its scenario; no scores for anyone. */
export const RoleplaySummaryResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  status: RoleplayStatus,
  round: z.number(),
  rounds: z.number(),
  scenario: z.object({ id: z.string(), title: z.string(), skill: z.string(), difficulty: ScenarioDifficulty }),
  rep: PersonResponse,
  customer: PersonResponse,
  observers: z.array(PersonResponse.extend({ criterion: z.string() })),
  meeting: z.object({ meetingId: z.string(), itemId: z.string() }).nullable(),
  myRole: z.enum(['rep', 'customer', 'observer', 'none']),
  createdAt: z.string(),
  playedAt: z.string().nullable(),
});
export const RoleplayListResponse = z.object({ items: z.array(RoleplaySummaryResponse) });
export type RoleplayListResponse = z.infer<typeof RoleplayListResponse>;

export const RoleplayFeedbackResponse = z.object({
  roleplayId: z.string(),
  round: z.number(),
  observer: PersonResponse,
  criterion: z.string(),
  criterionLabel: z.string(),
  rating: z.number(),
  ratingLabel: z.string(),
  strengths: z.array(z.string()),
  developments: z.array(z.string()),
  submittedAt: z.string(),
  updatedAt: z.string(),
  /** Non-blocking findings of the wording check. */
  nudges: z.array(FeedbackFindingResponse),
});
export type RoleplayFeedbackResponse = z.infer<typeof RoleplayFeedbackResponse>;

const SelfAssessmentView = z.object({
  ratings: z.array(z.object({ criterion: z.string(), rating: z.number() })),
  strengths: z.array(z.string()),
  developments: z.array(z.string()),
  submittedAt: z.string(),
});

export const SelfAssessmentResponse = SelfAssessmentView.extend({
  roleplayId: z.string(),
  round: z.number(),
  nudges: z.array(FeedbackFindingResponse),
});
export type SelfAssessmentResponse = z.infer<typeof SelfAssessmentResponse>;

const NextStepResponse = z.object({
  text: z.string(),
  criterion: z.string().nullable(),
  dueDate: z.string().nullable(),
  setAt: z.string(),
});

/**
 * The debrief as one viewer may see it. `access` says how much: `manager` and `rep` see the
 * self-assessment next to the observers' feedback per criterion (the rep only for rounds they have
 * assessed), `observer` their own cards, `none` only the coaching questions.
 */
export const RoleplayDebriefResponse = z.object({
  roleplayId: z.string(),
  status: RoleplayStatus,
  access: z.enum(['rep', 'manager', 'observer', 'none']),
  rep: PersonResponse,
  rounds: z.array(
    z.object({
      round: z.number(),
      selfAssessment: SelfAssessmentView.nullable(),
      /** For the rep: whether observer feedback is waiting for their self-assessment. */
      feedbackWithheld: z.boolean(),
      criteria: z.array(
        z.object({
          criterion: z.string(),
          label: z.string(),
          selfRating: z.number().nullable(),
          feedback: z.array(
            z.object({
              observer: PersonResponse,
              rating: z.number(),
              ratingLabel: z.string(),
              strengths: z.array(z.string()),
              developments: z.array(z.string()),
            }),
          ),
        }),
      ),
    }),
  ),
  results: z.array(
    z.object({
      criterion: z.string(),
      label: z.string(),
      round: z.number().nullable(),
      selfRating: z.number().nullable(),
      observerRating: z.number().nullable(),
      observerCount: z.number(),
      revealed: z.boolean(),
    }),
  ),
  coachingQuestions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      askedBy: PersonResponse,
      askedAt: z.string(),
      /** Send as `If-Match` to edit or delete the question: 412 when someone changed it since. */
      etag: z.string(),
    }),
  ),
  nextStep: NextStepResponse.nullable(),
});
export type RoleplayDebriefResponse = z.infer<typeof RoleplayDebriefResponse>;

/** The rep's personal tab: their role-plays over time, per criterion, and the next steps they chose. */
export const MyRoleplaysResponse = z.object({
  items: z.array(
    z.object({
      spaceId: z.string(),
      spaceName: z.string(),
      roleplayId: z.string(),
      scenarioTitle: z.string(),
      skill: z.object({ key: z.string(), label: z.string() }),
      difficulty: ScenarioDifficulty,
      status: RoleplayStatus,
      playedAt: z.string().nullable(),
      results: RoleplayDebriefResponse.shape.results,
      nextStep: NextStepResponse.nullable(),
    }),
  ),
  /** One series per criterion, oldest first, for the trend chart. */
  criteria: z.array(
    z.object({
      criterion: z.string(),
      label: z.string(),
      points: z.array(
        z.object({
          roleplayId: z.string(),
          playedAt: z.string(),
          selfRating: z.number().nullable(),
          observerRating: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type MyRoleplaysResponse = z.infer<typeof MyRoleplaysResponse>;
