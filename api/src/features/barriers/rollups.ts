import { Conflict, keepRemoval, PreconditionFailed, type RemovalEntry } from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { backoff } from '../../store/retry.js';
import { BARRIER_ROLLUP_ID, type BarrierRollupDoc } from './model.js';

/**
 * Read-modify-write of the space's removal roll-up, which may not exist yet: creates it (a concurrent
 * create gets 409 and retries as an update) or replaces it under its etag (412 retries), so two
 * removals recorded at once are both kept. Old removals are pruned on every write.
 */
async function changeRollup(
  store: DocumentStore,
  pk: string,
  change: (removals: Record<string, RemovalEntry>) => Record<string, RemovalEntry>,
  now: number,
  attempts = 16,
): Promise<void> {
  const prune = (removals: Record<string, RemovalEntry>): Record<string, RemovalEntry> =>
    Object.fromEntries(Object.entries(change(removals)).filter(([, e]) => keepRemoval(e, now)));
  for (let attempt = 1; ; attempt++) {
    const current = await store.read<BarrierRollupDoc>(pk, BARRIER_ROLLUP_ID);
    try {
      if (current) {
        const doc = stripStored(current);
        await store.replace({ ...doc, removals: prune(doc.removals) }, { ifMatch: current._etag });
      } else {
        await store.create<BarrierRollupDoc>({ id: BARRIER_ROLLUP_ID, pk, type: 'barrierRollup', removals: prune({}) });
      }
      return;
    } catch (error) {
      const raced = error instanceof PreconditionFailed || error instanceof Conflict;
      if (!raced || attempt >= attempts) throw error;
    }
    await backoff(attempt);
  }
}

/** Records a removal (idempotent: the entry is keyed by barrier id). */
export function recordRemoval(
  store: DocumentStore,
  pk: string,
  barrierId: string,
  entry: RemovalEntry,
  now: number,
): Promise<void> {
  return changeRollup(store, pk, (removals) => ({ ...removals, [barrierId]: entry }), now);
}

/** Takes a removal back when its raiser reopens the barrier. */
export function forgetRemoval(store: DocumentStore, pk: string, barrierId: string, now: number): Promise<void> {
  return changeRollup(
    store,
    pk,
    (removals) => Object.fromEntries(Object.entries(removals).filter(([id]) => id !== barrierId)),
    now,
  );
}

/** The removals the board's figures count: one point read. */
export async function readRemovals(store: DocumentStore, pk: string): Promise<RemovalEntry[]> {
  const rollup = await store.read<BarrierRollupDoc>(pk, BARRIER_ROLLUP_ID);
  return rollup ? Object.values(rollup.removals) : [];
}
