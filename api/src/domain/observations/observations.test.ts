import { describe, expect, test } from 'vitest';
import { addWeeks, computeCoverage, minutesObserved, weekStartOf, withEntry, type WeekEntry } from './coverage.js';
import { checkObservationFeedback, feedbackVisibleToRep } from './feedback.js';

function entry(overrides: Partial<WeekEntry> = {}): WeekEntry {
  return {
    observationId: `o-${Math.random()}`,
    repId: 'u-alex',
    observerId: 'u-megan',
    date: '2026-12-02',
    minutes: 60,
    competencies: [],
    ratings: [],
    ...overrides,
  };
}

const reps = [
  { repId: 'u-alex', name: 'Alex', lastObservedOn: '2026-12-02' },
  { repId: 'u-diego', name: 'Diego', lastObservedOn: null },
  { repId: 'u-lynne', name: 'Lynne', lastObservedOn: '2026-10-01' },
];

describe('weeks', () => {
  test('a week starts on Monday (UTC)', () => {
    expect(weekStartOf('2026-12-04')).toBe('2026-11-30'); // Friday
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30'); // Monday
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30'); // Sunday
    expect(addWeeks('2026-11-30', -1)).toBe('2026-11-23');
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
  });

  test('applying the same observation twice counts it once', () => {
    const e = entry({ observationId: 'o1' });
    const week = withEntry(withEntry({ weekStart: '2026-11-30', entries: [] }, e), { ...e, minutes: 90 });
    expect(week.entries).toHaveLength(1);
    expect(week.entries[0]?.minutes).toBe(90);
  });

  test('a started observation counts at least one minute, otherwise whole minutes', () => {
    expect(minutesObserved(5_000)).toBe(1);
    expect(minutesObserved(29 * 60_000 + 40_000)).toBe(30);
  });
});

describe('coverage', () => {
  const perWeek = 40 * 60;
  const weeks = [
    { weekStart: '2026-11-30', entries: [entry({ minutes: 480 }), entry({ repId: 'u-lynne', minutes: 120 })] },
    { weekStart: '2026-11-09', entries: [entry({ date: '2026-11-10', minutes: 240 })] },
    // Older than 12 weeks: not counted.
    { weekStart: '2026-08-03', entries: [entry({ date: '2026-08-04', minutes: 999 })] },
  ];

  test('minutes observed over working minutes, this week and over 4 and 12 weeks', () => {
    const c = computeCoverage({ weeks, today: '2026-12-04', workingMinutesPerWeek: perWeek, reps });
    expect(c.thisWeek).toEqual({ minutes: 600, workingMinutes: 2400, ratio: 0.25 });
    expect(c.last4Weeks).toEqual({ minutes: 840, workingMinutes: 9600, ratio: 840 / 9600 });
    expect(c.last12Weeks.minutes).toBe(840);
    expect(c.last12Weeks.workingMinutes).toBe(12 * 2400);
    expect(c.weeks).toHaveLength(12);
    expect(c.weeks[0]?.weekStart).toBe('2026-09-14');
    expect(c.weeks.at(-1)).toEqual({ weekStart: '2026-11-30', minutes: 600, workingMinutes: 2400, ratio: 0.25 });
  });

  test('per rep, and reps never or longest unobserved come first', () => {
    const c = computeCoverage({ weeks, today: '2026-12-04', workingMinutesPerWeek: perWeek, reps });
    expect(c.reps.map((r) => r.repId)).toEqual(['u-diego', 'u-lynne', 'u-alex']);
    const alex = c.reps.find((r) => r.repId === 'u-alex');
    expect(alex?.last4Weeks.minutes).toBe(720);
    expect(alex?.last12Weeks.ratio).toBeCloseTo(720 / (12 * 2400));
    expect(c.reps.find((r) => r.repId === 'u-diego')?.last12Weeks.minutes).toBe(0);
  });

  test('a rep’s own view counts only their observations', () => {
    const c = computeCoverage({
      weeks,
      today: '2026-12-04',
      workingMinutesPerWeek: perWeek,
      reps,
      onlyRep: 'u-lynne',
    });
    expect(c.thisWeek.minutes).toBe(120);
    expect(c.reps.map((r) => r.repId)).toEqual(['u-lynne']);
    expect(c.heatMap.map((r) => r.repId)).toEqual(['u-lynne']);
  });

  test('the heat map counts observed competencies and keeps the latest rating', () => {
    const c = computeCoverage({
      weeks: [
        {
          weekStart: '2026-11-30',
          entries: [
            entry({
              date: '2026-12-01',
              competencies: ['nextStepClose'],
              ratings: [{ competency: 'nextStepClose', rating: 2 }],
            }),
            entry({
              date: '2026-12-03',
              competencies: ['nextStepClose', 'activeListening'],
              ratings: [{ competency: 'nextStepClose', rating: 3 }],
            }),
          ],
        },
      ],
      today: '2026-12-04',
      workingMinutesPerWeek: perWeek,
      reps,
    });
    const alex = c.heatMap.find((r) => r.repId === 'u-alex');
    expect(alex?.cells).toEqual(
      expect.arrayContaining([
        { competency: 'nextStepClose', count: 2, rating: 3 },
        { competency: 'activeListening', count: 1, rating: null },
      ]),
    );
  });

  test('no working time gives zero, not a division by zero', () => {
    const c = computeCoverage({ weeks, today: '2026-12-04', workingMinutesPerWeek: 0, reps });
    expect(c.thisWeek.ratio).toBe(0);
  });
});

describe('feedback rules', () => {
  test('sharing needs a strength and a development point', () => {
    const none = checkObservationFeedback({ strengths: [], developments: [] });
    expect(none.ready).toBe(false);
    expect(none.findings.map((f) => f.code)).toEqual(['missingStrength', 'missingDevelopment']);
    const ok = checkObservationFeedback({
      strengths: ['Asked what the budget was compared with before quoting'],
      developments: ['Confirm the date of the next meeting before hanging up'],
    });
    expect(ok.ready).toBe(true);
  });

  test('judgmental wording is refused with a suggested rewrite', () => {
    const judged = checkObservationFeedback({
      strengths: ['Asked what the budget was compared with before quoting'],
      developments: ['The close was sloppy and weak'],
    });
    expect(judged.ready).toBe(false);
    const finding = judged.findings.find((f) => f.code === 'judgmental');
    expect(finding?.words).toEqual(['sloppy', 'weak']);
    expect(finding?.message).toMatch(/e\.g\./);
  });

  test('the rep reads feedback only after self-assessing (or skipping) and once shared', () => {
    expect(feedbackVisibleToRep({ selfAssessed: false, shared: true })).toBe(false);
    expect(feedbackVisibleToRep({ selfAssessed: true, shared: false })).toBe(false);
    expect(feedbackVisibleToRep({ selfAssessed: true, shared: true })).toBe(true);
  });
});
