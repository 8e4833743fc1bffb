import {
  awaitingSignatures,
  commitmentDue,
  dayOf,
  keptRate,
  versionInForce,
  type AgreementResponse,
  type AgreementViewer,
  type CommitmentData,
  type CommitmentResponse,
  type ItemData,
  type VersionData,
} from '../../domain/index.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { AgreementDoc, StoredAgreement } from './model.js';

const name = (space: StoredSpace, userId: string): string => nameOf(space, userId) ?? '';

function presentItem(space: StoredSpace, item: ItemData) {
  return { ...item, proposedByName: name(space, item.proposedBy) };
}

function presentVersion(space: StoredSpace, v: VersionData) {
  return {
    version: v.version,
    revision: v.revision,
    managerExpects: v.managerExpects.map((i) => presentItem(space, i)),
    repExpects: v.repExpects.map((i) => presentItem(space, i)),
    signatures: v.signatures.map((s) => ({ ...s, name: name(space, s.userId) })),
    signedAt: v.signedAt,
    createdAt: v.createdAt,
    changes: v.changes.map((c) => ({ ...c, byName: name(space, c.by) })),
  };
}

/**
 * One agreement commitment in the coaching commitment shape: due (or overdue) while open, with its
 * last outcome once a one-off is kept or missed.
 */
export function presentAgreementCommitment(
  agreement: Pick<AgreementDoc, 'agreementId' | 'managerId' | 'repId'>,
  c: CommitmentData,
  space: StoredSpace,
  today: string,
): CommitmentResponse {
  const last = c.history[c.history.length - 1];
  const ownerId = c.owner === 'rep' ? agreement.repId : agreement.managerId;
  return {
    planSessionId: agreement.agreementId,
    actionId: c.itemId,
    owner: c.owner,
    ownerName: name(space, ownerId),
    cadence: c.cadence,
    agreementId: agreement.agreementId,
    text: c.text,
    dueDate: c.dueDate,
    due: c.closedAt ? null : commitmentDue(c.dueDate, today),
    review:
      c.closedAt && last
        ? {
            outcome: last.outcome,
            reason: last.reason,
            reviewedAt: last.at,
            reviewedBy: last.by,
            reviewedByName: name(space, last.by),
            inSessionId: '',
          }
        : null,
  };
}

/** Open commitments first, by due date; then the closed ones. */
export const byDue = (a: CommitmentResponse, b: CommitmentResponse): number =>
  Number(a.review !== null) - Number(b.review !== null) || a.dueDate.localeCompare(b.dueDate);

export function presentAgreement(
  agreement: StoredAgreement,
  commitments: readonly CommitmentData[],
  space: StoredSpace,
  viewer: AgreementViewer,
  now: number = Date.now(),
): AgreementResponse {
  const today = dayOf(now);
  return {
    id: agreement.agreementId,
    spaceId: space.spaceId,
    managerId: agreement.managerId,
    managerName: name(space, agreement.managerId),
    repId: agreement.repId,
    repName: name(space, agreement.repId),
    viewer,
    versions: agreement.versions.map((v) => presentVersion(space, v)),
    awaiting: awaitingSignatures(agreement.versions, agreement),
    inForce: versionInForce(agreement.versions)?.version ?? null,
    commitments: commitments.map((c) => presentAgreementCommitment(agreement, c, space, today)).sort(byDue),
    rates: { rep: keptRate(commitments, 'rep', now), manager: keptRate(commitments, 'manager', now) },
    etag: agreement._etag,
  };
}
