import { createHash } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  Conflict,
  idleTimer,
  lengthFromDetails,
  type Occurrence,
  type OccurrenceBody,
  occurrenceOf,
  type OccurrenceResponse,
  type SetupOccurrenceBody,
} from '../../domain/index.js';
import { queryAll, stripStored } from '../../store/documents.js';
import type { DocumentStore, Stored } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { claimFirstSlots } from '../../store/slots.js';
import {
  captureDocId,
  itemDocId,
  meetingDocId,
  stateDocId,
  type AgendaItemDoc,
  type CaptureDoc,
  type MeetingDoc,
  type MeetingStateDoc,
  type StoredMeeting,
} from './model.js';
import { presentCapture, presentMeeting } from './present.js';
import { getMeeting, listAgenda, listCaptures, listMeetings } from './queries.js';

/*
 * Weekly meetings that follow the Teams series: each occurrence of a Teams meeting has its own sales
 * meeting. An occurrence is one document whose id comes from the Teams meeting id and the occurrence's
 * key (see `occurrenceOf`), naming the sales meeting it uses: a second agenda for the same occurrence
 * cannot be created, even by requests running at once on different instances, because the store
 * refuses the second document with that id.
 */

/** Which sales meeting one occurrence of a Teams meeting uses, and the actions it carried over. */
export interface OccurrenceDoc {
  id: string;
  pk: string;
  type: 'meetingOccurrence';
  teamsMeetingId: string;
  chatId: string | null;
  key: string;
  start: string | null;
  meetingId: string;
  /** Open actions of earlier occurrences when this one first opened (captures keep their own state). */
  carriedActionIds: string[];
  createdAt: string;
  [field: string]: unknown;
}

/** At most this many actions are carried into one occurrence (the oldest open ones drop off). */
export const MAX_CARRIED_ACTIONS = 100;

const digest = (...parts: string[]): string => createHash('sha256').update(parts.join('\n')).digest('hex');

export const occurrenceDocId = (teamsMeetingId: string, key: string): string =>
  `occurrence|${digest(teamsMeetingId, key).slice(0, 40)}`;

/** The sales meeting created for an occurrence: the same id whoever creates it. */
export const occurrenceMeetingId = (teamsMeetingId: string, key: string): string =>
  `occ-${digest(teamsMeetingId, key).slice(0, 40)}`;

/** A copied agenda item: the same id whoever copies it, so concurrent copies are one. */
const copiedItemId = (meetingId: string, sourceItemId: string): string =>
  `c-${digest(meetingId, sourceItemId).slice(0, 32)}`;

/**
 * The sales meetings of a Teams meeting: those bound to it, and the "next week" drafts made in its
 * chat and not yet bound to an occurrence. Latest scheduled start first.
 */
async function seriesMeetings(
  store: DocumentStore,
  pk: string,
  teamsMeetingId: string,
  chatId: string | undefined,
): Promise<StoredMeeting[]> {
  const bound = await listMeetings(store, pk, { teamsMeetingId });
  const drafts = chatId ? (await listMeetings(store, pk, { chatId })).filter((m) => m.teamsMeetingId === null) : [];
  const byId = new Map([...bound, ...drafts].map((m) => [m.meetingId, m]));
  return [...byId.values()].sort(
    (a, b) => b.scheduledStart.localeCompare(a.scheduledStart) || a.meetingId.localeCompare(b.meetingId),
  );
}

async function listOccurrences(store: DocumentStore, pk: string, teamsMeetingId: string) {
  return queryAll<OccurrenceDoc>(store, pk, {
    type: 'meetingOccurrence',
    where: { teamsMeetingId },
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: 500,
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a new occurrence starts from. A meeting of the series that has not been held — the previous
 * occurrence's "next week" draft, or an agenda set up for this Teams meeting before occurrences were
 * told apart — becomes this occurrence's agenda (one left running is taken over only within a day).
 * Otherwise the latest meeting of the series is the template: its agenda is copied into a new draft.
 */
export function planOccurrence(
  series: readonly StoredMeeting[],
  boundIds: ReadonlySet<string>,
  now: number,
): { adopt: StoredMeeting } | { copy: StoredMeeting } | null {
  const unheld = (m: StoredMeeting) =>
    m.status === 'draft' || (m.status === 'running' && now - Date.parse(m.scheduledStart) < DAY_MS);
  const free = series.filter((m) => !boundIds.has(m.meetingId) && unheld(m));
  // The next one due first: the earliest free draft.
  const adopt = free.at(-1);
  if (adopt) return { adopt };
  const latestBound = series.find((m) => boundIds.has(m.meetingId));
  if (latestBound && latestBound.status === 'draft') return { adopt: latestBound };
  const template = series[0];
  return template ? { copy: template } : null;
}

/**
 * The open actions to carry into an occurrence: those of the latest earlier meeting that was held
 * (or that has captures), and those it had carried itself and that are still open.
 */
async function openActionsToCarry(
  store: DocumentStore,
  pk: string,
  series: readonly StoredMeeting[],
  targetId: string,
  occurrences: readonly Stored<OccurrenceDoc>[],
): Promise<string[]> {
  const previous = series.find((m) => m.meetingId !== targetId && m.status !== 'draft');
  if (!previous) return [];
  const own = (await listCaptures(store, pk, previous.meetingId))
    .filter((c) => c.kind === 'action' && !c.done)
    .map((c) => c.captureId);
  const inherited = occurrences.find((o) => o.meetingId === previous.meetingId)?.carriedActionIds ?? [];
  const stillOpen: string[] = [];
  for (const id of inherited) {
    const capture = await store.read<CaptureDoc>(pk, captureDocId(id));
    if (capture && !capture.done) stillOpen.push(id);
  }
  return [...new Set([...stillOpen, ...own])].slice(-MAX_CARRIED_ACTIONS);
}

/** The meeting of an occurrence and its carried actions, as they are now. */
async function present(
  store: DocumentStore,
  access: SpaceAccess,
  occurrence: Occurrence,
  doc: OccurrenceDoc | null,
): Promise<OccurrenceResponse> {
  const pk = access.space.pk;
  if (!doc) return { occurrence, meeting: null, carriedActions: [] };
  const meeting = await getMeeting(store, pk, doc.meetingId);
  const carried = [];
  for (const id of doc.carriedActionIds) {
    const capture = await store.read<CaptureDoc>(pk, captureDocId(id));
    if (capture) carried.push(presentCapture(capture, access.space));
  }
  return {
    occurrence: { key: doc.key, start: doc.start },
    meeting: presentMeeting(meeting, access.space.spaceId),
    carriedActions: carried,
  };
}

const ignoreConflict = (error: unknown): undefined => {
  if (error instanceof Conflict) return undefined;
  throw error;
};

/**
 * Creates a draft meeting with a given id and its live state, copying `template`'s agenda. Every
 * write has a fixed id, so requests doing it at once write the same documents once; the meeting
 * document comes last, after its agenda, so no one sees it half copied.
 */
async function createDraft(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  fields: Pick<MeetingDoc, 'title' | 'scheduledStart' | 'lengthMinutes' | 'teamsMeetingId' | 'chatId'>,
  template: StoredMeeting | null,
  userId: string,
): Promise<void> {
  const pk = access.space.pk;
  await store
    .create<MeetingStateDoc>({
      id: stateDocId(meetingId),
      pk,
      type: 'meetingState',
      meetingId,
      status: 'notStarted',
      current: null,
      timer: idleTimer(0),
      log: [],
    })
    .catch(ignoreConflict);
  if (template) {
    const copies = (await listAgenda(store, pk, template.meetingId)).map((item) => ({
      item,
      itemId: copiedItemId(meetingId, item.itemId),
    }));
    await claimFirstSlots(
      store,
      pk,
      `agenda|${meetingId}`,
      copies.map((c) => c.itemId),
    );
    for (const { item, itemId } of copies) {
      // Owners who left the team are dropped rather than copied as dangling references.
      const ownerId = item.ownerId && access.space.members.some((m) => m.userId === item.ownerId) ? item.ownerId : null;
      await store
        .create<AgendaItemDoc>({ ...stripStored(item), id: itemDocId(meetingId, itemId), meetingId, itemId, ownerId })
        .catch(ignoreConflict);
    }
  }
  await store
    .create<MeetingDoc>({
      id: meetingDocId(meetingId),
      pk,
      type: 'meeting',
      meetingId,
      ...fields,
      status: 'draft',
      summary: null,
      createdAt: new Date().toISOString(),
      createdBy: userId,
    })
    .catch(ignoreConflict);
}

/** Binds a meeting to an occurrence; when another request bound it first, theirs stands. */
async function bind(
  store: DocumentStore,
  access: SpaceAccess,
  body: OccurrenceBody,
  occurrence: Occurrence,
  meetingId: string,
  carriedActionIds: string[],
): Promise<OccurrenceDoc> {
  const pk = access.space.pk;
  const id = occurrenceDocId(body.teamsMeetingId, occurrence.key);
  try {
    return await store.create<OccurrenceDoc>({
      id,
      pk,
      type: 'meetingOccurrence',
      teamsMeetingId: body.teamsMeetingId,
      chatId: body.chatId ?? null,
      key: occurrence.key,
      start: occurrence.start,
      meetingId,
      carriedActionIds,
      createdAt: new Date().toISOString(),
    });
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    const winner = await store.read<OccurrenceDoc>(pk, id);
    if (!winner) throw error;
    return winner;
  }
}

/** When the occurrence was not told by its start: the template's time of day on the opener's date. */
function startOf(occurrence: Occurrence, localDate: string, template: StoredMeeting): string {
  if (occurrence.start) return occurrence.start;
  const at = new Date(template.scheduledStart);
  const [year, month, day] = localDate.split('-').map(Number);
  at.setUTCFullYear(year ?? at.getUTCFullYear(), (month ?? 1) - 1, day ?? 1);
  return at.toISOString();
}

/**
 * The sales meeting of the occurrence a tab or side panel is open in, created the first time any of
 * them opens: from the series' unheld draft, else as a copy of its latest agenda, with the actions left
 * open last time carried over. The series' first occurrence has nothing to start from: it stays
 * empty (meeting null) until a planner sets it up (`setupOccurrence`).
 */
export async function openOccurrence(
  store: DocumentStore,
  access: SpaceAccess,
  body: OccurrenceBody,
  userId: string,
  now: number = Date.now(),
): Promise<OccurrenceResponse> {
  const pk = access.space.pk;
  const occurrence = occurrenceOf(body, now);
  const existing = await store.read<OccurrenceDoc>(pk, occurrenceDocId(body.teamsMeetingId, occurrence.key));
  if (existing) return present(store, access, occurrence, existing);

  const series = await seriesMeetings(store, pk, body.teamsMeetingId, body.chatId);
  const occurrences = await listOccurrences(store, pk, body.teamsMeetingId);
  const plan = planOccurrence(series, new Set(occurrences.map((o) => o.meetingId)), now);
  if (!plan) return present(store, access, occurrence, null);

  let meetingId: string;
  if ('adopt' in plan) {
    meetingId = plan.adopt.meetingId;
    const start = occurrence.start;
    const needs = (m: MeetingDoc) =>
      m.teamsMeetingId !== body.teamsMeetingId ||
      (body.chatId !== undefined && m.chatId === null) ||
      (start !== null && m.status === 'draft' && m.scheduledStart !== start);
    if (needs(plan.adopt)) {
      await updateWithRetry<MeetingDoc>(store, pk, meetingDocId(meetingId), (m) =>
        needs(m)
          ? {
              ...stripStored(m),
              teamsMeetingId: body.teamsMeetingId,
              chatId: m.chatId ?? body.chatId ?? null,
              scheduledStart: start !== null && m.status === 'draft' ? start : m.scheduledStart,
            }
          : stripStored(m),
      );
    }
  } else {
    const template = plan.copy;
    meetingId = occurrenceMeetingId(body.teamsMeetingId, occurrence.key);
    await createDraft(
      store,
      access,
      meetingId,
      {
        title: template.title,
        scheduledStart: startOf(occurrence, body.localDate, template),
        lengthMinutes: lengthFromDetails(body.details) ?? template.lengthMinutes,
        teamsMeetingId: body.teamsMeetingId,
        chatId: body.chatId ?? template.chatId,
      },
      template,
      userId,
    );
  }
  const carried = await openActionsToCarry(store, pk, series, meetingId, occurrences);
  const doc = await bind(store, access, body, occurrence, meetingId, carried);
  return present(store, access, occurrence, doc);
}

/**
 * Sets up the agenda of an occurrence that has nothing to start from (the series' first). When the
 * occurrence already has one (someone was quicker), that one is answered: never a second agenda.
 */
export async function setupOccurrence(
  store: DocumentStore,
  access: SpaceAccess,
  body: SetupOccurrenceBody,
  userId: string,
  now: number = Date.now(),
): Promise<OccurrenceResponse> {
  const pk = access.space.pk;
  const occurrence = occurrenceOf(body, now);
  const existing = await store.read<OccurrenceDoc>(pk, occurrenceDocId(body.teamsMeetingId, occurrence.key));
  if (existing) return present(store, access, occurrence, existing);
  const meetingId = occurrenceMeetingId(body.teamsMeetingId, occurrence.key);
  await createDraft(
    store,
    access,
    meetingId,
    {
      title: body.title,
      scheduledStart: new Date(body.scheduledStart).toISOString(),
      lengthMinutes: body.lengthMinutes,
      teamsMeetingId: body.teamsMeetingId,
      chatId: body.chatId ?? null,
    },
    null,
    userId,
  );
  const series = await seriesMeetings(store, pk, body.teamsMeetingId, body.chatId);
  const occurrences = await listOccurrences(store, pk, body.teamsMeetingId);
  const carried = await openActionsToCarry(store, pk, series, meetingId, occurrences);
  const doc = await bind(store, access, body, occurrence, meetingId, carried);
  return present(store, access, occurrence, doc);
}
