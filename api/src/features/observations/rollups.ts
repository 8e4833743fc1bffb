import {
  Conflict,
  DEFAULT_GOAL_PERCENT,
  PreconditionFailed,
  weekStartOf,
  withEntry,
  type WeekEntry,
} from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore, NewDocument, Stored } from '../../store/port.js';
import { backoff } from '../../store/retry.js';
import {
  OBSERVATION_SUMMARY_ID,
  observationWeekDocId,
  type ObservationDoc,
  type ObservationSummaryDoc,
  type ObservationWeekDoc,
} from './model.js';

/**
 * Read-modify-write of a roll-up that may not exist yet: creates it from `initial` (a concurrent
 * create gets 409 and retries as an update) or replaces it under its etag (412 retries), so two
 * observations saved at once are both counted. `change` must be pure.
 */
export async function upsertWithRetry<T extends NewDocument>(
  store: DocumentStore,
  pk: string,
  id: string,
  initial: () => T,
  change: (current: T) => T,
  attempts = 16,
): Promise<Stored<T>> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.read<T>(pk, id);
    try {
      return current
        ? await store.replace(change(stripStored(current)), { ifMatch: current._etag })
        : await store.create(change(initial()));
    } catch (error) {
      const raced = error instanceof PreconditionFailed || error instanceof Conflict;
      if (!raced || attempt >= attempts) throw error;
    }
    await backoff(attempt);
  }
}

/** The roll-up entry of an observation: what coverage and the heat map count. */
export function entryOf(observation: ObservationDoc): WeekEntry {
  return {
    observationId: observation.observationId,
    repId: observation.repId,
    observerId: observation.observerId,
    date: observation.date,
    minutes: observation.minutes,
    competencies: observation.competencies,
    ratings: observation.feedback?.sharedAt ? observation.feedback.ratings : [],
  };
}

/** Records (or refreshes) an observation in its week's roll-up; idempotent. */
export async function applyToWeek(store: DocumentStore, observation: ObservationDoc): Promise<void> {
  const weekStart = weekStartOf(observation.date);
  await upsertWithRetry<ObservationWeekDoc>(
    store,
    observation.pk,
    observationWeekDocId(weekStart),
    () => ({
      id: observationWeekDocId(weekStart),
      pk: observation.pk,
      type: 'observationWeek',
      weekStart,
      entries: [],
    }),
    (week) => ({ ...week, entries: withEntry(week, entryOf(observation)).entries }),
  );
}

/** The space's summary as a fresh document, before anyone changed a setting or observed anyone. */
export function emptySummary(pk: string): ObservationSummaryDoc {
  return {
    id: OBSERVATION_SUMMARY_ID,
    pk,
    type: 'observationSummary',
    goalPercent: DEFAULT_GOAL_PERCENT,
    hours: {},
    lastObservedOn: {},
  };
}

/** Moves the rep's "last observed" date forward; idempotent. */
export async function applyToSummary(store: DocumentStore, observation: ObservationDoc): Promise<void> {
  await upsertWithRetry<ObservationSummaryDoc>(
    store,
    observation.pk,
    OBSERVATION_SUMMARY_ID,
    () => emptySummary(observation.pk),
    (summary) => {
      const last = summary.lastObservedOn[observation.repId];
      if (last && last >= observation.date) return summary;
      return { ...summary, lastObservedOn: { ...summary.lastObservedOn, [observation.repId]: observation.date } };
    },
  );
}

/** Both roll-ups; a write retried after a crash between them repairs the missing one. */
export async function applyToRollups(store: DocumentStore, observation: ObservationDoc): Promise<void> {
  await applyToWeek(store, observation);
  await applyToSummary(store, observation);
}
