import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  Conflict,
  elapsedMs,
  minutesObserved,
  NotFound,
  pauseTimer,
  resumeTimer,
  startTimer,
  type StartObservationBody,
  type UpdateLiveObservationBody,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import {
  assertBoardExists,
  assertObservableRep,
  newObservation,
  observedCompetencies,
  saveObservation,
} from './commands.js';
import {
  liveObservationDocId,
  type LiveObservationDoc,
  type ObservationDoc,
  type StoredLiveObservation,
} from './model.js';

// Observing a call live: a server-side count-up timer (pause allowed) and notes, saved on stop.

/** The call the caller is observing in this space, if any. */
export async function getLiveObservation(
  store: DocumentStore,
  access: SpaceAccess,
): Promise<StoredLiveObservation | undefined> {
  return store.read<LiveObservationDoc>(access.space.pk, liveObservationDocId(access.member.userId));
}

/** Starts counting; a manager observes one call at a time per team (409 otherwise). */
export async function startLiveObservation(
  store: DocumentStore,
  access: SpaceAccess,
  body: StartObservationBody,
  now: number,
): Promise<StoredLiveObservation> {
  assertObservableRep(access, body.repId);
  await assertBoardExists(store, access.space.pk, body.boardId);
  try {
    return await store.create<LiveObservationDoc>({
      id: liveObservationDocId(access.member.userId),
      pk: access.space.pk,
      type: 'liveObservation',
      observationId: randomUUID(),
      observerId: access.member.userId,
      repId: body.repId,
      channel: body.channel,
      boardId: body.boardId ?? null,
      timer: startTimer(0, now),
      competencies: [],
      notes: [],
      startedAt: new Date(now).toISOString(),
    });
  } catch (error) {
    if (error instanceof Conflict) throw new Conflict('You are already observing a call in this team. Stop it first.');
    throw error;
  }
}

/** Pause, resume, or save the notes taken so far. */
export async function updateLiveObservation(
  store: DocumentStore,
  access: SpaceAccess,
  body: UpdateLiveObservationBody,
  now: number,
): Promise<StoredLiveObservation> {
  const pk = access.space.pk;
  const id = liveObservationDocId(access.member.userId);
  const observed =
    body.action === 'notes' ? await observedCompetencies(store, pk, body.competencies, body.notes) : undefined;
  try {
    return await updateWithRetry<LiveObservationDoc>(store, pk, id, (live) => {
      if (body.action === 'pause') return { ...live, timer: pauseTimer(live.timer, now) };
      if (body.action === 'resume') return { ...live, timer: resumeTimer(live.timer, now) };
      return { ...live, competencies: observed?.competencies ?? [], notes: observed?.notes ?? [] };
    });
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound('observation in progress');
    throw error;
  }
}

/**
 * Stops the count and saves the observation with the minutes observed. The record's id was minted
 * at start, so a stop retried after a crash finds it saved and only finishes the roll-ups and cleanup.
 */
export async function stopLiveObservation(
  store: DocumentStore,
  access: SpaceAccess,
  now: number,
): Promise<ObservationDoc> {
  const live = await getLiveObservation(store, access);
  if (!live) throw new NotFound('observation in progress');
  const observed = await observedCompetencies(store, access.space.pk, live.competencies, live.notes);
  const observation = await saveObservation(
    store,
    newObservation(
      access,
      {
        repId: live.repId,
        channel: live.channel,
        date: new Date(now).toISOString().slice(0, 10),
        minutes: minutesObserved(elapsedMs(live.timer, now)),
        boardId: live.boardId,
        ...observed,
      },
      new Date(now),
      live.observationId,
    ),
  );
  try {
    await store.delete(access.space.pk, live.id, { ifMatch: live._etag });
  } catch (error) {
    // Removed by a concurrent stop, or changed since: either way the observation is saved.
    if (!(error instanceof NotFound)) {
      await store.delete(access.space.pk, live.id).catch(() => undefined);
    }
  }
  return observation;
}
