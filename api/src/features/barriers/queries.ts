import type { SpaceAccess } from '../../auth/policy.js';
import {
  assertMayViewBarrier,
  BARRIER_LIMITS,
  type BarrierBoardResponse,
  barrierStats,
  type BarrierViewer,
  type MyBarriersResponse,
  type Principal,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { listMySpaces, type StoredSpace } from '../spaces/index.js';
import type { BarrierDoc, StoredBarrier } from './model.js';
import { presentBarrier } from './present.js';
import { readRemovals } from './rollups.js';

// Every read here is a bounded number of store operations, whatever the number of barriers.

const viewerIn = (space: StoredSpace, userId: string, barrier: BarrierDoc): BarrierViewer => {
  const role = space.members.find((m) => m.userId === userId)?.role ?? 'contributor';
  return assertMayViewBarrier(role, userId, barrier);
};

/** Open and in-progress barriers, the oldest first: one query. */
async function queryOpen(store: DocumentStore, pk: string, limit: number) {
  return store.query<BarrierDoc>(pk, {
    type: 'barrier',
    where: { active: true },
    orderBy: { field: 'raisedAt', direction: 'asc' },
    limit,
  });
}

/** Someone's own barriers, the newest first: one query. */
async function queryRaisedBy(store: DocumentStore, pk: string, userId: string, limit: number) {
  const page = await store.query<BarrierDoc>(pk, {
    type: 'barrier',
    where: { raiserId: userId },
    orderBy: { field: 'raisedAt', direction: 'desc' },
    limit,
  });
  return page.items;
}

/**
 * The barriers the caller may see, the newest first (at most `boardMax`): a manager all of the
 * space's, anyone else their own and the team-visible ones (two queries).
 */
export async function listBarriers(store: DocumentStore, access: SpaceAccess): Promise<StoredBarrier[]> {
  const pk = access.space.pk;
  const max = BARRIER_LIMITS.boardMax;
  const newestFirst = { field: 'raisedAt', direction: 'desc' } as const;
  if (access.member.role === 'manager') {
    return (await store.query<BarrierDoc>(pk, { type: 'barrier', orderBy: newestFirst, limit: max })).items;
  }
  const [mine, shared] = await Promise.all([
    queryRaisedBy(store, pk, access.member.userId, max),
    store.query<BarrierDoc>(pk, { type: 'barrier', where: { visibility: 'team' }, orderBy: newestFirst, limit: max }),
  ]);
  const byId = new Map([...mine, ...shared.items].map((b) => [b.barrierId, b]));
  return [...byId.values()].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt)).slice(0, max);
}

/** The managers' board: open barriers oldest first and the time to remove. Two store operations. */
export async function getBarrierBoard(
  store: DocumentStore,
  access: SpaceAccess,
  now: number,
): Promise<BarrierBoardResponse> {
  const pk = access.space.pk;
  const [open, removals] = await Promise.all([queryOpen(store, pk, BARRIER_LIMITS.boardMax), readRemovals(store, pk)]);
  return {
    open: open.items.map((b) => presentBarrier(b, access.space, viewerIn(access.space, access.member.userId, b))),
    truncated: Boolean(open.continuation),
    stats: barrierStats(removals, now),
  };
}

/**
 * The personal tab: in each of the caller's teams, their own barriers (newest first) and, where they
 * manage, the open ones (oldest first). One or two queries per team.
 */
export async function listMyBarriers(store: DocumentStore, principal: Principal): Promise<MyBarriersResponse> {
  const spaces = await listMySpaces(store, principal);
  const max = BARRIER_LIMITS.mineMax;
  const result = await Promise.all(
    spaces.map(async (space) => {
      const manager = space.members.some((m) => m.userId === principal.userId && m.role === 'manager');
      const [mine, open] = await Promise.all([
        queryRaisedBy(store, space.pk, principal.userId, max),
        manager ? queryOpen(store, space.pk, max).then((p) => p.items) : Promise.resolve([]),
      ]);
      const present = (b: StoredBarrier) => presentBarrier(b, space, viewerIn(space, principal.userId, b));
      return {
        spaceId: space.spaceId,
        spaceName: space.name,
        manager,
        mine: mine.map(present),
        open: open.map(present),
      };
    }),
  );
  return { spaces: result.filter((s) => s.manager || s.mine.length > 0) };
}
