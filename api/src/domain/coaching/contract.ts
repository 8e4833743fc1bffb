import { z } from 'zod';
import { Id } from '../common/contract.js';
import { rawText, text } from '../common/text.js';
import { SpaceParams } from '../spaces/contract.js';

/** Sizes of coaching sessions and plans. */
export const COACHING_LIMITS = {
  notesMax: 4000,
  adviceMax: 2000,
  goalMax: 500,
  actionMax: 300,
  actionsMax: 8,
  reasonMax: 300,
  /** Sessions a list or the personal tab shows per space (newest first). */
  listMax: 100,
  /** Recent role-plays the question suggestions are drawn from. */
  evidenceMax: 5,
} as const;
const L = COACHING_LIMITS;

/** The four GROW steps, in the order a session walks them. */
export const GROW_STEPS = ['goal', 'reality', 'options', 'will'] as const;
export const GrowStep = z.enum(GROW_STEPS);
export type GrowStep = z.infer<typeof GrowStep>;
/** Where a session is: reviewing last time's commitments, then the GROW steps. */
export const SessionStep = z.enum(['review', ...GROW_STEPS]);
export type SessionStep = z.infer<typeof SessionStep>;

/** `scheduled` until the manager starts it, `inProgress` while it runs, `done` once recorded. */
export const CoachingSessionStatus = z.enum(['scheduled', 'inProgress', 'done']);
export type CoachingSessionStatus = z.infer<typeof CoachingSessionStatus>;

const IsoDate = z.iso
  .date('must be a date, e.g. 2026-12-01')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'must be between 2000 and 2100');
const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be a date and time, e.g. 2026-12-01T09:00:00Z' });

export const CoachingSessionParams = SpaceParams.extend({ sessionId: Id });
export type CoachingSessionParams = z.infer<typeof CoachingSessionParams>;

export const ListCoachingSessionsQuery = z.strictObject({ repId: Id.optional() });
export type ListCoachingSessionsQuery = z.infer<typeof ListCoachingSessionsQuery>;

/**
 * A manager starts (or schedules, with `scheduledFor` in the future) a session with a rep. With
 * `occurrenceKey` (a Teams 1:1 meeting's id and the occurrence's start), there is one session per rep
 * and occurrence: asking again returns the same session.
 */
export const CreateCoachingSessionBody = z.strictObject({
  repId: Id,
  scheduledFor: IsoDateTime.optional(),
  occurrenceKey: text(300).optional(),
});
export type CreateCoachingSessionBody = z.infer<typeof CreateCoachingSessionBody>;

/** The manager's side of a session: notes per GROW step, advice (kept apart from the rep's plan), step, status. */
export const UpdateCoachingSessionBody = z
  .strictObject({
    notes: z.partialRecord(GrowStep, rawText(L.notesMax, { multiline: true })).optional(),
    advice: rawText(L.adviceMax, { multiline: true }).optional(),
    step: SessionStep.optional(),
    status: z.enum(['inProgress', 'done']).optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'must change something');
export type UpdateCoachingSessionBody = z.infer<typeof UpdateCoachingSessionBody>;

/** One action of the rep's plan; `actionId` keeps an action's identity (and its review) across edits. */
export const PlanActionBody = z.strictObject({
  actionId: Id.optional(),
  text: text(L.actionMax),
  dueDate: IsoDate,
});
export type PlanActionBody = z.infer<typeof PlanActionBody>;

/** The rep's own plan: their goal and the actions they commit to, with dates. Only the rep writes it. */
export const PutCoachingPlanBody = z.strictObject({
  goal: text(L.goalMax, { multiline: true }),
  actions: z.array(PlanActionBody).min(1, 'must hold at least one action').max(L.actionsMax),
});
export type PutCoachingPlanBody = z.infer<typeof PutCoachingPlanBody>;

/** How a commitment went, said at the start of the next session. */
export const CommitmentOutcome = z.enum(['done', 'notDone', 'changed']);
export type CommitmentOutcome = z.infer<typeof CommitmentOutcome>;

/** The review of one commitment (an action of an earlier plan); a word why is required. */
export const CreateCommitmentReviewBody = z.strictObject({
  planSessionId: Id,
  actionId: Id,
  outcome: CommitmentOutcome,
  reason: text(L.reasonMax),
});
export type CreateCommitmentReviewBody = z.infer<typeof CreateCommitmentReviewBody>;

/** A manager reminds a rep of their commitments that are due today or overdue. */
export const CreateCoachingReminderBody = z.strictObject({ repId: Id });
export type CreateCoachingReminderBody = z.infer<typeof CreateCoachingReminderBody>;

export const CoachingReminderResponse = z.object({
  /** How many due or overdue commitments the rep was reminded of (repeats on one day are not sent again). */
  reminded: z.number().int(),
});
export type CoachingReminderResponse = z.infer<typeof CoachingReminderResponse>;

/** Whether an open commitment is due: later, today, or past its date. */
export const CommitmentDue = z.enum(['upcoming', 'dueToday', 'overdue']);
export type CommitmentDue = z.infer<typeof CommitmentDue>;

export const CommitmentReviewResponse = z.object({
  outcome: CommitmentOutcome,
  reason: z.string(),
  reviewedAt: z.string(),
  reviewedBy: z.string(),
  reviewedByName: z.string(),
  inSessionId: z.string(),
});
export type CommitmentReviewResponse = z.infer<typeof CommitmentReviewResponse>;

/** Who keeps a commitment: the rep (plan actions, what the manager expects) or the manager (what the rep expects). */
export const CommitmentOwner = z.enum(['rep', 'manager']);
export type CommitmentOwner = z.infer<typeof CommitmentOwner>;

/** A commitment that comes back: every week or every month from its first due date. */
export const CommitmentCadence = z.enum(['weekly', 'monthly']);
export type CommitmentCadence = z.infer<typeof CommitmentCadence>;

/**
 * A commitment: an action of a rep's plan, or an item of a signed agreement (either side). Due or
 * overdue until it is reviewed (kept, missed or renegotiated); a recurring one comes due again.
 */
export const CommitmentResponse = z.object({
  /** Where it was made: the plan's session, or the agreement (see `agreementId`). */
  planSessionId: z.string(),
  /** The plan action, or the agreement item. */
  actionId: z.string(),
  owner: CommitmentOwner,
  ownerName: z.string(),
  cadence: CommitmentCadence.nullable(),
  /** The agreement it comes from, when it is an agreement item. */
  agreementId: z.string().nullable(),
  text: z.string(),
  dueDate: z.string(),
  /** Null once reviewed. */
  due: CommitmentDue.nullable(),
  review: CommitmentReviewResponse.nullable(),
});
export type CommitmentResponse = z.infer<typeof CommitmentResponse>;

export const CoachingPlanResponse = z.object({
  sessionId: z.string(),
  goal: z.string(),
  actions: z.array(z.object({ actionId: z.string(), text: z.string(), dueDate: z.string() })),
  updatedAt: z.string(),
  etag: z.string(),
});
export type CoachingPlanResponse = z.infer<typeof CoachingPlanResponse>;

/** A question suggestion: a message key and its values, drawn from the rep's recent work. */
export const CoachingSuggestion = z.object({
  step: GrowStep,
  key: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Where the suggestion comes from (a role-play of the rep), when it is not a general prompt. */
  source: z.object({ kind: z.literal('roleplay'), id: z.string(), title: z.string() }).nullable(),
});
export type CoachingSuggestion = z.infer<typeof CoachingSuggestion>;

/** A session in lists: who, when, where it stands. */
export const CoachingSessionSummary = z.object({
  id: z.string(),
  spaceId: z.string(),
  repId: z.string(),
  repName: z.string(),
  managerId: z.string(),
  managerName: z.string(),
  status: CoachingSessionStatus,
  scheduledFor: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  createdAt: z.string(),
  /** The rep's goal once they have written their plan. */
  planGoal: z.string().nullable(),
});
export type CoachingSessionSummary = z.infer<typeof CoachingSessionSummary>;

export const CoachingSessionListResponse = z.object({ items: z.array(CoachingSessionSummary) });
export type CoachingSessionListResponse = z.infer<typeof CoachingSessionListResponse>;

/** One session as its rep or a manager of the space sees it. */
export const CoachingSessionResponse = CoachingSessionSummary.extend({
  step: SessionStep,
  notes: z.partialRecord(GrowStep, z.string()),
  advice: z.string(),
  balance: z.object({ asked: z.number().int(), told: z.number().int() }),
  plan: CoachingPlanResponse.nullable(),
  /** The rep's commitments from earlier sessions: those still to review, and those reviewed in this session. */
  commitments: z.array(CommitmentResponse),
  suggestions: z.array(CoachingSuggestion),
  /** Whether the caller is the rep (who writes the plan) or a manager (who keeps the notes). */
  viewer: z.enum(['rep', 'manager']),
  etag: z.string(),
});
export type CoachingSessionResponse = z.infer<typeof CoachingSessionResponse>;

/** A rep of a managed space, with their sessions still to run or to finish. */
export const CoachingRepRow = z.object({
  repId: z.string(),
  name: z.string(),
  lastDoneAt: z.string().nullable(),
  /** Scheduled or in progress, soonest first. */
  pending: z.array(CoachingSessionSummary),
  openCommitments: z.number().int(),
  overdueCommitments: z.number().int(),
});
export type CoachingRepRow = z.infer<typeof CoachingRepRow>;

/** "My coaching": per space, my sessions and commitments as a rep, and my reps as a manager. */
export const MyCoachingResponse = z.object({
  spaces: z.array(
    z.object({
      spaceId: z.string(),
      spaceName: z.string(),
      role: z.enum(['manager', 'rep', 'contributor']),
      sessions: z.array(CoachingSessionSummary),
      /** Sessions whose plan I still have to write (I am their rep). */
      planToWrite: z.array(z.string()),
      commitments: z.array(CommitmentResponse),
      reps: z.array(CoachingRepRow),
    }),
  ),
});
export type MyCoachingResponse = z.infer<typeof MyCoachingResponse>;
