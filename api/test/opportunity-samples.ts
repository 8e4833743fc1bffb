import {
  AssignOpportunityBody,
  CreateOpportunityBody,
  OpportunityPointsBody,
  type OpportunityResponse,
  OpportunityStatusBody,
  quarterOf,
  RecognitionOptInBody,
  ReverseLedgerEntryBody,
  RewardGivenBody,
} from '../src/domain/index.js';
import { api, tokenFor } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** What Isaiah noticed at a customer with no account board yet: it waits for the managers' triage. */
export function buildOpportunityBody(overrides: Partial<CreateOpportunityBody> = {}): CreateOpportunityBody {
  return {
    customerName: 'Tailspin Toys',
    noticed: '“Our contract with the other vendor ends in March.”',
    whyItMatters: 'Could be a new customer.',
    urgency: 'soon',
    contact: 'Their IT lead, via our support line',
    ...overrides,
  };
}

async function ok<T>(res: Promise<{ status: number; json: unknown; text: string }>): Promise<T> {
  const done = await res;
  if (done.status >= 300) throw new Error(`setup failed: ${done.status} ${done.text}`);
  return done.json as T;
}

/** An account board of Alex's in the space under test, opened by its manager. */
export async function alexBoard({ host, token, spaceId }: PrepareContext): Promise<string> {
  const board = await ok<{ id: string }>(
    api(host, 'POST', `/api/spaces/${spaceId}/boards`, {
      token,
      body: { name: `Contoso ${Math.random().toString(36).slice(2, 8)}`, ownerId: 'u-alex' },
    }),
  );
  return board.id;
}

/** Isaiah (the space's contributor) logs an opportunity; on Alex's board when `onBoard`. */
async function logged(ctx: PrepareContext, onBoard: boolean): Promise<OpportunityResponse> {
  const isaiah = await tokenFor(ctx.host, 'u-isaiah');
  const body = onBoard
    ? buildOpportunityBody({ boardId: await alexBoard(ctx), customerName: undefined })
    : buildOpportunityBody();
  return ok<OpportunityResponse>(
    api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/opportunities`, { token: isaiah, body }),
  );
}

const onAlexBoard = async (ctx: PrepareContext): Promise<Prepared> => ({
  params: { opportunityId: (await logged(ctx, true)).id },
});
const inTriage = async (ctx: PrepareContext): Promise<Prepared> => ({
  params: { opportunityId: (await logged(ctx, false)).id },
});

/** Isaiah's opportunity, assigned to Alex by the manager and qualified: points are proposed. */
async function qualified(ctx: PrepareContext): Promise<string> {
  const o = await logged(ctx, false);
  const base = `/api/spaces/${ctx.spaceId}/opportunities/${o.id}`;
  await ok(api(ctx.host, 'PUT', `${base}/assignee`, { token: ctx.token, body: { assigneeId: 'u-alex' } }));
  await ok(api(ctx.host, 'PUT', `${base}/status`, { token: ctx.token, body: { status: 'qualified' } }));
  return o.id;
}

const qualifiedSample = async (ctx: PrepareContext): Promise<Prepared> => ({
  params: { opportunityId: await qualified(ctx), milestone: 'qualified' },
});

/** The credited entry of an approved qualification. */
const creditEntry = async (ctx: PrepareContext): Promise<Prepared> => {
  const id = await qualified(ctx);
  const o = await ok<OpportunityResponse>(
    api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/opportunities/${id}/credits/qualified/approval`, {
      token: ctx.token,
    }),
  );
  return { params: { entryId: o.credits[0]?.entryId ?? 'missing' } };
};

const thisQuarter = async (): Promise<Prepared> => ({ params: { quarter: quarterOf(new Date().toISOString()) } });

export const OPPORTUNITY_SAMPLES: Record<string, RouteSample> = {
  'opportunities-list': {},
  'opportunities-create': { schema: CreateOpportunityBody, body: () => buildOpportunityBody() },
  'opportunities-get': { prepare: onAlexBoard },
  'opportunity-assignee-put': {
    schema: AssignOpportunityBody,
    body: () => ({ assigneeId: 'u-alex' }),
    prepare: inTriage,
  },
  'opportunity-status-put': {
    schema: OpportunityStatusBody,
    body: () => ({ status: 'contacted' }),
    prepare: onAlexBoard,
  },
  'opportunity-board-create': { prepare: qualifiedSample },
  'opportunity-credit-approve': { prepare: qualifiedSample },
  'opportunity-credits-get': {},
  'opportunity-optin-put': { schema: RecognitionOptInBody, body: () => ({ optIn: true }) },
  'opportunity-points-put': { schema: OpportunityPointsBody, body: () => ({ qualified: 20, won: 80 }) },
  'ledger-entry-reverse': {
    schema: ReverseLedgerEntryBody,
    body: () => ({ reason: 'Credited by mistake: the customer had already asked sales.' }),
    prepare: creditEntry,
  },
  'recognition-get': { prepare: thisQuarter },
  'recognition-reward-create': {
    schema: RewardGivenBody,
    body: () => ({ contributorId: 'u-isaiah', note: 'Lunch with the team' }),
    prepare: thisQuarter,
  },
  'my-opportunities-list': {},
};
