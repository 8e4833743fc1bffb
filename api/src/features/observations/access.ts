import type { SpaceAccess } from '../../auth/policy.js';
import { Forbidden, NotFound } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { observationDocId, type ObservationDoc, type StoredObservation } from './model.js';

/** Whether the caller reads the observation as one of the space's managers (else as its rep). */
export const isManager = (access: SpaceAccess): boolean => access.member.role === 'manager';

/**
 * An observation as the caller may see it: the space's managers and the observed rep only. Anyone
 * else, a peer included, gets 404, so that not even its existence leaks.
 */
export async function readVisibleObservation(
  store: DocumentStore,
  access: SpaceAccess,
  observationId: string,
): Promise<StoredObservation> {
  const observation = await store.read<ObservationDoc>(access.space.pk, observationDocId(observationId));
  if (!observation) throw new NotFound('observation');
  if (isManager(access) || observation.repId === access.member.userId) return observation;
  throw new NotFound('observation');
}

/** What only the observed rep does (self-assess, acknowledge); a manager who is not the rep gets 403. */
export function assertIsTheRep(access: SpaceAccess, observation: ObservationDoc): void {
  if (observation.repId !== access.member.userId) throw new Forbidden('Only the observed rep does this.');
}
