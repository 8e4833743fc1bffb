import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { dueStatus, formatDay, localToday } from './dates';

describe('due dates', () => {
  it('flags overdue, due soon and done, and nothing for a date far ahead or none', () => {
    const today = '2026-12-05';
    expect(dueStatus('2026-11-13', false, today)).toBe('overdue');
    expect(dueStatus('2026-12-04', false, today)).toBe('overdue');
    expect(dueStatus('2026-12-05', false, today)).toBe('dueSoon');
    expect(dueStatus('2026-12-08', false, today)).toBe('dueSoon');
    expect(dueStatus('2026-12-09', false, today)).toBeNull();
    expect(dueStatus(null, false, today)).toBeNull();
    expect(dueStatus('2026-11-13', true, today)).toBe('done');
  });

  it('prints a calendar day from the locale, the same day in every time zone', () => {
    expect(formatDay(createIntl({ locale: 'en-US', timeZone: 'Pacific/Honolulu' }), '2026-12-11')).toBe(
      'Fri, Dec 11, 2026',
    );
    expect(formatDay(createIntl({ locale: 'de-DE' }), '2026-12-11')).toBe('Fr., 11. Dez. 2026');
  });

  it('takes today where the reader is', () => {
    expect(localToday(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});
