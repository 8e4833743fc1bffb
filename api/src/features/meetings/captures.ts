import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  can,
  Conflict,
  type CreateCaptureBody,
  Forbidden,
  MEETING_LIMITS,
  NotFound,
  type Principal,
  ValidationError,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { claimSlot, releaseSlot } from '../../store/slots.js';
import { ackDocId, captureDocId, type CaptureDoc, type DigestAckDoc, type StoredCapture } from './model.js';
import { getMeeting, listCaptures } from './queries.js';

const captureSlots = (meetingId: string): string => `captures|${meetingId}`;

/** Who may correct or delete a capture: its author, or a manager. */
export function assertMayEditCapture(access: SpaceAccess, capture: CaptureDoc): void {
  if (capture.createdBy === access.member.userId || can(access.member.role, 'captures.editAny')) return;
  throw new Forbidden('Only the person who captured this, or a manager, can change or delete it.');
}

async function getCapture(store: DocumentStore, pk: string, captureId: string): Promise<StoredCapture> {
  const capture = await store.read<CaptureDoc>(pk, captureDocId(captureId));
  if (!capture) throw new NotFound('capture');
  return capture;
}

/** Corrects a capture's text; `ifMatch` is the etag the editor saw, so a concurrent change is never overwritten. */
export async function editCaptureText(
  store: DocumentStore,
  access: SpaceAccess,
  captureId: string,
  text: string,
  ifMatch: string,
): Promise<StoredCapture> {
  const capture = await getCapture(store, access.space.pk, captureId);
  assertMayEditCapture(access, capture);
  return store.replace<CaptureDoc>({ ...capture, text }, { ifMatch });
}

/**
 * Deletes a capture: it leaves the meeting's captures, the recap and its owner's actions, and frees
 * its place among the meeting's captures. A stale `ifMatch` is refused (412).
 */
export async function deleteCapture(
  store: DocumentStore,
  access: SpaceAccess,
  captureId: string,
  ifMatch: string,
): Promise<void> {
  const capture = await getCapture(store, access.space.pk, captureId);
  assertMayEditCapture(access, capture);
  await store.delete(access.space.pk, capture.id, { ifMatch });
  // After the delete: a crash in between leaves a claim the next full set drops (store/slots.ts).
  await releaseSlot(store, access.space.pk, captureSlots(capture.meetingId), captureId);
}

/** Captures a decision or an action; each capture is its own document, so none is ever lost. */
export async function createCapture(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  body: CreateCaptureBody,
): Promise<StoredCapture> {
  const pk = access.space.pk;
  if (body.ownerId && !access.space.members.some((m) => m.userId === body.ownerId)) {
    throw new ValidationError('body.ownerId: must be a member of this space', [
      { field: 'body.ownerId', message: 'must be a member of this space' },
    ]);
  }
  await getMeeting(store, pk, meetingId);
  const captureId = randomUUID();
  // The place first, so that captures made at once never exceed the limit (see store/slots.ts).
  await claimSlot(
    store,
    {
      pk,
      set: captureSlots(meetingId),
      max: MEETING_LIMITS.capturesMax,
      members: async () => (await listCaptures(store, pk, meetingId)).map((c) => c.captureId),
      full: () => new Conflict(`A meeting can hold at most ${MEETING_LIMITS.capturesMax} captures.`),
    },
    captureId,
  );
  return store.create<CaptureDoc>({
    id: captureDocId(captureId),
    pk,
    type: 'capture',
    captureId,
    meetingId,
    kind: body.kind,
    text: body.text,
    itemId: body.itemId ?? null,
    ownerId: body.kind === 'action' ? (body.ownerId ?? null) : null,
    dueDate: body.kind === 'action' ? (body.dueDate ?? null) : null,
    done: false,
    createdBy: access.member.userId,
    createdAt: new Date().toISOString(),
  });
}

/** Marks an action done or open again: its owner or a manager. */
export async function completeAction(
  store: DocumentStore,
  access: SpaceAccess,
  captureId: string,
  done: boolean,
): Promise<StoredCapture> {
  return updateWithRetry<CaptureDoc>(store, access.space.pk, captureDocId(captureId), (capture) => {
    if (capture.kind !== 'action') throw new Conflict('Only action items can be completed.');
    const mine = capture.ownerId === access.member.userId;
    if (!mine && !can(access.member.role, 'captures.completeAny'))
      throw new Forbidden('Only the action’s owner or a manager can complete it.');
    return { ...capture, done };
  });
}

/** Records that a member has read a meeting's pre-read digest (idempotent). */
export async function acknowledgeDigest(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  principal: Principal,
): Promise<void> {
  await getMeeting(store, access.space.pk, meetingId);
  try {
    await store.create<DigestAckDoc>({
      id: ackDocId(meetingId, principal.userId),
      pk: access.space.pk,
      type: 'digestAck',
      meetingId,
      userId: principal.userId,
      readAt: new Date().toISOString(),
    });
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
}
