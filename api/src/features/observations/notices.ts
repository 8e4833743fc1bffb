import type { SpaceAccess } from '../../auth/policy.js';
import type { Principal } from '../../domain/index.js';
import type { Services } from '../../services.js';
import type { ObservationDoc } from './model.js';

// The rep's notices: a self-assessment waits for them; the manager's feedback is there to read.
// Delivered through the Notifier port once it is available on Services.

type Deliver = (actor: Principal, notices: ObservationNotice[]) => Promise<void>;

/** A notice to the observed rep, in the Notifier port's shape. */
export interface ObservationNotice {
  spaceId: string;
  recipientId: string;
  kind: 'selfAssessmentDue' | 'feedbackShared';
  eventKey: string;
  title: string;
  target: { page: 'personal'; section: string; itemId: string };
}

function deliverer(services: Services): Deliver | undefined {
  const notifier = (services as Services & { notifier?: { notify: Deliver } }).notifier;
  return notifier ? (actor, notices) => notifier.notify(actor, notices) : undefined;
}

/** Tells the rep their self-assessment waits. */
export async function notifySelfAssessmentDue(
  services: Services,
  actor: Principal,
  access: SpaceAccess,
  observation: ObservationDoc,
): Promise<void> {
  await deliverer(services)?.(actor, [
    {
      spaceId: access.space.spaceId,
      recipientId: observation.repId,
      kind: 'selfAssessmentDue',
      eventKey: `observation:${observation.observationId}:selfAssessmentDue`,
      title: `Assess yourself on the call ${access.member.name} observed`,
      target: { page: 'personal', section: 'observations', itemId: observation.observationId },
    },
  ]);
}

/** Tells the rep the manager's feedback is there to read. */
export async function notifyFeedbackShared(
  services: Services,
  actor: Principal,
  access: SpaceAccess,
  observation: ObservationDoc,
): Promise<void> {
  const observer = access.space.members.find((m) => m.userId === observation.observerId)?.name ?? 'Your manager';
  await deliverer(services)?.(actor, [
    {
      spaceId: access.space.spaceId,
      recipientId: observation.repId,
      kind: 'feedbackShared',
      eventKey: `observation:${observation.observationId}:feedbackShared`,
      title: `${observer} shared feedback on your ${observation.date} call`,
      target: { page: 'personal', section: 'observations', itemId: observation.observationId },
    },
  ]);
}
