import { createHash } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import { Conflict } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { createMeeting } from './agenda.js';
import { meetingDocId, type MeetingDoc, type StoredMeeting } from './model.js';
import { getMeeting, listMeetings } from './queries.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The id of the draft "Start next week from this agenda" makes of a meeting: one, however often it is asked. */
export function nextWeekMeetingId(sourceMeetingId: string): string {
  return `next-${createHash('sha256').update(sourceMeetingId).digest('hex').slice(0, 40)}`;
}

/** Same series: the same Teams chat, or (outside Teams) the same title. */
const sameSeries = (a: MeetingDoc, b: MeetingDoc): boolean => (a.chatId ? a.chatId === b.chatId : a.title === b.title);

/**
 * "Start next week from this agenda": the meeting one week after `sourceMeetingId`, as a draft with its
 * agenda. One per next occurrence: when the series already has a meeting at that time (an earlier click,
 * a Teams occurrence) that one is answered; two clicks at once create one draft (its id is derived from
 * the source, so the second create collides and answers the first one's meeting).
 */
export async function startNextWeek(
  store: DocumentStore,
  access: SpaceAccess,
  sourceMeetingId: string,
  userId: string,
): Promise<{ meeting: StoredMeeting; created: boolean }> {
  const pk = access.space.pk;
  const source = await getMeeting(store, pk, sourceMeetingId);
  const start = new Date(Date.parse(source.scheduledStart) + WEEK_MS).toISOString();
  const candidates = await listMeetings(store, pk, source.chatId ? { chatId: source.chatId } : {});
  const existing = candidates.find(
    (m) => m.meetingId !== source.meetingId && m.scheduledStart === start && sameSeries(source, m),
  );
  if (existing) return { meeting: existing, created: false };
  const meetingId = nextWeekMeetingId(source.meetingId);
  try {
    const meeting = await createMeeting(
      store,
      access,
      {
        title: source.title,
        scheduledStart: start,
        lengthMinutes: source.lengthMinutes,
        copyAgendaFrom: source.meetingId,
        ...(source.chatId ? { chatId: source.chatId } : {}),
      },
      userId,
      meetingId,
    );
    return { meeting, created: true };
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    const made = await store.read<MeetingDoc>(pk, meetingDocId(meetingId));
    if (!made) throw error;
    return { meeting: made, created: false };
  }
}
