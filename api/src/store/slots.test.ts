import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCosmosServer, type CosmosTestServer } from '../../test/cosmos-server.js';
import { buildDoc, buildPk } from '../../test/factories.js';
import { ValidationError } from '../domain/errors.js';
import type { DocumentStore } from './port.js';
import {
  CLAIM_GRACE_MS,
  claimFirstSlots,
  claimSlot,
  releaseSlot,
  slotsDocId,
  type SlotSet,
  type SlotsDoc,
} from './slots.js';
import { SqliteStore } from './sqlite.js';

class Full extends ValidationError {
  constructor() {
    super('full');
  }
}

/**
 * The count-limit helper on both adapters: claims, releases, what a crash between a claim and its
 * create leaves, and sets whose documents predate their slots.
 */
describe.for(['sqlite', 'cosmos'] as const)('slots (%s store)', (backend) => {
  let store: DocumentStore;
  let cosmos: CosmosTestServer | undefined;
  let dir: string | undefined;

  beforeAll(async () => {
    if (backend === 'cosmos') {
      cosmos = await startCosmosServer();
      store = cosmos.store;
    } else {
      dir = mkdtempSync(join(tmpdir(), 'coachboard-slots-'));
      store = new SqliteStore(join(dir, 'slots.sqlite'));
    }
  });

  afterAll(async () => {
    if (cosmos) await cosmos.close();
    else await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A set of `note` documents in a partition of its own, at most `max`. */
  function noteSet(max: number): SlotSet & { add(id: string): Promise<void> } {
    const pk = buildPk('slots');
    return {
      pk,
      set: 'notes',
      max,
      members: async () => (await store.query(pk, { type: 'note', limit: 1000 })).items.map((d) => d.id),
      full: () => new Full(),
      add: async (id) => void (await store.create(buildDoc(pk, { id }))),
    };
  }

  test('claims up to the limit, then refuses; claiming an id twice counts it once', async () => {
    const set = noteSet(2);
    await claimSlot(store, set, 'a');
    await claimSlot(store, set, 'a');
    await claimSlot(store, set, 'b');
    await expect(claimSlot(store, set, 'c')).rejects.toBeInstanceOf(Full);
  });

  test('a set whose documents predate its slots counts them on the first claim', async () => {
    const set = noteSet(3);
    await set.add('old-1');
    await set.add('old-2');
    await claimSlot(store, set, 'new-1');
    await expect(claimSlot(store, set, 'new-2')).rejects.toBeInstanceOf(Full);
  });

  test('a release after a delete frees the place', async () => {
    const set = noteSet(1);
    await claimSlot(store, set, 'a');
    await set.add('a');
    await expect(claimSlot(store, set, 'b')).rejects.toBeInstanceOf(Full);
    await store.delete(set.pk, 'a');
    await releaseSlot(store, set.pk, set.set, 'a');
    await claimSlot(store, set, 'b');
  });

  test('a claim whose create never came keeps its place during the grace period, then loses it', async () => {
    const set = noteSet(2);
    const t0 = Date.now();
    await claimSlot(store, set, 'kept', () => t0);
    await set.add('kept');
    await claimSlot(store, set, 'crashed', () => t0); // its create never happens
    await expect(claimSlot(store, set, 'next', () => t0 + 1_000)).rejects.toBeInstanceOf(Full);
    await claimSlot(store, set, 'next', () => t0 + CLAIM_GRACE_MS + 1_000);
    const doc = await store.read<SlotsDoc>(set.pk, slotsDocId(set.set));
    expect(doc?.claims.map((c) => c.id).sort()).toEqual(['kept', 'next']);
  });

  test('a delete whose release never came frees the place once the set looks full after the grace period', async () => {
    const set = noteSet(1);
    const t0 = Date.now();
    await claimSlot(store, set, 'a', () => t0);
    await set.add('a');
    await store.delete(set.pk, 'a'); // the release never happens
    await claimSlot(store, set, 'b', () => t0 + CLAIM_GRACE_MS + 1_000);
  });

  test('the first members of a new set are claimed in one write', async () => {
    const set = noteSet(3);
    await claimFirstSlots(store, set.pk, set.set, ['x', 'y']);
    await claimSlot(store, set, 'z');
    await expect(claimSlot(store, set, 'w')).rejects.toBeInstanceOf(Full);
  });

  test('20 claims at once: exactly the limit get a place', async () => {
    const set = noteSet(7);
    const ids = Array.from({ length: 20 }, (_, i) => `m${i}`);
    const results = await Promise.allSettled(ids.map((id) => claimSlot(store, set, id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof Full)).toHaveLength(13);
  });
});
