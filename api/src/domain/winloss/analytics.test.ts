import { describe, expect, test } from 'vitest';
import { quarterOf } from '../common/quarter.js';
import { computeWinlossAnalytics, type WinlossEntry } from './analytics.js';
import type { DealOutcome } from './contract.js';

/**
 * A generated set with known answers: 120 deals over four quarters of 2026 and two segments.
 * Deal i: outcome by i % 3 (won, lost, noDecision); segment Enterprise when i is even; closed in
 * quarter (i % 4) + 1; reasons: price for every deal, timing when i % 5 == 0; the customer is heard
 * on every lost deal with i % 4 == 1 and names product fit (never price).
 */
function generated(): WinlossEntry[] {
  const outcomes: DealOutcome[] = ['won', 'lost', 'noDecision'];
  return Array.from({ length: 120 }, (_, i) => {
    const outcome = outcomes[i % 3] as DealOutcome;
    const month = String((i % 4) * 3 + 1).padStart(2, '0');
    const reasons: Record<string, string> = { price: 'Price' };
    if (i % 5 === 0) reasons.timing = 'Timing';
    return {
      reviewId: `r-${String(i).padStart(3, '0')}`,
      boardName: `Deal ${i}`,
      outcome,
      closedOn: `2026-${month}-15`,
      segment: i % 2 === 0 ? 'Enterprise' : 'Mid-market',
      reasons,
      primary: 'price',
      ...(outcome === 'lost' && i % 4 === 1 ? { customer: { productFit: 'Product fit' } } : {}),
    };
  });
}

describe('win/loss analytics', () => {
  const result = computeWinlossAnalytics(generated());

  test('quarters', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  test('outcomes and reasons by outcome', () => {
    expect(result.total).toBe(120);
    expect(result.outcomes).toEqual({ won: 40, lost: 40, noDecision: 40 });
    const price = result.reasonsByOutcome.find((r) => r.key === 'price');
    expect(price).toEqual({
      key: 'price',
      label: 'Price',
      counts: { won: 40, lost: 40, noDecision: 40 },
      primary: 120,
    });
    // i % 5 == 0 and i % 3: i in 0..119 step 5 -> 24 deals, 8 of each outcome (15 is a multiple of 3 and 5).
    const timing = result.reasonsByOutcome.find((r) => r.key === 'timing');
    expect(timing?.counts).toEqual({ won: 8, lost: 8, noDecision: 8 });
    expect(result.reasonsByOutcome[0]?.key).toBe('price');
  });

  test('reasons by segment', () => {
    // Even i: Enterprise; won when i % 3 == 0 -> i % 6 == 0 -> 20 deals.
    const row = result.reasonsBySegment.find((r) => r.segment === 'Enterprise' && r.key === 'price');
    expect(row?.counts).toEqual({ won: 20, lost: 20, noDecision: 20 });
  });

  test('win rate by segment and quarter', () => {
    // Enterprise and Q1: i % 2 == 0 and i % 4 == 0 -> i % 4 == 0: 30 deals, won when i % 12 == 0 -> 10.
    const q1 = result.winRate.find((r) => r.segment === 'Enterprise' && r.quarter === '2026-Q1');
    expect(q1?.counts).toEqual({ won: 10, lost: 10, noDecision: 10 });
    expect(q1?.winRate).toBe(0.333);
    // Enterprise has no deals in Q2 or Q4 (odd i % 4).
    expect(result.winRate.filter((r) => r.segment === 'Enterprise').map((r) => r.quarter)).toEqual([
      '2026-Q1',
      '2026-Q3',
    ]);
  });

  test('trend per quarter with the top loss reason', () => {
    expect(result.trend.map((t) => t.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    for (const t of result.trend) {
      expect(t.counts).toEqual({ won: 10, lost: 10, noDecision: 10 });
      expect(t.topLossReason).toBe('Price');
    }
  });

  test('the gap between reps and customers', () => {
    // Lost with i % 4 == 1: i % 3 == 1 and i % 4 == 1 -> i % 12 == 1 -> 10 deals heard.
    expect(result.gap.deals).toBe(10);
    const price = result.gap.reasons.find((r) => r.key === 'price');
    expect(price).toMatchObject({ repShare: 1, customerShare: 0, gap: -1 });
    const fit = result.gap.reasons.find((r) => r.key === 'productFit');
    expect(fit).toMatchObject({ repShare: 0, customerShare: 1, gap: 1 });
    // i % 12 == 1 and i % 5 == 0: i = 25, 85 -> 2 of 10.
    expect(result.gap.reasons.find((r) => r.key === 'timing')).toMatchObject({ repShare: 0.2, customerShare: 0 });
  });

  test('loss themes: reasons with several losses, most first', () => {
    expect(result.lossThemes.map((t) => [t.key, t.losses, t.heard])).toEqual([
      ['price', 40, 10],
      ['timing', 8, 2],
    ]);
    expect(result.lossThemes[1]?.reviewIds).toEqual([
      'r-010',
      'r-025',
      'r-040',
      'r-055',
      'r-070',
      'r-085',
      'r-100',
      'r-115',
    ]);
  });

  test('a reason relabelled later reads with its newest label; nothing at all gives empty figures', () => {
    const entries = generated().slice(0, 2);
    entries[1] = { ...entries[1]!, closedOn: '2026-12-01', reasons: { price: 'Price & terms' } };
    expect(computeWinlossAnalytics(entries).reasonsByOutcome[0]?.label).toBe('Price & terms');
    const empty = computeWinlossAnalytics([]);
    expect(empty).toMatchObject({ total: 0, trend: [], lossThemes: [], gap: { deals: 0, reasons: [] } });
  });
});
