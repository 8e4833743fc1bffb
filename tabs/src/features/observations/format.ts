import type { IntlShape } from 'react-intl';

/** Elapsed time as h:mm:ss or m:ss. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A share as a percentage with one decimal, e.g. "12.5%". */
export function formatPercent(intl: IntlShape, ratio: number): string {
  return intl.formatNumber(ratio, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A calendar date (YYYY-MM-DD) as the locale writes it, e.g. "Thu, Dec 10". */
export function formatDay(intl: IntlShape, date: string): string {
  return intl.formatDate(`${date}T12:00:00Z`, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** How long ago a date was, in words ("3 weeks ago", "today"). */
export function formatSince(intl: IntlShape, date: string, now = Date.now()): string {
  const days = Math.round((now - new Date(`${date}T12:00:00Z`).getTime()) / 86_400_000);
  if (days >= 14) return intl.formatRelativeTime(-Math.floor(days / 7), 'week', { numeric: 'auto' });
  return intl.formatRelativeTime(-Math.max(0, days), 'day', { numeric: 'auto' });
}
