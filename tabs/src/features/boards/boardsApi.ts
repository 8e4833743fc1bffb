import {
  BoardCardConflictResponse,
  BoardCardHistoryResponse,
  BoardCardWriteResponse,
  BoardListResponse,
  BoardResponse,
  BoardStagesResponse,
  BoardVersionResponse,
  type BoardStagesBody,
  type CloseBoardBody,
  type BoardCardResponse,
  type CreateBoardBody,
  type CreateBoardCardBody,
  type UpdateBoardCardBody,
} from '@coachboard/api/domain';
import { ApiError, type ApiClient } from '../../lib/api';

const segment = encodeURIComponent;

async function answered<T>(pending: Promise<{ data: T | null }>): Promise<T> {
  const { data } = await pending;
  if (data === null) throw new ApiError({ status: 304, code: 'http_error', title: 'Nothing was returned.' });
  return data;
}

/** The board endpoints, on the app's one API client (its `exchange` carries ETags both ways). */
export function boardsApi(api: ApiClient) {
  const boards = (spaceId: string) => `spaces/${segment(spaceId)}/boards`;
  const board = (spaceId: string, boardId: string) => `${boards(spaceId)}/${segment(boardId)}`;
  const card = (spaceId: string, boardId: string, cardId: string) =>
    `${board(spaceId, boardId)}/cards/${segment(cardId)}`;
  return {
    /** Every board of the space with its alignment warnings, misaligned first. */
    list: (spaceId: string) => answered(api.exchange(BoardListResponse, 'GET', boards(spaceId))),
    /** The archived boards, where they are restored from. */
    listArchived: (spaceId: string) =>
      answered(api.exchange(BoardListResponse, 'GET', `${boards(spaceId)}?archived=true`)),
    /** Archives (`archived`) or restores a board; `etag` is the board as the user saw it (412 if stale). */
    setArchived: (spaceId: string, boardId: string, archived: boolean, etag: string) =>
      answered(
        api.exchange(BoardResponse, 'POST', `${board(spaceId, boardId)}/${archived ? 'archive' : 'restore'}`, {
          ifMatch: etag,
        }),
      ),
    /** The closed deals, optionally only those whose name or segment holds every word of `search`. */
    listClosed: (spaceId: string, search: string) =>
      answered(
        api.exchange(
          BoardListResponse,
          'GET',
          `${boards(spaceId)}?closed=true${search.trim() ? `&search=${segment(search.trim())}` : ''}`,
        ),
      ),
    /** Closes a deal (`body`) or reopens it (null); `etag` is the board as the user saw it (412 if stale). */
    setClosing: (spaceId: string, boardId: string, body: CloseBoardBody | null, etag: string) =>
      answered(
        api.exchange(BoardResponse, 'POST', `${board(spaceId, boardId)}/${body ? 'close' : 'reopen'}`, {
          ifMatch: etag,
          ...(body ? { body } : {}),
        }),
      ),
    create: (spaceId: string, body: CreateBoardBody) =>
      answered(api.exchange(BoardResponse, 'POST', boards(spaceId), { body })),
    /** A whole board; with `etag`, `data` is null while the board is unchanged (304). */
    get: (spaceId: string, boardId: string, etag?: string) =>
      api.exchange(BoardResponse, 'GET', board(spaceId, boardId), etag ? { ifNoneMatch: etag } : {}),
    /** The cheap poll: `data` is null while nothing changed (304). */
    version: (spaceId: string, boardId: string, etag?: string) =>
      api.exchange(
        BoardVersionResponse,
        'GET',
        `${board(spaceId, boardId)}/version`,
        etag ? { ifNoneMatch: etag } : {},
      ),
    addCard: (spaceId: string, boardId: string, body: CreateBoardCardBody) =>
      answered(api.exchange(BoardCardWriteResponse, 'POST', `${board(spaceId, boardId)}/cards`, { body })),
    /** Changes a card; `etag` is the version the user edited (412 with the server's `current` if stale). */
    updateCard: (spaceId: string, boardId: string, cardId: string, body: UpdateBoardCardBody, etag: string) =>
      answered(api.exchange(BoardCardWriteResponse, 'PATCH', card(spaceId, boardId, cardId), { body, ifMatch: etag })),
    deleteCard: (spaceId: string, boardId: string, cardId: string, etag: string) =>
      answered(api.exchange(BoardCardWriteResponse, 'DELETE', card(spaceId, boardId, cardId), { ifMatch: etag })),
    /** Restores a card to an earlier revision (a deleted card has no etag to send). */
    restoreCard: (spaceId: string, boardId: string, cardId: string, revision: number, etag: string | null) =>
      answered(
        api.exchange(BoardCardWriteResponse, 'POST', `${card(spaceId, boardId, cardId)}/restore`, {
          body: { revision },
          ...(etag ? { ifMatch: etag } : {}),
        }),
      ),
    history: (spaceId: string, boardId: string, cardId: string) =>
      answered(api.exchange(BoardCardHistoryResponse, 'GET', `${card(spaceId, boardId, cardId)}/history`)),
    /** The space's stages in order, with their exit criteria (the defaults until a manager saves some). */
    stages: (spaceId: string) =>
      answered(api.exchange(BoardStagesResponse, 'GET', `spaces/${segment(spaceId)}/board-stages`)),
    /** Replaces the space's stages; `etag` is the version edited (null while the defaults apply; 412 if stale). */
    saveStages: (spaceId: string, body: BoardStagesBody, etag: string | null) =>
      answered(
        api.exchange(BoardStagesResponse, 'PUT', `spaces/${segment(spaceId)}/board-stages`, {
          body,
          ...(etag ? { ifMatch: etag } : {}),
        }),
      ),
  };
}

/** The board endpoints' shape. */
export type BoardsApi = ReturnType<typeof boardsApi>;

/** A stale card write: the card as the server holds it now (null when someone deleted it). */
export interface CardConflict {
  current: BoardCardResponse | null;
}

/** The conflict behind a 412 answer to a card write, or null for any other error. */
export function conflictOf(error: unknown): CardConflict | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  const parsed = BoardCardConflictResponse.safeParse(error.body);
  return parsed.success ? { current: parsed.data.current } : { current: null };
}
