import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Conflict, NotFound, PreconditionFailed } from '../domain/index.js';
import { stripStored } from './documents.js';
import {
  normaliseQuery,
  type DocumentStore,
  type NewDocument,
  type Page,
  type QuerySpec,
  type Scalar,
  type Stored,
} from './port.js';

interface Row {
  body: string;
  etag: string;
}

const newEtag = (): string => `"${randomUUID()}"`;

/**
 * One equality filter as SQL. `json_extract` alone would let `true` match 1, `null` match a missing
 * field and a string match an object's JSON text, unlike Cosmos; checking `json_type` as well keeps
 * both adapters answering alike.
 */
function equalityClause(field: string, value: Scalar): { sql: string; params: (string | number)[] } {
  const path = `'$.${field}'`;
  if (value === null) return { sql: `json_type(body, ${path}) = 'null'`, params: [] };
  if (typeof value === 'boolean') return { sql: `json_type(body, ${path}) = '${value}'`, params: [] };
  if (typeof value === 'number') {
    return {
      sql: `json_type(body, ${path}) IN ('integer', 'real') AND json_extract(body, ${path}) = ?`,
      params: [value],
    };
  }
  return { sql: `json_type(body, ${path}) = 'text' AND json_extract(body, ${path}) = ?`, params: [value] };
}

function encodeOffset(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeOffset(token: string | undefined): number {
  if (!token) return 0;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    const o = (parsed as { o?: unknown }).o;
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through to the error below
  }
  throw new Error('Invalid continuation token');
}

/**
 * The embedded adapter: one SQLite file in WAL mode, one table keyed by (pk, id). Every write is a
 * single statement, so `ifMatch` checks and writes are atomic without explicit transactions.
 */
export class SqliteStore implements DocumentStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode can lose the last commits on power loss but not on a process crash
    // (SIGKILL), which is what local development and tests need to survive.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS items (
        pk   TEXT NOT NULL,
        id   TEXT NOT NULL,
        type TEXT NOT NULL,
        etag TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (pk, id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS items_pk_type ON items (pk, type, id);
    `);
    this.stmts = {
      read: this.db.prepare<[string, string], Row>('SELECT body, etag FROM items WHERE pk = ? AND id = ?'),
      exists: this.db.prepare<[string, string], { etag: string }>('SELECT etag FROM items WHERE pk = ? AND id = ?'),
      insert: this.db.prepare(
        'INSERT INTO items (pk, id, type, etag, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      replace: this.db.prepare('UPDATE items SET type = ?, etag = ?, body = ? WHERE pk = ? AND id = ? AND etag = ?'),
      delete: this.db.prepare('DELETE FROM items WHERE pk = ? AND id = ?'),
      deleteIf: this.db.prepare('DELETE FROM items WHERE pk = ? AND id = ? AND etag = ?'),
      ping: this.db.prepare('SELECT 1 AS one'),
    };
  }

  async read<T extends NewDocument>(pk: string, id: string): Promise<Stored<T> | undefined> {
    const row = this.stmts.read.get(pk, id);
    return row ? this.toDoc<T>(row) : undefined;
  }

  async create<T extends NewDocument>(doc: T): Promise<Stored<T>> {
    const etag = newEtag();
    const body = this.serialise(doc);
    const result = this.stmts.insert.run(doc.pk, doc.id, doc.type, etag, body);
    if (result.changes === 0) throw new Conflict(`A document with id ${doc.id} already exists.`);
    return { ...stripStored(doc), _etag: etag };
  }

  async replace<T extends NewDocument>(doc: T, options: { ifMatch: string }): Promise<Stored<T>> {
    const etag = newEtag();
    const body = this.serialise(doc);
    const result = this.stmts.replace.run(doc.type, etag, body, doc.pk, doc.id, options.ifMatch);
    if (result.changes === 0) this.explainMiss(doc.pk, doc.id);
    return { ...stripStored(doc), _etag: etag };
  }

  async delete(pk: string, id: string, options: { ifMatch?: string } = {}): Promise<void> {
    const result =
      options.ifMatch === undefined ? this.stmts.delete.run(pk, id) : this.stmts.deleteIf.run(pk, id, options.ifMatch);
    if (result.changes === 0) this.explainMiss(pk, id);
  }

  async query<T extends NewDocument>(pk: string, spec: QuerySpec): Promise<Page<Stored<T>>> {
    const q = normaliseQuery(spec);
    const clauses = ['pk = ?', 'type = ?'];
    const params: (string | number | null)[] = [pk, q.type];
    for (const [field, value] of Object.entries(q.where)) {
      const clause = equalityClause(field, value);
      clauses.push(clause.sql);
      params.push(...clause.params);
    }
    const dir = q.orderBy.direction === 'desc' ? 'DESC' : 'ASC';
    const order = q.orderBy.field === 'id' ? `id ${dir}` : `json_extract(body, '$.${q.orderBy.field}') ${dir}, id ASC`;
    const offset = decodeOffset(q.continuation);
    // Without statistics SQLite would walk the whole partition by primary key for `ORDER BY id` and
    // skip the other types' rows one by one; the (pk, type, id) index reads only this type, in order.
    const sql = `SELECT body, etag FROM items INDEXED BY items_pk_type WHERE ${clauses.join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`;
    // One extra row tells whether another page follows without a second query.
    const rows = this.db.prepare<unknown[], Row>(sql).all(...params, q.limit + 1, offset);
    const more = rows.length > q.limit;
    const items = rows.slice(0, q.limit).map((row) => this.toDoc<T>(row));
    return more ? { items, continuation: encodeOffset(offset + q.limit) } : { items };
  }

  async ping(): Promise<void> {
    this.stmts.ping.get();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private explainMiss(pk: string, id: string): never {
    if (this.stmts.exists.get(pk, id)) throw new PreconditionFailed();
    throw new NotFound('document');
  }

  private serialise(doc: NewDocument): string {
    return JSON.stringify(stripStored(doc));
  }

  private toDoc<T extends NewDocument>(row: Row): Stored<T> {
    return { ...JSON.parse(row.body), _etag: row.etag } as Stored<T>;
  }
}
