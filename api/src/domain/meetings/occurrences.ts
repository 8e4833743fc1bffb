import { z } from 'zod';
import { Id } from '../common/contract.js';
import { text } from '../common/text.js';
import { CaptureResponse, MEETING_LIMITS, MeetingResponse } from './contract.js';

/*
 * Weekly meetings that follow the Teams series. Every occurrence of a recurring Teams meeting shares
 * one meeting id and one chat id, so an occurrence is told apart by its scheduled start (from
 * `meeting.getMeetingDetails`), or by the date it is opened on when the host gives no details.
 */

const IsoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO date-time, e.g. 2026-12-01T09:00:00Z' });
const IsoDate = z.iso
  .date('must be a date, e.g. 2026-12-01')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'must be between 2000 and 2100');

/** What `meeting.getMeetingDetails` told the tab (`details`), as the tab passes it on. */
export const TeamsMeetingDetails = z.strictObject({
  scheduledStart: IsoDateTime,
  scheduledEnd: IsoDateTime.optional(),
  title: text(MEETING_LIMITS.titleMax).optional(),
  /** `Recurring`, `Scheduled`, `Adhoc`, … (teams-js `MeetingType`); unknown values are kept as given. */
  type: z
    .string()
    .regex(/^[A-Za-z]{1,40}$/, 'must be a meeting type such as Recurring')
    .optional(),
});
export type TeamsMeetingDetails = z.infer<typeof TeamsMeetingDetails>;

/** Which occurrence of which Teams meeting a tab or side panel is open in. */
export const OccurrenceBody = z.strictObject({
  teamsMeetingId: text(512),
  chatId: Id.optional(),
  /** Absent when the host cannot give meeting details (no permission, older client, mobile). */
  details: TeamsMeetingDetails.optional(),
  /** The opener's local date: what tells occurrences apart without details. */
  localDate: IsoDate,
});
export type OccurrenceBody = z.infer<typeof OccurrenceBody>;

/** Sets up the first occurrence's agenda (nothing earlier to start from). */
export const SetupOccurrenceBody = OccurrenceBody.extend({
  title: text(MEETING_LIMITS.titleMax),
  scheduledStart: IsoDateTime,
  lengthMinutes: z.number().int().min(5, 'must be at least 5 minutes').max(MEETING_LIMITS.meetingMaxMinutes),
});
export type SetupOccurrenceBody = z.infer<typeof SetupOccurrenceBody>;

export const OccurrenceResponse = z.object({
  occurrence: z.object({
    /** `start:<ISO minute>` or `date:<YYYY-MM-DD>`. */
    key: z.string(),
    /** The occurrence's scheduled start when the host told it. */
    start: z.string().nullable(),
  }),
  /** Null only when this is the series' first occurrence and no one has set it up yet. */
  meeting: MeetingResponse.nullable(),
  /** Actions left open in earlier occurrences, carried into this one (their current state). */
  carriedActions: z.array(CaptureResponse),
});
export type OccurrenceResponse = z.infer<typeof OccurrenceResponse>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The identity of one occurrence: its key and, when known, its scheduled start. */
export interface Occurrence {
  key: string;
  start: string | null;
}

/**
 * Tells the occurrence from what the host gave. Teams may report either the occurrence's own start or
 * the series' first start for a recurring meeting (unconfirmed, see PLATFORM-NOTES): a recurring
 * meeting's start more than a day before `now` cannot be the occurrence being opened, so it falls
 * back to the date, as do meetings without details. Other meetings are one occurrence: their start.
 */
export function occurrenceOf(input: { details?: TeamsMeetingDetails; localDate: string }, now: number): Occurrence {
  const start = input.details ? Date.parse(input.details.scheduledStart) : Number.NaN;
  if (Number.isFinite(start)) {
    const seriesStart = input.details?.type === 'Recurring' && start < now - DAY_MS;
    if (!seriesStart) {
      const minute = new Date(Math.floor(start / 60_000) * 60_000).toISOString();
      return { key: `start:${minute}`, start: minute };
    }
  }
  return { key: `date:${input.localDate}`, start: null };
}

/** The length of a meeting from its details, when they give a sensible one. */
export function lengthFromDetails(details: TeamsMeetingDetails | undefined): number | null {
  if (!details?.scheduledEnd) return null;
  const minutes = Math.round((Date.parse(details.scheduledEnd) - Date.parse(details.scheduledStart)) / 60_000);
  return minutes >= 5 && minutes <= MEETING_LIMITS.meetingMaxMinutes ? minutes : null;
}

/**
 * What a meeting attendee who is not a member (a guest) may read of an occurrence: the team's name,
 * the meeting's title and state, and the agenda's lines — no notes, owners, captures or members.
 */
export const OccurrenceGuestView = z.object({
  spaceName: z.string(),
  meeting: z.object({ title: z.string(), scheduledStart: z.string(), status: z.enum(['draft', 'running', 'ended']) }),
  agenda: z.array(z.object({ id: z.string(), title: z.string() })),
  /** The item being discussed while the meeting runs. */
  currentItemId: z.string().nullable(),
});
export type OccurrenceGuestView = z.infer<typeof OccurrenceGuestView>;
