import { isPurgeDue, NotFound } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { loopDocId, PURGE_PK, type PurgeEntryDoc } from './model.js';
import { listCards } from './queries.js';

async function deleteIfPresent(store: DocumentStore, pk: string, id: string): Promise<void> {
  try {
    await store.delete(pk, id);
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
  }
}

/**
 * Housekeeping: deletes the data of every candidate whose retention period ended by `now` — the loop
 * (name, contact, notes, decision) and every scorecard of it — then the index entry. Deleting is
 * real deletion on both adapters; a run interrupted half way finishes on the next one. Returns how
 * many loops it purged.
 */
export async function purgeExpiredCandidates(store: DocumentStore, now: number = Date.now()): Promise<number> {
  let purged = 0;
  for (;;) {
    const page = await store.query<PurgeEntryDoc>(PURGE_PK, {
      type: 'candidatePurge',
      orderBy: { field: 'dueAt', direction: 'asc' },
      limit: 100,
    });
    const due = page.items.filter((entry) => isPurgeDue(entry.dueAt, now));
    for (const entry of due) {
      for (const card of await listCards(store, entry.spacePk, entry.loopId)) {
        await deleteIfPresent(store, entry.spacePk, card.id);
      }
      await deleteIfPresent(store, entry.spacePk, loopDocId(entry.loopId));
      await deleteIfPresent(store, PURGE_PK, entry.id);
      purged++;
    }
    // Entries come soonest first: a page with anything not yet due holds everything that is.
    if (due.length < page.items.length || !page.continuation) return purged;
  }
}
