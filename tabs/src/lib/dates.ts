import type { IntlShape } from 'react-intl';

/**
 * Dates as people read them, from the locale (UX.md: one format everywhere, never ISO strings).
 * A calendar day (`2026-12-11`, a due date) is the same day wherever the reader is: it is formatted in
 * UTC, where it was parsed.
 */
export function formatDay(intl: IntlShape, isoDay: string): string {
  return intl.formatDate(`${isoDay.slice(0, 10)}T00:00:00Z`, {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
}

/** A moment (an ISO timestamp) as a day and a time in the reader's zone. */
export function formatMoment(intl: IntlShape, iso: string): string {
  return intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Today's calendar day (`YYYY-MM-DD`) where the reader is. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How many days "due soon" looks ahead. */
export const DUE_SOON_DAYS = 3;

export type DueStatus = 'done' | 'overdue' | 'dueSoon' | null;

/** What a due date means today: done, overdue (past it), due soon (within `DUE_SOON_DAYS`), or nothing to show. */
export function dueStatus(dueDate: string | null, done: boolean, today: string): DueStatus {
  if (done) return 'done';
  if (!dueDate) return null;
  const day = dueDate.slice(0, 10);
  if (day < today) return 'overdue';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + DUE_SOON_DAYS);
  return day <= soon.toISOString().slice(0, 10) ? 'dueSoon' : null;
}
