import {
  assertSpaceWritable,
  can,
  Forbidden,
  type MemberEntry,
  NotFound,
  type Principal,
  type SpaceAction,
  type SpaceDoc,
} from '../domain/index.js';
import { spacePk } from '../store/partitions.js';
import type { DocumentStore, Stored } from '../store/port.js';
import { createSpaceCache } from './spaceCache.js';

type StoredSpace = Stored<SpaceDoc>;

/** The caller's standing in a space, handed to the use case so it need not read the space again. */
export interface SpaceAccess {
  space: StoredSpace;
  member: MemberEntry;
}

/** Membership for the once-a-second meeting poll may be up to this old. */
export const POLL_MEMBERSHIP_TTL_MS = 5_000;
const readCached = createSpaceCache(POLL_MEMBERSHIP_TTL_MS);

/**
 * The one gate for everything inside a space, run by `handle()` for every endpoint that declares a
 * space action: one point read of the space document (which holds the members). A non-member, or anyone from another tenant, gets 404 so that existence does not
 * leak; a member whose role may not do `action` gets 403; a `write` in an archived space gets 409
 * (`assertSpaceWritable`), so no endpoint can forget that an archived space is read-only.
 */
export async function authorizeSpace(
  store: DocumentStore,
  principal: Principal,
  spaceId: string,
  action: SpaceAction,
  options: { cached?: boolean; write?: boolean } = {},
): Promise<SpaceAccess> {
  const pk = spacePk(principal.tenantId, spaceId);
  const space = options.cached ? await readCached(store, pk) : await store.read<SpaceDoc>(pk, 'space');
  const member = space?.members.find((m) => m.userId === principal.userId);
  if (!space || !member) throw new NotFound('space');
  if (!can(member.role, action)) throw new Forbidden(`A ${member.role} may not do this (${action}).`);
  if (options.write) assertSpaceWritable(space);
  return { space, member };
}
