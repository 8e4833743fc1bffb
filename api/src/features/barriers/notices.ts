import type { SpaceAccess } from '../../auth/policy.js';
import type { Principal } from '../../domain/index.js';
import type { Notice } from '../../notify/port.js';
import type { Services } from '../../services.js';
import type { BarrierDoc } from './model.js';

// The managers hear of a new barrier; its raiser hears when it is removed or will not be fixed.

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Tells the space's managers (but the raiser) that a barrier was raised. */
export async function notifyBarrierRaised(
  services: Services,
  actor: Principal,
  access: SpaceAccess,
  barrier: BarrierDoc,
): Promise<void> {
  const managers = access.space.members.filter((m) => m.role === 'manager' && m.userId !== barrier.raiserId);
  await services.notifier.notify(
    actor,
    managers.map((m) => ({
      spaceId: access.space.spaceId,
      recipientId: m.userId,
      kind: 'barrierRaised',
      eventKey: `barrier:${barrier.barrierId}:raised`,
      title: clip(`${access.member.name} raised a barrier: ${barrier.text}`, 150),
      target: { page: 'personal', section: 'barriers', itemId: barrier.barrierId },
    })),
  );
}

/** Tells the raiser their barrier was removed, or will not be fixed (and why, in the app). */
export async function notifyBarrierClosed(
  services: Services,
  actor: Principal,
  access: SpaceAccess,
  barrier: BarrierDoc,
): Promise<void> {
  const closed = barrier.status === 'removed' ? 'removed' : 'closed as won’t fix';
  const notice: Notice = {
    spaceId: access.space.spaceId,
    recipientId: barrier.raiserId,
    kind: 'barrierResolved',
    // One notice per closing: a barrier reopened and closed again is news again.
    eventKey: `barrier:${barrier.barrierId}:${barrier.status}:${barrier.closedAt ?? ''}`,
    title: clip(`${access.member.name} ${closed} your barrier: ${barrier.text}`, 150),
    target: { page: 'personal', section: 'barriers', itemId: barrier.barrierId },
  };
  await services.notifier.notify(actor, [notice]);
}
