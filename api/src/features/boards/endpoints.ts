import { authorizeSpace } from '../../auth/policy.js';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  BoardCardParams,
  BoardParams,
  BoardStagesBody,
  CreateBoardBody,
  CreateBoardCardBody,
  ListBoardsQuery,
  NotFound,
  RestoreBoardCardBody,
  SpaceParams,
  UpdateBoardCardBody,
} from '../../domain/index.js';
import type { Endpoint, Reply } from '../../http/handle.js';
import type { DocumentStore } from '../../store/port.js';
import {
  addCard,
  CardConflict,
  createBoard,
  deleteCard,
  mayEditBoard,
  restoreCard,
  updateCard,
  type CardWrite,
} from './commands.js';
import { isContentCard } from './model.js';
import {
  byAttention,
  presentBoard,
  presentConflict,
  presentHistory,
  presentStages,
  presentSummary,
  presentVersion,
  presentWrite,
  todayOf,
} from './present.js';
import { findCard, getSummary, listCardVersions, listSummaries, queryBoardCards } from './queries.js';
import { getSpaceStages, saveBoardStages } from './stages.js';

/**
 * Opens a board with one query (its cards, the header and the board's copy of the stages). Store
 * operations per request: one for the space (authorization) and this one query.
 */
async function boardView(store: DocumentStore, access: SpaceAccess, boardId: string): Promise<Reply> {
  const cards = await queryBoardCards(store, access.space.pk, boardId);
  const account = cards.filter(isContentCard).find((c) => c.kind === 'account');
  const board = presentBoard(cards, access.space, {
    canEdit: account ? mayEditBoard(access, (account.content as { ownerId: string }).ownerId) : false,
    fallbackStages: [],
    today: todayOf(),
  });
  if (!board) throw new NotFound('board');
  return { body: board, etag: board.etag };
}

/** Runs a card write; a stale etag is answered 412 with the server's version of the card. */
async function cardWrite(access: SpaceAccess, write: () => Promise<CardWrite>, status = 200): Promise<Reply> {
  try {
    const result = await write();
    return {
      status,
      body: presentWrite(result, access.space, todayOf()),
      ...(result.card ? { etag: result.card._etag } : {}),
    };
  } catch (error) {
    if (error instanceof CardConflict) return presentConflict(error, access.space);
    throw error;
  }
}

/** The space-level view: every board with its alignment warnings, from the summaries alone. */
export const boardsList = {
  name: 'boards-list',
  method: 'GET',
  route: 'spaces/{spaceId}/boards',
  authenticated: true,
  params: SpaceParams,
  query: ListBoardsQuery,
  async run({ principal, params, query, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'boards.read');
    const [summaries, stages] = await Promise.all([
      listSummaries(services.store, space.pk, { ownerId: query.ownerId }),
      getSpaceStages(services.store, space.pk),
    ]);
    const today = todayOf();
    const items = summaries.map((s) => presentSummary(s, stages.stages, space, today)).sort(byAttention);
    return { body: { items, stages: stages.stages } };
  },
} satisfies Endpoint<true, typeof SpaceParams, typeof ListBoardsQuery, undefined>;

export const boardsCreate = {
  name: 'boards-create',
  method: 'POST',
  route: 'spaces/{spaceId}/boards',
  authenticated: true,
  params: SpaceParams,
  body: CreateBoardBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'boards.edit');
    const { boardId } = await createBoard(services.store, access, body);
    const reply = await boardView(services.store, access, boardId);
    return { ...reply, status: 201, headers: { location: `/api/spaces/${params.spaceId}/boards/${boardId}` } };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof CreateBoardBody>;

export const boardsGet = {
  name: 'boards-get',
  method: 'GET',
  route: 'spaces/{spaceId}/boards/{boardId}',
  authenticated: true,
  params: BoardParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'boards.read');
    return boardView(services.store, access, params.boardId);
  },
} satisfies Endpoint<true, typeof BoardParams, undefined, undefined>;

/**
 * The poll of the meeting stage and of everyone looking at a board: one point read (membership is
 * cached briefly, as for the meeting poll), 304 while nothing changed.
 */
export const boardVersionGet = {
  name: 'board-version-get',
  method: 'GET',
  route: 'spaces/{spaceId}/boards/{boardId}/version',
  authenticated: true,
  params: BoardParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'boards.read', {
      cached: true,
    });
    const summary = await getSummary(services.store, space.pk, params.boardId);
    return { body: presentVersion(summary, space), etag: summary._etag };
  },
} satisfies Endpoint<true, typeof BoardParams, undefined, undefined>;

export const boardCardsCreate = {
  name: 'board-cards-create',
  method: 'POST',
  route: 'spaces/{spaceId}/boards/{boardId}/cards',
  authenticated: true,
  params: BoardParams,
  body: CreateBoardCardBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'boards.edit');
    return cardWrite(access, () => addCard(services.store, access, params.boardId, body), 201);
  },
} satisfies Endpoint<true, typeof BoardParams, undefined, typeof CreateBoardCardBody>;

export const boardCardsUpdate = {
  name: 'board-cards-update',
  method: 'PATCH',
  route: 'spaces/{spaceId}/boards/{boardId}/cards/{cardId}',
  authenticated: true,
  params: BoardCardParams,
  body: UpdateBoardCardBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'boards.edit');
    return cardWrite(access, () =>
      updateCard(services.store, access, params.boardId, params.cardId, body, ifMatch ?? ''),
    );
  },
} satisfies Endpoint<true, typeof BoardCardParams, undefined, typeof UpdateBoardCardBody>;

export const boardCardsDelete = {
  name: 'board-cards-delete',
  method: 'DELETE',
  route: 'spaces/{spaceId}/boards/{boardId}/cards/{cardId}',
  authenticated: true,
  params: BoardCardParams,
  ifMatch: 'required',
  async run({ principal, params, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'boards.edit');
    return cardWrite(access, () => deleteCard(services.store, access, params.boardId, params.cardId, ifMatch ?? ''));
  },
} satisfies Endpoint<true, typeof BoardCardParams, undefined, undefined>;

export const boardCardsRestore = {
  name: 'board-cards-restore',
  method: 'POST',
  route: 'spaces/{spaceId}/boards/{boardId}/cards/{cardId}/restore',
  authenticated: true,
  params: BoardCardParams,
  body: RestoreBoardCardBody,
  // Required while the card exists; a deleted card has no etag to send.
  ifMatch: 'optional',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'boards.edit');
    return cardWrite(access, () =>
      restoreCard(services.store, access, params.boardId, params.cardId, body.revision, ifMatch),
    );
  },
} satisfies Endpoint<true, typeof BoardCardParams, undefined, typeof RestoreBoardCardBody>;

export const boardCardHistoryGet = {
  name: 'board-card-history-get',
  method: 'GET',
  route: 'spaces/{spaceId}/boards/{boardId}/cards/{cardId}/history',
  authenticated: true,
  params: BoardCardParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'boards.read');
    const [current, versions] = await Promise.all([
      findCard(services.store, space.pk, params.boardId, params.cardId),
      listCardVersions(services.store, space.pk, params.boardId, params.cardId),
    ]);
    if (!current && versions.length === 0) throw new NotFound('card');
    return { body: presentHistory(params.cardId, current, versions, space) };
  },
} satisfies Endpoint<true, typeof BoardCardParams, undefined, undefined>;

export const boardStagesGet = {
  name: 'board-stages-get',
  method: 'GET',
  route: 'spaces/{spaceId}/board-stages',
  authenticated: true,
  params: SpaceParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'boards.read');
    const stages = await getSpaceStages(services.store, space.pk);
    return { body: presentStages(stages), ...(stages.doc ? { etag: stages.doc._etag } : {}) };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, undefined>;

export const boardStagesUpdate = {
  name: 'board-stages-update',
  method: 'PUT',
  route: 'spaces/{spaceId}/board-stages',
  authenticated: true,
  params: SpaceParams,
  body: BoardStagesBody,
  // Required once the space has saved its own stages; the defaults have no etag.
  ifMatch: 'optional',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'boards.configure');
    const stages = await saveBoardStages(services.store, access, body, ifMatch, principal.userId);
    return { body: presentStages(stages), ...(stages.doc ? { etag: stages.doc._etag } : {}) };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof BoardStagesBody>;
