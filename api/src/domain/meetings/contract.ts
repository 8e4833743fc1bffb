import { z } from 'zod';
import { Id } from '../common/contract.js';
import { rawText, text } from '../common/text.js';
import { TimerResponse } from '../common/timer.js';
import type { Role } from '../spaces/contract.js';
import { can } from '../spaces/policy.js';
import type { AgendaKind } from './agendaLinter.js';

/** The kinds of agenda item; the first four are the ones that deserve community time. */
export const AgendaKindSchema = z.enum([
  'accountStrategy',
  'rolePlay',
  'skill',
  'bestPractice',
  'statusUpdate',
  'announcement',
  'decision',
  'other',
] as const satisfies readonly AgendaKind[]);

/** Limits, stated once so that forms, errors and docs agree. */
export const MEETING_LIMITS = {
  titleMax: 200,
  notesMax: 4000,
  timeboxMaxMinutes: 240,
  meetingMaxMinutes: 480,
  itemsMax: 60,
  captureTextMax: 1000,
  capturesMax: 500,
} as const;

const Title = text(MEETING_LIMITS.titleMax);
const Notes = rawText(MEETING_LIMITS.notesMax, { multiline: true });
/** The id Teams gives an online meeting (opaque, long, but one line of printable text). */
const TeamsMeetingId = text(512);
const Timebox = z
  .number()
  .int('must be whole minutes')
  .min(1, 'must be at least 1 minute')
  .max(MEETING_LIMITS.timeboxMaxMinutes, `must be at most ${MEETING_LIMITS.timeboxMaxMinutes} minutes`);
const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO date-time, e.g. 2026-12-01T09:00:00Z' });
const IsoDate = z.iso
  .date('must be a date, e.g. 2026-12-01')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'must be between 2000 and 2100');

/** A typed reference to content that other features own (boards, scenarios, practices, barriers). */
export const ContentLink = z.strictObject({ kind: z.enum(['board', 'scenario', 'practice', 'barrier']), id: Id });
export type ContentLink = z.infer<typeof ContentLink>;

export const MeetingParams = z.strictObject({ spaceId: Id, meetingId: Id });
export const AgendaItemParams = z.strictObject({ spaceId: Id, meetingId: Id, itemId: Id });
export const CaptureParams = z.strictObject({ spaceId: Id, captureId: Id });

export const CreateMeetingBody = z.strictObject({
  title: Title,
  scheduledStart: IsoDateTime,
  lengthMinutes: z.number().int().min(5, 'must be at least 5 minutes').max(MEETING_LIMITS.meetingMaxMinutes),
  teamsMeetingId: TeamsMeetingId.optional(),
  chatId: Id.optional(),
  /** Start from this meeting's agenda (a weekly meeting reuses last week's as a draft). */
  copyAgendaFrom: Id.optional(),
});
export type CreateMeetingBody = z.infer<typeof CreateMeetingBody>;

export const UpdateMeetingBody = z
  .strictObject({
    title: Title.optional(),
    scheduledStart: IsoDateTime.optional(),
    lengthMinutes: z.number().int().min(5).max(MEETING_LIMITS.meetingMaxMinutes).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'must change at least one field');
export type UpdateMeetingBody = z.infer<typeof UpdateMeetingBody>;

export const ListMeetingsQuery = z.strictObject({
  teamsMeetingId: TeamsMeetingId.optional(),
});

export const CreateAgendaItemBody = z.strictObject({
  title: Title,
  kind: AgendaKindSchema,
  ownerId: Id.nullable().optional(),
  timeboxMinutes: Timebox.nullable().optional(),
  link: ContentLink.nullable().optional(),
  notes: Notes.optional(),
});
export type CreateAgendaItemBody = z.infer<typeof CreateAgendaItemBody>;

export const UpdateAgendaItemBody = z
  .strictObject({
    title: Title.optional(),
    kind: AgendaKindSchema.optional(),
    ownerId: Id.nullable().optional(),
    timeboxMinutes: Timebox.nullable().optional(),
    link: ContentLink.nullable().optional(),
    notes: Notes.optional(),
    inDigest: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'must change at least one field');
export type UpdateAgendaItemBody = z.infer<typeof UpdateAgendaItemBody>;

/** Drag and drop and keyboard moves both say "put it after this item" (null: first). */
export const MoveAgendaItemBody = z.strictObject({ afterItemId: Id.nullable() });
export type MoveAgendaItemBody = z.infer<typeof MoveAgendaItemBody>;

/** "Needs the room": keep the item's line in this team's meetings (true) or let the linter flag it again (false). */
export const NeedsTheRoomBody = z.strictObject({ needsTheRoom: z.boolean() });
export type NeedsTheRoomBody = z.infer<typeof NeedsTheRoomBody>;

/** One move of the live run; each action carries exactly the fields it needs. */
export const RunMeetingBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start') }),
  z.strictObject({ action: z.literal('next') }),
  z.strictObject({ action: z.literal('previous') }),
  z.strictObject({
    action: z.literal('extend'),
    minutes: z.union([z.literal(1), z.literal(5)], { error: 'must be 1 or 5' }),
  }),
  z.strictObject({ action: z.literal('end') }),
]);
export type RunMeetingBody = z.infer<typeof RunMeetingBody>;
export type RunAction = RunMeetingBody['action'];

/** A member as the meeting rules see them. */
export interface MeetingViewer {
  userId: string;
  role: Role;
}

/**
 * Who may make a run move: whoever may run meetings (`meetings.run`) makes every move; the owner of
 * the item being run may also move on from it (next, previous) and extend it, but not start or end.
 */
export function mayMoveAgenda(viewer: MeetingViewer, action: RunAction, currentOwnerId: string | null): boolean {
  if (can(viewer.role, 'meetings.run')) return true;
  if (action === 'start' || action === 'end') return false;
  return currentOwnerId !== null && currentOwnerId === viewer.userId;
}

export const CreateCaptureBody = z
  .strictObject({
    kind: z.enum(['decision', 'action']),
    text: text(MEETING_LIMITS.captureTextMax, { multiline: true }),
    itemId: Id.nullable().optional(),
    ownerId: Id.nullable().optional(),
    dueDate: IsoDate.nullable().optional(),
  })
  .refine((b) => b.kind === 'action' || (!b.ownerId && !b.dueDate), {
    message: 'only action items have an owner and a due date',
    path: ['ownerId'],
  });
export type CreateCaptureBody = z.infer<typeof CreateCaptureBody>;

export const UpdateCaptureBody = z.strictObject({ done: z.boolean() });

/** Correcting what was captured: the text only (kind, owner and due date stay as captured). */
export const EditCaptureBody = z.strictObject({ text: text(MEETING_LIMITS.captureTextMax, { multiline: true }) });
export type EditCaptureBody = z.infer<typeof EditCaptureBody>;

/* ---------- responses ---------- */

export const MeetingSummary = z.object({
  plannedMinutes: z.number(),
  actualMinutes: z.number(),
  plannedSellingRatio: z.number(),
  actualSellingRatio: z.number(),
  endedAt: z.string(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  title: z.string(),
  scheduledStart: z.string(),
  lengthMinutes: z.number(),
  teamsMeetingId: z.string().nullable(),
  chatId: z.string().nullable(),
  status: z.enum(['draft', 'running', 'ended']),
  summary: MeetingSummary.nullable(),
  etag: z.string(),
});
export type MeetingResponse = z.infer<typeof MeetingResponse>;

export const MeetingListResponse = z.object({ items: z.array(MeetingResponse) });

export const AgendaItemResponse = z.object({
  id: z.string(),
  meetingId: z.string(),
  title: z.string(),
  kind: AgendaKindSchema,
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  timeboxMinutes: z.number().nullable(),
  link: ContentLink.nullable(),
  notes: z.string(),
  inDigest: z.boolean(),
  order: z.number(),
  etag: z.string(),
});
export type AgendaItemResponse = z.infer<typeof AgendaItemResponse>;

export const FindingResponse = z.object({
  code: z.enum(['couldBeEmail', 'noOwner', 'noTimebox', 'overLength', 'noSellingTime']),
  itemId: z.string().optional(),
  severity: z.enum(['warning', 'info']),
  message: z.string(),
  reason: z.string(),
  fix: z.object({ action: z.literal('moveToDigest'), itemId: z.string() }).optional(),
});

export const LintResponse = z.object({
  findings: z.array(FindingResponse),
  totalMinutes: z.number(),
  sellingMinutes: z.number(),
  sellingTimeRatio: z.number(),
  meetingMinutes: z.number(),
  digestItemIds: z.array(z.string()),
  keptItemIds: z.array(z.string()),
});

export const AgendaResponse = z.object({
  meeting: MeetingResponse,
  items: z.array(AgendaItemResponse),
  lint: LintResponse,
});
export type AgendaResponse = z.infer<typeof AgendaResponse>;

export const MeetingStateResponse = z.object({
  meetingId: z.string(),
  status: z.enum(['notStarted', 'running', 'ended']),
  current: z
    .object({
      itemId: z.string(),
      title: z.string(),
      kind: AgendaKindSchema,
      ownerId: z.string().nullable(),
      ownerName: z.string().nullable(),
      timeboxMinutes: z.number().nullable(),
      link: ContentLink.nullable(),
      index: z.number(),
      count: z.number(),
    })
    .nullable(),
  timer: TimerResponse,
  /** Server clock when this answer was made; clients derive their offset from it. */
  serverNow: z.number(),
  etag: z.string(),
});
export type MeetingStateResponse = z.infer<typeof MeetingStateResponse>;

export const CaptureResponse = z.object({
  id: z.string(),
  meetingId: z.string(),
  kind: z.enum(['decision', 'action']),
  text: z.string(),
  itemId: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  etag: z.string(),
});
export type CaptureResponse = z.infer<typeof CaptureResponse>;

export const CaptureListResponse = z.object({ items: z.array(CaptureResponse) });

export const DigestResponse = z.object({
  subject: z.string(),
  text: z.string(),
  itemIds: z.array(z.string()),
  acks: z.array(z.object({ userId: z.string(), name: z.string(), readAt: z.string() })),
  readByMe: z.boolean(),
});

export const RecapItem = z.object({
  itemId: z.string(),
  title: z.string(),
  kind: AgendaKindSchema,
  plannedMinutes: z.number(),
  actualMinutes: z.number(),
});

export const RecapResponse = z.object({
  meeting: MeetingResponse,
  items: z.array(RecapItem),
  decisions: z.array(CaptureResponse),
  actions: z.array(CaptureResponse),
  plannedSellingRatio: z.number(),
  actualSellingRatio: z.number(),
  plannedMinutes: z.number(),
  actualMinutes: z.number(),
});
export type RecapResponse = z.infer<typeof RecapResponse>;

/** An action item in its owner's personal tab. */
export const MyActionResponse = CaptureResponse.extend({
  spaceId: z.string(),
  spaceName: z.string(),
  meetingTitle: z.string(),
});
export const MyActionListResponse = z.object({ items: z.array(MyActionResponse) });
