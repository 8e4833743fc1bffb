import { roundClock, type RoleplayStateResponse } from '@coachboard/api/domain';
import { useEffect, useRef } from 'react';
import { COUNTDOWN_TICK_MS, liveStateAnswer, STATE_POLL_MS, useLiveResource, useNow } from '../../lib/live';
import { roleplayKeys } from './queries';
import { useRoleplaysApi } from './roleplaysApi';

/** A closed role-play does not move again once it can no longer be reopened (`reopenUntil`, server time). */
export function roleplaySettledAt(state: RoleplayStateResponse, serverNow: number): boolean {
  return state.status === 'closed' && (state.reopenUntil === null || serverNow > state.reopenUntil);
}

/**
 * The live state of a role-play (one poll a second per page) with the round clock every participant
 * shows: remaining time counted down locally between polls, overrun, and phase (warning, time's up,
 * paused…). A participant who joins mid-round or reloads gets the same clock from the same state.
 */
export function useRoleplayState(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const offset = useRef(0);
  const live = useLiveResource({
    queryKey: roleplayKeys.state(spaceId, roleplayId),
    read: async (etag) => liveStateAnswer(await api.state(spaceId, roleplayId, etag)),
    intervalMs: STATE_POLL_MS,
    settled: (state) => roleplaySettledAt(state, Date.now() + offset.current),
    inBackground: true,
  });
  useEffect(() => {
    offset.current = live.offsetMs;
  }, [live.offsetMs]);
  const state = live.data ?? null;
  const ticking = state?.status === 'running' && state.timer.status === 'running';
  const now = useNow(COUNTDOWN_TICK_MS, ticking);
  const clock = state ? roundClock(state, now + live.offsetMs) : null;
  return { ...live, state, clock };
}
