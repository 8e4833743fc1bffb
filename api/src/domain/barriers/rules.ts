import { Conflict, Forbidden, NotFound } from '../common/errors.js';
import type { Role } from '../spaces/contract.js';
import type { BarrierStatsResponse, BarrierStatus, BarrierTrend, BarrierVisibility } from './contract.js';

/*
 * The rules of the barrier register: who sees a barrier, who moves it on, and how fast the space
 * removes barriers.
 */

/** What the rules need to know of a barrier. */
export interface BarrierFacts {
  raiserId: string;
  visibility: BarrierVisibility;
  status: BarrierStatus;
  confirmedAt: string | null;
}

/** How the caller reads a barrier. */
export interface BarrierViewer {
  isRaiser: boolean;
  isManager: boolean;
}

/**
 * The raiser and the space's managers see every barrier; other members only team-visible ones.
 * Anyone else is told that nothing is there (404 naming nothing), so a private barrier does not leak.
 */
export function assertMayViewBarrier(role: Role, userId: string, barrier: BarrierFacts): BarrierViewer {
  const viewer = { isRaiser: barrier.raiserId === userId, isManager: role === 'manager' };
  if (viewer.isRaiser || viewer.isManager || barrier.visibility === 'team') return viewer;
  throw new NotFound();
}

/** Whether the barrier still waits for the managers (open or in progress). */
export const isActive = (status: BarrierStatus): boolean => status === 'open' || status === 'inProgress';

/** The statuses a manager may move a barrier to from `from`; a closed barrier reopens only by its raiser. */
export function nextStatuses(from: BarrierStatus): BarrierStatus[] {
  if (from === 'open') return ['inProgress', 'removed', 'wontFix'];
  if (from === 'inProgress') return ['removed', 'wontFix'];
  return [];
}

/** Only managers move a barrier on, and only along `nextStatuses`. */
export function assertMayChangeStatus(viewer: BarrierViewer, from: BarrierStatus, to: BarrierStatus): void {
  if (!viewer.isManager) throw new Forbidden('The managers own the removal of barriers.');
  if (!nextStatuses(from).includes(to)) {
    throw new Conflict(
      isActive(from)
        ? `This barrier is already ${from === 'open' ? 'open' : 'in progress'}.`
        : 'This barrier is closed; its raiser can reopen it.',
    );
  }
}

/** The raiser confirms a removal once; a confirmed removal is final. */
export function mayConfirm(viewer: BarrierViewer, barrier: BarrierFacts): boolean {
  return viewer.isRaiser && barrier.status === 'removed' && barrier.confirmedAt === null;
}

/** The raiser reopens a barrier removed (and not yet confirmed) or closed as won't fix. */
export function mayReopen(viewer: BarrierViewer, barrier: BarrierFacts): boolean {
  return viewer.isRaiser && (barrier.status === 'wontFix' || (barrier.status === 'removed' && !barrier.confirmedAt));
}

/** The raiser's confirm or reopen, refused with the reason when it does not apply. */
export function assertMayAnswer(viewer: BarrierViewer, barrier: BarrierFacts, action: 'confirm' | 'reopen'): void {
  if (!viewer.isRaiser) throw new Forbidden('Only the person who raised the barrier confirms or reopens it.');
  const ok = action === 'confirm' ? mayConfirm(viewer, barrier) : mayReopen(viewer, barrier);
  if (ok) return;
  throw new Conflict(
    action === 'confirm'
      ? 'Only a removed barrier that is not yet confirmed can be confirmed.'
      : 'Only a barrier that was removed (and not confirmed) or will not be fixed can be reopened.',
  );
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** The window of the space's time to remove. */
export const BARRIER_STATS_DAYS = 90;
export const BARRIER_STATS_WEEKS = 13;
const TREND_WEEKS = 6;

/** One removal as the roll-up keeps it. */
export interface RemovalEntry {
  removedAt: string;
  hoursToRemove: number;
}

/** Hours from raising to removal, to one decimal. */
export function hoursBetween(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / HOUR_MS) * 10) / 10;
}

/** The median of `values`, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round((value ?? 0) * 10) / 10;
}

function mondayOf(at: number): number {
  const day = new Date(at);
  const start = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return start - ((new Date(start).getUTCDay() + 6) % 7) * DAY_MS;
}

/**
 * The space's time to remove: the median over the last 90 days, per week over the last 13 weeks,
 * and whether the last 6 weeks were faster or slower than the 6 before (10% either way is steady).
 */
export function barrierStats(entries: readonly RemovalEntry[], now: number): BarrierStatsResponse {
  const since = now - BARRIER_STATS_DAYS * DAY_MS;
  const recent = entries.filter((e) => {
    const at = Date.parse(e.removedAt);
    return at >= since && at <= now;
  });
  const thisWeek = mondayOf(now);
  const weeks: BarrierStatsResponse['weeks'] = [];
  for (let i = BARRIER_STATS_WEEKS - 1; i >= 0; i--) {
    const start = thisWeek - i * 7 * DAY_MS;
    const inWeek = entries.filter((e) => {
      const at = Date.parse(e.removedAt);
      return at >= start && at < start + 7 * DAY_MS && at <= now;
    });
    weeks.push({
      weekStart: new Date(start).toISOString().slice(0, 10),
      removed: inWeek.length,
      medianHours: median(inWeek.map((e) => e.hoursToRemove)),
    });
  }
  const cut = thisWeek - (TREND_WEEKS - 1) * 7 * DAY_MS;
  const before = cut - TREND_WEEKS * 7 * DAY_MS;
  const late = median(entries.filter((e) => inRange(e, cut, now)).map((e) => e.hoursToRemove));
  const early = median(entries.filter((e) => inRange(e, before, cut - 1)).map((e) => e.hoursToRemove));
  return {
    removedLast90Days: recent.length,
    medianHoursToRemove: median(recent.map((e) => e.hoursToRemove)),
    weeks,
    trend: trendOf(early, late),
  };
}

function inRange(e: RemovalEntry, from: number, to: number): boolean {
  const at = Date.parse(e.removedAt);
  return at >= from && at <= to;
}

function trendOf(early: number | null, late: number | null): BarrierTrend {
  if (early === null || late === null) return 'notEnoughData';
  if (late < early * 0.9) return 'faster';
  if (late > early * 1.1) return 'slower';
  return 'steady';
}

/** Removals the roll-up still needs: the ones inside the trend and stats windows. */
export function keepRemoval(entry: RemovalEntry, now: number): boolean {
  return Date.parse(entry.removedAt) >= now - (2 * TREND_WEEKS + 1) * 7 * DAY_MS - DAY_MS;
}
