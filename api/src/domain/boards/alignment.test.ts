import { describe, expect, it } from 'vitest';
import { applyCard, type BoardCard, checkAlignment, factsOfBoard, relationshipMap } from './alignment.js';
import {
  AccountContent,
  BOARD_CARD_DEFAULTS,
  CreateBoardCardBody,
  StakeholderContent,
  UpdateBoardCardBody,
} from './cards.js';
import type { AlignmentResponse } from './contract.js';
import { BoardStagesBody, DEFAULT_BOARD_STAGES } from './stages.js';

const TODAY = '2026-11-27';
let seq = 0;

function buildAccount(overrides: Partial<AccountContent> = {}): AccountContent {
  return {
    ...BOARD_CARD_DEFAULTS.account,
    name: 'Fabrikam — regional rollout',
    ownerId: 'u-lynne',
    value: 480_000,
    salesStage: 'discover',
    buyerStage: 'discover',
    nextMeetingDate: '2026-12-02',
    ...overrides,
  };
}

function stakeholder(overrides: Partial<StakeholderContent> & Pick<StakeholderContent, 'name' | 'role'>): BoardCard {
  return {
    cardId: `s-${++seq}`,
    kind: 'stakeholder',
    content: { ...BOARD_CARD_DEFAULTS.stakeholder, ...overrides },
  };
}

function evidence(criterionId: string, note = 'Buyer did it'): BoardCard {
  return { cardId: `e-${++seq}`, kind: 'evidence', content: { criterionId, note, date: '2026-11-01' } };
}

function goal(confirmedByBuyer: boolean, successMeasure = 'DSO from 52 to 40 days'): BoardCard {
  return {
    cardId: `g-${++seq}`,
    kind: 'goal',
    content: { goal: 'Cut order-to-cash time', successMeasure, confirmedByBuyer, notes: '' },
  };
}

function action(dueDate: string | null, status: 'open' | 'done' | 'dropped' = 'open'): BoardCard {
  return {
    cardId: `a-${++seq}`,
    kind: 'action',
    content: { action: 'Send the proposal draft', ownerId: 'u-lynne', dueDate, status, notes: '' },
  };
}

/** Everything the Qualify and Discover stages ask of the buyer, evidenced. */
const QUALIFIED_AND_DISCOVERED: BoardCard[] = [
  evidence('problem-confirmed', 'CFO shared the cost of late payments: 1.2 M a year'),
  evidence('change-agreed'),
  stakeholder({ name: 'Nadia Ruiz', role: 'economicBuyer', influence: 'high', lastContact: '2026-11-10' }),
  evidence('decision-criteria-shared', 'Sent their scoring sheet'),
  goal(true),
];

const check = (account: AccountContent, cards: BoardCard[]): AlignmentResponse =>
  checkAlignment(factsOfBoard(account, cards), DEFAULT_BOARD_STAGES, TODAY);
const codes = (result: AlignmentResponse) => result.warnings.map((w) => w.code);

describe('alignment of our sales stage with the buyer’s journey', () => {
  it('calls a board aligned when both stages match and every earlier exit criterion is evidenced', () => {
    const result = check(buildAccount({ salesStage: 'propose', buyerStage: 'propose' }), [
      ...QUALIFIED_AND_DISCOVERED,
      stakeholder({ name: 'Priya Nair', role: 'champion', stance: 'supportive' }),
    ]);
    expect(result.aligned).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.salesStage).toMatchObject({ id: 'propose', name: 'Propose solution', index: 2 });
    const required = result.criteria.filter((c) => c.required);
    expect(required.map((c) => c.criterionId)).toEqual([
      'problem-confirmed',
      'change-agreed',
      'economic-buyer-met',
      'decision-criteria-shared',
      'success-measure-agreed',
    ]);
    expect(required.every((c) => c.evidenced)).toBe(true);
    expect(result.criteria.find((c) => c.criterionId === 'economic-buyer-met')).toMatchObject({ source: 'signal' });
    expect(result.criteria.find((c) => c.criterionId === 'champion-confirmed')).toMatchObject({
      evidenced: true,
      required: false,
    });
  });

  it('warns when the rep is ahead of the buyer and says what the buyer still has to do', () => {
    const result = check(buildAccount({ salesStage: 'negotiate', buyerStage: 'discover' }), [
      evidence('problem-confirmed'),
      evidence('change-agreed'),
      stakeholder({ name: 'Nadia Ruiz', role: 'economicBuyer', influence: 'high', lastContact: null }),
      goal(false),
    ]);
    expect(result.aligned).toBe(false);
    const ahead = result.warnings.find((w) => w.code === 'salesAheadOfBuyer');
    expect(ahead).toMatchObject({
      severity: 'warning',
      message: "Our stage (Negotiate) is ahead of the buyer's (Define requirements).",
      stageId: 'discover',
      criterionIds: ['economic-buyer-met', 'decision-criteria-shared', 'success-measure-agreed'],
    });
    expect(ahead?.next).toContain('Help the buyer finish "Define requirements"');
    expect(ahead?.next).toContain('"Economic buyer met"');
    // A goal the buyer has not confirmed does not count as an agreed success measure.
    expect(result.criteria.find((c) => c.criterionId === 'success-measure-agreed')?.evidenced).toBe(false);
  });

  it('warns once per stage that was entered without the buyer’s evidence, and offers to move back', () => {
    const result = check(buildAccount({ salesStage: 'negotiate', buyerStage: 'negotiate' }), [
      evidence('problem-confirmed'),
      evidence('change-agreed'),
      stakeholder({ name: 'Greg Olsen', role: 'economicBuyer', lastContact: '2026-11-01' }),
      goal(true),
      stakeholder({ name: 'Sara Holm', role: 'champion', stance: 'advocate' }),
      evidence('decision-process-shared'),
    ]);
    expect(result.aligned).toBe(false);
    const skipped = result.warnings.filter((w) => w.code === 'enteredWithoutCriteria');
    expect(skipped.map((w) => [w.stageId, w.criterionIds])).toEqual([
      ['discover', ['decision-criteria-shared']],
      ['propose', ['value-validated']],
    ]);
    expect(skipped[0]?.message).toBe(
      'Negotiate was entered without evidence of "Buyer shared decision criteria" (exit criteria of Discover).',
    );
    expect(skipped[0]?.next).toBe(
      "Record the buyer's evidence for it, or move our stage back to Discover until the buyer has done it.",
    );
    expect(codes(result)).not.toContain('salesAheadOfBuyer');
  });

  it('accepts typed evidence for a criterion that also has a signal', () => {
    const result = check(buildAccount({ salesStage: 'propose', buyerStage: 'propose' }), [
      evidence('problem-confirmed'),
      evidence('change-agreed'),
      evidence('economic-buyer-met', 'Met the CFO at the quarterly review'),
      evidence('decision-criteria-shared'),
      evidence('success-measure-agreed'),
    ]);
    expect(result.aligned).toBe(true);
    expect(result.criteria.find((c) => c.criterionId === 'economic-buyer-met')).toMatchObject({ source: 'evidence' });
  });

  it('notes a buyer who is further along, and a stage whose exit criteria are all done', () => {
    const behind = check(buildAccount({ salesStage: 'qualify', buyerStage: 'discover' }), [
      evidence('problem-confirmed'),
    ]);
    expect(behind.aligned).toBe(true);
    expect(behind.warnings).toEqual([expect.objectContaining({ code: 'buyerAheadOfSales', severity: 'info' })]);

    const ready = check(buildAccount({ salesStage: 'qualify', buyerStage: 'qualify' }), [
      evidence('problem-confirmed'),
      evidence('change-agreed'),
    ]);
    expect(ready.warnings).toEqual([
      expect.objectContaining({ code: 'readyToAdvance', severity: 'info', stageId: 'discover' }),
    ]);
  });

  it('flags a missing or past next meeting, overdue actions and high-influence opposition, each with a next step', () => {
    const result = check(
      buildAccount({ nextMeetingDate: '2026-11-20', salesStage: 'qualify', buyerStage: 'qualify' }),
      [
        action('2026-11-26'),
        action('2026-11-20'),
        action('2026-11-01', 'done'),
        action('2026-12-10'),
        action(null),
        stakeholder({ name: 'Tom Becker', role: 'technicalEvaluator', influence: 'high', stance: 'skeptical' }),
        stakeholder({ name: 'Jonas Weber', role: 'user', influence: 'low', stance: 'opposed' }),
      ],
    );
    expect(result.aligned).toBe(true);
    expect(codes(result)).toEqual(['noNextMeeting', 'overdueActions', 'opposedStakeholder']);
    expect(result.warnings[0]?.message).toBe('The next meeting (2026-11-20) is in the past.');
    expect(result.warnings[1]).toMatchObject({ message: '2 next actions are overdue.' });
    expect(result.warnings[1]?.cardIds).toHaveLength(2);
    expect(result.warnings[2]?.message).toBe('Tom Becker (technical evaluator, high influence) is skeptical.');
    for (const warning of result.warnings) expect(warning.next.length).toBeGreaterThan(20);

    const none = check(buildAccount({ nextMeetingDate: null, salesStage: 'qualify', buyerStage: 'qualify' }), []);
    expect(none.warnings[0]).toMatchObject({
      code: 'noNextMeeting',
      message: 'No next meeting with the buyer is booked.',
    });
  });

  it('needs no next meeting once the buyer has signed', () => {
    const cards = [
      ...QUALIFIED_AND_DISCOVERED,
      stakeholder({ name: 'Priya Nair', role: 'champion', stance: 'supportive' }),
      ...['value-validated', 'decision-process-shared', 'business-case-approved', 'procurement-started'].map((id) =>
        evidence(id),
      ),
      evidence('contract-signed'),
    ];
    const result = check(buildAccount({ salesStage: 'close', buyerStage: 'close', nextMeetingDate: null }), cards);
    expect(result).toMatchObject({ aligned: true, warnings: [] });
  });

  it('reports a stage the space no longer defines instead of failing', () => {
    const result = check(buildAccount({ salesStage: 'pilot', buyerStage: 'discover' }), []);
    expect(result.aligned).toBe(false);
    expect(result.salesStage).toBeNull();
    expect(result.warnings[0]).toMatchObject({ code: 'unknownStage' });
    expect(result.warnings[0]?.next).toContain('Qualify, Discover, Propose solution, Negotiate, Close');
  });

  it('follows the space’s own stage definitions', () => {
    const stages = BoardStagesBody.parse({
      stages: [
        {
          id: 'explore',
          name: 'Explore',
          buyerName: 'Curious',
          exitCriteria: [{ id: 'pain-named', text: 'Buyer named a pain in their own words' }],
        },
        { id: 'pilot', name: 'Pilot', buyerName: 'Trying', exitCriteria: [] },
      ],
    }).stages;
    const facts = factsOfBoard(buildAccount({ salesStage: 'pilot', buyerStage: 'pilot' }), []);
    const result = checkAlignment(facts, stages, TODAY);
    expect(result.warnings[0]).toMatchObject({
      code: 'enteredWithoutCriteria',
      message:
        'Pilot was entered without evidence of "Buyer named a pain in their own words" (exit criteria of Explore).',
    });
  });
});

describe('board facts kept one card at a time', () => {
  it('end up the same as facts computed from the whole board, whatever order the cards were written in', () => {
    const account = buildAccount({ salesStage: 'propose', buyerStage: 'discover' });
    const cards = [
      ...QUALIFIED_AND_DISCOVERED,
      action('2026-11-01'),
      stakeholder({ name: 'Tom', role: 'user', influence: 'high', stance: 'opposed' }),
    ];
    const whole = factsOfBoard(account, cards);
    const start = factsOfBoard(account, []);
    const forwards = cards.reduce((facts, card) => applyCard(facts, card.cardId, card), start);
    const backwards = [...cards].reverse().reduce((facts, card) => applyCard(facts, card.cardId, card), start);
    expect(forwards).toEqual(whole);
    expect(backwards).toEqual(whole);
  });

  it('drop what a card contributed when it changes or is deleted', () => {
    const economicBuyer = stakeholder({ name: 'Nadia Ruiz', role: 'economicBuyer', lastContact: '2026-11-10' });
    const met = applyCard(factsOfBoard(buildAccount(), []), economicBuyer.cardId, economicBuyer);
    expect(met.signals.economicBuyerMet).toEqual([economicBuyer.cardId]);
    const becameUser = { ...economicBuyer, content: { ...economicBuyer.content, role: 'user' } } as BoardCard;
    expect(applyCard(met, economicBuyer.cardId, becameUser).signals.economicBuyerMet).toEqual([]);
    expect(applyCard(met, economicBuyer.cardId, null)).toEqual(factsOfBoard(buildAccount(), []));
  });
});

describe('relationship map', () => {
  it('places stakeholders by influence and stance and names the roles nobody fills', () => {
    const map = relationshipMap(
      [
        stakeholder({ name: 'Nadia Ruiz', role: 'economicBuyer', influence: 'high', stance: 'neutral' }),
        stakeholder({ name: 'Priya Nair', role: 'champion', influence: 'medium', stance: 'supportive' }),
        stakeholder({ name: 'Tom Becker', role: 'blocker', influence: 'high', stance: 'advocate' }),
        stakeholder({ name: 'Jonas Weber', role: 'user', influence: 'low', stance: 'opposed' }),
      ].map((c) => ({ cardId: c.cardId, content: c.content as StakeholderContent })),
    );
    expect(map.points.map((p) => [p.name, p.x, p.y, p.quadrant])).toEqual([
      ['Nadia Ruiz', 0, 3, 'keyRisk'],
      ['Tom Becker', 2, 3, 'keyAlly'],
      ['Priya Nair', 1, 2, 'ally'],
      ['Jonas Weber', -2, 1, 'watch'],
    ]);
    expect(map.missingRoles).toEqual(['technicalEvaluator']);
  });
});

describe('board input limits', () => {
  it('refuses dates outside 2000–2100, unknown kinds and empty changes with the field named', () => {
    const far = CreateBoardCardBody.safeParse({ kind: 'action', action: 'Call back', dueDate: '10000-01-01' });
    expect(far.success).toBe(false);
    expect(far.error?.issues[0]?.path).toEqual(['dueDate']);
    expect(CreateBoardCardBody.safeParse({ kind: 'action', action: 'Call', dueDate: '2101-01-01' }).success).toBe(
      false,
    );
    expect(CreateBoardCardBody.safeParse({ kind: 'gossip', text: 'x' }).success).toBe(false);
    expect(UpdateBoardCardBody.safeParse({ kind: 'risk' }).error?.issues[0]?.message).toBe(
      'must change at least one field',
    );
    expect(
      UpdateBoardCardBody.safeParse({ kind: 'stakeholder', notes: 'x'.repeat(2001) }).error?.issues[0]?.message,
    ).toBe('must be at most 2000 characters');
  });

  it('refuses stage definitions that reuse an id', () => {
    const twice = BoardStagesBody.safeParse({
      stages: [
        { id: 'a', name: 'A', buyerName: 'A', exitCriteria: [{ id: 'x', text: 'Buyer did x' }] },
        { id: 'a', name: 'B', buyerName: 'B', exitCriteria: [{ id: 'x', text: 'Buyer did x again' }] },
      ],
    });
    expect(twice.error?.issues.map((i) => i.path.join('.'))).toEqual(['stages.1.id', 'stages.1.exitCriteria.0.id']);
  });
});
