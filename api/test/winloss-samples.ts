import type { DevHost } from '../src/devhost/server.js';
import {
  type BoardResponse,
  CloseBoardBody,
  CustomerReasonsBody,
  ReviewBody,
  type ReviewResponse,
  ReviewFinalBody,
  ThemeValuePropBody,
  ValuePropBody,
  type ValuePropResponse,
  WinlossTaxonomyBody,
  DEFAULT_WINLOSS_REASONS,
} from '../src/domain/index.js';
import { buildBoardBody } from './board-samples.js';
import { api } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** A lost deal decided on `date`. */
export function buildCloseBody(overrides: Partial<CloseBoardBody> = {}): CloseBoardBody {
  return { outcome: 'lost', date: '2026-11-20', value: 450_000, ...overrides };
}

/** A review that passes the rules: price (primary) and timing, "what else?" answered. */
export function buildReviewBody(overrides: Partial<ReviewBody> = {}): ReviewBody {
  return {
    reasons: ['price', 'timing'],
    primary: 'price',
    whatElse: { skipped: false, answer: 'We met the economic buyer too late.' },
    competitor: 'Contoso Cloud',
    buyerStage: 'discover',
    salesStage: 'discover',
    dealSize: 450_000,
    segment: 'Enterprise',
    durationSeconds: 95,
    ...overrides,
  };
}

export function buildCustomerBody(overrides: Partial<CustomerReasonsBody> = {}): CustomerReasonsBody {
  return {
    heardOn: '2026-11-27',
    reasons: [{ key: 'implementationRisk', quote: '  We could not see how you would get us live by March.  ' }],
    ...overrides,
  };
}

async function ok<T>(res: Promise<{ status: number; json: unknown; text: string; headers: Record<string, unknown> }>) {
  const done = await res;
  if (done.status >= 300) throw new Error(`setup failed: ${done.status} ${done.text}`);
  return { body: done.json as T, etag: String(done.headers.etag) };
}

/** A board of Alex's (created by `token`, a manager), open, with its etag. */
export async function openBoard(host: DevHost, token: string, spaceId: string, name?: string) {
  const made = await ok<BoardResponse>(
    api(host, 'POST', `/api/spaces/${spaceId}/boards`, {
      token,
      body: buildBoardBody({ ownerId: 'u-alex', ...(name ? { name } : {}) }),
    }),
  );
  return { boardId: made.body.id, etag: made.body.etag };
}

/** An open board, closed as `close` says: what the review routes need. */
export async function closedBoard(
  host: DevHost,
  token: string,
  spaceId: string,
  close: Partial<CloseBoardBody> = {},
  name?: string,
) {
  const { boardId, etag } = await openBoard(host, token, spaceId, name);
  const closed = await ok<BoardResponse>(
    api(host, 'POST', `/api/spaces/${spaceId}/boards/${boardId}/close`, {
      token,
      body: buildCloseBody(close),
      headers: { 'if-match': etag },
    }),
  );
  return { boardId, etag: closed.body.etag };
}

/** A closed, reviewed deal (with the customer heard when `customer` is given); the review's etag. */
export async function reviewedDeal(
  host: DevHost,
  token: string,
  spaceId: string,
  review: Partial<ReviewBody> = {},
  customer?: CustomerReasonsBody,
  close: Partial<CloseBoardBody> = {},
) {
  const { boardId } = await closedBoard(host, token, spaceId, close);
  const saved = await ok<ReviewResponse>(
    api(host, 'PUT', `/api/spaces/${spaceId}/boards/${boardId}/review`, { token, body: buildReviewBody(review) }),
  );
  if (!customer) return { boardId, etag: saved.etag };
  const heard = await ok<ReviewResponse>(
    api(host, 'PUT', `/api/spaces/${spaceId}/boards/${boardId}/review/customer`, {
      token,
      body: customer,
      headers: { 'if-match': saved.etag },
    }),
  );
  return { boardId, etag: heard.etag };
}

const toClose = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const { boardId, etag } = await openBoard(host, token, spaceId);
  return { params: { boardId }, etag };
};
const closed = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const { boardId, etag } = await closedBoard(host, token, spaceId);
  return { params: { boardId }, etag };
};
const reviewed = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const { boardId, etag } = await reviewedDeal(host, token, spaceId);
  return { params: { boardId }, etag };
};
/** Two lost deals citing price whose customers were heard: a loss theme. */
const priceTheme = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  await reviewedDeal(host, token, spaceId, {}, buildCustomerBody());
  await reviewedDeal(host, token, spaceId, {}, buildCustomerBody());
  return { params: { reason: 'price' } };
};
const savedTaxonomy = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const current = await api(host, 'GET', `/api/spaces/${spaceId}/winloss/taxonomy`, { token });
  return { params: {}, etag: String(current.headers.etag) };
};
const notes = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const current = await ok<ValuePropResponse>(api(host, 'GET', `/api/spaces/${spaceId}/value-prop`, { token }));
  return { params: {}, etag: current.body.etag };
};

/** Route samples of win/loss (see route-samples.ts); closing and reopening live on the boards. */
export const WINLOSS_SAMPLES: Record<string, RouteSample> = {
  'boards-close': { schema: CloseBoardBody, body: () => buildCloseBody(), ifMatch: true, prepare: toClose },
  'boards-reopen': { ifMatch: true, prepare: closed },
  'winloss-review-get': { prepare: closed },
  'winloss-review-put': { schema: ReviewBody, body: () => buildReviewBody(), prepare: closed },
  'winloss-review-final-put': {
    schema: ReviewFinalBody,
    body: () => ({ final: true }),
    ifMatch: true,
    prepare: reviewed,
  },
  'winloss-review-customer-put': {
    schema: CustomerReasonsBody,
    body: () => buildCustomerBody(),
    ifMatch: true,
    prepare: reviewed,
  },
  'winloss-taxonomy-get': {},
  'winloss-taxonomy-put': {
    schema: WinlossTaxonomyBody,
    body: () => ({ reasons: [...DEFAULT_WINLOSS_REASONS, { key: 'security', label: 'Security review' }] }),
    ifMatch: true,
    prepare: savedTaxonomy,
  },
  'winloss-analytics-get': {},
  'winloss-theme-scenario-create': { prepare: priceTheme },
  'winloss-theme-value-prop-create': { schema: ThemeValuePropBody, body: () => ({}), prepare: priceTheme },
  'value-prop-get': {},
  'value-prop-put': {
    schema: ValuePropBody,
    body: () => ({ points: ['Show the migration plan with names and dates in the first meeting.'] }),
    ifMatch: true,
    prepare: notes,
  },
};
