import type { RoleplayResponse, RoleplayStateResponse } from '@coachboard/api/domain';
import { useQuery } from '@tanstack/react-query';
import { roleplayKeys } from './queries';
import { useRoleplaysApi } from './roleplaysApi';

/** How often the side panel looks for role-plays someone else set up. */
export const ROLEPLAY_LIST_POLL_MS = 4000;

/** The space's role-plays, polled so that one someone else sets up appears on every participant's panel. */
export function useLiveRoleplayList(spaceId: string) {
  const api = useRoleplaysApi();
  return useQuery({
    queryKey: roleplayKeys.list(spaceId, {}),
    queryFn: () => api.roleplays(spaceId),
    refetchInterval: ROLEPLAY_LIST_POLL_MS,
  });
}

/**
 * A role-play with its status, round and timer taken from the live state, which is polled every
 * second, while the rest (scenario, cast, my role) comes from the slower detail read.
 */
export function withLiveState(roleplay: RoleplayResponse, state: RoleplayStateResponse | null): RoleplayResponse {
  if (!state) return roleplay;
  return { ...roleplay, status: state.status, round: state.round, rounds: state.rounds, timer: state.timer };
}

/** The role-plays set up for one agenda item, polled so that the meeting stage picks up a new one. */
export function useItemRoleplays(spaceId: string, meetingId: string, itemId: string) {
  const api = useRoleplaysApi();
  const query = { meetingId, itemId };
  return useQuery({
    queryKey: roleplayKeys.list(spaceId, query),
    queryFn: () => api.roleplays(spaceId, query),
    refetchInterval: ROLEPLAY_LIST_POLL_MS,
  });
}
