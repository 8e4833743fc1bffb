/**
 * The alignment check (principle 5: is our sales process in step with how this buyer buys?). Pure
 * rules, shared with the tabs. A board's cards are reduced to `BoardFacts`; the facts are checked
 * against the space's stage definitions. The facts are small and are kept in each board's summary,
 * so the space-level list runs the very same check without reading any card.
 */
import type { AccountContent, BoardCardContentOf, BoardCardKind, BuyingRole, StakeholderContent } from './cards.js';
import type { AlignmentResponse, AlignmentWarning, CriterionStatus, RelationshipMapResponse } from './contract.js';
import type { CriterionSignal, StageDefinition } from './stages.js';

/** A card as the rules need it. */
export type BoardCard = {
  [K in BoardCardKind]: { cardId: string; kind: K; content: BoardCardContentOf<K> };
}[BoardCardKind];

/** What the alignment check needs to know about one board. */
export interface BoardFacts {
  salesStage: string;
  buyerStage: string;
  nextMeetingDate: string | null;
  /** Evidence cards: which exit criterion each one evidences. */
  evidence: { criterionId: string; cardId: string }[];
  /** For each signal, the cards that prove it (empty: not proven). */
  signals: Record<CriterionSignal, string[]>;
  /** Open next actions that have a due date. */
  openActions: { cardId: string; dueDate: string }[];
  /** High-influence stakeholders who are against us or doubt us. */
  opposed: { cardId: string; name: string; role: BuyingRole; stance: 'opposed' | 'skeptical' }[];
}

/**
 * Updates a board's facts with the state of one card: everything the card contributed before is
 * dropped, and what it contributes now (nothing, once deleted) is added. Facts are keyed by card, so
 * applying each card's latest state, in any order, gives the same facts as `factsOfBoard` (lists are
 * kept sorted by card, so equal facts compare equal).
 */
export function applyCard(facts: BoardFacts, cardId: string, card: BoardCard | null): BoardFacts {
  const others = <T extends { cardId: string }>(list: readonly T[]) => list.filter((e) => e.cardId !== cardId);
  const notThis = (ids: readonly string[]) => ids.filter((id) => id !== cardId);
  const next: BoardFacts = {
    ...facts,
    evidence: others(facts.evidence),
    signals: {
      economicBuyerMet: notThis(facts.signals.economicBuyerMet),
      championConfirmed: notThis(facts.signals.championConfirmed),
      successMeasureAgreed: notThis(facts.signals.successMeasureAgreed),
    },
    openActions: others(facts.openActions),
    opposed: others(facts.opposed),
  };
  switch (card?.kind) {
    case 'account':
      next.salesStage = card.content.salesStage;
      next.buyerStage = card.content.buyerStage;
      next.nextMeetingDate = card.content.nextMeetingDate;
      break;
    case 'evidence':
      next.evidence.push({ criterionId: card.content.criterionId, cardId });
      break;
    case 'stakeholder': {
      const s = card.content;
      if (s.role === 'economicBuyer' && s.lastContact !== null) next.signals.economicBuyerMet.push(cardId);
      if (s.role === 'champion' && (s.stance === 'supportive' || s.stance === 'advocate')) {
        next.signals.championConfirmed.push(cardId);
      }
      if (s.influence === 'high' && (s.stance === 'opposed' || s.stance === 'skeptical')) {
        next.opposed.push({ cardId, name: s.name, role: s.role, stance: s.stance });
      }
      break;
    }
    case 'goal':
      if (card.content.confirmedByBuyer && card.content.successMeasure.trim() !== '') {
        next.signals.successMeasureAgreed.push(cardId);
      }
      break;
    case 'action':
      if (card.content.status === 'open' && card.content.dueDate !== null) {
        next.openActions.push({ cardId, dueDate: card.content.dueDate });
      }
      break;
    default:
      break;
  }
  // Sorted by card, so that equal facts are equal however the cards were applied.
  const byCard = (a: { cardId: string }, b: { cardId: string }) =>
    a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0;
  next.evidence.sort(byCard);
  next.openActions.sort(byCard);
  next.opposed.sort(byCard);
  for (const ids of Object.values(next.signals)) ids.sort();
  return next;
}

/** Reduces a board (its account header and cards) to the facts the alignment check uses. */
export function factsOfBoard(account: AccountContent, cards: readonly BoardCard[]): BoardFacts {
  const empty: BoardFacts = {
    salesStage: account.salesStage,
    buyerStage: account.buyerStage,
    nextMeetingDate: account.nextMeetingDate,
    evidence: [],
    signals: { economicBuyerMet: [], championConfirmed: [], successMeasureAgreed: [] },
    openActions: [],
    opposed: [],
  };
  return cards.reduce((facts, card) => applyCard(facts, card.cardId, card), empty);
}

const ROLE_LABEL: Record<BuyingRole, string> = {
  economicBuyer: 'economic buyer',
  champion: 'champion',
  user: 'user',
  technicalEvaluator: 'technical evaluator',
  blocker: 'blocker',
};

/** Warnings that mean our process is out of step with the buyer's; the rest are housekeeping. */
const MISALIGNMENT: ReadonlySet<AlignmentWarning['code']> = new Set([
  'salesAheadOfBuyer',
  'enteredWithoutCriteria',
  'unknownStage',
]);

const quoted = (criteria: readonly { text: string }[]): string => criteria.map((c) => `"${c.text}"`).join(', ');

/**
 * Checks a board against the space's stages on `today` (`YYYY-MM-DD`): which exit criteria the buyer
 * has evidenced, whether our stage runs ahead of the buyer's, whether a stage was entered before the
 * buyer did what the stages before it ask, and what to do next about each finding.
 */
export function checkAlignment(
  facts: BoardFacts,
  stages: readonly StageDefinition[],
  today: string,
): AlignmentResponse {
  const salesIndex = stages.findIndex((s) => s.id === facts.salesStage);
  const buyerIndex = stages.findIndex((s) => s.id === facts.buyerStage);
  const sales = stages[salesIndex];
  const buyer = stages[buyerIndex];

  const criteria: CriterionStatus[] = stages.flatMap((stage, index) =>
    stage.exitCriteria.map((criterion) => {
      const evidenceCards = facts.evidence.filter((e) => e.criterionId === criterion.id).map((e) => e.cardId);
      const signalCards = criterion.signal ? facts.signals[criterion.signal] : [];
      const source = evidenceCards.length > 0 ? 'evidence' : signalCards.length > 0 ? 'signal' : null;
      return {
        stageId: stage.id,
        criterionId: criterion.id,
        text: criterion.text,
        evidenced: source !== null,
        source,
        evidenceCardIds: [...evidenceCards, ...signalCards],
        required: salesIndex >= 0 && index < salesIndex,
      };
    }),
  );
  const evidenced = new Set(criteria.filter((c) => c.evidenced).map((c) => c.criterionId));
  const missingOf = (stage: StageDefinition): StageDefinition['exitCriteria'] =>
    stage.exitCriteria.filter((c) => !evidenced.has(c.id));

  const warnings: AlignmentWarning[] = [];
  if (!sales) {
    warnings.push({
      code: 'unknownStage',
      severity: 'warning',
      message: `Our stage "${facts.salesStage}" is not one of the space's stages.`,
      next: `Set our stage to one of: ${stages.map((s) => s.name).join(', ')}.`,
    });
  }
  if (!buyer) {
    warnings.push({
      code: 'unknownStage',
      severity: 'warning',
      message: `The buyer's stage "${facts.buyerStage}" is not one of the space's stages.`,
      next: `Set the buyer's stage to one of: ${stages.map((s) => s.buyerName).join(', ')}.`,
    });
  }

  if (sales && buyer && salesIndex > buyerIndex) {
    const missing = missingOf(buyer);
    warnings.push({
      code: 'salesAheadOfBuyer',
      severity: 'warning',
      message: `Our stage (${sales.name}) is ahead of the buyer's (${buyer.buyerName}).`,
      next:
        missing.length > 0
          ? `Help the buyer finish "${buyer.buyerName}" before more ${sales.name} work: get to ${quoted(missing)}.`
          : `The buyer has done what "${buyer.buyerName}" asks: confirm with them where they are now and update the buyer's stage.`,
      stageId: buyer.id,
      criterionIds: missing.map((c) => c.id),
    });
  }

  if (sales) {
    stages.slice(0, salesIndex).forEach((stage) => {
      const missing = missingOf(stage);
      if (missing.length === 0) return;
      const them = missing.length === 1 ? 'it' : 'them';
      warnings.push({
        code: 'enteredWithoutCriteria',
        severity: 'warning',
        message: `${sales.name} was entered without evidence of ${quoted(missing)} (exit criteria of ${stage.name}).`,
        next: `Record the buyer's evidence for ${them}, or move our stage back to ${stage.name} until the buyer has done ${them}.`,
        stageId: stage.id,
        criterionIds: missing.map((c) => c.id),
      });
    });
  }

  if (sales && buyer && buyerIndex > salesIndex) {
    warnings.push({
      code: 'buyerAheadOfSales',
      severity: 'info',
      message: `The buyer is further along (${buyer.buyerName}) than our stage (${sales.name}).`,
      next: `Check the exit criteria of ${sales.name} and move our stage up, so that we do not slow the buyer down.`,
      stageId: sales.id,
    });
  }

  const misaligned = warnings.some((w) => MISALIGNMENT.has(w.code));
  const nextStage = stages[salesIndex + 1];
  const finished = sales !== undefined && nextStage === undefined && missingOf(sales).length === 0;
  if (sales && nextStage && !misaligned && sales.exitCriteria.length > 0 && missingOf(sales).length === 0) {
    warnings.push({
      code: 'readyToAdvance',
      severity: 'info',
      message: `The buyer has done everything ${sales.name} asks.`,
      next: `Agree the next step with the buyer and move both stages to ${nextStage.name} / ${nextStage.buyerName}.`,
      stageId: nextStage.id,
    });
  }

  if (!finished) {
    if (facts.nextMeetingDate === null) {
      warnings.push({
        code: 'noNextMeeting',
        severity: 'warning',
        message: 'No next meeting with the buyer is booked.',
        next: 'Agree the date of the next meeting with the buyer and put it on the account.',
      });
    } else if (facts.nextMeetingDate < today) {
      warnings.push({
        code: 'noNextMeeting',
        severity: 'warning',
        message: `The next meeting (${facts.nextMeetingDate}) is in the past.`,
        next: 'Record what came of it and book the next meeting.',
      });
    }
  }

  const overdue = facts.openActions.filter((a) => a.dueDate < today);
  if (overdue.length > 0) {
    warnings.push({
      code: 'overdueActions',
      severity: 'warning',
      message: overdue.length === 1 ? 'One next action is overdue.' : `${overdue.length} next actions are overdue.`,
      next: 'Ask their owners to finish them or agree new dates, and mark dropped ones as dropped.',
      cardIds: overdue.map((a) => a.cardId),
    });
  }

  for (const person of facts.opposed) {
    warnings.push({
      code: 'opposedStakeholder',
      severity: 'warning',
      message: `${person.name} (${ROLE_LABEL[person.role]}, high influence) is ${person.stance}.`,
      next: `Decide who meets ${person.name} next and which of the buyer's goals answers their concern.`,
      cardIds: [person.cardId],
    });
  }

  const ref = (stage: StageDefinition | undefined, index: number) =>
    stage ? { id: stage.id, name: stage.name, buyerName: stage.buyerName, index } : null;
  return {
    aligned: !misaligned,
    salesStage: ref(sales, salesIndex),
    buyerStage: ref(buyer, buyerIndex),
    criteria,
    // Warnings before notes; within a severity, the order above (stage findings first).
    warnings: [...warnings.filter((w) => w.severity === 'warning'), ...warnings.filter((w) => w.severity === 'info')],
  };
}

const STANCE_X: Record<StakeholderContent['stance'], number> = {
  opposed: -2,
  skeptical: -1,
  neutral: 0,
  supportive: 1,
  advocate: 2,
};
const INFLUENCE_Y: Record<StakeholderContent['influence'], number> = { low: 1, medium: 2, high: 3 };
const EXPECTED_ROLES: readonly BuyingRole[] = ['economicBuyer', 'champion', 'technicalEvaluator', 'user'];

/**
 * Places stakeholders on the influence x stance grid. High-influence people who are not for us are
 * the key risks; roles of the buying group that nobody fills are listed as gaps.
 */
export function relationshipMap(
  stakeholders: readonly { cardId: string; content: StakeholderContent }[],
): RelationshipMapResponse {
  const points = stakeholders.map(({ cardId, content }) => {
    const x = STANCE_X[content.stance];
    const y = INFLUENCE_Y[content.influence];
    const quadrant = y === 3 ? (x > 0 ? 'keyAlly' : 'keyRisk') : x > 0 ? 'ally' : 'watch';
    return {
      cardId,
      name: content.name,
      role: content.role,
      influence: content.influence,
      stance: content.stance,
      x,
      y,
      quadrant,
    } as const;
  });
  points.sort((a, b) => b.y - a.y || a.x - b.x || a.name.localeCompare(b.name));
  const present = new Set(stakeholders.map((s) => s.content.role));
  return { points, missingRoles: EXPECTED_ROLES.filter((role) => !present.has(role)) };
}
