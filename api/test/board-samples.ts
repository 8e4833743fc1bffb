import {
  type BoardCardWriteResponse,
  type BoardResponse,
  BoardStagesBody,
  type BoardStagesResponse,
  CreateBoardBody,
  CreateBoardCardBody,
  DEFAULT_BOARD_STAGES,
  RestoreBoardCardBody,
  UpdateBoardCardBody,
} from '../src/domain/index.js';
import { api } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** A valid body for POST …/boards: an account in Discover, both for us and for the buyer. */
export function buildBoardBody(overrides: Partial<CreateBoardBody> = {}): CreateBoardBody {
  return {
    name: 'Fabrikam — regional rollout',
    segment: 'Enterprise',
    value: 480_000,
    currency: 'USD',
    salesStage: 'discover',
    buyerStage: 'discover',
    nextMeetingDate: '2026-12-02',
    ...overrides,
  };
}

/** A valid body for POST …/cards: the buyer's economic buyer, not met yet. */
export function buildStakeholderBody(overrides: Record<string, unknown> = {}): CreateBoardCardBody {
  return {
    kind: 'stakeholder',
    name: 'Nadia Ruiz',
    title: 'CFO',
    role: 'economicBuyer',
    influence: 'high',
    stance: 'neutral',
    lastContact: null,
    ...overrides,
  };
}

/** The default stages with one more exit criterion in Discover: a valid PUT …/board-stages body. */
export function buildStagesBody(): BoardStagesBody {
  const stages = structuredClone([...DEFAULT_BOARD_STAGES]);
  stages[1]?.exitCriteria.push({ id: 'budget-confirmed', text: 'Buyer confirmed the budget', signal: null });
  return { stages };
}

async function created<T>(res: Promise<{ status: number; json: unknown; text: string }>): Promise<T> {
  const done = await res;
  if (done.status >= 300) throw new Error(`setup failed: ${done.status} ${done.text}`);
  return done.json as T;
}

/** A board owned by Alex (a rep of the space under test) with one stakeholder card. */
async function boardWithCard({
  host,
  token,
  spaceId,
}: PrepareContext): Promise<{ boardId: string; card: string; etag: string }> {
  const base = `/api/spaces/${spaceId}/boards`;
  const board = await created<BoardResponse>(
    api(host, 'POST', base, { token, body: buildBoardBody({ ownerId: 'u-alex' }) }),
  );
  const write = await created<BoardCardWriteResponse>(
    api(host, 'POST', `${base}/${board.id}/cards`, { token, body: buildStakeholderBody() }),
  );
  if (!write.card) throw new Error('setup failed: no card');
  return { boardId: board.id, card: write.card.id, etag: write.card.etag };
}

const board = async (ctx: PrepareContext): Promise<Prepared> => {
  const { boardId } = await boardWithCard(ctx);
  return { params: { boardId } };
};

const card = async (ctx: PrepareContext): Promise<Prepared> => {
  const made = await boardWithCard(ctx);
  return { params: { boardId: made.boardId, cardId: made.card }, etag: made.etag };
};

/** A board of Alex's and its etag, what archiving it must match. */
const boardToArchive = async (ctx: PrepareContext): Promise<Prepared> => {
  const { boardId } = await boardWithCard(ctx);
  const res = await api(ctx.host, 'GET', `/api/spaces/${ctx.spaceId}/boards/${boardId}`, { token: ctx.token });
  return { params: { boardId }, etag: String(res.headers.etag) };
};

/** An archived board of Alex's and its etag, what restoring it must match. */
const archivedBoard = async (ctx: PrepareContext): Promise<Prepared> => {
  const { params, etag } = await boardToArchive(ctx);
  const archived = await created<BoardResponse>(
    api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/boards/${params.boardId}/archive`, {
      token: ctx.token,
      headers: { 'if-match': etag ?? '' },
    }),
  );
  return { params, etag: archived.etag };
};

/** A card at revision 2, so that revision 1 can be restored. */
const editedCard = async (ctx: PrepareContext): Promise<Prepared> => {
  const made = await boardWithCard(ctx);
  const write = await created<BoardCardWriteResponse>(
    api(ctx.host, 'PATCH', `/api/spaces/${ctx.spaceId}/boards/${made.boardId}/cards/${made.card}`, {
      token: ctx.token,
      body: { kind: 'stakeholder', stance: 'skeptical' },
      headers: { 'if-match': made.etag },
    }),
  );
  return { params: { boardId: made.boardId, cardId: made.card }, etag: write.card?.etag ?? '' };
};

/** Stages the space saved itself, so that an update has an etag to match. */
const savedStages = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const saved = await created<BoardStagesResponse>(
    api(host, 'PUT', `/api/spaces/${spaceId}/board-stages`, { token, body: { stages: [...DEFAULT_BOARD_STAGES] } }),
  );
  return { params: {}, etag: saved.etag ?? '' };
};

/** Route samples of the account-strategy boards (see route-samples.ts). */
export const BOARD_SAMPLES: Record<string, RouteSample> = {
  'boards-list': {},
  'boards-create': { schema: CreateBoardBody, body: () => buildBoardBody() },
  'boards-get': { prepare: board },
  'boards-archive': { ifMatch: true, prepare: boardToArchive },
  'boards-restore': { ifMatch: true, prepare: archivedBoard },
  'board-version-get': { prepare: board },
  'board-cards-create': { schema: CreateBoardCardBody, body: () => buildStakeholderBody(), prepare: board },
  'board-cards-update': {
    schema: UpdateBoardCardBody,
    body: () => ({ kind: 'stakeholder', stance: 'supportive' }),
    ifMatch: true,
    prepare: card,
  },
  'board-cards-delete': { ifMatch: true, prepare: card },
  'board-cards-restore': {
    schema: RestoreBoardCardBody,
    body: () => ({ revision: 1 }),
    ifMatch: true,
    prepare: editedCard,
  },
  'board-card-history-get': { prepare: card },
  'board-stages-get': {},
  'board-stages-update': {
    schema: BoardStagesBody,
    body: () => buildStagesBody(),
    ifMatch: true,
    prepare: savedStages,
  },
};
