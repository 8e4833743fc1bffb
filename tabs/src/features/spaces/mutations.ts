import type { AddPeopleBody, CreateSpaceBody, MemberResponse, Role, TeamsBinding } from '@coachboard/api/domain';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/apiContext';
import { spaceKeys } from './queries';

/** After a membership change: the new member list is known; the count and etag of the space are stale. */
async function membersChanged(queryClient: QueryClient, spaceId: string, members: MemberResponse[]): Promise<void> {
  queryClient.setQueryData(spaceKeys.members(spaceId), members);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: spaceKeys.detail(spaceId) }),
    queryClient.invalidateQueries({ queryKey: spaceKeys.mine() }),
  ]);
}

/** Creates a space (optionally bound to this channel or chat) with the signed-in person as manager. */
export function useCreateSpace() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSpaceBody) => api.createSpace(body),
    onSuccess: async (space) => {
      queryClient.setQueryData(spaceKeys.detail(space.id), space);
      await queryClient.invalidateQueries({ queryKey: spaceKeys.mine() });
    },
  });
}

/** Binds a space to the channel or chat a tab is being added to (idempotent on the server). */
export function useBindSpace() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ spaceId, binding }: { spaceId: string; binding: TeamsBinding }) => api.bindSpace(spaceId, binding),
    onSuccess: (space) => {
      queryClient.setQueryData(spaceKeys.detail(space.id), space);
    },
  });
}

/**
 * Renames a space with the etag of the version the user saw. On 412 the space is refetched so
 * the user sees the newer name and the next attempt carries the new etag.
 */
export function useRenameSpace(spaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, etag }: { name: string; etag: string }) => api.renameSpace(spaceId, name, etag),
    onSuccess: async (space) => {
      queryClient.setQueryData(spaceKeys.detail(spaceId), space);
      await queryClient.invalidateQueries({ queryKey: spaceKeys.mine() });
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: spaceKeys.detail(spaceId) });
    },
  });
}

/** Adds several people with their roles in one request (managers only); who already belonged stays as they were. */
export function useAddPeople(spaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddPeopleBody) => api.addPeople(spaceId, body),
    onSuccess: (answer) => membersChanged(queryClient, spaceId, answer.items),
  });
}

/** Changes a member's role (managers only; the last manager cannot be demoted). */
export function useChangeRole(spaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) => api.changeRole(spaceId, userId, role),
    onSuccess: (members) => membersChanged(queryClient, spaceId, members),
  });
}

/** Removes a member (managers only; the last manager cannot be removed). */
export function useRemoveMember(spaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.removeMember(spaceId, userId),
    onSuccess: async (_result, userId) => {
      const current = queryClient.getQueryData<MemberResponse[]>(spaceKeys.members(spaceId)) ?? [];
      await membersChanged(
        queryClient,
        spaceId,
        current.filter((m) => m.userId !== userId),
      );
    },
  });
}
