import type { SpaceAccess } from '../../auth/policy.js';
import { assertMayViewBarrier, NotFound, type BarrierViewer } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { barrierDocId, type BarrierDoc, type StoredBarrier } from './model.js';

/** How the caller stands to a barrier they may see. */
export function viewerOf(access: SpaceAccess, barrier: BarrierDoc): BarrierViewer {
  return assertMayViewBarrier(access.member.role, access.member.userId, barrier);
}

/**
 * A barrier as the caller may see it: the raiser and the managers always, other members only when
 * it is team-visible. Anyone else gets the same 404 as for a barrier that does not exist.
 */
export async function readVisibleBarrier(
  store: DocumentStore,
  access: SpaceAccess,
  barrierId: string,
): Promise<{ barrier: StoredBarrier; viewer: BarrierViewer }> {
  const barrier = await store.read<BarrierDoc>(access.space.pk, barrierDocId(barrierId));
  if (!barrier) throw new NotFound();
  return { barrier, viewer: viewerOf(access, barrier) };
}
