import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  applyAgreementDraft,
  assertMayViewAgreement,
  assertParty,
  commitmentsOnSigning,
  Conflict,
  markCommitment,
  NotFound,
  pairOf,
  PreconditionFailed,
  signVersion,
  versionInForce,
  type CreateAgreementBody,
  type CreateCommitmentOutcomeBody,
  type PutAgreementDraftBody,
  type SignAgreementBody,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { backoff, updateWithRetry } from '../../store/retry.js';
import {
  agreementDocId,
  agreementIdFor,
  commitmentsDocId,
  type AgreementCommitmentsDoc,
  type AgreementDoc,
  type StoredAgreement,
  type StoredCommitments,
} from './model.js';
import { getAgreement, readCommitments } from './queries.js';

const iso = (at: number): string => new Date(at).toISOString();

/**
 * Opens the agreement of the caller and `withId` (a manager with a rep, or a rep with a manager), with
 * an empty first version to draft. There is one per pair: asking again, even at the same moment on
 * another instance, gets the same agreement (`created: false`).
 */
export async function createAgreement(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateAgreementBody,
  now: number = Date.now(),
): Promise<{ agreement: StoredAgreement; created: boolean }> {
  const { space, member } = access;
  const pair = pairOf(
    member,
    space.members.find((m) => m.userId === body.withId),
  );
  const agreementId = agreementIdFor(space.spaceId, pair.managerId, pair.repId);
  const at = iso(now);
  const doc: AgreementDoc = {
    id: agreementDocId(agreementId),
    pk: space.pk,
    type: 'agreement',
    agreementId,
    ...pair,
    versions: [
      {
        version: 1,
        revision: 0,
        managerExpects: [],
        repExpects: [],
        signatures: [],
        signedAt: null,
        createdAt: at,
        changes: [],
      },
    ],
    createdAt: at,
    updatedAt: at,
  };
  try {
    return { agreement: await store.create(doc), created: true };
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    return { agreement: await getAgreement(store, space.pk, agreementId), created: false };
  }
}

/** The agreement as a party: 404 to those who may not see it, 403 to managers who only read it. */
async function asParty(store: DocumentStore, access: SpaceAccess, agreementId: string) {
  const agreement = await getAgreement(store, access.space.pk, agreementId);
  const side = assertParty(assertMayViewAgreement(access.member.role, access.member.userId, agreement));
  return { agreement, side };
}

/**
 * A party proposes a text (both lists, whole), guarded by the etag they saw: a draft is redrafted, a
 * signed version is renegotiated into a new one. Returns whether anything changed.
 */
export async function proposeDraft(
  store: DocumentStore,
  access: SpaceAccess,
  agreementId: string,
  body: PutAgreementDraftBody,
  ifMatch: string,
  now: number = Date.now(),
): Promise<{ agreement: StoredAgreement; changed: boolean }> {
  const { agreement } = await asParty(store, access, agreementId);
  if (agreement._etag !== ifMatch) throw new PreconditionFailed();
  const at = iso(now);
  const versions = applyAgreementDraft(agreement.versions, body, access.member.userId, at, () =>
    randomUUID().slice(0, 13),
  );
  if (!versions) return { agreement, changed: false };
  const next: AgreementDoc = { ...agreement, versions, updatedAt: at };
  return { agreement: await store.replace(next, { ifMatch }), changed: true };
}

export type SignOutcome =
  { kind: 'stale'; agreement: StoredAgreement } | { kind: 'signed'; agreement: StoredAgreement; completed: boolean };

/**
 * A party signs the text they name (version and revision). When that text changed meanwhile the answer
 * is `stale`, with the agreement as it is now. Two signatures at the same moment are both kept: a lost
 * write is retried on the fresh document as long as the named text is still the newest. The signature
 * that completes a version makes its dated items commitments.
 */
export async function signAgreement(
  store: DocumentStore,
  access: SpaceAccess,
  agreementId: string,
  body: SignAgreementBody,
  now: number = Date.now(),
): Promise<SignOutcome> {
  for (let attempt = 1; ; attempt++) {
    const { agreement } = await asParty(store, access, agreementId);
    const result = signVersion(agreement.versions, agreement, access.member.userId, body, iso(now));
    if (result.kind === 'stale') return { kind: 'stale', agreement };
    if (result.kind === 'already') {
      // Signed before (perhaps by a request whose commitments write was lost): make sure they exist.
      await ensureCommitments(store, agreement, now);
      return { kind: 'signed', agreement, completed: false };
    }
    try {
      const saved = await store.replace<AgreementDoc>(
        { ...agreement, versions: result.versions, updatedAt: iso(now) },
        { ifMatch: agreement._etag },
      );
      if (result.completed) await ensureCommitments(store, saved, now);
      return { kind: 'signed', agreement: saved, completed: result.completed };
    } catch (error) {
      if (!(error instanceof PreconditionFailed) || attempt >= 16) throw error;
    }
    await backoff(attempt);
  }
}

/** The commitments of the version in force, created or brought up to date (idempotent). */
async function ensureCommitments(store: DocumentStore, agreement: StoredAgreement, now: number): Promise<void> {
  const signed = versionInForce(agreement.versions);
  if (!signed) return;
  const id = commitmentsDocId(agreement.agreementId);
  const existing = await readCommitments(store, agreement.pk, agreement.agreementId);
  if (!existing) {
    const doc: AgreementCommitmentsDoc = {
      id,
      pk: agreement.pk,
      type: 'agreementCommitments',
      agreementId: agreement.agreementId,
      managerId: agreement.managerId,
      repId: agreement.repId,
      commitments: commitmentsOnSigning([], signed),
      notified: [],
      updatedAt: iso(now),
    };
    try {
      await store.create(doc);
      return;
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
    }
  }
  await updateWithRetry<AgreementCommitmentsDoc>(store, agreement.pk, id, (current) => ({
    ...current,
    commitments: commitmentsOnSigning(current.commitments, signed),
    updatedAt: iso(now),
  }));
}

/**
 * A party marks the occurrence of a commitment due on `body.dueDate` kept, missed or renegotiated.
 * Marks of different commitments at once are all kept; a second mark of the same occurrence is a 409.
 */
export async function markOutcome(
  store: DocumentStore,
  access: SpaceAccess,
  agreementId: string,
  itemId: string,
  body: CreateCommitmentOutcomeBody,
  now: number = Date.now(),
): Promise<{ agreement: StoredAgreement; commitments: StoredCommitments }> {
  const { agreement } = await asParty(store, access, agreementId);
  const existing = await readCommitments(store, access.space.pk, agreementId);
  if (!existing?.commitments.some((c) => c.itemId === itemId)) throw new NotFound('commitment');
  const outcome = {
    dueDate: body.dueDate,
    outcome: body.outcome,
    reason: body.reason ?? '',
    by: access.member.userId,
    at: iso(now),
    ...(body.newDueDate ? { newDueDate: body.newDueDate } : {}),
    ...(body.newText ? { newText: body.newText } : {}),
  };
  const commitments = await updateWithRetry<AgreementCommitmentsDoc>(
    store,
    access.space.pk,
    commitmentsDocId(agreementId),
    (current) => ({
      ...current,
      commitments: current.commitments.map((c) => (c.itemId === itemId ? markCommitment(c, outcome) : c)),
      updatedAt: iso(now),
    }),
  );
  return { agreement, commitments };
}
