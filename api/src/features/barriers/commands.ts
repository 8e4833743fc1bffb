import { createHash, randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  assertMayAnswer,
  assertMayChangeStatus,
  BARRIER_LIMITS,
  type BarrierAgendaBody,
  type BarrierConfirmationBody,
  type BarrierStatusBody,
  Conflict,
  type CreateBarrierBody,
  hoursBetween,
  NotFound,
  PreconditionFailed,
  ValidationError,
} from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { getSummary } from '../boards/index.js';
import { addAgendaItem, getMeeting, itemDocId, listAgenda, type StoredItem } from '../meetings/index.js';
import { readVisibleBarrier } from './access.js';
import { barrierDocId, type BarrierDoc, type BarrierEvent, type StoredBarrier } from './model.js';
import { forgetRemoval, recordRemoval } from './rollups.js';

const withEvent = (history: BarrierEvent[], event: BarrierEvent): BarrierEvent[] =>
  [...history, event].slice(-BARRIER_LIMITS.historyMax);

/** Raises a barrier for the caller; the linked account board must be one of the space's. */
export async function createBarrier(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateBarrierBody,
  now: number,
  barrierId: string = randomUUID(),
): Promise<StoredBarrier> {
  const pk = access.space.pk;
  if (body.boardId) {
    await getSummary(store, pk, body.boardId).catch((error: unknown) => {
      if (error instanceof NotFound) {
        throw new ValidationError('body.boardId: must be an account board of this team', [
          { field: 'body.boardId', message: 'must be an account board of this team' },
        ]);
      }
      throw error;
    });
  }
  const at = new Date(now).toISOString();
  return store.create<BarrierDoc>({
    id: barrierDocId(barrierId),
    pk,
    type: 'barrier',
    barrierId,
    raiserId: access.member.userId,
    category: body.category,
    text: body.text,
    impact: body.impact,
    boardId: body.boardId ?? null,
    urgency: body.urgency,
    visibility: body.visibility,
    status: 'open',
    active: true,
    resolution: '',
    resources: [],
    raisedAt: at,
    closedAt: null,
    confirmedAt: null,
    history: [{ at, by: access.member.userId, kind: 'raised', note: '' }],
  });
}

/**
 * A manager moves a barrier on. `ifMatch` is the etag the manager saw: when two managers change it at
 * once, one wins and the other gets 412 (no lost update). A removal is then counted in the roll-up.
 */
export async function changeBarrierStatus(
  store: DocumentStore,
  access: SpaceAccess,
  barrierId: string,
  body: BarrierStatusBody,
  ifMatch: string,
  now: number,
): Promise<StoredBarrier> {
  const { barrier, viewer } = await readVisibleBarrier(store, access, barrierId);
  if (barrier._etag !== ifMatch) throw new PreconditionFailed();
  assertMayChangeStatus(viewer, barrier.status, body.status);
  const at = new Date(now).toISOString();
  const closes = body.status !== 'inProgress';
  const note = body.status === 'wontFix' ? body.reason : body.note;
  const saved = await store.replace<BarrierDoc>(
    {
      ...stripStored(barrier),
      status: body.status,
      active: !closes,
      resolution: closes ? note : barrier.resolution,
      resources: body.status === 'removed' ? body.resources : closes ? [] : barrier.resources,
      closedAt: closes ? at : null,
      history: withEvent(barrier.history, { at, by: access.member.userId, kind: body.status, note }),
    },
    { ifMatch },
  );
  // After the barrier: a crash in between leaves a removal uncounted, never a count of one that did not happen.
  if (body.status === 'removed') {
    await recordRemoval(
      store,
      access.space.pk,
      barrierId,
      { removedAt: at, hoursToRemove: hoursBetween(barrier.raisedAt, at) },
      now,
    );
  }
  return saved;
}

/** The raiser confirms the removal or reopens the barrier (which takes its removal out of the figures). */
export async function answerBarrier(
  store: DocumentStore,
  access: SpaceAccess,
  barrierId: string,
  body: BarrierConfirmationBody,
  ifMatch: string,
  now: number,
): Promise<StoredBarrier> {
  const { barrier, viewer } = await readVisibleBarrier(store, access, barrierId);
  if (barrier._etag !== ifMatch) throw new PreconditionFailed();
  assertMayAnswer(viewer, barrier, body.action);
  const at = new Date(now).toISOString();
  const by = access.member.userId;
  const next: BarrierDoc =
    body.action === 'confirm'
      ? {
          ...stripStored(barrier),
          confirmedAt: at,
          history: withEvent(barrier.history, { at, by, kind: 'confirmed', note: '' }),
        }
      : {
          ...stripStored(barrier),
          status: 'open',
          active: true,
          closedAt: null,
          history: withEvent(barrier.history, { at, by, kind: 'reopened', note: body.note }),
        };
  const saved = await store.replace<BarrierDoc>(next, { ifMatch });
  if (body.action === 'reopen' && barrier.status === 'removed') {
    await forgetRemoval(store, access.space.pk, barrierId, now);
  }
  return saved;
}

/** One agenda item per barrier and meeting: a second add at once gets 409 from the store. */
const barrierItemId = (barrierId: string): string =>
  `barrier-${createHash('sha256').update(barrierId).digest('hex').slice(0, 40)}`;

/**
 * Puts a barrier on a sales meeting's agenda as a decision item linked to it, owned by the manager
 * who put it there. A private barrier stays private: only team-visible barriers go to the team.
 */
export async function addBarrierToAgenda(
  store: DocumentStore,
  access: SpaceAccess,
  barrierId: string,
  meetingId: string,
  body: BarrierAgendaBody,
): Promise<StoredItem> {
  const pk = access.space.pk;
  const { barrier } = await readVisibleBarrier(store, access, barrierId);
  if (barrier.visibility !== 'team') {
    throw new Conflict('This barrier is private. Only barriers the raiser shares with the team go on the agenda.');
  }
  await getMeeting(store, pk, meetingId);
  const agenda = await listAgenda(store, pk, meetingId);
  const already = (): Conflict => new Conflict('This barrier is already on that meeting’s agenda.');
  if (agenda.some((i) => i.link?.kind === 'barrier' && i.link.id === barrierId)) throw already();
  const itemId = barrierItemId(barrierId);
  try {
    return await addAgendaItem(
      store,
      access,
      meetingId,
      {
        title: `Barrier: ${barrier.text}`.slice(0, 200),
        kind: 'decision',
        ownerId: access.member.userId,
        timeboxMinutes: body.timeboxMinutes ?? 10,
        link: { kind: 'barrier', id: barrierId },
        notes: barrier.impact.slice(0, 4000),
      },
      itemId,
    );
  } catch (error) {
    if (error instanceof Conflict && (await store.read(pk, itemDocId(meetingId, itemId)))) throw already();
    throw error;
  }
}
