import { describe, expect, it } from 'vitest';
import { lengthFromDetails, occurrenceOf } from './occurrences.js';

const NOW = Date.parse('2026-12-10T08:30:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('occurrenceOf', () => {
  it('tells an occurrence by its scheduled start (to the minute) when the host gives it', () => {
    expect(
      occurrenceOf(
        { details: { scheduledStart: '2026-12-10T09:00:12.345Z', type: 'Recurring' }, localDate: '2026-12-10' },
        NOW,
      ),
    ).toEqual({ key: 'start:2026-12-10T09:00:00.000Z', start: '2026-12-10T09:00:00.000Z' });
  });

  it('reads a recurring start more than a day old as the series’ first start and falls back to the date', () => {
    const seriesStart = new Date(NOW - DAY - 60_000).toISOString();
    expect(
      occurrenceOf({ details: { scheduledStart: seriesStart, type: 'Recurring' }, localDate: '2026-12-10' }, NOW),
    ).toEqual({
      key: 'date:2026-12-10',
      start: null,
    });
    // Within the day (a meeting that ran long), the start still names the occurrence.
    const earlier = new Date(NOW - DAY + 60_000).toISOString();
    expect(
      occurrenceOf({ details: { scheduledStart: earlier, type: 'Recurring' }, localDate: '2026-12-10' }, NOW).start,
    ).not.toBeNull();
  });

  it('keeps a one-off meeting’s start however long ago it was', () => {
    const start = new Date(NOW - 30 * DAY).toISOString();
    expect(
      occurrenceOf({ details: { scheduledStart: start, type: 'Scheduled' }, localDate: '2026-12-10' }, NOW).key,
    ).toBe(`start:${start}`);
  });

  it('falls back to the opener’s date without details', () => {
    expect(occurrenceOf({ localDate: '2026-12-03' }, NOW)).toEqual({ key: 'date:2026-12-03', start: null });
  });
});

describe('lengthFromDetails', () => {
  it('takes the scheduled length when it is a sensible meeting length', () => {
    const details = { scheduledStart: '2026-12-10T09:00:00Z', scheduledEnd: '2026-12-10T09:45:00Z' };
    expect(lengthFromDetails(details)).toBe(45);
    expect(lengthFromDetails({ ...details, scheduledEnd: '2026-12-10T09:02:00Z' })).toBeNull();
    expect(lengthFromDetails({ scheduledStart: details.scheduledStart })).toBeNull();
    expect(lengthFromDetails(undefined)).toBeNull();
  });
});
