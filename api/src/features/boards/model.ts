import type {
  BoardClosing,
  BoardCardContent,
  BoardCardKind,
  BoardFacts,
  BoardLastChange,
  StageDefinition,
} from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/**
 * Every document of a board lives in the space's partition. Cards (the account header included) are
 * `boardCard` documents with a `boardId`, so opening a board is one query. Alongside them:
 * - `boardSummary`, one per board, rewritten after every card write: the stage poll reads it, and the
 *   space-level list is one query over all summaries;
 * - `cardVersion`, one per change of a card: the card's history, and the source of a restore;
 * - `boardStages`, one per space: the stage definitions (defaults until a manager saves their own).
 */

/** The card kinds that are stored, including the board's private copy of the stage definitions. */
export type StoredCardKind = BoardCardKind | 'stages';

/** One card of a board. `content` is validated against its kind's schema on every write. */
export interface CardDoc {
  id: string;
  pk: string;
  type: 'boardCard';
  boardId: string;
  cardId: string;
  kind: BoardCardKind;
  content: BoardCardContent;
  /** 1 for a new card; +1 on every change (restores included). */
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

/**
 * The board's copy of the space's stage definitions, kept in step by `saveBoardStages` and by every
 * card write. It is a `boardCard` so that the one query that opens a board also brings the stages.
 */
export interface StagesCardDoc {
  id: string;
  pk: string;
  type: 'boardCard';
  boardId: string;
  cardId: typeof STAGES_CARD_ID;
  kind: 'stages';
  stages: StageDefinition[];
  /** The `revision` of the space's `boardStages` document this copy was taken from (0: defaults). */
  stagesRevision: number;
  [field: string]: unknown;
}

export type AnyCardDoc = CardDoc | StagesCardDoc;

/** Who last changed what on a board, as stored (names are looked up when presented). */
export type ChangeRecord = Omit<BoardLastChange, 'byName'>;

/**
 * What the space-level list and the stage poll read; derived from the cards, never edited directly.
 * Each card write folds that one card's current state into `facts` (see `applyCard`), so keeping the
 * summary costs point reads, not a query over the board.
 */
export interface SummaryDoc {
  id: string;
  pk: string;
  type: 'boardSummary';
  boardId: string;
  name: string;
  segment: string;
  ownerId: string;
  value: number;
  currency: string;
  facts: BoardFacts;
  /** The revision of the stage definitions the board's copy was last brought up to. */
  stagesRevision: number;
  /** Grows with every write to the board (writes that land together may share a step): what the stage polls. */
  version: number;
  lastChange: ChangeRecord | null;
  createdAt: string;
  /** Set while the board is archived: out of the list, read-only, everything kept for a restore. */
  archivedAt?: string | null;
  archivedBy?: string | null;
  /** Set while the deal is closed (won, lost, no decision): out of the active list, still searchable. */
  closing?: BoardClosing | null;
  [field: string]: unknown;
}

/** One revision of one card, written after the card itself. */
export interface CardVersionDoc {
  id: string;
  pk: string;
  type: 'cardVersion';
  boardId: string;
  cardId: string;
  kind: BoardCardKind;
  revision: number;
  action: BoardLastChange['action'];
  content: BoardCardContent;
  changedFields: string[];
  changedBy: string;
  changedAt: string;
  restoredFrom: number | null;
  [field: string]: unknown;
}

/** A space's own stage definitions. */
export interface StagesDoc {
  id: typeof STAGES_DOC_ID;
  pk: string;
  type: 'boardStages';
  stages: StageDefinition[];
  /** +1 on every save; boards compare it with their copy. */
  revision: number;
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

export type StoredCard = Stored<CardDoc>;
export type StoredAnyCard = Stored<AnyCardDoc>;
export type StoredSummary = Stored<SummaryDoc>;
export type StoredCardVersion = Stored<CardVersionDoc>;
export type StoredStages = Stored<StagesDoc>;

export const ACCOUNT_CARD_ID = 'account';
export const STAGES_CARD_ID = 'stages';
export const STAGES_DOC_ID = 'boardStages';

export const cardDocId = (boardId: string, cardId: string): string => `card|${boardId}|${cardId}`;
export const summaryDocId = (boardId: string): string => `boardSummary|${boardId}`;
// Zero-padded so that ids sort like revisions.
export const versionDocId = (boardId: string, cardId: string, revision: number): string =>
  `cardVersion|${boardId}|${cardId}|${String(revision).padStart(7, '0')}`;

/** Whether a stored card is one people see and edit (not the board's copy of the stages). */
export function isContentCard(card: StoredAnyCard): card is StoredCard {
  return card.kind !== 'stages';
}
