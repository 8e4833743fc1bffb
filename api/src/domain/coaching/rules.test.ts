import { describe, expect, it } from 'vitest';
import { Conflict, Forbidden, NotFound } from '../common/errors.js';
import { CreateCommitmentReviewBody, PutCoachingPlanBody } from './contract.js';
import { growSuggestions, type RoleplayEvidence } from './grow.js';
import {
  assertMayMoveTo,
  assertMayRunSession,
  assertMayViewSession,
  assertMayWritePlan,
  commitmentDue,
  firstStep,
  nextSessionStep,
} from './rules.js';

const session = { repId: 'u-alex', managerId: 'u-megan' };

describe('who sees and writes a session', () => {
  it('shows a session to its rep and the space managers, and hides it from peers', () => {
    expect(assertMayViewSession('rep', 'u-alex', session)).toBe('rep');
    expect(assertMayViewSession('manager', 'u-megan', session)).toBe('manager');
    expect(assertMayViewSession('manager', 'u-other-manager', session)).toBe('manager');
    expect(() => assertMayViewSession('rep', 'u-lynne', session)).toThrow(NotFound);
    expect(() => assertMayViewSession('contributor', 'u-isaiah', session)).toThrow(NotFound);
  });

  it('lets only the rep write the plan and only managers keep the notes', () => {
    expect(() => assertMayWritePlan('rep')).not.toThrow();
    expect(() => assertMayWritePlan('manager')).toThrow(Forbidden);
    expect(() => assertMayRunSession('manager')).not.toThrow();
    expect(() => assertMayRunSession('rep')).toThrow(Forbidden);
  });
});

describe('the GROW flow', () => {
  it('starts with the review when commitments are open, else with the goal', () => {
    expect(firstStep(2)).toBe('review');
    expect(firstStep(0)).toBe('goal');
  });

  it('walks review, goal, reality, options, will', () => {
    const steps = ['review'];
    for (let s = nextSessionStep('review'); s; s = nextSessionStep(s)) steps.push(s);
    expect(steps).toEqual(['review', 'goal', 'reality', 'options', 'will']);
  });

  it('refuses the GROW steps until every commitment from last time is reviewed', () => {
    expect(() => assertMayMoveTo('goal', 1)).toThrow(Conflict);
    expect(() => assertMayMoveTo('will', 3)).toThrow(/3 commitments/);
    expect(() => assertMayMoveTo('review', 3)).not.toThrow();
    expect(() => assertMayMoveTo('goal', 0)).not.toThrow();
  });
});

describe('commitments', () => {
  it('are upcoming, due today or overdue by their date', () => {
    expect(commitmentDue('2026-12-05', '2026-12-04')).toBe('upcoming');
    expect(commitmentDue('2026-12-04', '2026-12-04')).toBe('dueToday');
    expect(commitmentDue('2026-12-01', '2026-12-04')).toBe('overdue');
  });

  it('are reviewed only with an outcome and a word why', () => {
    const base = { planSessionId: 's1', actionId: 'a1', outcome: 'done' };
    expect(CreateCommitmentReviewBody.safeParse({ ...base, reason: 'Called her Monday' }).success).toBe(true);
    expect(CreateCommitmentReviewBody.safeParse({ ...base, reason: '   ' }).success).toBe(false);
    expect(CreateCommitmentReviewBody.safeParse(base).success).toBe(false);
    expect(CreateCommitmentReviewBody.safeParse({ ...base, outcome: 'maybe', reason: 'x' }).success).toBe(false);
  });

  it('come from a plan with a goal and dated actions', () => {
    expect(PutCoachingPlanBody.safeParse({ goal: 'Close Contoso', actions: [] }).success).toBe(false);
    expect(
      PutCoachingPlanBody.safeParse({ goal: 'Close Contoso', actions: [{ text: 'Call the CFO', dueDate: 'friday' }] })
        .success,
    ).toBe(false);
    expect(
      PutCoachingPlanBody.safeParse({
        goal: 'Close Contoso',
        actions: [{ text: 'Call the CFO', dueDate: '2026-12-11' }],
      }).success,
    ).toBe(true);
  });
});

describe('growSuggestions', () => {
  const evidence: RoleplayEvidence[] = [
    {
      roleplayId: 'rp1',
      title: 'Price pushback',
      playedAt: '2026-11-20T10:00:00Z',
      results: [
        { criterion: 'priceObjections', label: 'Handling price objections', selfRating: 4, observerRating: 2 },
        { criterion: 'nextStepClose', label: 'Closing for a next step', selfRating: 2, observerRating: 1.5 },
      ],
      nextStep: { text: 'Ask two questions before any discount', dueDate: '2026-11-27' },
    },
  ];

  it('gives general prompts for every step when there is nothing to draw on', () => {
    const steps = new Set(growSuggestions([]).map((s) => s.step));
    expect([...steps]).toEqual(['goal', 'reality', 'options', 'will']);
    expect(growSuggestions([]).every((s) => s.source === null)).toBe(true);
  });

  it('draws on the weakest criterion, the widest self/observer gap and the rep’s next step', () => {
    const drawn = growSuggestions(evidence).filter((s) => s.source !== null);
    expect(drawn.find((s) => s.key === 'goal.criterion')?.values.criterion).toBe('Closing for a next step');
    expect(drawn.find((s) => s.key === 'reality.gap')?.values).toMatchObject({
      criterion: 'Handling price objections',
      self: 4,
      observed: 2,
    });
    expect(drawn.find((s) => s.key === 'reality.nextStep')?.values.nextStep).toBe(
      'Ask two questions before any discount',
    );
    expect(drawn.every((s) => s.source?.id === 'rp1')).toBe(true);
  });

  it('puts drawn questions before the general prompts of their step', () => {
    const goal = growSuggestions(evidence).filter((s) => s.step === 'goal');
    expect(goal[0]?.source).not.toBeNull();
    expect(goal.at(-1)?.source).toBeNull();
  });
});
