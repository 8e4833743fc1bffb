import type { DealOutcome, WhatElse, WinlossEntry, WinlossReason } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/**
 * Win/loss documents, all in the space's partition:
 * - `winlossReview`, one per closed board (id from the board, so a board has one review): the rep's
 *   reasons with their labels as written, and the customer's reasons in their words;
 * - `winlossRollup`, one per space: a compact entry per reviewed deal, kept in step by every review
 *   write (see rollups.ts), so the analytics read is one point read whatever the number of reviews;
 * - `winlossTaxonomy`, one per space once a manager extends the default reasons;
 * - `valueProp`, one per space: the value-proposition notes the team edits together.
 */

export interface LabelledReason {
  key: string;
  label: string;
}

export interface CustomerSide {
  heardOn: string;
  reasons: (LabelledReason & { quote: string })[];
  recordedBy: string;
  recordedAt: string;
}

export interface ReviewDoc {
  id: string;
  pk: string;
  type: 'winlossReview';
  reviewId: string;
  boardId: string;
  boardName: string;
  outcome: DealOutcome;
  closedOn: string;
  reasons: LabelledReason[];
  primary: string;
  whatElse: WhatElse;
  competitor: string;
  buyerStage: string;
  salesStage: string;
  dealSize: number;
  segment: string;
  durationSeconds: number;
  authorId: string;
  final: boolean;
  finalBy: string | null;
  customer: CustomerSide | null;
  /** Set when the board was reopened: the review leaves the analytics until the deal closes again. */
  withdrawn: boolean;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

export interface RollupDoc {
  id: typeof WINLOSS_ROLLUP_ID;
  pk: string;
  type: 'winlossRollup';
  entries: Record<string, WinlossEntry>;
  [field: string]: unknown;
}

export interface TaxonomyDoc {
  id: typeof WINLOSS_TAXONOMY_ID;
  pk: string;
  type: 'winlossTaxonomy';
  reasons: WinlossReason[];
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

export interface ValuePropDoc {
  id: typeof VALUE_PROP_ID;
  pk: string;
  type: 'valueProp';
  points: string[];
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

export type StoredReview = Stored<ReviewDoc>;

export const WINLOSS_ROLLUP_ID = 'winlossRollup';
export const WINLOSS_TAXONOMY_ID = 'winlossTaxonomy';
export const VALUE_PROP_ID = 'valueProp';
/** The etag the editors send while a space still uses the default reasons or has no notes yet. */
export const DEFAULT_TAXONOMY_ETAG = '"winloss-taxonomy-default"';
export const EMPTY_VALUE_PROP_ETAG = '"value-prop-empty"';

export const reviewDocId = (boardId: string): string => `winlossReview|${boardId}`;
