import { describe, expect, test } from 'vitest';
import { quarterOf } from '../common/quarter.js';
import { CreateOpportunityBody, OpportunityStatusBody } from './contract.js';
import {
  creditEntryId,
  ledgerBalance,
  mayMoveOpportunity,
  milestoneOf,
  nextOpportunityStatuses,
  reversalEntryId,
  routeOpportunity,
  statusNeedsNote,
} from './rules.js';

const members = [
  { userId: 'u-megan', role: 'manager' },
  { userId: 'u-alex', role: 'rep' },
  { userId: 'u-isaiah', role: 'contributor' },
];

describe('opportunity rules', () => {
  test('routes to the board owner when they are a rep or manager of the space, else to triage', () => {
    expect(routeOpportunity('u-alex', members)).toBe('u-alex');
    expect(routeOpportunity('u-megan', members)).toBe('u-megan');
    expect(routeOpportunity(null, members)).toBeNull();
    expect(routeOpportunity('u-gone', members)).toBeNull();
    expect(routeOpportunity('u-isaiah', members)).toBeNull();
  });

  test('statuses move forward only and closed stays closed', () => {
    expect(mayMoveOpportunity('new', 'contacted')).toBe(true);
    expect(mayMoveOpportunity('contacted', 'qualified')).toBe(true);
    expect(mayMoveOpportunity('qualified', 'won')).toBe(true);
    expect(mayMoveOpportunity('qualified', 'contacted')).toBe(false);
    expect(mayMoveOpportunity('new', 'won')).toBe(false);
    for (const closed of ['won', 'lost', 'notAnOpportunity'] as const) {
      expect(nextOpportunityStatuses(closed)).toEqual([]);
    }
  });

  test('points are proposed on qualified and won only; "not an opportunity" needs a note', () => {
    expect(milestoneOf('qualified')).toBe('qualified');
    expect(milestoneOf('won')).toBe('won');
    expect(milestoneOf('contacted')).toBeNull();
    expect(milestoneOf('lost')).toBeNull();
    expect(statusNeedsNote('notAnOpportunity')).toBe(true);
    expect(statusNeedsNote('lost')).toBe(false);
  });

  test('quarters, deterministic entry ids and the balance', () => {
    expect(quarterOf('2026-12-05T02:00:00Z')).toBe('2026-Q4');
    expect(quarterOf('2027-01-01')).toBe('2027-Q1');
    expect(quarterOf('2026-06-30')).toBe('2026-Q2');
    expect(creditEntryId('o1', 'won')).toBe(creditEntryId('o1', 'won'));
    expect(creditEntryId('o1', 'won')).not.toBe(creditEntryId('o1', 'qualified'));
    expect(reversalEntryId(creditEntryId('o1', 'won'))).toBe('reversal.credit.o1.won');
    expect(ledgerBalance([{ points: 10 }, { points: 50 }, { points: -10 }])).toBe(50);
  });

  test('the log form needs a customer (a board or a name) and what was noticed', () => {
    expect(CreateOpportunityBody.safeParse({ noticed: 'They asked about more seats' }).success).toBe(false);
    expect(CreateOpportunityBody.safeParse({ customerName: 'Contoso', noticed: '' }).success).toBe(false);
    const ok = CreateOpportunityBody.parse({ customerName: 'Contoso', noticed: 'They asked about more seats' });
    expect(ok.urgency).toBe('soon');
    expect(CreateOpportunityBody.safeParse({ boardId: 'b1', noticed: 'x' }).success).toBe(true);
    expect(OpportunityStatusBody.safeParse({ status: 'new' }).success).toBe(false);
  });
});
