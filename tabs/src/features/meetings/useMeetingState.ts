import {
  estimateClockOffset,
  remainingMs,
  type ClockSample,
  type MeetingStateResponse,
  type TimerState,
} from '@coachboard/api/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../lib/apiContext';
import { meetingKeys } from './queries';

/** How often every participant asks for the state; the server answers 304 when nothing moved. */
export const STATE_POLL_MS = 1000;
/** How often the countdown redraws between polls. */
export const COUNTDOWN_TICK_MS = 250;
/** Round trips kept for the clock offset; the shortest one wins. */
const SAMPLES_KEPT = 10;

/** Remaining time of a server timer at a local instant, given `serverTime - localTime`. */
export function remainingAt(timer: TimerState, localNow: number, offsetMs: number): number {
  return remainingMs(timer, localNow + offsetMs);
}

/** The current local time, redrawn every `intervalMs` while `active`. */
export function useNow(intervalMs: number, active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, active]);
  return now;
}

/**
 * The live state of a meeting, polled every second with `If-None-Match` (a 304 keeps the previous
 * state), with the local clock's offset to the server's and the current item's remaining time,
 * counted down locally between polls.
 */
export function useMeetingState(spaceId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = meetingKeys.state(spaceId, meetingId);
  const samples = useRef<ClockSample[]>([]);
  const [offsetMs, setOffsetMs] = useState(0);

  const query = useQuery({
    queryKey: key,
    queryFn: async (): Promise<MeetingStateResponse> => {
      const previous = queryClient.getQueryData<MeetingStateResponse>(key);
      const sentAt = Date.now();
      const answer = await api.getMeetingState(spaceId, meetingId, previous?.etag);
      const receivedAt = Date.now();
      const serverTime = Number.isFinite(answer.serverTime) ? answer.serverTime : answer.state?.serverNow;
      if (serverTime !== undefined) {
        samples.current = [...samples.current.slice(1 - SAMPLES_KEPT), { sentAt, receivedAt, serverTime }];
        setOffsetMs(estimateClockOffset(samples.current));
      }
      if (answer.state) return answer.state;
      if (previous) return previous;
      const fresh = await api.getMeetingState(spaceId, meetingId);
      if (!fresh.state) throw new Error('The meeting state answered 304 without a known state.');
      return fresh.state;
    },
    // An ended meeting does not move again.
    refetchInterval: (query) => (query.state.data?.status === 'ended' ? false : STATE_POLL_MS),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });

  const running = query.data?.status === 'running';
  const now = useNow(COUNTDOWN_TICK_MS, running);
  const remaining = query.data && running ? remainingAt(query.data.timer, now, offsetMs) : null;
  return { ...query, state: query.data ?? null, offsetMs, remainingMs: remaining };
}
