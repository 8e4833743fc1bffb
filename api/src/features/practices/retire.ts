import type { SpaceAccess } from '../../auth/policy.js';
import { can, Forbidden, NotFound, PreconditionFailed } from '../../domain/index.js';
import { queryAll, stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { recountContribution, recountPractice } from './commands.js';
import { adoptionDocId, type AdoptionDoc, type PracticeDoc, type StoredPractice } from './model.js';
import { getPractice, getPracticeArchivedOrNot } from './queries.js';

// Taking things back: archiving and restoring a practice, withdrawing an adoption.

/** Brings every count a practice takes part in up to date: its author's posts, its adopters' adoptions. */
async function recountAround(store: DocumentStore, pk: string, practice: PracticeDoc): Promise<void> {
  await recountContribution(store, pk, practice.authorId, 'posts');
  const adoptions = await queryAll<AdoptionDoc>(store, pk, {
    type: 'practiceAdoption',
    where: { practiceId: practice.practiceId },
    limit: 1000,
  });
  for (const adoption of adoptions) await recountContribution(store, pk, adoption.userId, 'adoptions');
}

/**
 * Archives a practice, or restores it, with the etag its editor saw (412 when stale). Archived, it
 * leaves the exchange, the spotlight suggestions, the personal lists and every count; its content,
 * adoptions and outcomes are kept as they are, so restoring brings it back unchanged.
 */
export async function setArchived(
  store: DocumentStore,
  access: SpaceAccess,
  practiceId: string,
  archived: boolean,
  ifMatch: string,
  now: number = Date.now(),
): Promise<StoredPractice> {
  const pk = access.space.pk;
  const current = await getPracticeArchivedOrNot(store, pk, practiceId);
  if (current.authorId !== access.member.userId && !can(access.member.role, 'practices.editAny'))
    throw new Forbidden('Only the practice’s author or a manager can archive or restore it.');
  if (current._etag !== ifMatch) throw new PreconditionFailed();
  const isArchived = current.type === 'archivedPractice';
  if (isArchived === archived) return current;
  const { archivedAt: _at, archivedBy: _by, ...rest } = stripStored(current);
  const next: PracticeDoc = archived
    ? { ...rest, type: 'archivedPractice', archivedAt: new Date(now).toISOString(), archivedBy: access.member.userId }
    : { ...rest, type: 'practice' };
  const saved = await store.replace(next, { ifMatch });
  await recountAround(store, pk, saved);
  return saved;
}

/**
 * The adopter takes back their "I'll try this" (and the outcome they reported, if any): the
 * practice's counts and their own contribution counts follow. 404 when they were not trying it.
 */
export async function withdrawAdoption(
  store: DocumentStore,
  access: SpaceAccess,
  practiceId: string,
): Promise<StoredPractice> {
  const pk = access.space.pk;
  const userId = access.member.userId;
  await getPractice(store, pk, practiceId);
  try {
    await store.delete(pk, adoptionDocId(practiceId, userId));
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound('adoption');
    throw error;
  }
  const practice = await recountPractice(store, pk, practiceId);
  await recountContribution(store, pk, userId, 'adoptions');
  return practice;
}
