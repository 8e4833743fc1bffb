import type { Principal } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { spacePk, userPk, type MySpaceDoc, type SpaceDoc, type StoredSpace } from './model.js';

/**
 * Spaces the caller belongs to. The index is checked against each space, so a stale entry never shows.
 * Archived spaces are left out (so what waits for a person across spaces ignores them) unless
 * `includeArchived`: the list of spaces shows them, marked, so that a manager can restore one.
 */
export async function listMySpaces(
  store: DocumentStore,
  principal: Principal,
  options: { includeArchived?: boolean } = {},
): Promise<StoredSpace[]> {
  const spaces: StoredSpace[] = [];
  let continuation: string | undefined;
  do {
    const page = await store.query<MySpaceDoc>(userPk(principal.tenantId, principal.userId), {
      type: 'mySpace',
      limit: 200,
      continuation,
    });
    const found = await Promise.all(
      page.items.map((entry) => store.read<SpaceDoc>(spacePk(principal.tenantId, entry.spaceId), 'space')),
    );
    for (const space of found) {
      if (!space?.members.some((m) => m.userId === principal.userId)) continue;
      if (space.archivedAt && !options.includeArchived) continue;
      spaces.push(space);
    }
    continuation = page.continuation;
  } while (continuation);
  return spaces.sort((a, b) => a.name.localeCompare(b.name));
}
