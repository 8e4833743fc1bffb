import { NotFound, PreconditionFailed } from '../domain/errors.js';
import type { DocumentStore, NewDocument, Stored } from './port.js';

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
  attempts = 8,
): Promise<Stored<T>> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.read<T>(pk, id);
    if (!current) throw new NotFound();
    try {
      return await store.replace(change(current), { ifMatch: current._etag });
    } catch (error) {
      if (!(error instanceof PreconditionFailed) || attempt >= attempts) throw error;
    }
  }
}
