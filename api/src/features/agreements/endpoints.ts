import type { SpaceAccess } from '../../auth/policy.js';
import {
  AgreementCommitmentParams,
  AgreementParams,
  assertMayViewAgreement,
  CreateAgreementBody,
  CreateCommitmentOutcomeBody,
  PutAgreementDraftBody,
  SignAgreementBody,
  SpaceParams,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import type { DocumentStore } from '../../store/port.js';
import { createAgreement, markOutcome, proposeDraft, signAgreement } from './commands.js';
import type { StoredAgreement, StoredCommitments } from './model.js';
import { notifyAwaitingSignature, notifyDueCommitments } from './notices.js';
import { presentAgreement } from './present.js';
import { getAgreement, listAgreements, readCommitments } from './queries.js';
import { myAgreements } from './reports.js';

const AGREEMENTS = 'spaces/{spaceId}/agreements';
const AGREEMENT = `${AGREEMENTS}/{agreementId}`;

/** An agreement as the caller may see it (404 to those who may not), with its commitments. */
async function view(
  store: DocumentStore,
  access: SpaceAccess,
  agreement: StoredAgreement,
  commitments?: StoredCommitments,
) {
  const viewer = assertMayViewAgreement(access.member.role, access.member.userId, agreement);
  const stored = commitments ?? (await readCommitments(store, access.space.pk, agreement.agreementId));
  return presentAgreement(agreement, stored?.commitments ?? [], access.space, viewer);
}

export const agreementsList = defineEndpoint({
  name: 'agreements-list',
  method: 'GET',
  route: AGREEMENTS,
  access: { space: 'agreements.read' },
  params: SpaceParams,
  async run({ access, services }) {
    const { space, member } = access;
    // Managers read the team's agreements; anyone else only their own.
    const rows = await listAgreements(services.store, space.pk, member.role === 'manager' ? undefined : member.userId);
    const items = rows.map(({ agreement, commitments }) =>
      presentAgreement(
        agreement,
        commitments?.commitments ?? [],
        space,
        assertMayViewAgreement(member.role, member.userId, agreement),
      ),
    );
    return { body: { items } };
  },
});

export const agreementsCreate = defineEndpoint({
  name: 'agreements-create',
  method: 'POST',
  route: AGREEMENTS,
  access: { space: 'agreements.read' },
  params: SpaceParams,
  body: CreateAgreementBody,
  async run({ access, body, services }) {
    const { agreement, created } = await createAgreement(services.store, access, body);
    const shown = await view(services.store, access, agreement);
    return { status: created ? 201 : 200, body: shown, etag: shown.etag };
  },
});

export const agreementsGet = defineEndpoint({
  name: 'agreements-get',
  method: 'GET',
  route: AGREEMENT,
  access: { space: 'agreements.read' },
  params: AgreementParams,
  async run({ access, principal, params, services }) {
    const agreement = await getAgreement(services.store, access.space.pk, params.agreementId);
    const commitments = await readCommitments(services.store, access.space.pk, params.agreementId);
    const body = await view(services.store, access, agreement, commitments);
    if (body.viewer !== 'observer') {
      await notifyDueCommitments(services.store, services.notifier, principal, access.space, agreement, commitments);
    }
    return { body, etag: body.etag };
  },
});

export const agreementDraftPut = defineEndpoint({
  name: 'agreement-draft-put',
  method: 'PUT',
  route: `${AGREEMENT}/draft`,
  access: { space: 'agreements.read' },
  params: AgreementParams,
  body: PutAgreementDraftBody,
  ifMatch: 'required',
  async run({ access, principal, params, body, ifMatch, services }) {
    const { agreement, changed } = await proposeDraft(services.store, access, params.agreementId, body, ifMatch);
    if (changed) await notifyAwaitingSignature(services.notifier, principal, access.space, agreement);
    const shown = await view(services.store, access, agreement);
    return { body: shown, etag: shown.etag };
  },
});

export const agreementSignaturesCreate = defineEndpoint({
  name: 'agreement-signatures-create',
  method: 'POST',
  route: `${AGREEMENT}/signatures`,
  access: { space: 'agreements.read' },
  params: AgreementParams,
  body: SignAgreementBody,
  async run({ access, principal, params, body, services }) {
    const outcome = await signAgreement(services.store, access, params.agreementId, body);
    const current = await view(services.store, access, outcome.agreement);
    if (outcome.kind === 'stale') {
      // The text changed since the signer read it: they get the new text to read before signing.
      return {
        status: 412,
        headers: { 'content-type': 'application/problem+json' },
        body: {
          type: 'https://coachboard.dev/problems/precondition_failed',
          title: 'Changed by someone else.',
          status: 412,
          code: 'precondition_failed',
          detail: 'The agreement changed since you read it. Read the new text, then sign it.',
          current,
        },
        etag: current.etag,
      };
    }
    if (!outcome.completed)
      await notifyAwaitingSignature(services.notifier, principal, access.space, outcome.agreement);
    return { status: 201, body: current, etag: current.etag };
  },
});

export const agreementOutcomesCreate = defineEndpoint({
  name: 'agreement-outcomes-create',
  method: 'POST',
  route: `${AGREEMENT}/commitments/{itemId}/outcomes`,
  access: { space: 'agreements.read' },
  params: AgreementCommitmentParams,
  body: CreateCommitmentOutcomeBody,
  async run({ access, params, body, services }) {
    const { agreement, commitments } = await markOutcome(
      services.store,
      access,
      params.agreementId,
      params.itemId,
      body,
    );
    const current = await view(services.store, access, agreement, commitments);
    return { status: 201, body: current, etag: current.etag };
  },
});

export const myAgreementsGet = defineEndpoint({
  name: 'my-agreements-get',
  method: 'GET',
  route: 'me/agreements',
  access: 'self',
  async run({ principal, services }) {
    return { body: await myAgreements(services.store, services.notifier, principal) };
  },
});
