import type { CoverageResponse } from './contract.js';

// Coverage against the goal: minutes observed over the managers' working minutes, from weekly roll-ups.

export const DEFAULT_HOURS_PER_WEEK = 40;
export const DEFAULT_GOAL_PERCENT = 20;
/** The windows the coverage view shows, in weeks (the longest bounds what a read fetches). */
export const COVERAGE_WINDOW_WEEKS = 12;

const DAY_MS = 86_400_000;

/** The Monday (UTC) of the ISO week a date (YYYY-MM-DD) falls in. */
export function weekStartOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * DAY_MS).toISOString().slice(0, 10);
}

/** `weekStart` moved by `weeks` (negative: back in time). */
export function addWeeks(weekStart: string, weeks: number): string {
  return new Date(new Date(`${weekStart}T00:00:00Z`).getTime() + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** One observation as its week's roll-up counts it. */
export interface WeekEntry {
  observationId: string;
  repId: string;
  observerId: string;
  date: string;
  minutes: number;
  competencies: string[];
  /** The manager's ratings once feedback is shared, per competency. */
  ratings: { competency: string; rating: number }[];
}

/** The observations of one week (Monday to Sunday, UTC). */
export interface WeekRollup {
  weekStart: string;
  entries: WeekEntry[];
}

/** Adds or replaces one observation's entry: applying the same entry twice changes nothing. */
export function withEntry(week: WeekRollup, entry: WeekEntry): WeekRollup {
  return { ...week, entries: [...week.entries.filter((e) => e.observationId !== entry.observationId), entry] };
}

export interface CoverageInput {
  /** Roll-ups of recent weeks, in any order; weeks without observations may be missing. */
  weeks: readonly WeekRollup[];
  /** Today (YYYY-MM-DD, UTC): the current week is the last one counted. */
  today: string;
  /** The working minutes per week the coverage is measured against (the managers' hours). */
  workingMinutesPerWeek: number;
  /** The reps to list, with the date each was last observed (any time, not only in the window). */
  reps: readonly { repId: string; name: string; lastObservedOn: string | null }[];
  /** Only this rep's observations count (a rep's own view). */
  onlyRep?: string;
}

type Figure = CoverageResponse['thisWeek'];

function figure(minutes: number, workingMinutes: number): Figure {
  return { minutes, workingMinutes, ratio: workingMinutes > 0 ? minutes / workingMinutes : 0 };
}

/**
 * Coverage per week and over the last 4 and 12 weeks, overall and per rep (each rep's share of the
 * managers' working time), the reps sorted by time since they were last observed (never first), and
 * the competency heat map of the last 12 weeks.
 */
export function computeCoverage(
  input: CoverageInput,
): Omit<CoverageResponse, 'scope' | 'goalPercent' | 'hoursPerWeek'> {
  const current = weekStartOf(input.today);
  const first = addWeeks(current, -(COVERAGE_WINDOW_WEEKS - 1));
  const from4 = addWeeks(current, -3);
  const byWeek = new Map(input.weeks.map((w) => [w.weekStart, w]));
  const counted = (e: WeekEntry): boolean => !input.onlyRep || e.repId === input.onlyRep;
  const perWeek = input.workingMinutesPerWeek;

  const weeks: CoverageResponse['weeks'] = [];
  for (let i = 0; i < COVERAGE_WINDOW_WEEKS; i++) {
    const weekStart = addWeeks(first, i);
    const minutes = (byWeek.get(weekStart)?.entries ?? []).filter(counted).reduce((sum, e) => sum + e.minutes, 0);
    weeks.push({ weekStart, ...figure(minutes, perWeek) });
  }
  const sum = (ws: typeof weeks): number => ws.reduce((s, w) => s + w.minutes, 0);
  const last4 = weeks.filter((w) => w.weekStart >= from4);

  const inWindow = [...byWeek.values()]
    .filter((w) => w.weekStart >= first && w.weekStart <= current)
    .flatMap((w) => w.entries)
    .filter(counted)
    .sort((a, b) => a.date.localeCompare(b.date));

  const reps = input.reps
    .filter((r) => !input.onlyRep || r.repId === input.onlyRep)
    .map((rep) => {
      const own = inWindow.filter((e) => e.repId === rep.repId);
      const m12 = own.reduce((s, e) => s + e.minutes, 0);
      const m4 = own.filter((e) => weekStartOf(e.date) >= from4).reduce((s, e) => s + e.minutes, 0);
      return {
        repId: rep.repId,
        name: rep.name,
        lastObservedOn: rep.lastObservedOn,
        last4Weeks: figure(m4, perWeek * 4),
        last12Weeks: figure(m12, perWeek * COVERAGE_WINDOW_WEEKS),
      };
    })
    .sort((a, b) => (a.lastObservedOn ?? '').localeCompare(b.lastObservedOn ?? '') || a.name.localeCompare(b.name));

  const heatMap = reps.map((rep) => {
    const cells = new Map<string, { competency: string; count: number; rating: number | null }>();
    for (const entry of inWindow) {
      if (entry.repId !== rep.repId) continue;
      for (const competency of entry.competencies) {
        const cell = cells.get(competency) ?? { competency, count: 0, rating: null };
        cell.count++;
        cells.set(competency, cell);
      }
      for (const { competency, rating } of entry.ratings) {
        const cell = cells.get(competency) ?? { competency, count: 0, rating: null };
        cell.rating = rating;
        cells.set(competency, cell);
      }
    }
    return { repId: rep.repId, cells: [...cells.values()] };
  });

  return {
    thisWeek: figure(weeks.at(-1)?.minutes ?? 0, perWeek),
    last4Weeks: figure(sum(last4), perWeek * 4),
    last12Weeks: figure(sum(weeks), perWeek * COVERAGE_WINDOW_WEEKS),
    weeks,
    reps,
    heatMap,
  };
}

/** Whole minutes observed for a timer's running time: at least one once started. */
export function minutesObserved(elapsed: number): number {
  return Math.max(1, Math.round(elapsed / 60_000));
}
