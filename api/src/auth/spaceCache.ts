import type { SpaceDoc } from '../domain/index.js';
import type { DocumentStore, Stored } from '../store/port.js';

const MAX_ENTRIES = 5_000;

/**
 * A short-lived per-instance cache of space documents for the meeting poll, which every participant
 * calls once a second: it keeps a poll at one point read (the meeting state). A membership change
 * reaches the poll within `ttlMs`; every other route reads the space fresh.
 */
export function createSpaceCache(ttlMs: number, now: () => number = Date.now) {
  const entries = new Map<string, { space: Stored<SpaceDoc> | undefined; at: number }>();
  return async function read(store: DocumentStore, pk: string): Promise<Stored<SpaceDoc> | undefined> {
    const hit = entries.get(pk);
    if (hit && now() - hit.at < ttlMs) return hit.space;
    const space = await store.read<SpaceDoc>(pk, 'space');
    if (entries.size >= MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.delete(pk);
    entries.set(pk, { space, at: now() });
    return space;
  };
}
