import type { SpaceAccess } from '../../auth/policy.js';
import type { Principal } from '../../domain/index.js';
import type { Notice } from '../../notify/port.js';
import type { Services } from '../../services.js';
import type { ObservationDoc } from './model.js';

// The rep's notices: a self-assessment waits for them; the manager's feedback is there to read.

function notice(access: SpaceAccess, observation: ObservationDoc, kind: Notice['kind'], title: string): Notice {
  return {
    spaceId: access.space.spaceId,
    recipientId: observation.repId,
    kind,
    eventKey: `observation:${observation.observationId}:${kind}`,
    title,
    target: { page: 'personal', section: 'observations', itemId: observation.observationId },
  };
}

/** Tells the rep their self-assessment waits (after an observation is saved). */
export async function notifySelfAssessmentDue(
  services: Services,
  actor: Principal,
  access: SpaceAccess,
  observation: ObservationDoc,
): Promise<void> {
  await services.notifier.notify(actor, [
    notice(access, observation, 'selfAssessmentDue', `Assess yourself on the call ${access.member.name} observed`),
  ]);
}

/** Tells the rep the manager's feedback is there to read (shared, and they have self-assessed or skipped). */
export async function notifyFeedbackShared(
  services: Services,
  actor: Principal,
  access: SpaceAccess,
  observation: ObservationDoc,
): Promise<void> {
  const observer = access.space.members.find((m) => m.userId === observation.observerId)?.name ?? 'Your manager';
  await services.notifier.notify(actor, [
    notice(access, observation, 'feedbackShared', `${observer} shared feedback on your ${observation.date} call`),
  ]);
}
