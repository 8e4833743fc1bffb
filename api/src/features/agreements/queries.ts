import { NotFound } from '../../domain/index.js';
import { queryAll } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import {
  agreementDocId,
  commitmentsDocId,
  type AgreementCommitmentsDoc,
  type AgreementDoc,
  type StoredAgreement,
  type StoredCommitments,
} from './model.js';

/** One agreement, or 404. */
export async function getAgreement(store: DocumentStore, pk: string, agreementId: string): Promise<StoredAgreement> {
  const doc = await store.read<AgreementDoc>(pk, agreementDocId(agreementId));
  if (!doc) throw new NotFound('agreement');
  return doc;
}

/** An agreement's commitments (none before its first signed version). */
export function readCommitments(
  store: DocumentStore,
  pk: string,
  agreementId: string,
): Promise<StoredCommitments | undefined> {
  return store.read<AgreementCommitmentsDoc>(pk, commitmentsDocId(agreementId));
}

/** The agreements of a space, or those of one rep; with their commitments (two queries in all). */
export async function listAgreements(
  store: DocumentStore,
  pk: string,
  repId?: string,
): Promise<{ agreement: StoredAgreement; commitments: StoredCommitments | undefined }[]> {
  const where: Record<string, string> = repId ? { repId } : {};
  const [agreements, commitments] = await Promise.all([
    queryAll<AgreementDoc>(store, pk, { type: 'agreement', where, limit: 500 }),
    queryAll<AgreementCommitmentsDoc>(store, pk, { type: 'agreementCommitments', where, limit: 500 }),
  ]);
  const of = new Map(commitments.map((c) => [c.agreementId, c]));
  return agreements
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((agreement) => ({ agreement, commitments: of.get(agreement.agreementId) }));
}
