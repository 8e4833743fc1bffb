import { Conflict, NotFound, PreconditionFailed } from '../domain/errors.js';
import type { DocumentStore, NewDocument, Stored } from './port.js';

const BASE_BACKOFF_MS = 5;
const MAX_BACKOFF_MS = 200;

/**
 * Waits a random time up to an exponentially growing cap ("full jitter"). Writers that collided
 * and retried at once would mostly collide again: with a networked store, 20 concurrent invites
 * exhausted immediate retries.
 */
export function backoff(attempt: number): Promise<void> {
  const capMs = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * capMs));
}

/**
 * Read-modify-write with optimistic concurrency for server-side changes that do not come with a
 * client etag (adding a member, say): re-reads and re-applies `change` when someone else wrote
 * first, so concurrent changes to one document are all kept. `change` must be pure.
 */
export async function updateWithRetry<T extends NewDocument>(
  store: DocumentStore,
  pk: string,
  id: string,
  change: (current: Stored<T>) => T,
  attempts = 16,
): Promise<Stored<T>> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.read<T>(pk, id);
    if (!current) throw new NotFound();
    try {
      return await store.replace(change(current), { ifMatch: current._etag });
    } catch (error) {
      if (!(error instanceof PreconditionFailed) || attempt >= attempts) throw error;
    }
    await backoff(attempt);
  }
}

/**
 * Saves a space setting that starts out as built-in defaults (a skill list, a competency list). The
 * client sends `defaultEtag` while it edited the defaults, so the first save creates the document
 * and later saves replace it; either way a concurrent save wins once and the other gets 412.
 */
export async function saveDefaultable<T extends NewDocument>(
  store: DocumentStore,
  doc: T,
  ifMatch: string,
  defaultEtag: string,
): Promise<Stored<T>> {
  try {
    return ifMatch === defaultEtag ? await store.create(doc) : await store.replace(doc, { ifMatch });
  } catch (error) {
    // Someone saved the list first, or the etag names a list that was never saved.
    if (error instanceof Conflict || error instanceof NotFound) throw new PreconditionFailed();
    throw error;
  }
}
