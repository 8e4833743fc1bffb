import { z } from 'zod';
import { text } from '../common/text.js';
import { BOARD_LIMITS, BoardStageId } from './fields.js';

// A space’s sales stages, their exit criteria, and the stages a space starts with.

/* ---------- stage definitions (per space) ---------- */

/**
 * Facts on the board that prove a buyer action without anyone typing evidence: the economic buyer
 * has been met, a supportive champion is named, the buyer confirmed how success will be measured.
 */
export const CriterionSignal = z.enum(['economicBuyerMet', 'championConfirmed', 'successMeasureAgreed']);
export type CriterionSignal = z.infer<typeof CriterionSignal>;

/** An exit criterion: something the *buyer* has done, written as such. */
export const ExitCriterion = z.strictObject({
  id: BoardStageId,
  text: text(BOARD_LIMITS.criterionTextMax),
  signal: CriterionSignal.nullable().default(null),
});
export type ExitCriterion = z.infer<typeof ExitCriterion>;

const StageName = text(BOARD_LIMITS.stageNameMax);

/**
 * One step of the space's sales process, paired with the buyer's journey stage it serves. A board may
 * leave a stage only when the buyer has done everything in `exitCriteria`.
 */
export const StageDefinition = z.strictObject({
  id: BoardStageId,
  /** Our sales stage, e.g. "Discover". */
  name: StageName,
  /** The buyer's journey stage it corresponds to, e.g. "Define requirements". */
  buyerName: StageName,
  exitCriteria: z
    .array(ExitCriterion)
    .max(BOARD_LIMITS.criteriaPerStageMax, `must have at most ${BOARD_LIMITS.criteriaPerStageMax} criteria`),
});
export type StageDefinition = z.infer<typeof StageDefinition>;

/** PUT body for a space's stage definitions; ids must be unique (stages and criteria alike). */
export const BoardStagesBody = z
  .strictObject({
    stages: z
      .array(StageDefinition)
      .min(BOARD_LIMITS.stagesMin, `must have at least ${BOARD_LIMITS.stagesMin} stages`)
      .max(BOARD_LIMITS.stagesMax, `must have at most ${BOARD_LIMITS.stagesMax} stages`),
  })
  .superRefine((body, ctx) => {
    const stageIds = new Set<string>();
    const criterionIds = new Set<string>();
    body.stages.forEach((stage, i) => {
      if (stageIds.has(stage.id)) ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: 'is used twice' });
      stageIds.add(stage.id);
      stage.exitCriteria.forEach((criterion, j) => {
        if (criterionIds.has(criterion.id)) {
          ctx.addIssue({ code: 'custom', path: ['stages', i, 'exitCriteria', j, 'id'], message: 'is used twice' });
        }
        criterionIds.add(criterion.id);
      });
    });
  });
export type BoardStagesBody = z.infer<typeof BoardStagesBody>;

/** The stages a space starts with: a common B2B process, each exit written as what the buyer did. */
export const DEFAULT_BOARD_STAGES: readonly StageDefinition[] = [
  {
    id: 'qualify',
    name: 'Qualify',
    buyerName: 'Recognise a need',
    exitCriteria: [
      { id: 'problem-confirmed', text: 'Buyer confirmed the problem and its cost', signal: null },
      { id: 'change-agreed', text: 'Buyer agreed that solving it is worth their time this year', signal: null },
    ],
  },
  {
    id: 'discover',
    name: 'Discover',
    buyerName: 'Define requirements',
    exitCriteria: [
      { id: 'economic-buyer-met', text: 'Economic buyer met', signal: 'economicBuyerMet' },
      { id: 'decision-criteria-shared', text: 'Buyer shared decision criteria', signal: null },
      {
        id: 'success-measure-agreed',
        text: 'Buyer agreed how success will be measured',
        signal: 'successMeasureAgreed',
      },
    ],
  },
  {
    id: 'propose',
    name: 'Propose solution',
    buyerName: 'Evaluate options',
    exitCriteria: [
      { id: 'champion-confirmed', text: 'A champion at the buyer is selling for us', signal: 'championConfirmed' },
      { id: 'value-validated', text: 'Buyer validated our value hypothesis', signal: null },
      { id: 'decision-process-shared', text: 'Buyer shared their decision process and timeline', signal: null },
    ],
  },
  {
    id: 'negotiate',
    name: 'Negotiate',
    buyerName: 'Validate and decide',
    exitCriteria: [
      { id: 'business-case-approved', text: 'Economic buyer approved the business case', signal: null },
      { id: 'procurement-started', text: 'Buyer started their procurement steps', signal: null },
    ],
  },
  {
    id: 'close',
    name: 'Close',
    buyerName: 'Commit',
    exitCriteria: [{ id: 'contract-signed', text: 'Buyer signed the contract', signal: null }],
  },
];
