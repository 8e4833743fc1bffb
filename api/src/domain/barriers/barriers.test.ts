import { describe, expect, test } from 'vitest';
import { BarrierConfirmationBody, BarrierStatusBody, CreateBarrierBody } from './contract.js';
import {
  assertMayAnswer,
  assertMayChangeStatus,
  assertMayViewBarrier,
  barrierStats,
  keepRemoval,
  median,
  nextStatuses,
  type BarrierFacts,
} from './rules.js';

const facts = (overrides: Partial<BarrierFacts> = {}): BarrierFacts => ({
  raiserId: 'u-alex',
  visibility: 'private',
  status: 'open',
  confirmedAt: null,
  ...overrides,
});

describe('raising a barrier', () => {
  test('needs only a category and what blocks; private and medium urgency by default', () => {
    const body = CreateBarrierBody.parse({ category: 'leads', text: '  Leads come without phone numbers ' });
    expect(body).toEqual({
      category: 'leads',
      text: 'Leads come without phone numbers',
      impact: '',
      urgency: 'medium',
      visibility: 'private',
    });
  });

  test('refuses an unknown category and an empty text', () => {
    expect(CreateBarrierBody.safeParse({ category: 'weather', text: 'Rain' }).success).toBe(false);
    expect(CreateBarrierBody.safeParse({ category: 'tools', text: '   ' }).success).toBe(false);
  });
});

describe('status changes', () => {
  test('resources are https links only', () => {
    const removed = (url: string) =>
      BarrierStatusBody.safeParse({ status: 'removed', note: 'Done', resources: [{ url }] }).success;
    expect(removed('https://contoso.example/playbook')).toBe(true);
    expect(removed('http://contoso.example/playbook')).toBe(false);
    expect(removed('javascript:alert(1)')).toBe(false);
    expect(removed('ftp://contoso.example/file')).toBe(false);
  });

  test("won't fix needs a reason", () => {
    expect(BarrierStatusBody.safeParse({ status: 'wontFix' }).success).toBe(false);
    expect(BarrierStatusBody.safeParse({ status: 'wontFix', reason: ' ' }).success).toBe(false);
    expect(BarrierStatusBody.safeParse({ status: 'wontFix', reason: 'Policy this quarter' }).success).toBe(true);
  });

  test('a barrier moves open → in progress → removed or won’t fix, never back by a manager', () => {
    expect(nextStatuses('open')).toEqual(['inProgress', 'removed', 'wontFix']);
    expect(nextStatuses('inProgress')).toEqual(['removed', 'wontFix']);
    expect(nextStatuses('removed')).toEqual([]);
    const manager = { isManager: true, isRaiser: false };
    expect(() => assertMayChangeStatus(manager, 'inProgress', 'inProgress')).toThrow(/already in progress/);
    expect(() => assertMayChangeStatus(manager, 'removed', 'inProgress')).toThrow(/raiser can reopen/);
    expect(() => assertMayChangeStatus({ isManager: false, isRaiser: true }, 'open', 'removed')).toThrow(
      /managers own/,
    );
  });

  test('the raiser confirms a removal once, or reopens a removal or a won’t fix', () => {
    const raiser = { isManager: false, isRaiser: true };
    expect(() => assertMayAnswer(raiser, facts({ status: 'removed' }), 'confirm')).not.toThrow();
    expect(() => assertMayAnswer(raiser, facts({ status: 'wontFix' }), 'reopen')).not.toThrow();
    expect(() => assertMayAnswer(raiser, facts({ status: 'open' }), 'confirm')).toThrow(/Only a removed/);
    expect(() => assertMayAnswer(raiser, facts({ status: 'removed', confirmedAt: '2026-12-01' }), 'reopen')).toThrow();
    expect(() =>
      assertMayAnswer({ isManager: true, isRaiser: false }, facts({ status: 'removed' }), 'confirm'),
    ).toThrow(/Only the person who raised/);
    expect(BarrierConfirmationBody.safeParse({ action: 'dismiss' }).success).toBe(false);
  });
});

describe('visibility', () => {
  test('a private barrier: the raiser and managers; a peer is told nothing is there', () => {
    expect(assertMayViewBarrier('rep', 'u-alex', facts())).toEqual({ isRaiser: true, isManager: false });
    expect(assertMayViewBarrier('manager', 'u-megan', facts())).toEqual({ isRaiser: false, isManager: true });
    expect(() => assertMayViewBarrier('rep', 'u-lynne', facts())).toThrow('The resource was not found.');
    expect(() => assertMayViewBarrier('contributor', 'u-isaiah', facts())).toThrow('The resource was not found.');
  });

  test('a team-visible barrier: every member', () => {
    expect(assertMayViewBarrier('rep', 'u-lynne', facts({ visibility: 'team' }))).toEqual({
      isRaiser: false,
      isManager: false,
    });
  });
});

describe('time to remove', () => {
  const now = Date.parse('2026-12-03T12:00:00Z'); // a Thursday
  const daysAgo = (d: number): string => new Date(now - d * 86_400_000).toISOString();

  test('median of odd and even counts, none when empty', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  test('the 90-day median leaves older removals out; weeks are Monday-based, oldest first', () => {
    const stats = barrierStats(
      [
        { removedAt: daysAgo(1), hoursToRemove: 10 },
        { removedAt: daysAgo(2), hoursToRemove: 30 },
        { removedAt: daysAgo(40), hoursToRemove: 50 },
        { removedAt: daysAgo(100), hoursToRemove: 1000 },
      ],
      now,
    );
    expect(stats.removedLast90Days).toBe(3);
    expect(stats.medianHoursToRemove).toBe(30);
    expect(stats.weeks).toHaveLength(13);
    expect(stats.weeks.at(-1)).toEqual({ weekStart: '2026-11-30', removed: 2, medianHours: 20 });
    expect(stats.weeks[0]?.weekStart).toBe('2026-09-07');
  });

  test('the trend compares the last six weeks with the six before', () => {
    const faster = barrierStats(
      [
        { removedAt: daysAgo(60), hoursToRemove: 100 },
        { removedAt: daysAgo(3), hoursToRemove: 20 },
      ],
      now,
    );
    expect(faster.trend).toBe('faster');
    const slower = barrierStats(
      [
        { removedAt: daysAgo(60), hoursToRemove: 20 },
        { removedAt: daysAgo(3), hoursToRemove: 100 },
      ],
      now,
    );
    expect(slower.trend).toBe('slower');
    expect(barrierStats([{ removedAt: daysAgo(3), hoursToRemove: 5 }], now).trend).toBe('notEnoughData');
  });

  test('the roll-up keeps what the figures need and drops the rest', () => {
    expect(keepRemoval({ removedAt: daysAgo(90), hoursToRemove: 1 }, now)).toBe(true);
    expect(keepRemoval({ removedAt: daysAgo(120), hoursToRemove: 1 }, now)).toBe(false);
  });
});
