import { describe, expect, it } from 'vitest';
import { activeCompetencyKeys, competencyListChangeIssues, DEFAULT_COMPETENCIES } from '../roleplays/competencies.js';
import {
  type CardReader,
  isDisagreement,
  isPurgeDue,
  mayReadOthersCards,
  purgeDueAt,
  ratingSpread,
  visibleCards,
  weightedScore,
} from './rules.js';

const card = (interviewerId: string, ratings: Record<string, number>, submitted = true) => ({
  interviewerId,
  submittedAt: submitted ? '2026-12-01T10:00:00Z' : null,
  ratings: Object.entries(ratings).map(([key, rating]) => ({ key, rating })),
});

describe('weighted score', () => {
  const weights = [
    { key: 'discovery', weight: 3 },
    { key: 'listening', weight: 1 },
  ];

  it('averages each competency over the panel, then weights', () => {
    // discovery: (4 + 2) / 2 = 3, listening: 2 → (3·3 + 1·2) / 4 = 2.75
    expect(weightedScore(weights, [card('a', { discovery: 4, listening: 2 }), card('b', { discovery: 2 })])).toBe(2.75);
  });

  it('leaves out competencies nobody rated, and unsubmitted cards', () => {
    expect(weightedScore(weights, [card('a', { listening: 3 }), card('b', { discovery: 1 }, false)])).toBe(3);
    expect(weightedScore(weights, [])).toBeNull();
  });
});

describe('disagreements', () => {
  it('is the spread of submitted ratings; two points apart is a disagreement', () => {
    const cards = [card('a', { discovery: 4 }), card('b', { discovery: 2 }), card('c', { discovery: 1 }, false)];
    expect(ratingSpread('discovery', cards)).toBe(2);
    expect(isDisagreement(2, 2)).toBe(true);
    expect(isDisagreement(1, 2)).toBe(false);
    expect(ratingSpread('discovery', [card('a', { discovery: 4 })])).toBe(0);
  });
});

describe('independence of scorecards', () => {
  const base: CardReader = {
    userId: 'alex',
    isManager: false,
    isInterviewer: true,
    submittedOwn: false,
    managersSeeEarly: true,
  };
  const cards = [card('alex', { discovery: 3 }), card('lynne', { discovery: 2 })];

  it('an interviewer sees only their own card until they submitted it', () => {
    expect(mayReadOthersCards(base, false)).toBe(false);
    expect(visibleCards({ ...base, submittedOwn: false }, [card('lynne', { discovery: 2 })], false)).toEqual([]);
    expect(visibleCards({ ...base, submittedOwn: true }, cards, false).map((c) => c.interviewerId)).toEqual([
      'alex',
      'lynne',
    ]);
  });

  it('a manager on the panel is an interviewer like any other, whatever the loop allows managers', () => {
    expect(mayReadOthersCards({ ...base, isManager: true, managersSeeEarly: true }, false)).toBe(false);
    expect(mayReadOthersCards({ ...base, isManager: true, submittedOwn: true }, false)).toBe(true);
  });

  it('a manager off the panel sees cards early only when the loop says so, otherwise once the panel is done', () => {
    const manager = { ...base, userId: 'megan', isManager: true, isInterviewer: false };
    expect(mayReadOthersCards(manager, false)).toBe(true);
    expect(mayReadOthersCards({ ...manager, managersSeeEarly: false }, false)).toBe(false);
    expect(mayReadOthersCards({ ...manager, managersSeeEarly: false }, true)).toBe(true);
  });

  it('nobody else reads a card', () => {
    expect(mayReadOthersCards({ ...base, isInterviewer: false }, true)).toBe(false);
  });
});

describe('purging candidate data', () => {
  it('is due the set number of days after the decision', () => {
    const due = purgeDueAt('2026-12-01T10:00:00.000Z', 90);
    expect(due).toBe('2027-03-01T10:00:00.000Z');
    expect(isPurgeDue(due, Date.parse('2027-03-01T09:59:59Z'))).toBe(false);
    expect(isPurgeDue(due, Date.parse('2027-03-01T10:00:00Z'))).toBe(true);
  });
});

describe('the competency model', () => {
  it('keeps every key: removing one is refused, retiring takes it out of use', () => {
    const [first, ...rest] = DEFAULT_COMPETENCIES;
    expect(competencyListChangeIssues(DEFAULT_COMPETENCIES, rest).map((i) => i.message)[0]).toMatch(/retire/);
    const retired = [{ ...first!, retired: true, label: 'Renamed' }, ...rest];
    expect(competencyListChangeIssues(DEFAULT_COMPETENCIES, retired)).toEqual([]);
    expect(activeCompetencyKeys(retired)).not.toContain(first!.key);
  });
});
