import { roundClock, type RoleplayStateResponse } from '@coachboard/api/domain';
import { COUNTDOWN_TICK_MS, liveStateAnswer, STATE_POLL_MS, useLiveResource, useNow } from '../../lib/live';
import { roleplayKeys } from './queries';
import { useRoleplaysApi } from './roleplaysApi';

/** A closed role-play does not move again. */
const closed = (state: RoleplayStateResponse): boolean => state.status === 'closed';

/**
 * The live state of a role-play (one poll a second per page) with the round clock every participant
 * shows: remaining time counted down locally between polls, overrun, and phase (warning, time's up,
 * paused…). A participant who joins mid-round or reloads gets the same clock from the same state.
 */
export function useRoleplayState(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const live = useLiveResource({
    queryKey: roleplayKeys.state(spaceId, roleplayId),
    read: async (etag) => liveStateAnswer(await api.state(spaceId, roleplayId, etag)),
    intervalMs: STATE_POLL_MS,
    settled: closed,
    inBackground: true,
  });
  const state = live.data ?? null;
  const ticking = state?.status === 'running' && state.timer.status === 'running';
  const now = useNow(COUNTDOWN_TICK_MS, ticking);
  const clock = state ? roundClock(state, now + live.offsetMs) : null;
  return { ...live, state, clock };
}
