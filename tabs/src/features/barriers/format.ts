import type { IntlShape } from 'react-intl';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** How long ago, in the locale's words ("3 days ago", "2 hours ago"). */
export function ago(intl: IntlShape, iso: string, now: number = Date.now()): string {
  const ms = Date.parse(iso) - now;
  const days = Math.round(ms / DAY);
  if (Math.abs(days) >= 1) return intl.formatRelativeTime(days, 'day', { numeric: 'auto' });
  const hours = Math.round(ms / HOUR);
  if (Math.abs(hours) >= 1) return intl.formatRelativeTime(hours, 'hour', { numeric: 'auto' });
  return intl.formatRelativeTime(Math.round(ms / 60_000), 'minute', { numeric: 'auto' });
}

/** A time to remove: hours under two days, days (one decimal) from then on. */
export function duration(intl: IntlShape, hours: number): string {
  if (hours < 48) return intl.formatMessage({ id: 'barriers.duration.hours' }, { value: Math.round(hours) });
  return intl.formatMessage(
    { id: 'barriers.duration.days' },
    { value: intl.formatNumber(hours / 24, { maximumFractionDigits: 1 }) },
  );
}
