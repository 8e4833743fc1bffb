import { z } from 'zod';
import { Id } from '../common/contract.js';
import { unique } from '../common/lists.js';
import { rawText, text } from '../common/text.js';
import { TimerResponse } from '../common/timer.js';
import { FeedbackFindingResponse } from '../roleplays/checks.js';
import { CompetencyKey, Rating } from '../roleplays/competencies.js';

// Field observations: a manager watching a rep at work, the rep's self-assessment, the manager's feedback.

export const OBSERVATION_LIMITS = {
  minutesMax: 600,
  noteMax: 1000,
  competenciesMax: 20,
  feedbackItemMax: 500,
  feedbackItemsMax: 5,
  reflectionMax: 2000,
  nextStepMax: 500,
  hoursPerWeekMin: 1,
  hoursPerWeekMax: 80,
  goalPercentMin: 1,
  goalPercentMax: 100,
} as const;
const L = OBSERVATION_LIMITS;

/** Where the manager watched the rep work. */
export const OBSERVATION_CHANNELS = ['teamsCall', 'videoMeeting', 'phoneCall', 'fieldVisit'] as const;
export const ObservationChannel = z.enum(OBSERVATION_CHANNELS);
export type ObservationChannel = z.infer<typeof ObservationChannel>;

const ObservationDate = z.iso
  .date('must be a date, e.g. 2026-12-01')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'must be between 2000 and 2100');

/** What the manager saw for one competency, written as observed behaviour. */
export const ObservationNote = z.strictObject({
  competency: CompetencyKey,
  text: rawText(L.noteMax, { multiline: true }),
});
export type ObservationNote = z.infer<typeof ObservationNote>;

const Competencies = z
  .array(CompetencyKey)
  .max(L.competenciesMax, `must be at most ${L.competenciesMax} competencies`)
  .refine(unique, 'must not repeat a competency');

const Notes = z
  .array(ObservationNote)
  .max(L.competenciesMax, `must be at most ${L.competenciesMax} notes`)
  .refine((notes) => unique(notes.map((n) => n.competency)), 'must hold one note per competency');

/** A call or visit logged by hand (outside Teams, or afterwards). */
export const CreateObservationBody = z.strictObject({
  repId: Id,
  channel: ObservationChannel,
  date: ObservationDate,
  minutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1 minute')
    .max(L.minutesMax, `must be at most ${L.minutesMax} minutes`),
  boardId: Id.nullable().optional(),
  competencies: Competencies.default([]),
  notes: Notes.default([]),
});
export type CreateObservationBody = z.infer<typeof CreateObservationBody>;

/** Starting to observe a call live; minutes are counted by the server from now. */
export const StartObservationBody = z.strictObject({
  repId: Id,
  channel: ObservationChannel.default('teamsCall'),
  boardId: Id.nullable().optional(),
});
export type StartObservationBody = z.infer<typeof StartObservationBody>;

/** Pausing or resuming the live count, or saving the notes taken so far. */
export const UpdateLiveObservationBody = z.union([
  z.strictObject({ action: z.enum(['pause', 'resume']) }),
  z.strictObject({ action: z.literal('notes'), competencies: Competencies, notes: Notes }),
]);
export type UpdateLiveObservationBody = z.infer<typeof UpdateLiveObservationBody>;

const CompetencyRating = z.strictObject({ competency: CompetencyKey, rating: Rating });
const Ratings = z
  .array(CompetencyRating)
  .max(L.competenciesMax)
  .refine((r) => unique(r.map((x) => x.competency)), 'must rate each competency once');

/** The rep's self-assessment on the observed competencies, or an explicit skip. */
export const ObservationSelfAssessmentBody = z.union([
  z.strictObject({ skip: z.literal(true) }),
  z.strictObject({
    ratings: Ratings.refine((r) => r.length > 0, 'must rate at least one competency'),
    reflection: text(L.reflectionMax, { multiline: true }),
  }),
]);
export type ObservationSelfAssessmentBody = z.infer<typeof ObservationSelfAssessmentBody>;

const FeedbackItems = z
  .array(rawText(L.feedbackItemMax, { multiline: true }))
  .max(L.feedbackItemsMax, `must be at most ${L.feedbackItemsMax} items`);

/** The manager's feedback; `share: true` shares it (only when it passes the feedback rules). */
export const ObservationFeedbackBody = z.strictObject({
  strengths: FeedbackItems,
  developments: FeedbackItems,
  ratings: Ratings.default([]),
  share: z.boolean().default(false),
});
export type ObservationFeedbackBody = z.infer<typeof ObservationFeedbackBody>;

/** The rep acknowledges the feedback with their own next step. */
export const ObservationAcknowledgeBody = z.strictObject({ nextStep: text(L.nextStepMax, { multiline: true }) });
export type ObservationAcknowledgeBody = z.infer<typeof ObservationAcknowledgeBody>;

/** The caller's working hours per week and the space's observation goal. */
export const ObservationSettingsBody = z.strictObject({
  hoursPerWeek: z.number().int().min(L.hoursPerWeekMin).max(L.hoursPerWeekMax),
  goalPercent: z.number().int().min(L.goalPercentMin).max(L.goalPercentMax),
});
export type ObservationSettingsBody = z.infer<typeof ObservationSettingsBody>;

export const ObservationParams = z.strictObject({ spaceId: Id, observationId: Id });
export const ListObservationsQuery = z.strictObject({ repId: Id.optional() });

/**
 * Where an observation stands for the rep: their self-assessment waits, then the manager's feedback,
 * then their acknowledgement with a next step.
 */
export const ObservationStatus = z.enum(['selfAssessmentDue', 'awaitingFeedback', 'feedbackShared', 'acknowledged']);
export type ObservationStatus = z.infer<typeof ObservationStatus>;

export const ObservationResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  repId: z.string(),
  repName: z.string(),
  observerId: z.string(),
  observerName: z.string(),
  channel: ObservationChannel,
  date: z.string(),
  minutes: z.number(),
  boardId: z.string().nullable(),
  competencies: z.array(z.string()),
  status: ObservationStatus,
  /** The manager's notes: for the rep only once the feedback is shared with them. */
  notes: z.array(z.object({ competency: z.string(), text: z.string() })).nullable(),
  selfAssessment: z
    .object({
      skipped: z.boolean(),
      ratings: z.array(z.object({ competency: z.string(), rating: z.number() })),
      reflection: z.string(),
      at: z.string(),
    })
    .nullable(),
  /** For the rep: only after their self-assessment (or skip) and once the manager shared it. */
  feedback: z
    .object({
      strengths: z.array(z.string()),
      developments: z.array(z.string()),
      ratings: z.array(z.object({ competency: z.string(), rating: z.number() })),
      sharedAt: z.string().nullable(),
    })
    .nullable(),
  acknowledgement: z.object({ nextStep: z.string(), at: z.string() }).nullable(),
  createdAt: z.string(),
});
export type ObservationResponse = z.infer<typeof ObservationResponse>;

export const ObservationListResponse = z.object({ items: z.array(ObservationResponse) });

/** A refused share: the feedback rules' findings. */
export const ObservationFeedbackCheckResponse = z.object({
  ready: z.boolean(),
  findings: z.array(FeedbackFindingResponse),
});

export const LiveObservationResponse = z.object({
  live: z
    .object({
      observationId: z.string(),
      repId: z.string(),
      repName: z.string(),
      channel: ObservationChannel,
      boardId: z.string().nullable(),
      timer: TimerResponse,
      competencies: z.array(z.string()),
      notes: z.array(z.object({ competency: z.string(), text: z.string() })),
      startedAt: z.string(),
    })
    .nullable(),
  serverTime: z.number(),
});
export type LiveObservationResponse = z.infer<typeof LiveObservationResponse>;

const CoverageFigure = z.object({ minutes: z.number(), workingMinutes: z.number(), ratio: z.number() });

export const CoverageResponse = z.object({
  /** `team` for managers; `self` for a rep, who sees only their own figures. */
  scope: z.enum(['team', 'self']),
  goalPercent: z.number(),
  /** The caller's own working hours per week (managers). */
  hoursPerWeek: z.number(),
  thisWeek: CoverageFigure,
  last4Weeks: CoverageFigure,
  last12Weeks: CoverageFigure,
  /** The last 12 weeks, oldest first. */
  weeks: z.array(CoverageFigure.extend({ weekStart: z.string() })),
  /** Reps, the longest unobserved first. */
  reps: z.array(
    z.object({
      repId: z.string(),
      name: z.string(),
      lastObservedOn: z.string().nullable(),
      last4Weeks: CoverageFigure,
      last12Weeks: CoverageFigure,
    }),
  ),
  /** Per rep and competency over the last 12 weeks: how often observed and the latest manager rating. */
  heatMap: z.array(
    z.object({
      repId: z.string(),
      cells: z.array(z.object({ competency: z.string(), count: z.number(), rating: z.number().nullable() })),
    }),
  ),
});
export type CoverageResponse = z.infer<typeof CoverageResponse>;

/** The caller's observations as a rep across their spaces, and their competency trend. */
export const MyObservationsResponse = z.object({
  items: z.array(ObservationResponse.extend({ spaceName: z.string() })),
  trend: z.array(
    z.object({
      competency: z.string(),
      label: z.string(),
      points: z.array(
        z.object({
          at: z.string(),
          source: z.enum(['observation', 'selfAssessment', 'roleplay']),
          rating: z.number(),
        }),
      ),
    }),
  ),
});
export type MyObservationsResponse = z.infer<typeof MyObservationsResponse>;
