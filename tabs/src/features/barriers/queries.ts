import type { BarrierConfirmationBody, BarrierStatusBody, CreateBarrierBody } from '@coachboard/api/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useBarriersApi } from './barriersApi';

/** Query keys of the barriers feature; every write invalidates `all`. */
export const barrierKeys = {
  all: ['barriers'] as const,
  list: (spaceId: string) => ['barriers', 'list', spaceId] as const,
  one: (spaceId: string, id: string) => ['barriers', 'one', spaceId, id] as const,
  board: (spaceId: string) => ['barriers', 'board', spaceId] as const,
  mine: () => ['barriers', 'mine'] as const,
  meetings: (spaceId: string) => ['barriers', 'meetings', spaceId] as const,
  boards: (spaceId: string) => ['barriers', 'boards', spaceId] as const,
};

/** The barriers I may see in a team (a manager all of them; others their own and team-visible ones). */
export function useBarriers(spaceId: string) {
  const api = useBarriersApi();
  return useQuery({ queryKey: barrierKeys.list(spaceId), queryFn: () => api.list(spaceId) });
}

/** One barrier (an agenda item links to it). */
export function useBarrier(spaceId: string, id: string) {
  const api = useBarriersApi();
  return useQuery({ queryKey: barrierKeys.one(spaceId, id), queryFn: () => api.get(spaceId, id) });
}

/** The managers' board: open barriers oldest first and the time to remove. */
export function useBarrierBoard(spaceId: string) {
  const api = useBarriersApi();
  return useQuery({ queryKey: barrierKeys.board(spaceId), queryFn: () => api.board(spaceId) });
}

/** My barriers in every team, and the open ones of teams I manage. */
export function useMyBarriers() {
  const api = useBarriersApi();
  return useQuery({ queryKey: barrierKeys.mine(), queryFn: () => api.mine() });
}

/** Meetings not yet started, the next first: where a barrier can go on the agenda. */
export function useUpcomingMeetings(spaceId: string, enabled: boolean) {
  const api = useBarriersApi();
  return useQuery({
    queryKey: barrierKeys.meetings(spaceId),
    queryFn: async () =>
      (await api.meetings(spaceId)).items
        .filter((m) => m.status === 'draft')
        .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart)),
    enabled,
  });
}

/** The team's account boards a barrier may concern. */
export function useBarrierBoards(spaceId: string, enabled: boolean) {
  const api = useBarriersApi();
  return useQuery({
    queryKey: barrierKeys.boards(spaceId),
    queryFn: async () => (await api.boards(spaceId)).items.filter((b) => !b.archivedAt),
    enabled,
    staleTime: 60_000,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: barrierKeys.all });
}

/** Raises a barrier in a team. */
export function useRaiseBarrier() {
  const api = useBarriersApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ spaceId, body }: { spaceId: string; body: CreateBarrierBody }) => api.create(spaceId, body),
    onSettled: invalidate,
  });
}

/** A manager moves a barrier on, with the etag they saw (412 when someone changed it first). */
export function useSetBarrierStatus(spaceId: string) {
  const api = useBarriersApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id: string; body: BarrierStatusBody; etag: string }) =>
      api.setStatus(spaceId, id, body, etag),
    onSettled: invalidate,
  });
}

/** The raiser confirms the removal or reopens the barrier. */
export function useAnswerBarrier(spaceId: string) {
  const api = useBarriersApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id: string; body: BarrierConfirmationBody; etag: string }) =>
      api.answer(spaceId, id, body, etag),
    onSettled: invalidate,
  });
}

/** Puts a barrier on a meeting's agenda. */
export function useBarrierToAgenda(spaceId: string) {
  const api = useBarriersApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, meetingId }: { id: string; meetingId: string }) => api.toAgenda(spaceId, id, meetingId),
    onSettled: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
}
