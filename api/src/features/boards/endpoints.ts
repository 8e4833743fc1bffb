import type { SpaceAccess } from '../../auth/policy.js';
import {
  BoardCardParams,
  BoardParams,
  BoardStagesBody,
  CloseBoardBody,
  CreateBoardBody,
  CreateBoardCardBody,
  ListBoardsQuery,
  NotFound,
  RestoreBoardCardBody,
  SpaceParams,
  UpdateBoardCardBody,
} from '../../domain/index.js';
import { defineEndpoint, type Reply } from '../../http/handle.js';
import type { DocumentStore } from '../../store/port.js';
import { setBoardArchived } from './archive.js';
import { addCard, deleteCard, restoreCard, updateCard } from './cardCommands.js';
import { setBoardClosing } from './closing.js';
import { CardConflict, createBoard, mayEditBoard, type CardWrite } from './commands.js';
import { isContentCard, summaryDocId, type SummaryDoc } from './model.js';
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
 * Opens a board with one query (its cards, the header and the board's copy of the stages) and a point
 * read of its summary (archived or not), run together. Store operations per request: one for the
 * space (authorization), this query and the point read.
 */
async function boardView(store: DocumentStore, access: SpaceAccess, boardId: string): Promise<Reply> {
  const [cards, summary] = await Promise.all([
    queryBoardCards(store, access.space.pk, boardId),
    store.read<SummaryDoc>(access.space.pk, summaryDocId(boardId)),
  ]);
  const account = cards.filter(isContentCard).find((c) => c.kind === 'account');
  const mayEdit = account ? mayEditBoard(access, (account.content as { ownerId: string }).ownerId) : false;
  const board = presentBoard(cards, access.space, {
    canEdit: mayEdit,
    canArchive: mayEdit && summary !== undefined,
    fallbackStages: [],
    today: todayOf(),
    summary,
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
export const boardsList = defineEndpoint({
  name: 'boards-list',
  method: 'GET',
  route: 'spaces/{spaceId}/boards',
  access: { space: 'boards.read' },
  params: SpaceParams,
  query: ListBoardsQuery,
  async run({ access: { space }, query, services }) {
    const [summaries, stages] = await Promise.all([
      listSummaries(services.store, space.pk, {
        ownerId: query.ownerId,
        archived: query.archived === 'true',
        // Open boards by default; a search finds closed ones too, unless `closed` says which.
        closed: query.closed === undefined ? (query.search ? undefined : false) : query.closed === 'true',
        search: query.search,
      }),
      getSpaceStages(services.store, space.pk),
    ]);
    const today = todayOf();
    const items = summaries.map((s) => presentSummary(s, stages.stages, space, today)).sort(byAttention);
    return { body: { items, stages: stages.stages } };
  },
});

export const boardsCreate = defineEndpoint({
  name: 'boards-create',
  method: 'POST',
  route: 'spaces/{spaceId}/boards',
  access: { space: 'boards.edit' },
  params: SpaceParams,
  body: CreateBoardBody,
  async run({ access, params, body, services }) {
    const { boardId } = await createBoard(services.store, access, body);
    const reply = await boardView(services.store, access, boardId);
    return { ...reply, status: 201, headers: { location: `/api/spaces/${params.spaceId}/boards/${boardId}` } };
  },
});

/** Archives a board: it leaves the list, reads as before and takes no change until restored. */
export const boardsArchive = defineEndpoint({
  name: 'boards-archive',
  method: 'POST',
  route: 'spaces/{spaceId}/boards/{boardId}/archive',
  access: { space: 'boards.edit' },
  params: BoardParams,
  ifMatch: 'required',
  async run({ access, params, ifMatch, services }) {
    await setBoardArchived(services.store, access, params.boardId, true, ifMatch);
    return boardView(services.store, access, params.boardId);
  },
});

/** Restores an archived board, unchanged, to the list. */
export const boardsRestore = defineEndpoint({
  name: 'boards-restore',
  method: 'POST',
  route: 'spaces/{spaceId}/boards/{boardId}/restore',
  access: { space: 'boards.edit' },
  params: BoardParams,
  ifMatch: 'required',
  async run({ access, params, ifMatch, services }) {
    await setBoardArchived(services.store, access, params.boardId, false, ifMatch);
    return boardView(services.store, access, params.boardId);
  },
});

/** Closes a deal as won, lost or no decision: it leaves the active list and asks for its review. */
export const boardsClose = defineEndpoint({
  name: 'boards-close',
  method: 'POST',
  route: 'spaces/{spaceId}/boards/{boardId}/close',
  access: { space: 'boards.edit' },
  params: BoardParams,
  body: CloseBoardBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    await setBoardClosing(services.store, access, params.boardId, body, ifMatch);
    return boardView(services.store, access, params.boardId);
  },
});

/** Reopens a closed deal: back in the active list, its review out of the analytics. */
export const boardsReopen = defineEndpoint({
  name: 'boards-reopen',
  method: 'POST',
  route: 'spaces/{spaceId}/boards/{boardId}/reopen',
  access: { space: 'boards.edit' },
  params: BoardParams,
  ifMatch: 'required',
  async run({ access, params, ifMatch, services }) {
    await setBoardClosing(services.store, access, params.boardId, null, ifMatch);
    return boardView(services.store, access, params.boardId);
  },
});

export const boardsGet = defineEndpoint({
  name: 'boards-get',
  method: 'GET',
  route: 'spaces/{spaceId}/boards/{boardId}',
  access: { space: 'boards.read' },
  params: BoardParams,
  async run({ access, params, services }) {
    return boardView(services.store, access, params.boardId);
  },
});

/**
 * The poll of the meeting stage and of everyone looking at a board: one point read (membership is
 * cached briefly, as for the meeting poll), 304 while nothing changed.
 */
export const boardVersionGet = defineEndpoint({
  name: 'board-version-get',
  method: 'GET',
  route: 'spaces/{spaceId}/boards/{boardId}/version',
  access: { space: 'boards.read', cached: true },
  params: BoardParams,
  async run({ access: { space }, params, services }) {
    const summary = await getSummary(services.store, space.pk, params.boardId);
    return { body: presentVersion(summary, space), etag: summary._etag };
  },
});

export const boardCardsCreate = defineEndpoint({
  name: 'board-cards-create',
  method: 'POST',
  route: 'spaces/{spaceId}/boards/{boardId}/cards',
  access: { space: 'boards.edit' },
  params: BoardParams,
  body: CreateBoardCardBody,
  async run({ access, params, body, services }) {
    return cardWrite(access, () => addCard(services.store, access, params.boardId, body), 201);
  },
});

export const boardCardsUpdate = defineEndpoint({
  name: 'board-cards-update',
  method: 'PATCH',
  route: 'spaces/{spaceId}/boards/{boardId}/cards/{cardId}',
  access: { space: 'boards.edit' },
  params: BoardCardParams,
  body: UpdateBoardCardBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    return cardWrite(access, () => updateCard(services.store, access, params.boardId, params.cardId, body, ifMatch));
  },
});

export const boardCardsDelete = defineEndpoint({
  name: 'board-cards-delete',
  method: 'DELETE',
  route: 'spaces/{spaceId}/boards/{boardId}/cards/{cardId}',
  access: { space: 'boards.edit' },
  params: BoardCardParams,
  ifMatch: 'required',
  async run({ access, params, ifMatch, services }) {
    return cardWrite(access, () => deleteCard(services.store, access, params.boardId, params.cardId, ifMatch));
  },
});

export const boardCardsRestore = defineEndpoint({
  name: 'board-cards-restore',
  method: 'POST',
  route: 'spaces/{spaceId}/boards/{boardId}/cards/{cardId}/restore',
  access: { space: 'boards.edit' },
  params: BoardCardParams,
  body: RestoreBoardCardBody,
  // Required while the card exists; a deleted card has no etag to send.
  ifMatch: 'optional',
  async run({ access, params, body, ifMatch, services }) {
    return cardWrite(access, () =>
      restoreCard(services.store, access, params.boardId, params.cardId, body.revision, ifMatch),
    );
  },
});

export const boardCardHistoryGet = defineEndpoint({
  name: 'board-card-history-get',
  method: 'GET',
  route: 'spaces/{spaceId}/boards/{boardId}/cards/{cardId}/history',
  access: { space: 'boards.read' },
  params: BoardCardParams,
  async run({ access: { space }, params, services }) {
    const [current, versions] = await Promise.all([
      findCard(services.store, space.pk, params.boardId, params.cardId),
      listCardVersions(services.store, space.pk, params.boardId, params.cardId),
    ]);
    if (!current && versions.length === 0) throw new NotFound('card');
    return { body: presentHistory(params.cardId, current, versions, space) };
  },
});

export const boardStagesGet = defineEndpoint({
  name: 'board-stages-get',
  method: 'GET',
  route: 'spaces/{spaceId}/board-stages',
  access: { space: 'boards.read' },
  params: SpaceParams,
  async run({ access: { space }, services }) {
    const stages = await getSpaceStages(services.store, space.pk);
    return { body: presentStages(stages), ...(stages.doc ? { etag: stages.doc._etag } : {}) };
  },
});

export const boardStagesUpdate = defineEndpoint({
  name: 'board-stages-update',
  method: 'PUT',
  route: 'spaces/{spaceId}/board-stages',
  access: { space: 'boards.configure' },
  params: SpaceParams,
  body: BoardStagesBody,
  // Required once the space has saved its own stages; the defaults have no etag.
  ifMatch: 'optional',
  async run({ access, principal, body, ifMatch, services }) {
    const stages = await saveBoardStages(services.store, access, body, ifMatch, principal.userId);
    return { body: presentStages(stages), ...(stages.doc ? { etag: stages.doc._etag } : {}) };
  },
});
