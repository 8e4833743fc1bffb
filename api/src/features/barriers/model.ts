import type {
  BarrierCategory,
  BarrierResource,
  BarrierStatus,
  BarrierUrgency,
  BarrierVisibility,
  RemovalEntry,
} from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/** One event of a barrier's life, shown as its history. */
export interface BarrierEvent {
  at: string;
  by: string;
  kind: 'raised' | 'inProgress' | 'removed' | 'wontFix' | 'confirmed' | 'reopened';
  note: string;
}

/**
 * One barrier in the space's partition. `raiserId`, `visibility` and `active` are top-level scalars
 * because lists filter on them; `active` (open or in progress) keeps the board one query.
 */
export interface BarrierDoc {
  id: string;
  pk: string;
  type: 'barrier';
  barrierId: string;
  raiserId: string;
  category: BarrierCategory;
  text: string;
  impact: string;
  boardId: string | null;
  urgency: BarrierUrgency;
  visibility: BarrierVisibility;
  status: BarrierStatus;
  active: boolean;
  resolution: string;
  resources: BarrierResource[];
  raisedAt: string;
  closedAt: string | null;
  confirmedAt: string | null;
  history: BarrierEvent[];
  [field: string]: unknown;
}

/**
 * The space's removals, keyed by barrier id so that recording one twice (a retry) or taking it back
 * (a reopen) is idempotent; old removals are pruned on write. One point read serves the board's figures.
 */
export interface BarrierRollupDoc {
  id: string;
  pk: string;
  type: 'barrierRollup';
  removals: Record<string, RemovalEntry>;
  [field: string]: unknown;
}

export type StoredBarrier = Stored<BarrierDoc>;

export const barrierDocId = (barrierId: string): string => `barrier|${barrierId}`;
export const BARRIER_ROLLUP_ID = 'barrier-rollup';
