import { z } from 'zod';

/**
 * Server-authoritative countdown timers (meeting items now, role-play rounds later). All times are
 * server epoch milliseconds; clients add their estimated clock offset and count down locally, so
 * every participant, late joiners included, shows the same remaining time.
 */
export type TimerStatus = 'idle' | 'running' | 'paused';

export interface TimerState {
  status: TimerStatus;
  /** The planned length, extended by `addTime`. */
  durationMs: number;
  /** Server time the current running stretch began; null unless running. */
  startedAt: number | null;
  /** Time accumulated in earlier running stretches. */
  elapsedMs: number;
}

/**
 * "Nothing irreversible in one click": ending a meeting or closing a role-play can be undone for this
 * long (server time), so a slip of the finger in a live meeting costs nothing.
 */
export const UNDO_WINDOW_MS = 30_000;

export const idleTimer = (durationMs: number): TimerState => ({
  status: 'idle',
  durationMs,
  startedAt: null,
  elapsedMs: 0,
});

export function startTimer(durationMs: number, now: number): TimerState {
  return { status: 'running', durationMs, startedAt: now, elapsedMs: 0 };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running' || timer.startedAt === null) return timer;
  return {
    ...timer,
    status: 'paused',
    startedAt: null,
    elapsedMs: timer.elapsedMs + Math.max(0, now - timer.startedAt),
  };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status === 'running') return timer;
  return { ...timer, status: 'running', startedAt: now };
}

export function addTime(timer: TimerState, ms: number): TimerState {
  return { ...timer, durationMs: Math.max(0, timer.durationMs + ms) };
}

/** Time the timer has run so far. */
export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.status === 'running' && timer.startedAt !== null ? Math.max(0, now - timer.startedAt) : 0;
  return timer.elapsedMs + running;
}

/** Remaining time; negative when the timer has run over. */
export function remainingMs(timer: TimerState, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

/** One round trip to the server: when it was sent and received locally, and the server's clock. */
export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  serverTime: number;
}

/**
 * Estimates `serverTime - localTime` from round trips (Cristian's algorithm): the sample with the
 * shortest round trip bounds the error best, by half its round trip.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | undefined;
  for (const s of samples) {
    if (s.receivedAt < s.sentAt) continue;
    if (!best || s.receivedAt - s.sentAt < best.receivedAt - best.sentAt) best = s;
  }
  if (!best) return 0;
  return best.serverTime - (best.sentAt + best.receivedAt) / 2;
}

/** Formats a remaining time as m:ss, with a leading minus when over. */
export function formatCountdown(ms: number): string {
  const over = ms < 0;
  const total = over ? Math.floor(Math.abs(ms) / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${over ? '-' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}

export const TimerResponse = z.object({
  status: z.enum(['idle', 'running', 'paused']),
  durationMs: z.number(),
  startedAt: z.number().nullable(),
  elapsedMs: z.number(),
});
