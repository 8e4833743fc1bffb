import { AsyncLocalStorage } from 'node:async_hooks';
import type { DocumentStore } from './port.js';

const scope = new AsyncLocalStorage<{ ops: number }>();

/**
 * Wraps a store so that the dev host can report how many store operations one request made
 * (the `x-store-ops` header the benchmarks read). Adds one counter increment per call.
 */
export function countingStore(inner: DocumentStore): DocumentStore {
  const count = (): void => {
    const current = scope.getStore();
    if (current) current.ops++;
  };
  return {
    kind: inner.kind,
    read: (pk, id) => (count(), inner.read(pk, id)),
    create: (doc) => (count(), inner.create(doc)),
    replace: (doc, options) => (count(), inner.replace(doc, options)),
    delete: (pk, id, options) => (count(), inner.delete(pk, id, options)),
    query: (pk, spec) => (count(), inner.query(pk, spec)),
    ping: () => (count(), inner.ping()),
    close: () => inner.close(),
  };
}

/** Runs `fn` with a fresh operation counter and reports the count with its result. */
export async function withOpCount<T>(fn: () => Promise<T>): Promise<{ result: T; ops: number }> {
  const counter = { ops: 0 };
  const result = await scope.run(counter, fn);
  return { result, ops: counter.ops };
}
