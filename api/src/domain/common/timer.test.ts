import { describe, expect, it } from 'vitest';
import {
  addTime,
  elapsedMs,
  estimateClockOffset,
  formatCountdown,
  idleTimer,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from './timer.js';

const T0 = 1_800_000_000_000;

describe('server-authoritative timer', () => {
  it('counts down from the server start time, so a late joiner sees the same remaining time', () => {
    const timer = startTimer(5 * 60_000, T0);
    // One participant looked at T0+10 s, another joins at T0+130 s: both derive from the same state.
    expect(remainingMs(timer, T0 + 10_000)).toBe(290_000);
    expect(remainingMs(timer, T0 + 130_000)).toBe(170_000);
  });

  it('stops the clock while paused and resumes where it was', () => {
    const running = startTimer(60_000, T0);
    const paused = pauseTimer(running, T0 + 20_000);
    expect(paused).toMatchObject({ status: 'paused', startedAt: null, elapsedMs: 20_000 });
    expect(remainingMs(paused, T0 + 500_000)).toBe(40_000);
    const resumed = resumeTimer(paused, T0 + 500_000);
    expect(remainingMs(resumed, T0 + 510_000)).toBe(30_000);
    expect(pauseTimer(paused, T0 + 600_000)).toBe(paused);
    expect(resumeTimer(resumed, T0 + 600_000)).toBe(resumed);
  });

  it('adds time and goes negative on overrun', () => {
    const timer = addTime(startTimer(60_000, T0), 5 * 60_000);
    expect(timer.durationMs).toBe(360_000);
    expect(remainingMs(timer, T0 + 400_000)).toBe(-40_000);
    expect(elapsedMs(idleTimer(1000), T0)).toBe(0);
    expect(addTime(idleTimer(1000), -5000).durationMs).toBe(0);
  });

  it('estimates the clock offset from the round trip with the least delay', () => {
    // The local clock runs 2 s behind the server; the second sample has the shortest round trip.
    const samples = [
      { sentAt: 1000, receivedAt: 1400, serverTime: 3300 },
      { sentAt: 2000, receivedAt: 2020, serverTime: 4010 },
      { sentAt: 3000, receivedAt: 2990, serverTime: 9999 },
    ];
    expect(estimateClockOffset(samples)).toBe(2000);
    expect(estimateClockOffset([])).toBe(0);
  });

  it('formats the countdown as m:ss with a minus when over', () => {
    expect(formatCountdown(90_000)).toBe('1:30');
    expect(formatCountdown(89_001)).toBe('1:30');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-61_500)).toBe('-1:01');
  });
});
