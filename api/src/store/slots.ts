import { Conflict, PreconditionFailed } from '../domain/errors.js';
import type { DocumentStore, NewDocument, Stored } from './port.js';
import { backoff } from './retry.js';

/**
 * Count limits that hold when handlers run in parallel (Cosmos, many instances): a limited set of
 * documents (the cards of one section of a board, the agenda items of a meeting, …) has one
 * `slots` document in the same partition listing the ids of its members. A writer claims a slot
 * there, guarded by the etag, before it creates the document; a deleter releases it after deleting.
 *
 * The store cannot write both documents at once, so the order decides what a crash leaves: a claim
 * whose document never came (or whose document was deleted) counts until the set looks full; then
 * the claimer compares the claims with the documents that exist (one query, at most once per
 * `CLAIM_GRACE_MS`) and drops those older than `CLAIM_GRACE_MS`. A claim that is younger may belong
 * to a create still under way, so it stays.
 */
export interface SlotsDoc {
  id: string;
  pk: string;
  type: 'slots';
  /** The ids of the set's members, with when each was claimed (epoch ms; 0: found already there). */
  claims: { id: string; at: number }[];
  /** When the claims were last compared with the documents that exist (epoch ms). */
  checkedAt: number;
  [field: string]: unknown;
}

/** Longer than any request runs: a claim this old without its document was left by a crash. */
export const CLAIM_GRACE_MS = 60_000;
/** Enough for 20 or so writers claiming in the same moment. */
const CLAIM_ATTEMPTS = 40;

/** The document id of a limited set's slots. */
export const slotsDocId = (set: string): string => `slots|${set}`;

export interface SlotSet {
  pk: string;
  /** Names the set within the partition, e.g. `board|<boardId>|competitor`. */
  set: string;
  max: number;
  /** The ids of the members that exist now (one query); used to start the count and to repair it. */
  members: () => Promise<string[]>;
  /** The error to throw when the set is full. */
  full: () => Error;
}

/**
 * Claims a place for `memberId` in the set, or throws `slots.full()`. Claiming again for an id
 * that already holds a claim succeeds without a write, so a retried create does not count twice.
 */
export async function claimSlot(store: DocumentStore, slots: SlotSet, memberId: string, now = Date.now): Promise<void> {
  const id = slotsDocId(slots.set);
  for (let attempt = 1; ; attempt++) {
    const current = (await store.read<SlotsDoc>(slots.pk, id)) ?? (await startSlots(store, slots, id, now));
    if (current) {
      if (current.claims.some((c) => c.id === memberId)) return;
      let { claims, checkedAt } = current;
      if (claims.length >= slots.max && now() - (checkedAt ?? 0) >= CLAIM_GRACE_MS) {
        checkedAt = now();
        claims = await repair(claims, slots, checkedAt);
        if (claims.length >= slots.max) {
          // Really full: keep what the check found, so that the next refusals skip the query.
          await store
            .replace<SlotsDoc>({ ...strip(current), claims, checkedAt }, { ifMatch: current._etag })
            .catch((error: unknown) => {
              if (!(error instanceof PreconditionFailed)) throw error;
            });
        }
      }
      if (claims.length >= slots.max) throw slots.full();
      try {
        await store.replace<SlotsDoc>(
          { ...strip(current), claims: [...claims, { id: memberId, at: now() }], checkedAt },
          { ifMatch: current._etag },
        );
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailed)) throw error;
      }
    }
    if (attempt >= CLAIM_ATTEMPTS) throw new PreconditionFailed('Too many people are adding at once. Try again.');
    await backoff(attempt);
  }
}

/** Creates a set's slots from the members that exist; `undefined` when another writer created them first. */
async function startSlots(
  store: DocumentStore,
  slots: SlotSet,
  id: string,
  now: () => number,
): Promise<Stored<SlotsDoc> | undefined> {
  const existing = await slots.members();
  try {
    return await store.create<SlotsDoc>({
      id,
      pk: slots.pk,
      type: 'slots',
      claims: existing.map((member) => ({ id: member, at: 0 })),
      checkedAt: now(),
    });
  } catch (error) {
    if (error instanceof Conflict) return undefined;
    throw error;
  }
}

/**
 * Gives up `memberId`'s place, after its document was deleted (or its create failed). A set
 * without slots has nothing to release.
 */
export async function releaseSlot(store: DocumentStore, pk: string, set: string, memberId: string): Promise<void> {
  const id = slotsDocId(set);
  for (let attempt = 1; ; attempt++) {
    const current = await store.read<SlotsDoc>(pk, id);
    if (!current?.claims.some((c) => c.id === memberId)) return;
    try {
      await store.replace<SlotsDoc>(
        { ...strip(current), claims: current.claims.filter((c) => c.id !== memberId) },
        { ifMatch: current._etag },
      );
      return;
    } catch (error) {
      if (!(error instanceof PreconditionFailed) || attempt >= CLAIM_ATTEMPTS) throw error;
    }
    await backoff(attempt);
  }
}

/**
 * The claims that still count: every member that exists, and young claims (creates under way).
 * Members that exist without a claim (a release that raced a re-create) are counted again.
 */
async function repair(claims: SlotsDoc['claims'], slots: SlotSet, at: number): Promise<SlotsDoc['claims']> {
  const existing = new Set(await slots.members());
  const kept = claims.filter((c) => existing.has(c.id) || at - c.at < CLAIM_GRACE_MS);
  const known = new Set(kept.map((c) => c.id));
  return [...kept, ...[...existing].filter((member) => !known.has(member)).map((member) => ({ id: member, at: 0 }))];
}

function strip<T extends NewDocument>(doc: Stored<T>): T {
  const { _etag: _ignored, ...rest } = doc;
  return rest as unknown as T;
}

/**
 * Claims places for the first members of a new set in one write, before they are created (an
 * agenda copied from last week's). Does nothing when the set already has slots.
 */
export async function claimFirstSlots(
  store: DocumentStore,
  pk: string,
  set: string,
  memberIds: readonly string[],
  now = Date.now(),
): Promise<void> {
  try {
    await store.create<SlotsDoc>({
      id: slotsDocId(set),
      pk,
      type: 'slots',
      claims: memberIds.map((id) => ({ id, at: now })),
      checkedAt: now,
    });
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
}
