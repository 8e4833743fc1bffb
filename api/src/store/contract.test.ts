import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCosmosServer } from '../../test/cosmos-server.js';
import { buildDoc, buildPk, uniqueId } from '../../test/factories.js';
import { Conflict, NotFound, PreconditionFailed } from '../domain/index.js';
import { CosmosStore } from './cosmos.js';
import type { DocumentStore, NewDocument, QuerySpec, Stored } from './port.js';
import { SqliteStore } from './sqlite.js';

/** Opens a store for the suite and says how to dispose of it and its backing server or file. */
type OpenStore = () => Promise<{ store: DocumentStore; dispose: () => Promise<void> }>;

/** Reads every page of a query, as callers that want everything do. */
async function queryAll(store: DocumentStore, pk: string, spec: QuerySpec): Promise<{ docs: Stored[]; pages: number }> {
  const docs: Stored[] = [];
  let continuation: string | undefined;
  let pages = 0;
  do {
    const page = await store.query(pk, { ...spec, continuation });
    docs.push(...page.items);
    pages += 1;
    continuation = page.continuation;
    // A store that never stops paging would otherwise hang the suite.
    if (pages > 1000) throw new Error('query kept returning continuation tokens');
  } while (continuation);
  return { docs, pages };
}

/** The fields a caller stored, without the concurrency token. */
function withoutEtag(doc: Stored): NewDocument {
  const { _etag: _ignored, ...rest } = doc;
  return rest;
}

/**
 * The one contract every DocumentStore adapter must keep. Each test works in partitions of its own,
 * so the suite can run against a shared, long-lived account.
 */
function describeStoreContract(name: string, open: OpenStore): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    let dispose: () => Promise<void> = async () => {};

    beforeAll(async () => {
      ({ store, dispose } = await open());
    });

    afterAll(async () => {
      await dispose();
    });

    test('create, read, replace and delete a document', async () => {
      const pk = buildPk();
      const doc = buildDoc(pk, { title: 'First', tags: ['a', 'b'], nested: { depth: 1 } });

      const created = await store.create(doc);
      expect(withoutEtag(created)).toEqual(doc);
      expect(created._etag).toEqual(expect.any(String));

      const read = await store.read(pk, doc.id);
      expect(read).toEqual(created);

      const replaced = await store.replace({ ...read!, title: 'Second' }, { ifMatch: created._etag });
      expect(replaced.title).toBe('Second');
      expect(replaced._etag).not.toBe(created._etag);
      const reread = await store.read(pk, doc.id);
      expect(reread).toEqual(replaced);
      expect(reread && withoutEtag(reread)).toEqual({ ...doc, title: 'Second' });

      await store.delete(pk, doc.id, { ifMatch: replaced._etag });
      expect(await store.read(pk, doc.id)).toBeUndefined();
    });

    test('delete without ifMatch removes the document', async () => {
      const pk = buildPk();
      const doc = await store.create(buildDoc(pk));
      await store.delete(pk, doc.id);
      expect(await store.read(pk, doc.id)).toBeUndefined();
    });

    test('read of a missing document is undefined', async () => {
      const pk = buildPk();
      await store.create(buildDoc(pk));
      expect(await store.read(pk, 'missing')).toBeUndefined();
      expect(await store.read(buildPk(), 'missing')).toBeUndefined();
    });

    test('create of an existing id throws Conflict and keeps the first document', async () => {
      const pk = buildPk();
      const first = await store.create(buildDoc(pk, { title: 'Original' }));
      await expect(store.create(buildDoc(pk, { id: first.id, title: 'Intruder' }))).rejects.toBeInstanceOf(Conflict);
      expect(await store.read(pk, first.id)).toEqual(first);
    });

    test('replace with a stale etag throws PreconditionFailed and changes nothing', async () => {
      const pk = buildPk();
      const created = await store.create(buildDoc(pk, { title: 'v1' }));
      const current = await store.replace({ ...created, title: 'v2' }, { ifMatch: created._etag });
      await expect(
        store.replace({ ...created, title: 'lost update' }, { ifMatch: created._etag }),
      ).rejects.toBeInstanceOf(PreconditionFailed);
      expect(await store.read(pk, created.id)).toEqual(current);
    });

    test('delete with a stale etag throws PreconditionFailed and keeps the document', async () => {
      const pk = buildPk();
      const created = await store.create(buildDoc(pk));
      const current = await store.replace({ ...created, title: 'changed' }, { ifMatch: created._etag });
      await expect(store.delete(pk, created.id, { ifMatch: created._etag })).rejects.toBeInstanceOf(PreconditionFailed);
      expect(await store.read(pk, created.id)).toEqual(current);
    });

    test('replace and delete of a missing document throw NotFound', async () => {
      const pk = buildPk();
      const existing = await store.create(buildDoc(pk));
      const missing = buildDoc(pk);
      await expect(store.replace(missing, { ifMatch: existing._etag })).rejects.toBeInstanceOf(NotFound);
      await expect(store.delete(pk, missing.id)).rejects.toBeInstanceOf(NotFound);
      await expect(store.delete(pk, missing.id, { ifMatch: existing._etag })).rejects.toBeInstanceOf(NotFound);
      expect(await store.read(pk, missing.id)).toBeUndefined();
    });

    describe('equality filters', () => {
      const pk = buildPk('filters');
      const docs = {
        open: buildDoc(pk, { status: 'open', rank: 1, done: false, owner: 'ann' }),
        closed: buildDoc(pk, { status: 'closed', rank: 2, done: true, owner: null }),
        openToo: buildDoc(pk, { status: 'open', rank: 3, done: true, owner: 'bob' }),
        // Look-alikes of other JSON types: a filter must compare the type as well as the value.
        lookalike: buildDoc(pk, { status: '1', rank: '2', done: 1, owner: 'null' }),
        sparse: buildDoc(pk, { status: 'sparse', rank: 0, done: 0 }),
        otherType: buildDoc(pk, { type: 'task', status: 'open', rank: 1, done: false, owner: 'ann' }),
      };
      const ids = (found: Stored[]): string[] => found.map((d) => d.id).sort();
      const expected = (...picked: NewDocument[]): string[] => picked.map((d) => d.id).sort();

      beforeAll(async () => {
        for (const doc of Object.values(docs)) await store.create(doc);
      });

      test('on a string field', async () => {
        const { docs: found } = await queryAll(store, pk, { type: 'note', where: { status: 'open' } });
        expect(ids(found)).toEqual(expected(docs.open, docs.openToo));
      });

      test('on a number field', async () => {
        const { docs: found } = await queryAll(store, pk, { type: 'note', where: { rank: 2 } });
        expect(ids(found)).toEqual(expected(docs.closed));
      });

      test('on a boolean field', async () => {
        const { docs: yes } = await queryAll(store, pk, { type: 'note', where: { done: true } });
        expect(ids(yes)).toEqual(expected(docs.closed, docs.openToo));
        const { docs: no } = await queryAll(store, pk, { type: 'note', where: { done: false } });
        expect(ids(no)).toEqual(expected(docs.open));
      });

      test('on null matches a stored null, not a missing field', async () => {
        const { docs: found } = await queryAll(store, pk, { type: 'note', where: { owner: null } });
        expect(ids(found)).toEqual(expected(docs.closed));
      });

      test('on several fields at once', async () => {
        const { docs: found } = await queryAll(store, pk, { type: 'note', where: { status: 'open', done: true } });
        expect(ids(found)).toEqual(expected(docs.openToo));
      });

      test('on type alone', async () => {
        const { docs: notes } = await queryAll(store, pk, { type: 'note' });
        expect(notes).toHaveLength(5);
        const { docs: tasks } = await queryAll(store, pk, { type: 'task' });
        expect(ids(tasks)).toEqual(expected(docs.otherType));
        expect(withoutEtag(tasks[0]!)).toEqual(docs.otherType);
      });
    });

    describe('order', () => {
      const pk = buildPk('order');
      // Unique sort values: the Cosmos adapter orders by one field only (no composite index needed).
      const ranks = [5, -3, 12.5, 0, 7, 100, 2];
      const titles = ['delta', 'alpha', 'echo', 'charlie', 'bravo', 'golf', 'foxtrot'];
      const docs = ranks.map((rank, i) => buildDoc(pk, { id: `d${i}`, rank, title: titles[i] }));

      beforeAll(async () => {
        for (const doc of docs) await store.create(doc);
      });

      test('by a number field, ascending and descending', async () => {
        const asc = await queryAll(store, pk, { type: 'note', orderBy: { field: 'rank' } });
        expect(asc.docs.map((d) => d.rank)).toEqual([...ranks].sort((a, b) => a - b));
        const desc = await queryAll(store, pk, { type: 'note', orderBy: { field: 'rank', direction: 'desc' } });
        expect(desc.docs.map((d) => d.rank)).toEqual([...ranks].sort((a, b) => b - a));
      });

      test('by a string field, ascending and descending, across pages', async () => {
        const asc = await queryAll(store, pk, { type: 'note', orderBy: { field: 'title' }, limit: 3 });
        expect(asc.docs.map((d) => d.title)).toEqual([...titles].sort());
        const desc = await queryAll(store, pk, {
          type: 'note',
          orderBy: { field: 'title', direction: 'desc' },
          limit: 2,
        });
        expect(desc.docs.map((d) => d.title)).toEqual([...titles].sort().reverse());
      });

      test('by and on fields named like query keywords', async () => {
        const kpk = buildPk('keywords');
        const picked = [3, 1, 2].map((order) => buildDoc(kpk, { order, value: order === 2 ? 'keep' : 'drop' }));
        for (const doc of picked) await store.create(doc);
        const { docs: found } = await queryAll(store, kpk, {
          type: 'note',
          where: { value: 'drop' },
          orderBy: { field: 'order', direction: 'desc' },
        });
        expect(found.map((d) => d.order)).toEqual([3, 1]);
      });

      test('by id when no order is given', async () => {
        const { docs: found } = await queryAll(store, pk, { type: 'note' });
        expect(found.map((d) => d.id)).toEqual(docs.map((d) => d.id).sort());
      });
    });

    describe('continuation paging', () => {
      const pk = buildPk('paging');
      const total = 257;

      beforeAll(async () => {
        const docs = Array.from({ length: total }, (_, i) =>
          buildDoc(pk, { id: `p${String(i).padStart(4, '0')}`, rank: i }),
        );
        // Concurrent creates keep the suite fast against a remote account.
        for (let i = 0; i < docs.length; i += 25) {
          await Promise.all(docs.slice(i, i + 25).map((doc) => store.create(doc)));
        }
      });

      test.for([
        { limit: 50, orderBy: undefined },
        { limit: 100, orderBy: { field: 'rank', direction: 'desc' as const } },
        { limit: 1000, orderBy: { field: 'rank', direction: 'asc' as const } },
      ])('returns every document exactly once (limit $limit)', async ({ limit, orderBy }) => {
        const { docs: found, pages } = await queryAll(store, pk, { type: 'note', limit, orderBy });
        const ids = found.map((d) => d.id);
        expect(ids).toHaveLength(total);
        expect(new Set(ids).size).toBe(total);
        expect(pages).toBeGreaterThanOrEqual(Math.ceil(total / limit));
        if (orderBy) {
          const sorted = [...found].sort(
            (a, b) => (Number(a.rank) - Number(b.rank)) * (orderBy.direction === 'desc' ? -1 : 1),
          );
          expect(found.map((d) => d.id)).toEqual(sorted.map((d) => d.id));
        }
      });

      test('pages never exceed the limit', async () => {
        const first = await store.query(pk, { type: 'note', limit: 40 });
        expect(first.items.length).toBeLessThanOrEqual(40);
        expect(first.continuation).toEqual(expect.any(String));
        const second = await store.query(pk, { type: 'note', limit: 40, continuation: first.continuation });
        expect(second.items.length).toBeLessThanOrEqual(40);
        const overlap = second.items.filter((d) => first.items.some((f) => f.id === d.id));
        expect(overlap).toEqual([]);
      });
    });

    describe('partition isolation', () => {
      test('a query never returns another partition’s documents', async () => {
        const mine = buildPk('mine');
        const theirs = buildPk('theirs');
        const myDocs = [buildDoc(mine, { status: 'x' }), buildDoc(mine, { status: 'x' })];
        for (const doc of [...myDocs, buildDoc(theirs, { status: 'x' }), buildDoc(theirs, { status: 'x' })]) {
          await store.create(doc);
        }
        const { docs: found } = await queryAll(store, mine, { type: 'note', where: { status: 'x' } });
        expect(found.map((d) => d.id).sort()).toEqual(myDocs.map((d) => d.id).sort());
        expect(found.every((d) => d.pk === mine)).toBe(true);
        const { docs: none } = await queryAll(store, buildPk('empty'), { type: 'note' });
        expect(none).toEqual([]);
      });

      test('the same id in two partitions is two distinct documents', async () => {
        const a = buildPk('a');
        const b = buildPk('b');
        const id = uniqueId('shared');
        const inA = await store.create(buildDoc(a, { id, title: 'in a' }));
        const inB = await store.create(buildDoc(b, { id, title: 'in b' }));
        expect((await store.read(a, id))?.title).toBe('in a');
        expect((await store.read(b, id))?.title).toBe('in b');

        const changedA = await store.replace({ ...inA, title: 'a changed' }, { ifMatch: inA._etag });
        expect(await store.read(b, id)).toEqual(inB);
        await store.delete(a, id, { ifMatch: changedA._etag });
        expect(await store.read(a, id)).toBeUndefined();
        expect(await store.read(b, id)).toEqual(inB);
      });
    });
  });
}

describeStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'coachboard-contract-'));
  const store = new SqliteStore(join(dir, 'contract.sqlite'));
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describeStoreContract('Cosmos SDK against cosmosdb-server', async () => {
  const server = await startCosmosServer('contract');
  return { store: server.store, dispose: () => server.close() };
});

const realEndpoint = process.env.COSMOS_ENDPOINT;
describe.skipIf(!realEndpoint)('against a real Cosmos DB account (COSMOS_ENDPOINT)', () => {
  describeStoreContract(`Cosmos DB at ${realEndpoint ?? 'unset'}`, async () => {
    const endpoint = realEndpoint ?? '';
    const key = process.env.COSMOS_KEY;
    const endpointDiscovery = process.env.COSMOS_ENDPOINT_DISCOVERY !== 'false';
    if (!key) {
      // Data-plane RBAC cannot create databases: use the configured one and leave the test partitions.
      const store = await CosmosStore.open({
        endpoint,
        database: process.env.COSMOS_DATABASE ?? 'coachboard',
        container: 'items',
        credential: new DefaultAzureCredential(),
        endpointDiscovery,
      });
      return { store, dispose: () => store.close() };
    }
    // With a key, a throw-away database keeps the account clean.
    const database = `contract-${randomUUID()}`;
    const store = await CosmosStore.open({
      endpoint,
      key,
      database,
      container: 'items',
      createIfMissing: true,
      endpointDiscovery,
    });
    return {
      store,
      dispose: async () => {
        await store.close();
        const admin = new CosmosClient({
          endpoint,
          key,
          connectionPolicy: { enableEndpointDiscovery: endpointDiscovery },
        });
        await admin.database(database).delete();
        admin.dispose();
      },
    };
  });
});
