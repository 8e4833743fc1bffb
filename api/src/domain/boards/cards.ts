import { z } from 'zod';
import { Id } from '../common/contract.js';
import { BOARD_LIMITS, BoardDate, BoardStageId, NameText, Notes, OptionalText, RequiredText } from './fields.js';

// Board cards: the kinds, their content, defaults, and the bodies that create and change them.

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

/** The fields of each kind, in one place: content, defaults and both bodies follow from it. */
const CARD_FIELDS = {
  account: accountFields,
  stakeholder: stakeholderFields,
  goal: goalFields,
  hypothesis: hypothesisFields,
  risk: riskFields,
  competitor: competitorFields,
  action: actionFields,
  evidence: evidenceFields,
} as const satisfies Record<BoardCardKind, z.core.$ZodLooseShape>;

const atLeastOneChange = (body: object): boolean => Object.keys(body).some((key) => key !== 'kind');

/** The PATCH arm of one kind: its fields, each optional, at least one of them present. */
function updateArm<K extends BoardCardKind>(kind: K) {
  return z
    .strictObject(CARD_FIELDS[kind])
    .partial()
    .extend({ kind: z.literal(kind) })
    .refine(atLeastOneChange, 'must change at least one field');
}

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
  updateArm('account'),
  updateArm('stakeholder'),
  updateArm('goal'),
  updateArm('hypothesis'),
  updateArm('risk'),
  updateArm('competitor'),
  updateArm('action'),
  updateArm('evidence'),
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
