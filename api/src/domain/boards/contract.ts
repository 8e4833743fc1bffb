import { z } from 'zod';
import { Id, ProblemResponse } from '../common/contract.js';
import { BoardClosing } from '../winloss/contract.js';
import {
  AccountContent,
  AccountRiskContent,
  BoardCardKind,
  BoardLevel,
  BuyerGoalContent,
  BuyingRole,
  CompetitorContent,
  CriterionEvidenceContent,
  NextActionContent,
  StakeholderContent,
  StakeholderStance,
  ValueHypothesisContent,
} from './cards.js';
import { StageDefinition } from './stages.js';

/**
 * Account-strategy boards (principles 5 and 8): the API contract. A board is an account header plus
 * cards in sections; every card is its own document, so people editing different cards never conflict.
 */

export const BoardParams = z.strictObject({ spaceId: Id, boardId: Id });
export const BoardCardParams = z.strictObject({ spaceId: Id, boardId: Id, cardId: Id });
export const ListBoardsQuery = z.strictObject({
  ownerId: Id.optional(),
  /** `true` lists the archived boards instead (where they are restored from); default: the active ones. */
  archived: z.enum(['true', 'false']).optional(),
  /** `true` lists the closed boards (won, lost, no decision) instead; default: the open ones. */
  closed: z.enum(['true', 'false']).optional(),
  /** Words to find in the account name or segment (closed boards stay searchable). */
  search: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters').optional(),
});

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
  /** The caller may edit this board's cards (never while it is archived). */
  canEdit: z.boolean(),
  /** The caller may archive the board, or restore it (its owner or a manager). */
  canArchive: z.boolean(),
  /** When the board was archived (read-only, out of every list) ; null while active. */
  archivedAt: z.string().nullable(),
  /** How the deal was closed (won, lost, no decision); null while it is open. */
  closing: BoardClosing.nullable(),
  /** Changes whenever any card changes, or the board is archived or restored (also sent as the ETag). */
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
  archivedAt: z.string().nullable(),
  closing: BoardClosing.nullable(),
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
