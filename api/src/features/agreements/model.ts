import { createHash } from 'node:crypto';
import type { CommitmentData, VersionData } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/**
 * The agreement of one manager and one rep in a space: every version of its text, the newest last.
 * Its id follows from the pair, so there is one per pair however many ask to open it at once.
 */
export interface AgreementDoc {
  id: string;
  pk: string;
  type: 'agreement';
  agreementId: string;
  managerId: string;
  repId: string;
  versions: VersionData[];
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/**
 * The commitments made by an agreement's signed versions, with every outcome marked (kept, missed,
 * renegotiated). Its own document, so marking a commitment never races with drafting the text; one
 * per agreement, so reading them costs one read however long their history.
 */
export interface AgreementCommitmentsDoc {
  id: string;
  pk: string;
  type: 'agreementCommitments';
  agreementId: string;
  managerId: string;
  repId: string;
  commitments: CommitmentData[];
  /** Due occurrences already told to a party: `itemId|dueDate|recipientId`. */
  notified: string[];
  updatedAt: string;
  [field: string]: unknown;
}

export type StoredAgreement = Stored<AgreementDoc>;
export type StoredCommitments = Stored<AgreementCommitmentsDoc>;

/** The id of the agreement of a manager and a rep in a space (unique across spaces, so notices never collide). */
export function agreementIdFor(spaceId: string, managerId: string, repId: string): string {
  return `agr-${createHash('sha256').update(`${spaceId}\n${managerId}\n${repId}`).digest('hex').slice(0, 32)}`;
}
export const agreementDocId = (agreementId: string): string => `agreement|${agreementId}`;
export const commitmentsDocId = (agreementId: string): string => `agreementCommitments|${agreementId}`;
