import { remainingMs, type MeetingStateResponse, type TimerState } from '@coachboard/api/domain';
import { useEffect, useRef } from 'react';
import { useApi } from '../../lib/apiContext';
import { COUNTDOWN_TICK_MS, liveStateAnswer, STATE_POLL_MS, useLiveResource, useNow } from '../../lib/live';
import { meetingKeys } from './queries';

/** Remaining time of a server timer at a local instant, given `serverTime - localTime`. */
export function remainingAt(timer: TimerState, localNow: number, offsetMs: number): number {
  return remainingMs(timer, localNow + offsetMs);
}

/** An ended meeting does not move again once its end can no longer be undone (`undoUntil`, server time). */
export function settledAt(state: MeetingStateResponse, serverNow: number): boolean {
  return state.status === 'ended' && (state.undoUntil === null || serverNow > state.undoUntil);
}

/**
 * The live state of a meeting (one poll a second per page, however many parts of it show the
 * meeting), with the current item's remaining time counted down locally between polls.
 */
export function useMeetingState(spaceId: string, meetingId: string) {
  const api = useApi();
  const offset = useRef(0);
  const live = useLiveResource({
    queryKey: meetingKeys.state(spaceId, meetingId),
    read: async (etag) => liveStateAnswer(await api.getMeetingState(spaceId, meetingId, etag)),
    intervalMs: STATE_POLL_MS,
    settled: (state) => settledAt(state, Date.now() + offset.current),
    inBackground: true,
  });
  useEffect(() => {
    offset.current = live.offsetMs;
  }, [live.offsetMs]);
  const running = live.data?.status === 'running';
  const now = useNow(COUNTDOWN_TICK_MS, running);
  const remaining = live.data && running ? remainingAt(live.data.timer, now, live.offsetMs) : null;
  return { ...live, state: live.data ?? null, remainingMs: remaining };
}
