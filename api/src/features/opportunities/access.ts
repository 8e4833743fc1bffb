import type { SpaceAccess } from '../../auth/policy.js';
import { NotFound } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { opportunityDocId, type OpportunityDoc, type StoredOpportunity } from './model.js';

export const isManager = (access: SpaceAccess): boolean => access.member.role === 'manager';

/** Whether the caller may read this opportunity: who logged it, its assignee, and the space's managers. */
export function mayRead(access: SpaceAccess, o: OpportunityDoc): boolean {
  const me = access.member.userId;
  return isManager(access) || o.contributorId === me || o.assigneeId === me;
}

/** Whether the caller works it: its assignee, or a manager. */
export function mayWork(access: SpaceAccess, o: OpportunityDoc): boolean {
  return isManager(access) || o.assigneeId === access.member.userId;
}

/**
 * An opportunity as the caller may see it. Anyone else gets the same bare 404 as for an id that does
 * not exist: the answer names neither the opportunity nor the customer.
 */
export async function readVisibleOpportunity(
  store: DocumentStore,
  access: SpaceAccess,
  opportunityId: string,
): Promise<StoredOpportunity> {
  const doc = await store.read<OpportunityDoc>(access.space.pk, opportunityDocId(opportunityId));
  if (!doc || !mayRead(access, doc)) throw new NotFound();
  return doc;
}

/** An opportunity the caller works; one they may read but not work (its contributor) is not theirs to change. */
export async function readWorkableOpportunity(
  store: DocumentStore,
  access: SpaceAccess,
  opportunityId: string,
): Promise<StoredOpportunity> {
  const doc = await readVisibleOpportunity(store, access, opportunityId);
  if (!mayWork(access, doc)) throw new NotFound();
  return doc;
}
