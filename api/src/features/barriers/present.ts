import { type BarrierResponse, type BarrierViewer, mayConfirm, mayReopen, nextStatuses } from '../../domain/index.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { StoredBarrier } from './model.js';

/** A barrier as the caller sees it, with what they may do next. */
export function presentBarrier(barrier: StoredBarrier, space: StoredSpace, viewer: BarrierViewer): BarrierResponse {
  return {
    id: barrier.barrierId,
    spaceId: space.spaceId,
    raiserId: barrier.raiserId,
    raiserName: nameOf(space, barrier.raiserId) ?? 'A former member',
    category: barrier.category,
    text: barrier.text,
    impact: barrier.impact,
    boardId: barrier.boardId,
    urgency: barrier.urgency,
    visibility: barrier.visibility,
    status: barrier.status,
    resolution: barrier.resolution,
    resources: barrier.resources,
    raisedAt: barrier.raisedAt,
    closedAt: barrier.closedAt,
    confirmedAt: barrier.confirmedAt,
    history: barrier.history.map((e) => ({
      at: e.at,
      byName: nameOf(space, e.by) ?? 'A former member',
      kind: e.kind,
      note: e.note,
    })),
    can: {
      changeStatus: viewer.isManager && nextStatuses(barrier.status).length > 0,
      confirm: mayConfirm(viewer, barrier),
      reopen: mayReopen(viewer, barrier),
    },
    etag: barrier._etag,
  };
}
