import type {
  BoardCardWriteResponse,
  BoardResponse,
  BoardStagesBody,
  BoardStagesResponse,
  CloseBoardBody,
  CreateBoardBody,
  CreateBoardCardBody,
  UpdateBoardCardBody,
} from '@coachboard/api/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { boardKeys, useBoardsApi } from './queries';

/** Creates a board (managers for anyone, reps for themselves) and lists it. */
export function useCreateBoard(spaceId: string) {
  const boards = useBoardsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBoardBody) => boards.create(spaceId, body),
    onSuccess: async (board: BoardResponse) => {
      queryClient.setQueryData(boardKeys.detail(spaceId, board.id), board);
      await queryClient.invalidateQueries({ queryKey: boardKeys.list(spaceId) });
    },
  });
}

/** A change to one card, each carrying the etag of the version the user started from. */
export type CardWrite =
  | { action: 'add'; body: CreateBoardCardBody }
  | { action: 'update'; cardId: string; body: UpdateBoardCardBody; etag: string }
  | { action: 'delete'; cardId: string; etag: string }
  | { action: 'restore'; cardId: string; revision: number; etag: string | null };

/**
 * Writes cards of one board. After every write (or a refused one) the board, its history and the
 * space's list are refetched, so the screen shows what the server holds.
 */
export function useCardWrite(spaceId: string, boardId: string) {
  const boards = useBoardsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: CardWrite): Promise<BoardCardWriteResponse> => {
      switch (write.action) {
        case 'add':
          return boards.addCard(spaceId, boardId, write.body);
        case 'update':
          return boards.updateCard(spaceId, boardId, write.cardId, write.body, write.etag);
        case 'delete':
          return boards.deleteCard(spaceId, boardId, write.cardId, write.etag);
        case 'restore':
          return boards.restoreCard(spaceId, boardId, write.cardId, write.revision, write.etag);
      }
    },
    onSettled: async (_result, _error, write) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: boardKeys.detail(spaceId, boardId) }),
        queryClient.invalidateQueries({ queryKey: boardKeys.list(spaceId) }),
        write.action !== 'add'
          ? queryClient.invalidateQueries({ queryKey: boardKeys.history(spaceId, boardId, write.cardId) })
          : Promise.resolve(),
      ]);
    },
  });
}

/**
 * Archives or restores a board, from the version the user saw (a stale one is refused, 412). Either
 * way the board and both lists are refetched, so the screen shows what the server holds.
 */
export function useSetBoardArchived(spaceId: string, boardId: string) {
  const boards = useBoardsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ archived, etag }: { archived: boolean; etag: string }) =>
      boards.setArchived(spaceId, boardId, archived, etag),
    onSuccess: (board: BoardResponse) => queryClient.setQueryData(boardKeys.detail(spaceId, boardId), board),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: boardKeys.detail(spaceId, boardId) }),
        queryClient.invalidateQueries({ queryKey: boardKeys.list(spaceId) }),
      ]);
    },
  });
}

/** Closes a deal or reopens it, from the version the user saw; the board and every list are refetched. */
export function useSetBoardClosing(spaceId: string, boardId: string) {
  const boards = useBoardsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: CloseBoardBody | null; etag: string }) =>
      boards.setClosing(spaceId, boardId, body, etag),
    onSuccess: (board: BoardResponse) => queryClient.setQueryData(boardKeys.detail(spaceId, boardId), board),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: boardKeys.detail(spaceId, boardId) }),
        queryClient.invalidateQueries({ queryKey: boardKeys.list(spaceId) }),
        queryClient.invalidateQueries({ queryKey: ['winloss'] }),
      ]);
    },
  });
}

/**
 * Saves the space's stages from the version the manager edited (`etag`; a stale one is refused, 412).
 * The saved stages replace the cached ones; boards and their list are refetched, as their stages changed.
 */
export function useSaveBoardStages(spaceId: string) {
  const boards = useBoardsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: BoardStagesBody; etag: string | null }) =>
      boards.saveStages(spaceId, body, etag),
    onSuccess: async (saved: BoardStagesResponse) => {
      queryClient.setQueryData(boardKeys.stages(spaceId), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: boardKeys.list(spaceId) }),
        queryClient.invalidateQueries({ queryKey: ['boards', 'detail', spaceId] }),
      ]);
    },
  });
}
