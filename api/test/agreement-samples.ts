import {
  CreateAgreementBody,
  CreateCommitmentOutcomeBody,
  PutAgreementDraftBody,
  SignAgreementBody,
  type AgreementResponse,
} from '../src/domain/index.js';
import { api, tokenFor } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** The calendar day `days` from today (UTC), as YYYY-MM-DD. */
export const dayFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** The first due dates of the sample text: Alex's weekly update is two days overdue, Megan's answer due in four. */
export const PIPELINE_DUE = dayFromNow(-2);
export const PRICING_DUE = dayFromNow(4);

/** A text Megan and Alex could agree: Alex's weekly pipeline update, Megan's pricing answers. */
export function buildDraftBody(overrides: Partial<PutAgreementDraftBody> = {}): PutAgreementDraftBody {
  return {
    managerExpects: [
      { itemId: 'pipeline', text: 'Update the pipeline board before Monday', dueDate: PIPELINE_DUE, cadence: 'weekly' },
    ],
    repExpects: [{ itemId: 'pricing', text: 'Answer pricing approvals within a day', dueDate: PRICING_DUE }],
    ...overrides,
  };
}

const agreements = (ctx: PrepareContext) => `/api/spaces/${ctx.spaceId}/agreements`;

/** Megan opens her agreement with Alex. */
export async function openAgreement(ctx: PrepareContext): Promise<AgreementResponse> {
  const res = await api(ctx.host, 'POST', agreements(ctx), { token: ctx.token, body: { withId: 'u-alex' } });
  if (res.status !== 201 && res.status !== 200) throw new Error(`agreement not opened: ${res.status} ${res.text}`);
  return res.json as AgreementResponse;
}

/** Megan proposes a text (revision 1 of version 1). */
export async function draftAgreement(ctx: PrepareContext): Promise<AgreementResponse> {
  const opened = await openAgreement(ctx);
  const res = await api(ctx.host, 'PUT', `${agreements(ctx)}/${opened.id}/draft`, {
    token: ctx.token,
    body: buildDraftBody(),
    headers: { 'if-match': opened.etag },
  });
  if (res.status !== 200) throw new Error(`draft not proposed: ${res.status} ${res.text}`);
  return res.json as AgreementResponse;
}

/** Megan and Alex both sign the drafted text: its dated items are commitments. */
export async function signedAgreement(ctx: PrepareContext): Promise<AgreementResponse> {
  const drafted = await draftAgreement(ctx);
  let last: AgreementResponse = drafted;
  for (const token of [ctx.token, await tokenFor(ctx.host, 'u-alex')]) {
    const res = await api(ctx.host, 'POST', `${agreements(ctx)}/${drafted.id}/signatures`, {
      token,
      body: { version: 1, revision: 1 },
    });
    if (res.status !== 201) throw new Error(`not signed: ${res.status} ${res.text}`);
    last = res.json as AgreementResponse;
  }
  return last;
}

const params = async (a: Promise<AgreementResponse>): Promise<Prepared> => {
  const agreement = await a;
  return { params: { agreementId: agreement.id, itemId: 'pipeline' }, etag: agreement.etag };
};

export const AGREEMENT_SAMPLES: Record<string, RouteSample> = {
  'agreements-list': {},
  'agreements-create': { schema: CreateAgreementBody, body: () => ({ withId: 'u-lynne' }) },
  'agreements-get': { prepare: (ctx) => params(openAgreement(ctx)) },
  'agreement-draft-put': {
    schema: PutAgreementDraftBody,
    body: () => buildDraftBody(),
    ifMatch: true,
    prepare: (ctx) => params(openAgreement(ctx)),
  },
  'agreement-signatures-create': {
    schema: SignAgreementBody,
    body: () => ({ version: 1, revision: 1 }),
    prepare: (ctx) => params(draftAgreement(ctx)),
  },
  'agreement-outcomes-create': {
    schema: CreateCommitmentOutcomeBody,
    body: () => ({ dueDate: PIPELINE_DUE, outcome: 'done', reason: 'Updated on Sunday' }),
    prepare: (ctx) => params(signedAgreement(ctx)),
  },
  'my-agreements-get': {},
};
