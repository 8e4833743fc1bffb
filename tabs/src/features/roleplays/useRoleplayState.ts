import { estimateClockOffset, roundClock, type ClockSample, type RoleplayStateResponse } from '@coachboard/api/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { COUNTDOWN_TICK_MS, STATE_POLL_MS, useNow } from '../meetings/useMeetingState';
import { roleplayKeys } from './queries';
import { useRoleplaysApi } from './roleplaysApi';

/** Round trips kept for the clock offset; the shortest one wins. */
const SAMPLES_KEPT = 10;

/**
 * The live state of a role-play, polled every second with `If-None-Match` (a 304 keeps the previous
 * state), with the local clock's offset to the server's and the round clock every participant shows:
 * remaining time counted down locally between polls, overrun, and phase (warning, time's up, paused…).
 * A participant who joins mid-round or reloads gets the same clock from the same server state.
 */
export function useRoleplayState(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  const key = roleplayKeys.state(spaceId, roleplayId);
  const samples = useRef<ClockSample[]>([]);
  const [offsetMs, setOffsetMs] = useState(0);

  const query = useQuery({
    queryKey: key,
    queryFn: async (): Promise<RoleplayStateResponse> => {
      const previous = queryClient.getQueryData<RoleplayStateResponse>(key);
      const sentAt = Date.now();
      const answer = await api.state(spaceId, roleplayId, previous?.etag);
      const receivedAt = Date.now();
      const serverTime = Number.isFinite(answer.serverTime) ? answer.serverTime : answer.data?.serverNow;
      if (serverTime !== undefined) {
        samples.current = [...samples.current.slice(1 - SAMPLES_KEPT), { sentAt, receivedAt, serverTime }];
        setOffsetMs(estimateClockOffset(samples.current));
      }
      if (answer.data) return answer.data;
      if (previous) return previous;
      const fresh = await api.state(spaceId, roleplayId);
      if (!fresh.data) throw new Error('The role-play state answered 304 without a known state.');
      return fresh.data;
    },
    // A closed role-play does not move again.
    refetchInterval: (q) => (q.state.data?.status === 'closed' ? false : STATE_POLL_MS),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });

  const state = query.data ?? null;
  const ticking = state?.status === 'running' && state.timer.status === 'running';
  const now = useNow(COUNTDOWN_TICK_MS, ticking);
  const clock = state ? roundClock(state, now + offsetMs) : null;
  return { ...query, state, offsetMs, clock };
}
