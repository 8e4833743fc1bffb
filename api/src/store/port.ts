/**
 * The DocumentStore port: a narrow document store shaped like one Cosmos DB container.
 * Documents are `{id, pk, type, ...}`; every stored document carries an `_etag`.
 * Every query names exactly one partition. No query language leaks out of the adapters.
 */

/** A JSON value that can be stored. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What callers hand to `create` and `replace`. */
export interface NewDocument {
  id: string;
  pk: string;
  type: string;
  [field: string]: unknown;
}

/** A document as read back, with its concurrency token. */
export type Stored<T extends NewDocument = NewDocument> = T & { _etag: string };

/** Values an equality filter can compare against. */
export type Scalar = string | number | boolean | null;

/** One single-partition query. */
export interface QuerySpec {
  /** Only documents of this `type`. */
  type: string;
  /** Top-level fields that must equal the given values, JSON type included: `true` is not 1, `null` is not absent. */
  where?: Record<string, Scalar>;
  /**
   * Sort by one top-level field. Default: `id` ascending. The order of equal values is not part of the
   * contract: Cosmos sorts by the one field (more would need a composite index), SQLite then by `id`.
   */
  orderBy?: { field: string; direction?: 'asc' | 'desc' };
  /** Page size, 1..1000. Default 100. */
  limit?: number;
  /** Token from the previous page's `continuation`. */
  continuation?: string;
}

/** One page of a query; `continuation` is present when more documents follow. */
export interface Page<T> {
  items: T[];
  continuation?: string;
}

/** Which adapter is in use; only health reports it. */
export type StoreKind = 'sqlite' | 'cosmos';

export interface DocumentStore {
  readonly kind: StoreKind;
  /** Point read; `undefined` when absent. */
  read<T extends NewDocument>(pk: string, id: string): Promise<Stored<T> | undefined>;
  /** Insert; throws `Conflict` when `(pk, id)` exists. */
  create<T extends NewDocument>(doc: T): Promise<Stored<T>>;
  /** Replace the whole document; throws `NotFound` or `PreconditionFailed` (stale `ifMatch`). */
  replace<T extends NewDocument>(doc: T, options: { ifMatch: string }): Promise<Stored<T>>;
  /** Delete; throws `NotFound`, or `PreconditionFailed` when `ifMatch` is given and stale. */
  delete(pk: string, id: string, options?: { ifMatch?: string }): Promise<void>;
  /** Equality-filtered, ordered, paged query inside one partition. */
  query<T extends NewDocument>(pk: string, spec: QuerySpec): Promise<Page<Stored<T>>>;
  /** Cheap round trip that proves the store answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Field names reach SQL text in both adapters, so only plain identifiers are accepted. */
export function assertFieldName(field: string): void {
  if (!FIELD.test(field)) throw new Error(`Invalid field name for a store query: ${field}`);
}

/** Normalises and checks a query spec the same way for both adapters. */
export function normaliseQuery(spec: QuerySpec): Required<Omit<QuerySpec, 'continuation'>> & {
  continuation?: string;
} {
  const where = spec.where ?? {};
  Object.keys(where).forEach(assertFieldName);
  const orderBy = { field: spec.orderBy?.field ?? 'id', direction: spec.orderBy?.direction ?? 'asc' };
  assertFieldName(orderBy.field);
  const limit = spec.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new Error(`Query limit must be an integer in 1..${MAX_PAGE_SIZE}`);
  }
  return { type: spec.type, where, orderBy, limit, continuation: spec.continuation };
}
