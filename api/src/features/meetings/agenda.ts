import { createHash, randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  Conflict,
  type CreateAgendaItemBody,
  type CreateMeetingBody,
  idleTimer,
  MEETING_LIMITS,
  NotFound,
  PreconditionFailed,
  type UpdateAgendaItemBody,
  type UpdateMeetingBody,
  ValidationError,
} from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { claimFirstSlots, claimSlot, releaseSlot, slotsDocId, type SlotSet } from '../../store/slots.js';
import {
  type CaptureDoc,
  type DigestAckDoc,
  itemDocId,
  meetingDocId,
  stateDocId,
  type AgendaItemDoc,
  type MeetingDoc,
  type MeetingStateDoc,
  type StoredItem,
  type StoredMeeting,
} from './model.js';
import { getMeeting, listAgenda, listCaptures, listMeetings } from './queries.js';

const ORDER_STEP = 1024;

function assertMember(access: SpaceAccess, userId: string | null | undefined, field: string): void {
  if (userId && !access.space.members.some((m) => m.userId === userId)) {
    throw new ValidationError(`${field}: must be a member of this space`, [
      { field, message: 'must be a member of this space' },
    ]);
  }
}

function assertEditable(meeting: MeetingDoc): void {
  if (meeting.status === 'ended') throw new Conflict('This meeting has ended; its agenda is now the record.');
}

/**
 * The id of the agenda of a Teams meeting, derived from the Teams meeting id: a second agenda for
 * the same Teams meeting has the same id, so the store refuses it (409) even when both requests run
 * at once on different instances.
 */
export function teamsMeetingAgendaId(teamsMeetingId: string): string {
  return `teams-${createHash('sha256').update(teamsMeetingId).digest('hex').slice(0, 40)}`;
}

/** The agenda items of one meeting, at most `MEETING_LIMITS.itemsMax` (see store/slots.ts). */
function agendaSlots(store: DocumentStore, pk: string, meetingId: string): SlotSet {
  return {
    pk,
    set: `agenda|${meetingId}`,
    max: MEETING_LIMITS.itemsMax,
    members: async () => (await listAgenda(store, pk, meetingId)).map((i) => i.itemId),
    full: () => new ValidationError(`An agenda can have at most ${MEETING_LIMITS.itemsMax} items.`),
  };
}

/**
 * Creates a meeting and its (not yet started) live state. A weekly meeting reuses an agenda as a
 * draft: the one named by `copyAgendaFrom`, else the latest earlier meeting of the same Teams chat.
 * One Teams meeting has one agenda: its id comes from the Teams meeting id (see `teamsMeetingAgendaId`).
 */
export async function createMeeting(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateMeetingBody,
  userId: string,
  /** A deterministic id for a meeting that must exist once (next week's draft of a meeting). */
  fixedMeetingId?: string,
): Promise<StoredMeeting> {
  const pk = access.space.pk;
  if (body.teamsMeetingId && (await listMeetings(store, pk, { teamsMeetingId: body.teamsMeetingId })).length > 0) {
    throw new Conflict('This Teams meeting already has a Coachboard agenda.');
  }
  let source: StoredMeeting | undefined;
  if (body.copyAgendaFrom) source = await getMeeting(store, pk, body.copyAgendaFrom);
  else if (body.chatId) source = (await listMeetings(store, pk, { chatId: body.chatId }))[0];

  const meetingId = body.teamsMeetingId ? teamsMeetingAgendaId(body.teamsMeetingId) : (fixedMeetingId ?? randomUUID());
  // The live state first: a create that stops before the meeting leaves a state no one sees, which
  // the next create of the same meeting takes over; the meeting document decides who wins.
  try {
    await store.create<MeetingStateDoc>({
      id: stateDocId(meetingId),
      pk,
      type: 'meetingState',
      meetingId,
      status: 'notStarted',
      current: null,
      timer: idleTimer(0),
      log: [],
    });
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
  const meeting = await store
    .create<MeetingDoc>({
      id: meetingDocId(meetingId),
      pk,
      type: 'meeting',
      meetingId,
      title: body.title,
      scheduledStart: new Date(body.scheduledStart).toISOString(),
      lengthMinutes: body.lengthMinutes,
      teamsMeetingId: body.teamsMeetingId ?? null,
      chatId: body.chatId ?? null,
      status: 'draft',
      summary: null,
      createdAt: new Date().toISOString(),
      createdBy: userId,
    })
    .catch((error: unknown) => {
      if (error instanceof Conflict) throw new Conflict('This Teams meeting already has a Coachboard agenda.');
      throw error;
    });
  if (source) {
    const copies = (await listAgenda(store, pk, source.meetingId)).map((item) => ({ item, itemId: randomUUID() }));
    // The copies' places are claimed in one write before they are created (the agenda is new and
    // holds no more than the one it copies).
    const set = agendaSlots(store, pk, meetingId).set;
    await claimFirstSlots(
      store,
      pk,
      set,
      copies.map((c) => c.itemId),
    );
    for (const { item, itemId } of copies) {
      // Owners who left the team are dropped rather than copied as dangling references.
      const ownerId = item.ownerId && access.space.members.some((m) => m.userId === item.ownerId) ? item.ownerId : null;
      await store.create<AgendaItemDoc>({
        ...stripStored(item),
        id: itemDocId(meetingId, itemId),
        meetingId,
        itemId,
        ownerId,
      });
    }
  }
  return meeting;
}

/** Changes title, start or length; `ifMatch` is the etag the editor saw. */
export async function updateMeeting(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  body: UpdateMeetingBody,
  ifMatch: string,
): Promise<StoredMeeting> {
  const meeting = await getMeeting(store, access.space.pk, meetingId);
  assertEditable(meeting);
  return store.replace<MeetingDoc>(
    {
      ...meeting,
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.scheduledStart !== undefined ? { scheduledStart: new Date(body.scheduledStart).toISOString() } : {}),
      ...(body.lengthMinutes !== undefined ? { lengthMinutes: body.lengthMinutes } : {}),
    },
    { ifMatch },
  );
}

/**
 * Adds an item at the end of the agenda. Its place is claimed first (at most `itemsMax` items, also
 * when many add at once); `itemId` may be given by a caller that needs it to be unique (a second
 * create with the same id gets 409 from the store).
 */
export async function addAgendaItem(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  body: CreateAgendaItemBody,
  itemId: string = randomUUID(),
): Promise<StoredItem> {
  const pk = access.space.pk;
  assertMember(access, body.ownerId, 'body.ownerId');
  const meeting = await getMeeting(store, pk, meetingId);
  assertEditable(meeting);
  const items = await listAgenda(store, pk, meetingId);
  if (items.length >= MEETING_LIMITS.itemsMax) throw agendaSlots(store, pk, meetingId).full();
  await claimSlot(store, agendaSlots(store, pk, meetingId), itemId);
  const last = items[items.length - 1];
  return store.create<AgendaItemDoc>({
    id: itemDocId(meetingId, itemId),
    pk,
    type: 'agendaItem',
    meetingId,
    itemId,
    title: body.title,
    kind: body.kind,
    ownerId: body.ownerId ?? null,
    timeboxMinutes: body.timeboxMinutes ?? null,
    link: body.link ?? null,
    notes: body.notes ?? '',
    inDigest: false,
    order: (last?.order ?? 0) + ORDER_STEP,
  });
}

async function getItem(store: DocumentStore, pk: string, meetingId: string, itemId: string): Promise<StoredItem> {
  const item = await store.read<AgendaItemDoc>(pk, itemDocId(meetingId, itemId));
  if (!item) throw new NotFound('agenda item');
  return item;
}

/** Edits one item; a concurrent edit of the same item is refused (412), others are unaffected. */
export async function updateAgendaItem(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  itemId: string,
  body: UpdateAgendaItemBody,
  ifMatch: string,
): Promise<StoredItem> {
  assertMember(access, body.ownerId, 'body.ownerId');
  assertEditable(await getMeeting(store, access.space.pk, meetingId));
  const item = await getItem(store, access.space.pk, meetingId, itemId);
  const next: AgendaItemDoc = { ...stripStored(item) };
  for (const [key, value] of Object.entries(body)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return store.replace(next, { ifMatch });
}

export async function deleteAgendaItem(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  itemId: string,
  ifMatch: string | undefined,
): Promise<void> {
  assertEditable(await getMeeting(store, access.space.pk, meetingId));
  await store.delete(access.space.pk, itemDocId(meetingId, itemId), ifMatch ? { ifMatch } : {});
  // After the delete: a crash in between leaves a claim the next full agenda drops (store/slots.ts).
  await releaseSlot(store, access.space.pk, agendaSlots(store, access.space.pk, meetingId).set, itemId);
}

/**
 * Moves an item after another (or first). The new order is the midpoint of its new neighbours, so
 * only the moved item is written and concurrent edits of other items never conflict.
 */
export async function moveAgendaItem(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  itemId: string,
  afterItemId: string | null,
): Promise<StoredItem[]> {
  const pk = access.space.pk;
  assertEditable(await getMeeting(store, pk, meetingId));
  const items = await listAgenda(store, pk, meetingId);
  const moving = items.find((i) => i.itemId === itemId);
  if (!moving) throw new NotFound('agenda item');
  if (afterItemId === itemId) return items;
  const others = items.filter((i) => i.itemId !== itemId);
  const at = afterItemId === null ? 0 : others.findIndex((i) => i.itemId === afterItemId) + 1;
  if (afterItemId !== null && at === 0) throw new NotFound('agenda item to move after');
  const before = others[at - 1]?.order;
  const after = others[at]?.order;
  const order =
    before === undefined
      ? (after ?? ORDER_STEP) - ORDER_STEP
      : after === undefined
        ? before + ORDER_STEP
        : (before + after) / 2;
  const moved = await store.replace<AgendaItemDoc>({ ...stripStored(moving), order }, { ifMatch: moving._etag });
  others.splice(at, 0, moved);
  return others;
}

async function deleteIfThere(store: DocumentStore, pk: string, id: string): Promise<void> {
  try {
    await store.delete(pk, id);
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
}

/**
 * Deletes a meeting that has not started (a draft), with its agenda, captures and read receipts; a
 * started or ended meeting is the record and is refused (409). `ifMatch` is the etag the planner saw.
 * The live state goes first, at the version that says "not started": a start landing at the same
 * moment either changes it first (and this delete is refused) or finds it gone (and fails), so a
 * meeting is never deleted while it runs. Should the meeting's own delete then fail, the state is
 * put back and nothing is lost.
 */
export async function deleteDraftMeeting(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  ifMatch: string,
): Promise<void> {
  const pk = access.space.pk;
  const meeting = await getMeeting(store, pk, meetingId);
  if (meeting._etag !== ifMatch) throw new PreconditionFailed();
  const state = await store.read<MeetingStateDoc>(pk, stateDocId(meetingId));
  const notStarted = (): Conflict =>
    new Conflict('Only a meeting that has not started can be deleted; a started or ended meeting is the record.');
  if (meeting.status !== 'draft' || (state && state.status !== 'notStarted')) throw notStarted();
  if (state) {
    try {
      await store.delete(pk, state.id, { ifMatch: state._etag });
    } catch (error) {
      if (error instanceof PreconditionFailed) throw notStarted();
      if (!(error instanceof NotFound)) throw error;
    }
  }
  try {
    await store.delete(pk, meeting.id, { ifMatch });
  } catch (error) {
    if (state) {
      await store.create<MeetingStateDoc>(stripStored(state)).catch((again: unknown) => {
        if (!(again instanceof Conflict)) throw again;
      });
    }
    throw error;
  }
  // What hung off the meeting: nothing reaches it any more, and the lists that could are cleaned here.
  for (const item of await listAgenda(store, pk, meetingId)) await deleteIfThere(store, pk, item.id);
  for (const capture of await listCaptures(store, pk, meetingId)) {
    await deleteIfThere(store, pk, (capture as CaptureDoc).id);
  }
  const acks = await store.query<DigestAckDoc>(pk, { type: 'digestAck', where: { meetingId }, limit: 1000 });
  for (const ack of acks.items) await deleteIfThere(store, pk, ack.id);
  await deleteIfThere(store, pk, slotsDocId(agendaSlots(store, pk, meetingId).set));
  await deleteIfThere(store, pk, slotsDocId(`captures|${meetingId}`));
  // A Teams occurrence that opened this draft opens afresh (from the series) instead of a missing meeting.
  const bound = await store.query(pk, { type: 'meetingOccurrence', where: { meetingId }, limit: 100 });
  for (const occurrence of bound.items) await deleteIfThere(store, pk, occurrence.id);
}
