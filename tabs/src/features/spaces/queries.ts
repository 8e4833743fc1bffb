import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/apiContext';

/** Query keys of the spaces feature; mutations invalidate through these. */
export const spaceKeys = {
  all: ['spaces'] as const,
  mine: () => ['spaces', 'mine'] as const,
  detail: (spaceId: string) => ['spaces', 'detail', spaceId] as const,
  members: (spaceId: string) => ['spaces', 'members', spaceId] as const,
};

/** The spaces the signed-in person belongs to, each with their role in it. */
export function useMySpaces({ enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({ queryKey: spaceKeys.mine(), queryFn: () => api.listMySpaces(), enabled });
}

/** One space as the signed-in member sees it (name, my role, member count, etag). */
export function useSpace(spaceId: string) {
  const api = useApi();
  return useQuery({ queryKey: spaceKeys.detail(spaceId), queryFn: () => api.getSpace(spaceId) });
}

/** The members of a space, managers first. */
export function useMembers(spaceId: string) {
  const api = useApi();
  return useQuery({ queryKey: spaceKeys.members(spaceId), queryFn: () => api.listMembers(spaceId) });
}
