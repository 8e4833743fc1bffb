import { z } from 'zod';
import { Conflict } from '../common/errors.js';
import {
  addTime,
  elapsedMs,
  idleTimer,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  type TimerState,
  UNDO_WINDOW_MS,
} from '../common/timer.js';
import type { RoleplayStatus } from './contract.js';
import { ROLEPLAY_LIMITS } from './limits.js';

// The round state machine of a live role-play, on server time.

const L = ROLEPLAY_LIMITS;

/* ---------- the round state machine ---------- */

export const RoleplayRunBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start') }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({
    action: z.literal('addTime'),
    seconds: z.union([z.literal(30), z.literal(60), z.literal(120)], { error: 'must be 30, 60 or 120' }),
  }),
  z.strictObject({ action: z.literal('endRound') }),
  z.strictObject({ action: z.literal('nextRound') }),
  z.strictObject({ action: z.literal('debrief') }),
  z.strictObject({ action: z.literal('close') }),
  /** Undoes "close" within `UNDO_WINDOW_MS`: back to the debrief. */
  z.strictObject({ action: z.literal('reopen') }),
]);
export type RoleplayRunBody = z.infer<typeof RoleplayRunBody>;
export type RoleplayRunAction = RoleplayRunBody['action'];

/** When each round ran, in server time. */
export interface RoundLogEntry {
  round: number;
  startedAt: number;
  endedAt: number | null;
}

/** The part of a role-play the state machine moves. */
export interface RoleplayRun {
  status: RoleplayStatus;
  /** The current (or last played) round, 0 before the start. */
  round: number;
  rounds: number;
  roundMs: number;
  timer: TimerState;
  log: RoundLogEntry[];
  /** Server time it was closed (absent on older records and open role-plays): "reopen" counts from it. */
  closedAt?: number | null;
}

/** A role-play before its first round. */
export function newRoleplayRun(rounds: number, roundMs: number): RoleplayRun {
  return { status: 'setup', round: 0, rounds, roundMs, timer: idleTimer(roundMs), log: [] };
}

/**
 * Adds time to a round. Once the countdown has run out it restarts from now, so "add a minute"
 * after an overrun still gives a minute.
 */
export function extendRound(timer: TimerState, ms: number, now: number): TimerState {
  if (remainingMs(timer, now) >= 0) return addTime(timer, ms);
  return { ...timer, durationMs: elapsedMs(timer, now) + ms };
}

function closeLog(log: RoundLogEntry[], now: number): RoundLogEntry[] {
  return log.map((e, i) => (i === log.length - 1 && e.endedAt === null ? { ...e, endedAt: now } : e));
}

function startRound(run: RoleplayRun, round: number, now: number): RoleplayRun {
  return {
    ...run,
    status: 'running',
    round,
    timer: startTimer(run.roundMs, now),
    log: [...closeLog(run.log, now), { round, startedAt: now, endedAt: null }],
  };
}

function stopRound(run: RoleplayRun, status: 'roundEnded' | 'debrief', now: number): RoleplayRun {
  return { ...run, status, timer: pauseTimer(run.timer, now), log: closeLog(run.log, now) };
}

/**
 * One step of the round state machine, at server time `now`:
 * setup -start-> running -endRound-> roundEnded -nextRound-> running … -debrief-> debrief -close-> closed.
 * `nextRound` and `debrief` also end a running round; `debrief` may come before the last round.
 * Pausing a paused timer or resuming a running one returns `run` itself (nothing to write).
 * Any other move that does not fit the status throws `Conflict`.
 */
export function applyRoleplayAction(run: RoleplayRun, body: RoleplayRunBody, now: number): RoleplayRun {
  const live = run.status === 'running';
  switch (body.action) {
    case 'start':
      if (run.status !== 'setup') throw new Conflict('This role-play has already started.');
      return startRound(run, 1, now);
    case 'pause':
      if (!live) throw new Conflict('No round is running.');
      return run.timer.status === 'running' ? { ...run, timer: pauseTimer(run.timer, now) } : run;
    case 'resume':
      if (!live) throw new Conflict('No round is running.');
      return run.timer.status === 'running' ? run : { ...run, timer: resumeTimer(run.timer, now) };
    case 'addTime':
      if (!live) throw new Conflict('No round is running.');
      return { ...run, timer: extendRound(run.timer, body.seconds * 1000, now) };
    case 'endRound':
      if (!live) throw new Conflict('No round is running.');
      return stopRound(run, 'roundEnded', now);
    case 'nextRound':
      if (!live && run.status !== 'roundEnded') throw new Conflict('Start the role-play first.');
      if (run.round >= run.rounds) throw new Conflict('This was the last round. Move on to the debrief.');
      return startRound(run, run.round + 1, now);
    case 'debrief':
      if (!live && run.status !== 'roundEnded')
        throw new Conflict(run.status === 'setup' ? 'Play at least one round first.' : 'The debrief has begun.');
      return stopRound(run, 'debrief', now);
    case 'close':
      if (run.status !== 'debrief') throw new Conflict('Close the role-play from the debrief.');
      return { ...run, status: 'closed', closedAt: now };
    case 'reopen':
      if (run.status !== 'closed') throw new Conflict('This role-play is not closed.');
      if (reopenUntil(run) === null || now > (reopenUntil(run) ?? 0))
        throw new Conflict('It is too late to reopen this role-play.');
      return { ...run, status: 'debrief', closedAt: null };
  }
}

/** Until when (server time) a closed role-play may be reopened; null when it may not. */
export function reopenUntil(run: Pick<RoleplayRun, 'status' | 'closedAt'>): number | null {
  if (run.status !== 'closed' || run.closedAt === undefined || run.closedAt === null) return null;
  return run.closedAt + UNDO_WINDOW_MS;
}

/**
 * Closes a role-play whatever its status, because its meeting ended: a round still running stops
 * (its timer paused, its log closed), so that it never goes on counting in a later meeting.
 */
export function closeWithMeeting(run: RoleplayRun, now: number): RoleplayRun {
  if (run.status === 'closed') return run;
  return { ...run, status: 'closed', timer: pauseTimer(run.timer, now), log: closeLog(run.log, now), closedAt: now };
}

/** What a round's clock shows. `timeUp` is the clear end: the countdown reached zero. */
export type RoundPhase = 'notStarted' | 'running' | 'warning' | 'timeUp' | 'paused' | 'roundOver' | 'finished';

/**
 * The clock every participant shows, from the shared state and their estimate of server time:
 * the remaining time (never below zero), how far the round has run over, and its phase (a soft
 * warning in the last 30 s, a clear end at zero).
 */
export function roundClock(
  run: Pick<RoleplayRun, 'status' | 'timer'>,
  serverNow: number,
): { phase: RoundPhase; remainingMs: number; overrunMs: number } {
  const left = remainingMs(run.timer, serverNow);
  const shown = { remainingMs: Math.max(0, left), overrunMs: Math.max(0, -left) };
  if (run.status === 'setup') return { phase: 'notStarted', ...shown };
  if (run.status === 'roundEnded') return { phase: 'roundOver', ...shown };
  if (run.status !== 'running') return { phase: 'finished', ...shown };
  if (left <= 0) return { phase: 'timeUp', ...shown };
  if (run.timer.status === 'paused') return { phase: 'paused', ...shown };
  return { phase: left <= L.warningMs ? 'warning' : 'running', ...shown };
}
