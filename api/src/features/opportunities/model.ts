import type { CreditMilestone, LedgerEntryKind, OpportunityStatus, OpportunityUrgency } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/** Points proposed for one milestone, and their approval (the ledger entry is the record of the credit). */
export interface CreditState {
  points: number;
  proposedAt: string;
  approvedAt: string | null;
  approvedBy: string | null;
  entryId: string | null;
  reversedAt: string | null;
}

/**
 * One opportunity a colleague noticed, in the space's partition. `contributorId`, `assigneeId`, `triage`,
 * `open` and `creditPending` are top-level scalars because the lists filter on them (one query per page).
 */
export interface OpportunityDoc {
  id: string;
  pk: string;
  type: 'opportunity';
  opportunityId: string;
  contributorId: string;
  assigneeId: string | null;
  /** Waiting for a manager to assign it (no board owner to route it to). */
  triage: boolean;
  /** Not yet won, lost or "not an opportunity". */
  open: boolean;
  /** Points proposed and not yet approved. */
  creditPending: boolean;
  boardId: string | null;
  customerName: string;
  noticed: string;
  whyItMatters: string;
  urgency: OpportunityUrgency;
  contact: string;
  status: OpportunityStatus;
  statusNote: string;
  convertedBoardId: string | null;
  convertingAt: string | null;
  credits: Partial<Record<CreditMilestone, CreditState>>;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/**
 * One ledger entry: created once under a deterministic id, never replaced or deleted. A reversal is a
 * new entry with negative points that names the entry it reverses.
 */
export interface LedgerEntryDoc {
  id: string;
  pk: string;
  type: 'ledgerEntry';
  entryId: string;
  kind: LedgerEntryKind;
  contributorId: string;
  points: number;
  what: string;
  why: string;
  byId: string;
  at: string;
  quarter: string;
  opportunityId: string | null;
  reverses: string | null;
  [field: string]: unknown;
}

/** The points a manager set for the space. */
export interface PointsDoc {
  id: typeof POINTS_DOC_ID;
  pk: string;
  type: 'opportunityPoints';
  qualified: number;
  won: number;
  [field: string]: unknown;
}

/** A contributor's choice to show on the quarter's recognition board (off unless saved as on). */
export interface OptInDoc {
  id: string;
  pk: string;
  type: 'recognitionOptIn';
  userId: string;
  optIn: boolean;
  [field: string]: unknown;
}

export type StoredOpportunity = Stored<OpportunityDoc>;
export type StoredLedgerEntry = Stored<LedgerEntryDoc>;

export const opportunityDocId = (opportunityId: string): string => `opportunity|${opportunityId}`;
export const ledgerDocId = (entryId: string): string => `ledgerEntry|${entryId}`;
export const optInDocId = (userId: string): string => `recognitionOptIn|${userId}`;
export const POINTS_DOC_ID = 'opportunityPoints';
