import type { ObservationChannel, ObservationNote, TimerState, WeekEntry } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/**
 * One observation of a rep at work. `repId` is a top-level scalar because a rep's list filters on it.
 * The self-assessment, the feedback and the acknowledgement live on the record: one person writes
 * each of them, so the etag guards the rare overlap.
 */
export interface ObservationDoc {
  id: string;
  pk: string;
  type: 'observation';
  observationId: string;
  repId: string;
  observerId: string;
  channel: ObservationChannel;
  date: string;
  minutes: number;
  boardId: string | null;
  competencies: string[];
  notes: ObservationNote[];
  createdAt: string;
  selfAssessment:
    | { skipped: false; ratings: { competency: string; rating: number }[]; reflection: string; at: string }
    | { skipped: true; at: string }
    | null;
  feedback: {
    strengths: string[];
    developments: string[];
    ratings: { competency: string; rating: number }[];
    updatedAt: string;
    sharedAt: string | null;
  } | null;
  acknowledgement: { nextStep: string; at: string } | null;
  [field: string]: unknown;
}

/**
 * A call being observed live: one per manager and space (a deterministic id), in the space's
 * partition, so that a reload of the side panel resumes it. The timer counts up (duration 0).
 */
export interface LiveObservationDoc {
  id: string;
  pk: string;
  type: 'liveObservation';
  observationId: string;
  observerId: string;
  repId: string;
  channel: ObservationChannel;
  boardId: string | null;
  timer: TimerState;
  competencies: string[];
  notes: ObservationNote[];
  startedAt: string;
  [field: string]: unknown;
}

/** The observations of one week (a roll-up updated on every observation write). */
export interface ObservationWeekDoc {
  id: string;
  pk: string;
  type: 'observationWeek';
  weekStart: string;
  entries: WeekEntry[];
  [field: string]: unknown;
}

/**
 * The space's coverage settings and per-rep summary: the goal, each manager's working hours, and the
 * date each rep was last observed (a maximum, so applying an observation twice changes nothing).
 */
export interface ObservationSummaryDoc {
  id: string;
  pk: string;
  type: 'observationSummary';
  goalPercent: number;
  hours: Record<string, number>;
  lastObservedOn: Record<string, string>;
  [field: string]: unknown;
}

export type StoredObservation = Stored<ObservationDoc>;
export type StoredLiveObservation = Stored<LiveObservationDoc>;

export const observationDocId = (observationId: string): string => `observation|${observationId}`;
export const liveObservationDocId = (observerId: string): string => `liveObservation|${observerId}`;
export const observationWeekDocId = (weekStart: string): string => `observationWeek|${weekStart}`;
export const OBSERVATION_SUMMARY_ID = 'observationSummary';
