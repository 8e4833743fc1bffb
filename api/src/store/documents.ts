import type { DocumentStore, NewDocument, QuerySpec, Stored } from './port.js';

/** The document without the store's metadata (its `_etag`): what is written back or copied. */
export function stripStored<T extends NewDocument>(doc: T | Stored<T>): T {
  const { _etag: _ignored, ...rest } = doc as T & { _etag?: string };
  return rest as T;
}

/** Reads every page of a single-partition query. */
export async function queryAll<T extends NewDocument>(
  store: DocumentStore,
  pk: string,
  spec: Omit<QuerySpec, 'continuation'>,
): Promise<Stored<T>[]> {
  const out: Stored<T>[] = [];
  let continuation: string | undefined;
  do {
    const page = await store.query<T>(pk, { ...spec, continuation });
    out.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return out;
}
