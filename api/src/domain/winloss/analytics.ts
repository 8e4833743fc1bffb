import { z } from 'zod';
import { quarterOf } from '../common/quarter.js';
import type { DealOutcome } from './contract.js';
import { WINLOSS_LIMITS } from './taxonomy.js';

/**
 * Win/loss analytics, computed from the roll-up's compact entries (one per closed, reviewed deal).
 * Pure: the same entries always give the same figures, so the tests state the answers exactly.
 */

/** One reviewed deal as the roll-up keeps it. Labels are the review's own (see taxonomy.ts). */
export interface WinlossEntry {
  reviewId: string;
  boardName: string;
  outcome: DealOutcome;
  /** The date the deal was decided, `YYYY-MM-DD`. */
  closedOn: string;
  segment: string;
  /** Rep's reasons: key → label. */
  reasons: Record<string, string>;
  primary: string;
  /** Customer's reasons (key → label); absent until someone heard the customer. */
  customer?: Record<string, string>;
}

const Counts = z.object({ won: z.number(), lost: z.number(), noDecision: z.number() });
type Counts = z.infer<typeof Counts>;
const zero = (): Counts => ({ won: 0, lost: 0, noDecision: 0 });

export const WinlossAnalyticsResponse = z.object({
  total: z.number(),
  outcomes: Counts,
  /** Per reason (as the reps gave it), how many deals of each outcome cited it. */
  reasonsByOutcome: z.array(z.object({ key: z.string(), label: z.string(), counts: Counts, primary: z.number() })),
  /** Per segment and reason, how many deals of each outcome cited it. */
  reasonsBySegment: z.array(z.object({ segment: z.string(), key: z.string(), label: z.string(), counts: Counts })),
  /** Win rate = won / all closed deals, per segment and quarter (null when there were none). */
  winRate: z.array(z.object({ segment: z.string(), quarter: z.string(), counts: Counts, winRate: z.number() })),
  /** Per quarter: outcomes, win rate and the reason most losses cited. */
  trend: z.array(
    z.object({ quarter: z.string(), counts: Counts, winRate: z.number(), topLossReason: z.string().nullable() }),
  ),
  /**
   * The gap, over the deals whose customer was heard: per reason, the share of those deals where the
   * rep cited it and the share where the customer did.
   */
  gap: z.object({
    deals: z.number(),
    reasons: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        repShare: z.number(),
        customerShare: z.number(),
        gap: z.number(),
      }),
    ),
  }),
  /** Reasons cited by at least `themeMinLosses` lost deals, most losses first: practice material. */
  lossThemes: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      losses: z.number(),
      reviewIds: z.array(z.string()),
      heard: z.number(),
    }),
  ),
});
export type WinlossAnalyticsResponse = z.infer<typeof WinlossAnalyticsResponse>;

const round = (n: number): number => Math.round(n * 1000) / 1000;
const total = (c: Counts): number => c.won + c.lost + c.noDecision;
const rate = (c: Counts): number => (total(c) === 0 ? 0 : round(c.won / total(c)));

/** The newest label a reason was given in the entries, so a relabelled reason reads as it does now. */
function labels(entries: readonly WinlossEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  const ordered = [...entries].sort((a, b) => a.closedOn.localeCompare(b.closedOn));
  for (const e of ordered) {
    for (const [k, v] of Object.entries(e.reasons)) out.set(k, v);
    for (const [k, v] of Object.entries(e.customer ?? {})) out.set(k, v);
  }
  return out;
}

function bump(map: Map<string, Counts>, key: string, outcome: DealOutcome): void {
  const c = map.get(key) ?? zero();
  c[outcome] += 1;
  map.set(key, c);
}

/** Every figure of the "Win/loss" section, from the entries alone. */
export function computeWinlossAnalytics(entries: readonly WinlossEntry[]): WinlossAnalyticsResponse {
  const label = labels(entries);
  const outcomes = zero();
  const byReason = new Map<string, Counts>();
  const primaries = new Map<string, number>();
  const bySegmentReason = new Map<string, Counts>();
  const bySegmentQuarter = new Map<string, Counts>();
  const byQuarter = new Map<string, Counts>();
  const lossesByQuarterReason = new Map<string, number>();
  const losses = new Map<string, string[]>();
  const heardLosses = new Map<string, number>();
  let heard = 0;
  const repCited = new Map<string, number>();
  const customerCited = new Map<string, number>();

  for (const e of entries) {
    const quarter = quarterOf(e.closedOn);
    outcomes[e.outcome] += 1;
    bump(bySegmentQuarter, `${e.segment}\u0000${quarter}`, e.outcome);
    bump(byQuarter, quarter, e.outcome);
    primaries.set(e.primary, (primaries.get(e.primary) ?? 0) + 1);
    for (const key of Object.keys(e.reasons)) {
      bump(byReason, key, e.outcome);
      bump(bySegmentReason, `${e.segment}\u0000${key}`, e.outcome);
      if (e.outcome === 'lost') {
        losses.set(key, [...(losses.get(key) ?? []), e.reviewId]);
        const qk = `${quarter}\u0000${key}`;
        lossesByQuarterReason.set(qk, (lossesByQuarterReason.get(qk) ?? 0) + 1);
        if (e.customer) heardLosses.set(key, (heardLosses.get(key) ?? 0) + 1);
      }
    }
    if (e.customer) {
      heard += 1;
      for (const key of Object.keys(e.reasons)) repCited.set(key, (repCited.get(key) ?? 0) + 1);
      for (const key of Object.keys(e.customer)) customerCited.set(key, (customerCited.get(key) ?? 0) + 1);
    }
  }

  const name = (key: string): string => label.get(key) ?? key;
  const byLabel = (a: { key: string }, b: { key: string }): number => name(a.key).localeCompare(name(b.key));

  const reasonsByOutcome = [...byReason]
    .map(([key, counts]) => ({ key, label: name(key), counts, primary: primaries.get(key) ?? 0 }))
    .sort((a, b) => total(b.counts) - total(a.counts) || byLabel(a, b));
  const reasonsBySegment = [...bySegmentReason]
    .map(([k, counts]) => {
      const [segment = '', key = ''] = k.split('\u0000');
      return { segment, key, label: name(key), counts };
    })
    .sort((a, b) => a.segment.localeCompare(b.segment) || total(b.counts) - total(a.counts) || byLabel(a, b));
  const winRate = [...bySegmentQuarter]
    .map(([k, counts]) => {
      const [segment = '', quarter = ''] = k.split('\u0000');
      return { segment, quarter, counts, winRate: rate(counts) };
    })
    .sort((a, b) => a.segment.localeCompare(b.segment) || a.quarter.localeCompare(b.quarter));
  const trend = [...byQuarter]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, counts]) => {
      let top: string | null = null;
      let most = 0;
      for (const [k, n] of lossesByQuarterReason) {
        const [q = '', key = ''] = k.split('\u0000');
        if (q !== quarter) continue;
        if (n > most || (n === most && top !== null && name(key).localeCompare(name(top)) < 0)) {
          top = key;
          most = n;
        }
      }
      return { quarter, counts, winRate: rate(counts), topLossReason: top === null ? null : name(top) };
    });
  const gapKeys = new Set([...repCited.keys(), ...customerCited.keys()]);
  const gapReasons = [...gapKeys]
    .map((key) => {
      const repShare = heard === 0 ? 0 : round((repCited.get(key) ?? 0) / heard);
      const customerShare = heard === 0 ? 0 : round((customerCited.get(key) ?? 0) / heard);
      return { key, label: name(key), repShare, customerShare, gap: round(customerShare - repShare) };
    })
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || byLabel(a, b));
  const lossThemes = [...losses]
    .filter(([, ids]) => ids.length >= WINLOSS_LIMITS.themeMinLosses)
    .map(([key, ids]) => ({
      key,
      label: name(key),
      losses: ids.length,
      reviewIds: [...ids].sort(),
      heard: heardLosses.get(key) ?? 0,
    }))
    .sort((a, b) => b.losses - a.losses || b.heard - a.heard || byLabel(a, b));

  return {
    total: entries.length,
    outcomes,
    reasonsByOutcome,
    reasonsBySegment,
    winRate,
    trend,
    gap: { deals: heard, reasons: gapReasons },
    lossThemes,
  };
}
