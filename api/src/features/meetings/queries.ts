import { NotFound } from '../../domain/errors.js';
import type { DocumentStore, Stored } from '../../store/port.js';
import {
  meetingDocId,
  type AgendaItemDoc,
  type CaptureDoc,
  type MeetingDoc,
  type StoredItem,
  type StoredMeeting,
} from './model.js';

/** Reads every page of a single-partition query. */
async function all<T extends { id: string; pk: string; type: string; [f: string]: unknown }>(
  store: DocumentStore,
  pk: string,
  spec: Parameters<DocumentStore['query']>[1],
): Promise<Stored<T>[]> {
  const out: Stored<T>[] = [];
  let continuation: string | undefined;
  do {
    const page = await store.query<T>(pk, { ...spec, continuation });
    out.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return out;
}

export async function getMeeting(store: DocumentStore, pk: string, meetingId: string): Promise<StoredMeeting> {
  const meeting = await store.read<MeetingDoc>(pk, meetingDocId(meetingId));
  if (!meeting) throw new NotFound('meeting');
  return meeting;
}

/** The agenda in order, digest items included (the caller decides what to show). */
export async function listAgenda(store: DocumentStore, pk: string, meetingId: string): Promise<StoredItem[]> {
  return all<AgendaItemDoc>(store, pk, {
    type: 'agendaItem',
    where: { meetingId },
    orderBy: { field: 'order' },
    limit: 200,
  });
}

/** Meetings of a space, newest first; optionally the one bound to a Teams meeting. */
export async function listMeetings(
  store: DocumentStore,
  pk: string,
  filter: { teamsMeetingId?: string; chatId?: string } = {},
): Promise<StoredMeeting[]> {
  const where: Record<string, string> = {};
  if (filter.teamsMeetingId) where.teamsMeetingId = filter.teamsMeetingId;
  if (filter.chatId) where.chatId = filter.chatId;
  return all<MeetingDoc>(store, pk, {
    type: 'meeting',
    where,
    orderBy: { field: 'scheduledStart', direction: 'desc' },
    limit: 200,
  });
}

export async function listCaptures(store: DocumentStore, pk: string, meetingId: string): Promise<Stored<CaptureDoc>[]> {
  return all<CaptureDoc>(store, pk, {
    type: 'capture',
    where: { meetingId },
    orderBy: { field: 'createdAt' },
    limit: 500,
  });
}

/**
 * The captures of one meeting; 404 when the meeting does not exist in this space. The meeting is read
 * only when there are none, so that a meeting with captures costs one query, as before.
 */
export async function listMeetingCaptures(
  store: DocumentStore,
  pk: string,
  meetingId: string,
): Promise<Stored<CaptureDoc>[]> {
  const captures = await listCaptures(store, pk, meetingId);
  if (captures.length === 0) await getMeeting(store, pk, meetingId);
  return captures;
}

export { all as queryAll };
