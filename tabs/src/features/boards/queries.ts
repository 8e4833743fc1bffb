import type { BoardResponse, BoardVersionResponse } from '@coachboard/api/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '../../lib/apiContext';
import { useLiveResource } from '../../lib/live';
import { boardsApi, type BoardsApi } from './boardsApi';

/** Query keys of the boards feature; mutations and the version poll invalidate through these. */
export const boardKeys = {
  all: ['boards'] as const,
  list: (spaceId: string) => ['boards', 'list', spaceId] as const,
  archived: (spaceId: string) => ['boards', 'list', spaceId, 'archived'] as const,
  closed: (spaceId: string, search: string) => ['boards', 'list', spaceId, 'closed', search] as const,
  detail: (spaceId: string, boardId: string) => ['boards', 'detail', spaceId, boardId] as const,
  version: (spaceId: string, boardId: string) => ['boards', 'version', spaceId, boardId] as const,
  history: (spaceId: string, boardId: string, cardId: string) =>
    ['boards', 'history', spaceId, boardId, cardId] as const,
  stages: (spaceId: string) => ['boards', 'stages', spaceId] as const,
};

/** The board endpoints on the signed-in user's API client. */
export function useBoardsApi(): BoardsApi {
  const api = useApi();
  return useMemo(() => boardsApi(api), [api]);
}

/** Every board of a space with stage, owner and warnings, misaligned first. */
export function useBoardList(spaceId: string) {
  const boards = useBoardsApi();
  return useQuery({ queryKey: boardKeys.list(spaceId), queryFn: () => boards.list(spaceId) });
}

/** The archived boards of a space (fetched only when `enabled`, i.e. once someone asks to see them). */
export function useArchivedBoards(spaceId: string, enabled: boolean) {
  const boards = useBoardsApi();
  return useQuery({ queryKey: boardKeys.archived(spaceId), queryFn: () => boards.listArchived(spaceId), enabled });
}

/** The closed deals of a space matching `search` (fetched only when `enabled`). */
export function useClosedBoards(spaceId: string, search: string, enabled: boolean) {
  const boards = useBoardsApi();
  return useQuery({
    queryKey: boardKeys.closed(spaceId, search),
    queryFn: () => boards.listClosed(spaceId, search),
    enabled,
  });
}

/** One board; refetches send the cached ETag, so an unchanged board costs a 304. */
export function useBoard(spaceId: string, boardId: string) {
  const boards = useBoardsApi();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: boardKeys.detail(spaceId, boardId),
    queryFn: async (): Promise<BoardResponse> => {
      const cached = queryClient.getQueryData<BoardResponse>(boardKeys.detail(spaceId, boardId));
      const { data } = await boards.get(spaceId, boardId, cached?.etag);
      if (data) return data;
      if (cached) return cached;
      return (await boards.get(spaceId, boardId)).data as BoardResponse;
    },
  });
}

type VersionState = Pick<BoardVersionResponse, 'version' | 'etag' | 'lastChange'>;

/**
 * Keeps an open board live: polls its version every `intervalMs` with If-None-Match (a 304 while
 * nothing changed) and refetches the board and the space's list when someone changed a card.
 */
export function useBoardLive(spaceId: string, boardId: string, intervalMs: number): void {
  const boards = useBoardsApi();
  const queryClient = useQueryClient();
  useLiveResource<VersionState>({
    queryKey: boardKeys.version(spaceId, boardId),
    read: async (etag) => {
      const { data, etag: sent } = await boards.version(spaceId, boardId, etag);
      return { data: data && { version: data.version, etag: sent ?? data.etag, lastChange: data.lastChange } };
    },
    intervalMs,
    onChange: (previous, next) => {
      if (previous.version === next.version) return;
      void queryClient.invalidateQueries({ queryKey: boardKeys.detail(spaceId, boardId) });
      void queryClient.invalidateQueries({ queryKey: boardKeys.list(spaceId) });
    },
  });
}

/** The versions of one card, newest first, and the card as it is now. */
export function useCardHistory(spaceId: string, boardId: string, cardId: string) {
  const boards = useBoardsApi();
  return useQuery({
    queryKey: boardKeys.history(spaceId, boardId, cardId),
    queryFn: () => boards.history(spaceId, boardId, cardId),
    staleTime: 0,
  });
}

/** The space's stages in order with their buyer-action exit criteria, and the etag to save them with. */
export function useBoardStages(spaceId: string, enabled = true) {
  const boards = useBoardsApi();
  return useQuery({ queryKey: boardKeys.stages(spaceId), queryFn: () => boards.stages(spaceId), enabled });
}
