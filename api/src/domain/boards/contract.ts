import { z } from 'zod';
import { Id, ProblemResponse } from '../common/contract.js';

/**
 * Account-strategy boards (principles 5 and 8): the API contract. A board is an account header plus
 * cards in sections; every card is its own document, so people editing different cards never conflict.
 */

/** Limits, stated once so that forms, errors, the README and the tests agree. */
export const BOARD_LIMITS = {
  /** Boards (accounts) one space may hold. */
  boardsPerSpace: 500,
  /** Account, stakeholder and competitor names. */
  nameMax: 120,
  /** One-line texts: a goal, a measure, a risk, an action, a title, a segment. */
  textMax: 300,
  /** Free notes on any card. */
  notesMax: 2000,
  /** Account value, in whole currency units. */
  valueMax: 1_000_000_000_000,
  /** Every date on a board lies in this range. */
  dateMin: '2000-01-01',
  dateMax: '2100-12-31',
  /** Cards one board may hold, per section; adding one more is refused with a 400 that says so. */
  cardsPerSection: {
    stakeholder: 40,
    goal: 20,
    hypothesis: 20,
    risk: 30,
    competitor: 15,
    action: 60,
    evidence: 60,
  },
  /** Sales stages a space may define, and exit criteria per stage. */
  stagesMin: 2,
  stagesMax: 10,
  criteriaPerStageMax: 8,
  stageNameMax: 60,
  criterionTextMax: 200,
  /** Versions the history of one card shows (newest first). */
  historyShown: 50,
  /** Request bodies larger than this are refused with 413 before they are read (see http/handle.ts). */
  bodyBytesMax: 64 * 1024,
} as const;

/** Control characters; notes may keep line breaks and tabs. */
const noControl = (allowNewlines: boolean) => (s: string) =>
  !(allowNewlines ? /(?![\t\n\r])\p{Cc}/u : /\p{Cc}/u).test(s);

const NameText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(BOARD_LIMITS.nameMax, `must be at most ${BOARD_LIMITS.nameMax} characters`)
  .refine(noControl(false), 'must not contain control characters');
const RequiredText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(BOARD_LIMITS.textMax, `must be at most ${BOARD_LIMITS.textMax} characters`)
  .refine(noControl(false), 'must not contain control characters');
const OptionalText = z
  .string()
  .trim()
  .max(BOARD_LIMITS.textMax, `must be at most ${BOARD_LIMITS.textMax} characters`)
  .refine(noControl(false), 'must not contain control characters');
const Notes = z
  .string()
  .max(BOARD_LIMITS.notesMax, `must be at most ${BOARD_LIMITS.notesMax} characters`)
  .refine(noControl(true), 'must not contain control characters other than line breaks and tabs');
/** A calendar date, e.g. `2026-12-01`, within the board's date range. */
export const BoardDate = z.iso
  .date(`must be a date such as 2026-12-01`)
  .refine(
    (d) => d >= BOARD_LIMITS.dateMin && d <= BOARD_LIMITS.dateMax,
    `must be between ${BOARD_LIMITS.dateMin} and ${BOARD_LIMITS.dateMax}`,
  );

/** Ids of stages and exit criteria: short lower-case slugs, stable across renames. */
export const BoardStageId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a lower-case slug such as "discover" (letters, digits, -)');

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
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(BOARD_LIMITS.criterionTextMax, `must be at most ${BOARD_LIMITS.criterionTextMax} characters`)
    .refine(noControl(false), 'must not contain control characters'),
  signal: CriterionSignal.nullable().default(null),
});
export type ExitCriterion = z.infer<typeof ExitCriterion>;

const StageName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(BOARD_LIMITS.stageNameMax, `must be at most ${BOARD_LIMITS.stageNameMax} characters`)
  .refine(noControl(false), 'must not contain control characters');

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

/* ---------- cards ---------- */

/** Roles in the buyer's buying group. */
export const BuyingRole = z.enum(['economicBuyer', 'champion', 'user', 'technicalEvaluator', 'blocker']);
export type BuyingRole = z.infer<typeof BuyingRole>;
export const BoardLevel = z.enum(['low', 'medium', 'high']);
export type BoardLevel = z.infer<typeof BoardLevel>;
/** A stakeholder's stance towards us, from against to for. */
export const StakeholderStance = z.enum(['opposed', 'skeptical', 'neutral', 'supportive', 'advocate']);
export type StakeholderStance = z.infer<typeof StakeholderStance>;

/** The kinds of card a board has; `account` is the header, the rest are the sections. */
export const BoardCardKind = z.enum([
  'account',
  'stakeholder',
  'goal',
  'hypothesis',
  'risk',
  'competitor',
  'action',
  'evidence',
]);
export type BoardCardKind = z.infer<typeof BoardCardKind>;
/** Kinds people add and delete (the account header exists once per board). */
export type BoardSectionKind = Exclude<BoardCardKind, 'account'>;
export const BOARD_SECTION_KINDS: readonly BoardSectionKind[] = [
  'stakeholder',
  'goal',
  'hypothesis',
  'risk',
  'competitor',
  'action',
  'evidence',
];

const accountFields = {
  name: NameText,
  segment: OptionalText,
  /** The rep (or manager) who owns the account; reps edit only boards they own. */
  ownerId: Id,
  value: z
    .number()
    .min(0, 'must not be negative')
    .max(BOARD_LIMITS.valueMax, `must be at most ${BOARD_LIMITS.valueMax}`),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR'),
  /** Our sales stage: an id of the space's stage definitions. */
  salesStage: BoardStageId,
  /** The buyer's journey stage, named by the id of the stage it belongs to. */
  buyerStage: BoardStageId,
  nextMeetingDate: BoardDate.nullable(),
  notes: Notes,
};
const stakeholderFields = {
  name: NameText,
  title: OptionalText,
  role: BuyingRole,
  influence: BoardLevel,
  stance: StakeholderStance,
  lastContact: BoardDate.nullable(),
  notes: Notes,
};
const goalFields = {
  goal: RequiredText,
  successMeasure: OptionalText,
  /** The buyer, not only we, agreed on the measure. */
  confirmedByBuyer: z.boolean(),
  notes: Notes,
};
const hypothesisFields = {
  statement: RequiredText,
  status: z.enum(['untested', 'validated', 'rejected']),
  notes: Notes,
};
const riskFields = {
  risk: RequiredText,
  likelihood: BoardLevel,
  impact: BoardLevel,
  mitigation: OptionalText,
  ownerId: Id.nullable(),
  notes: Notes,
};
const competitorFields = {
  name: NameText,
  position: z.enum(['incumbent', 'shortlisted', 'considered', 'eliminated']),
  strengths: OptionalText,
  weaknesses: OptionalText,
  notes: Notes,
};
const actionFields = {
  action: RequiredText,
  ownerId: Id.nullable(),
  dueDate: BoardDate.nullable(),
  status: z.enum(['open', 'done', 'dropped']),
  notes: Notes,
};
/** Evidence that the buyer did what an exit criterion asks, e.g. "sent their scoring sheet". */
const evidenceFields = {
  criterionId: BoardStageId,
  note: RequiredText,
  date: BoardDate,
};

export const AccountContent = z.strictObject(accountFields);
export type AccountContent = z.infer<typeof AccountContent>;
export const StakeholderContent = z.strictObject(stakeholderFields);
export type StakeholderContent = z.infer<typeof StakeholderContent>;
export const BuyerGoalContent = z.strictObject(goalFields);
export type BuyerGoalContent = z.infer<typeof BuyerGoalContent>;
export const ValueHypothesisContent = z.strictObject(hypothesisFields);
export type ValueHypothesisContent = z.infer<typeof ValueHypothesisContent>;
export const AccountRiskContent = z.strictObject(riskFields);
export type AccountRiskContent = z.infer<typeof AccountRiskContent>;
export const CompetitorContent = z.strictObject(competitorFields);
export type CompetitorContent = z.infer<typeof CompetitorContent>;
export const NextActionContent = z.strictObject(actionFields);
export type NextActionContent = z.infer<typeof NextActionContent>;
export const CriterionEvidenceContent = z.strictObject(evidenceFields);
export type CriterionEvidenceContent = z.infer<typeof CriterionEvidenceContent>;

/** The content schema of each kind: what is stored and presented. */
export const BOARD_CARD_CONTENT = {
  account: AccountContent,
  stakeholder: StakeholderContent,
  goal: BuyerGoalContent,
  hypothesis: ValueHypothesisContent,
  risk: AccountRiskContent,
  competitor: CompetitorContent,
  action: NextActionContent,
  evidence: CriterionEvidenceContent,
} as const;

/** Content of a card of kind `K`. */
export type BoardCardContentOf<K extends BoardCardKind> = z.infer<(typeof BOARD_CARD_CONTENT)[K]>;
/** Content of any card. */
export type BoardCardContent = { [K in BoardCardKind]: BoardCardContentOf<K> }[BoardCardKind];

/** What a new card gets for the fields its creator left out. */
export const BOARD_CARD_DEFAULTS = {
  account: { segment: '', currency: 'USD', nextMeetingDate: null, notes: '', value: 0 },
  stakeholder: { title: '', lastContact: null, notes: '', stance: 'neutral', influence: 'medium' },
  goal: { successMeasure: '', confirmedByBuyer: false, notes: '' },
  hypothesis: { status: 'untested', notes: '' },
  risk: { mitigation: '', ownerId: null, notes: '', likelihood: 'medium', impact: 'medium' },
  competitor: { strengths: '', weaknesses: '', notes: '', position: 'considered' },
  action: { ownerId: null, dueDate: null, status: 'open', notes: '' },
  evidence: {},
} as const satisfies { [K in BoardCardKind]: Partial<BoardCardContentOf<K>> };

const atLeastOneChange = (body: object): boolean => Object.keys(body).some((key) => key !== 'kind');
const CHANGE_SOMETHING = 'must change at least one field';

/** POST body for a new card: its kind and content; optional fields get `BOARD_CARD_DEFAULTS`. */
export const CreateBoardCardBody = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('stakeholder'), ...stakeholderFields })
    .partial({ title: true, lastContact: true, notes: true, stance: true, influence: true }),
  z
    .strictObject({ kind: z.literal('goal'), ...goalFields })
    .partial({ successMeasure: true, confirmedByBuyer: true, notes: true }),
  z.strictObject({ kind: z.literal('hypothesis'), ...hypothesisFields }).partial({ status: true, notes: true }),
  z
    .strictObject({ kind: z.literal('risk'), ...riskFields })
    .partial({ mitigation: true, ownerId: true, notes: true, likelihood: true, impact: true }),
  z
    .strictObject({ kind: z.literal('competitor'), ...competitorFields })
    .partial({ strengths: true, weaknesses: true, notes: true, position: true }),
  z
    .strictObject({ kind: z.literal('action'), ...actionFields })
    .partial({ ownerId: true, dueDate: true, status: true, notes: true }),
  z.strictObject({ kind: z.literal('evidence'), ...evidenceFields }),
]);
export type CreateBoardCardBody = z.infer<typeof CreateBoardCardBody>;

/**
 * PATCH body for one card: its kind (which must match the card's) and the fields that change. Fields
 * left out keep their value, so two people changing different fields of the same card still conflict
 * only when their etags differ.
 */
export const UpdateBoardCardBody = z.discriminatedUnion('kind', [
  z
    .strictObject(accountFields)
    .partial()
    .extend({ kind: z.literal('account') })
    .refine(atLeastOneChange, CHANGE_SOMETHING),
  z
    .strictObject(stakeholderFields)
    .partial()
    .extend({ kind: z.literal('stakeholder') })
    .refine(atLeastOneChange, CHANGE_SOMETHING),
  z
    .strictObject(goalFields)
    .partial()
    .extend({ kind: z.literal('goal') })
    .refine(atLeastOneChange, CHANGE_SOMETHING),
  z
    .strictObject(hypothesisFields)
    .partial()
    .extend({ kind: z.literal('hypothesis') })
    .refine(atLeastOneChange, CHANGE_SOMETHING),
  z
    .strictObject(riskFields)
    .partial()
    .extend({ kind: z.literal('risk') })
    .refine(atLeastOneChange, CHANGE_SOMETHING),
  z
    .strictObject(competitorFields)
    .partial()
    .extend({ kind: z.literal('competitor') })
    .refine(atLeastOneChange, CHANGE_SOMETHING),
  z
    .strictObject(actionFields)
    .partial()
    .extend({ kind: z.literal('action') })
    .refine(atLeastOneChange, CHANGE_SOMETHING),
  z
    .strictObject(evidenceFields)
    .partial()
    .extend({ kind: z.literal('evidence') })
    .refine(atLeastOneChange, CHANGE_SOMETHING),
]);
export type UpdateBoardCardBody = z.infer<typeof UpdateBoardCardBody>;

/**
 * POST body for a new board: the account header. The owner defaults to the caller (a rep may only
 * create boards they own); both stages default to the space's first stage.
 */
export const CreateBoardBody = z.strictObject(accountFields).partial({
  segment: true,
  currency: true,
  nextMeetingDate: true,
  notes: true,
  value: true,
  ownerId: true,
  salesStage: true,
  buyerStage: true,
});
export type CreateBoardBody = z.infer<typeof CreateBoardBody>;

/** Restore a card to what it was at `revision` (written as a new revision, history kept). */
export const RestoreBoardCardBody = z.strictObject({ revision: z.number().int().min(1).max(1_000_000) });
export type RestoreBoardCardBody = z.infer<typeof RestoreBoardCardBody>;

export const BoardParams = z.strictObject({ spaceId: Id, boardId: Id });
export const BoardCardParams = z.strictObject({ spaceId: Id, boardId: Id, cardId: Id });
export const ListBoardsQuery = z.strictObject({ ownerId: Id.optional() });

/* ---------- responses ---------- */

const cardBase = {
  id: z.string(),
  boardId: z.string(),
  revision: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  updatedByName: z.string().nullable(),
  etag: z.string(),
};

/** One card as the API presents it; `content` has the shape of its kind. */
export const BoardCardResponse = z.discriminatedUnion('kind', [
  z.object({ ...cardBase, kind: z.literal('account'), content: AccountContent }),
  z.object({ ...cardBase, kind: z.literal('stakeholder'), content: StakeholderContent }),
  z.object({ ...cardBase, kind: z.literal('goal'), content: BuyerGoalContent }),
  z.object({ ...cardBase, kind: z.literal('hypothesis'), content: ValueHypothesisContent }),
  z.object({ ...cardBase, kind: z.literal('risk'), content: AccountRiskContent }),
  z.object({ ...cardBase, kind: z.literal('competitor'), content: CompetitorContent }),
  z.object({ ...cardBase, kind: z.literal('action'), content: NextActionContent }),
  z.object({ ...cardBase, kind: z.literal('evidence'), content: CriterionEvidenceContent }),
]);
export type BoardCardResponse = z.infer<typeof BoardCardResponse>;

export const AlignmentWarningCode = z.enum([
  'salesAheadOfBuyer',
  'enteredWithoutCriteria',
  'unknownStage',
  'noNextMeeting',
  'overdueActions',
  'opposedStakeholder',
  'buyerAheadOfSales',
  'readyToAdvance',
]);
export type AlignmentWarningCode = z.infer<typeof AlignmentWarningCode>;

/** One thing the board wants the team to look at, with what to do about it. */
export const AlignmentWarning = z.object({
  code: AlignmentWarningCode,
  severity: z.enum(['warning', 'info']),
  message: z.string(),
  /** The next step, in words a rep can act on. */
  next: z.string(),
  stageId: z.string().optional(),
  criterionIds: z.array(z.string()).optional(),
  cardIds: z.array(z.string()).optional(),
});
export type AlignmentWarning = z.infer<typeof AlignmentWarning>;

const StageRef = z.object({ id: z.string(), name: z.string(), buyerName: z.string(), index: z.number().int() });

export const CriterionStatus = z.object({
  stageId: z.string(),
  criterionId: z.string(),
  text: z.string(),
  evidenced: z.boolean(),
  /** `evidence`: a card records the buyer action; `signal`: other cards prove it. */
  source: z.enum(['evidence', 'signal']).nullable(),
  evidenceCardIds: z.array(z.string()),
  /** Required before our current stage could be entered. */
  required: z.boolean(),
});
export type CriterionStatus = z.infer<typeof CriterionStatus>;

export const AlignmentResponse = z.object({
  /** Our stage is not ahead of the buyer's and every earlier stage's exit criteria are evidenced. */
  aligned: z.boolean(),
  salesStage: StageRef.nullable(),
  buyerStage: StageRef.nullable(),
  criteria: z.array(CriterionStatus),
  warnings: z.array(AlignmentWarning),
});
export type AlignmentResponse = z.infer<typeof AlignmentResponse>;

/** A stakeholder placed on the influence x stance grid. */
export const RelationshipMapPoint = z.object({
  cardId: z.string(),
  name: z.string(),
  role: BuyingRole,
  influence: BoardLevel,
  stance: StakeholderStance,
  /** StakeholderStance from -2 (opposed) to 2 (advocate). */
  x: z.number().int(),
  /** Influence from 1 (low) to 3 (high). */
  y: z.number().int(),
  quadrant: z.enum(['keyAlly', 'keyRisk', 'ally', 'watch']),
});

export const RelationshipMapResponse = z.object({
  points: z.array(RelationshipMapPoint),
  /** Roles of the buying group that no stakeholder fills yet. */
  missingRoles: z.array(BuyingRole),
});
export type RelationshipMapResponse = z.infer<typeof RelationshipMapResponse>;

export const BoardLastChange = z.object({
  by: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
  cardId: z.string(),
  kind: BoardCardKind,
  action: z.enum(['create', 'update', 'delete', 'restore']),
});
export type BoardLastChange = z.infer<typeof BoardLastChange>;

/** A whole board: what the channel tab and the meeting stage render. */
export const BoardResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  account: BoardCardResponse,
  sections: z.object({
    stakeholders: z.array(BoardCardResponse),
    goals: z.array(BoardCardResponse),
    hypotheses: z.array(BoardCardResponse),
    risks: z.array(BoardCardResponse),
    competitors: z.array(BoardCardResponse),
    actions: z.array(BoardCardResponse),
    evidence: z.array(BoardCardResponse),
  }),
  alignment: AlignmentResponse,
  relationshipMap: RelationshipMapResponse,
  stages: z.array(StageDefinition),
  /** The caller may edit this board's cards. */
  canEdit: z.boolean(),
  /** Changes whenever any card changes (also sent as the ETag). */
  etag: z.string(),
});
export type BoardResponse = z.infer<typeof BoardResponse>;

/** The cheap poll of the meeting stage: `version` and the ETag change after every card write. */
export const BoardVersionResponse = z.object({
  boardId: z.string(),
  version: z.number().int(),
  lastChange: BoardLastChange.nullable(),
  etag: z.string(),
});
export type BoardVersionResponse = z.infer<typeof BoardVersionResponse>;

/** One board in the space-level list, computed from its summary. */
export const BoardSummaryResponse = z.object({
  id: z.string(),
  name: z.string(),
  segment: z.string(),
  ownerId: z.string(),
  ownerName: z.string().nullable(),
  value: z.number(),
  currency: z.string(),
  nextMeetingDate: z.string().nullable(),
  salesStage: StageRef.nullable(),
  buyerStage: StageRef.nullable(),
  aligned: z.boolean(),
  warnings: z.array(AlignmentWarning),
  version: z.number().int(),
  lastChange: BoardLastChange.nullable(),
});
export type BoardSummaryResponse = z.infer<typeof BoardSummaryResponse>;

export const BoardListResponse = z.object({
  /** Boards that need attention first: misaligned, then most warnings, then by name. */
  items: z.array(BoardSummaryResponse),
  stages: z.array(StageDefinition),
});
export type BoardListResponse = z.infer<typeof BoardListResponse>;

export const BoardStagesResponse = z.object({
  stages: z.array(StageDefinition),
  /** True while the space still uses `DEFAULT_BOARD_STAGES`. */
  isDefault: z.boolean(),
  etag: z.string().nullable(),
});
export type BoardStagesResponse = z.infer<typeof BoardStagesResponse>;

export const BoardCardVersionResponse = z.object({
  revision: z.number().int(),
  action: z.enum(['create', 'update', 'delete', 'restore']),
  changedBy: z.string(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
  /** Content fields that differ from the revision before. */
  changedFields: z.array(z.string()),
  restoredFrom: z.number().int().nullable(),
  kind: BoardCardKind,
  content: z.record(z.string(), z.unknown()),
});
export type BoardCardVersionResponse = z.infer<typeof BoardCardVersionResponse>;

export const BoardCardHistoryResponse = z.object({
  cardId: z.string(),
  /** The card as it is now; null when it was deleted (it can be restored). */
  current: BoardCardResponse.nullable(),
  items: z.array(BoardCardVersionResponse),
});
export type BoardCardHistoryResponse = z.infer<typeof BoardCardHistoryResponse>;

/** The 412 answer to a stale card write: the server's version, so the UI can offer merge or overwrite. */
export const BoardCardConflictResponse = ProblemResponse.extend({ current: BoardCardResponse.nullable() });
export type BoardCardConflictResponse = z.infer<typeof BoardCardConflictResponse>;

/** Response of every card write: the card and the board's new version (for the stage poll). */
export const BoardCardWriteResponse = z.object({
  card: BoardCardResponse.nullable(),
  alignment: AlignmentResponse,
  version: z.number().int(),
});
export type BoardCardWriteResponse = z.infer<typeof BoardCardWriteResponse>;
