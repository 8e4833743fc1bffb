import type { SpaceAccess } from '../../auth/policy.js';
import {
  addTime,
  Conflict,
  Forbidden,
  idleTimer,
  mayMoveAgenda,
  type MeetingSummary,
  type RunMeetingBody,
  SELLING_KINDS,
  startTimer,
  UNDO_WINDOW_MS,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { closeMeetingRoleplays, reopenMeetingRoleplays } from '../roleplays/index.js';
import { nameOf } from '../spaces/index.js';
import {
  meetingDocId,
  stateDocId,
  type MeetingDoc,
  type MeetingStateDoc,
  type StoredItem,
  type StoredState,
} from './model.js';
import { getMeeting, listAgenda } from './queries.js';

const MINUTE = 60_000;

function snapshot(access: SpaceAccess, items: StoredItem[], index: number): MeetingStateDoc['current'] {
  const item = items[index];
  if (!item) return null;
  return {
    itemId: item.itemId,
    title: item.title,
    kind: item.kind,
    ownerId: item.ownerId,
    ownerName: nameOf(access.space, item.ownerId),
    timeboxMinutes: item.timeboxMinutes,
    link: item.link,
    index,
    count: items.length,
  };
}

function closeLog(log: MeetingStateDoc['log'], now: number): MeetingStateDoc['log'] {
  return log.map((entry, i) => (i === log.length - 1 && entry.endedAt === null ? { ...entry, endedAt: now } : entry));
}

function moveTo(
  access: SpaceAccess,
  state: MeetingStateDoc,
  items: StoredItem[],
  index: number,
  now: number,
): MeetingStateDoc {
  const current = snapshot(access, items, index);
  if (!current) throw new Conflict('There is no agenda item there.');
  return {
    ...state,
    status: 'running',
    current,
    timer: startTimer((current.timeboxMinutes ?? 0) * MINUTE, now),
    log: [...closeLog(state.log, now), { itemId: current.itemId, startedAt: now, endedAt: null }],
  };
}

/** Minutes per item from the run log; an item visited twice adds up. */
export function actualMinutesByItem(log: MeetingStateDoc['log'], now: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of log) {
    const minutes = ((entry.endedAt ?? now) - entry.startedAt) / MINUTE;
    out.set(entry.itemId, (out.get(entry.itemId) ?? 0) + minutes);
  }
  return out;
}

/** Planned and actual minutes, and the selling-time ratio of each, for the agenda proper. */
export function summarise(
  items: StoredItem[],
  log: MeetingStateDoc['log'],
  now: number,
): Omit<MeetingSummary, 'endedAt'> {
  const actual = actualMinutesByItem(log, now);
  let plannedMinutes = 0;
  let plannedSelling = 0;
  let actualMinutes = 0;
  let actualSelling = 0;
  for (const item of items) {
    const selling = SELLING_KINDS.includes(item.kind);
    const minutes = actual.get(item.itemId) ?? 0;
    actualMinutes += minutes;
    if (selling) actualSelling += minutes;
    if (item.inDigest) continue;
    plannedMinutes += item.timeboxMinutes ?? 0;
    if (selling) plannedSelling += item.timeboxMinutes ?? 0;
  }
  const ratio = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);
  return {
    plannedMinutes,
    // Whole minutes: a recap reads "12 min", never "0.1".
    actualMinutes: Math.round(actualMinutes),
    plannedSellingRatio: ratio(plannedSelling, plannedMinutes),
    actualSellingRatio: ratio(actualSelling, actualMinutes),
  };
}

/**
 * One step of the live run. `ifMatch` is the state etag the participant saw: when two people press
 * "next" at once, one wins and the other gets 412 instead of skipping a second item.
 */
export async function runMeeting(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  body: RunMeetingBody,
  ifMatch: string,
  now: number = Date.now(),
): Promise<StoredState> {
  const pk = access.space.pk;
  const meeting = await getMeeting(store, pk, meetingId);
  const state = await store.read<MeetingStateDoc>(pk, stateDocId(meetingId));
  if (!state) throw new Conflict('This meeting has no live state.');
  if (state.status === 'ended' && body.action !== 'undoEnd') throw new Conflict('This meeting has ended.');
  // Items moved to the pre-read digest are not run in the meeting.
  const items = (await listAgenda(store, pk, meetingId)).filter((i) => !i.inDigest);
  const index = state.current ? items.findIndex((i) => i.itemId === state.current?.itemId) : -1;

  const viewer = { userId: access.member.userId, role: access.member.role };
  if (!mayMoveAgenda(viewer, body.action, state.current?.ownerId ?? null)) {
    throw new Forbidden(
      body.action === 'start' || body.action === 'end' || body.action === 'undoEnd'
        ? 'Only a manager can start or end the meeting.'
        : 'Only managers and the current item’s owner can move the agenda.',
    );
  }

  let next: MeetingStateDoc;
  switch (body.action) {
    case 'start':
      if (state.status === 'running') throw new Conflict('The meeting is already running.');
      if (items.length === 0) throw new Conflict('Add at least one agenda item before starting.');
      next = moveTo(access, state, items, 0, now);
      break;
    case 'next':
    case 'previous': {
      if (state.status !== 'running') throw new Conflict('Start the meeting first.');
      const target = body.action === 'next' ? index + 1 : index - 1;
      if (target < 0) throw new Conflict('This is the first item.');
      if (target >= items.length) throw new Conflict('This is the last item. End the meeting instead.');
      next = moveTo(access, state, items, target, now);
      break;
    }
    case 'extend':
      if (state.status !== 'running') throw new Conflict('Start the meeting first.');
      next = { ...state, timer: addTime(state.timer, body.minutes * MINUTE) };
      break;
    case 'end':
      next = {
        ...state,
        status: 'ended',
        current: null,
        timer: idleTimer(0),
        log: closeLog(state.log, now),
        endedAt: now,
        beforeEnd: { status: state.status, current: state.current, timer: state.timer },
      };
      break;
    case 'undoEnd':
      next = undoEnd(state, now);
      break;
  }
  const saved = await store.replace<MeetingStateDoc>(next, { ifMatch });

  if (body.action === 'end') {
    await closeMeetingRoleplays(store, pk, meetingId, now);
  }
  if (body.action === 'undoEnd' && typeof state.endedAt === 'number') {
    await reopenMeetingRoleplays(store, pk, meetingId, state.endedAt);
  }
  if (body.action !== 'next' && body.action !== 'previous' && body.action !== 'extend') {
    const summary =
      saved.status === 'ended' ? { ...summarise(items, saved.log, now), endedAt: new Date(now).toISOString() } : null;
    const status = saved.status === 'ended' ? 'ended' : saved.status === 'running' ? 'running' : 'draft';
    await updateWithRetry<MeetingDoc>(store, pk, meetingDocId(meeting.meetingId), (m) => ({ ...m, status, summary }));
  }
  return saved;
}

/** Until when (server time) a manager may undo the end of the meeting; null when it has not ended. */
export function undoUntil(state: MeetingStateDoc): number | null {
  return state.status === 'ended' && typeof state.endedAt === 'number' && state.beforeEnd
    ? state.endedAt + UNDO_WINDOW_MS
    : null;
}

/**
 * The meeting as it was before "end", within the undo window: the same item, and its timer as if the
 * meeting had never ended (server time, so every participant's clock agrees); the item's run-log
 * entry that the end closed is open again.
 */
function undoEnd(state: MeetingStateDoc, now: number): MeetingStateDoc {
  const until = undoUntil(state);
  if (until === null || !state.beforeEnd) throw new Conflict('This meeting has not ended.');
  if (now > until) throw new Conflict('It is too late to undo the end of this meeting.');
  const endedAt = state.endedAt;
  const log = state.log.map((entry, i) =>
    i === state.log.length - 1 && entry.endedAt === endedAt && state.beforeEnd?.current?.itemId === entry.itemId
      ? { ...entry, endedAt: null }
      : entry,
  );
  return { ...state, ...state.beforeEnd, log, endedAt: null, beforeEnd: null };
}
