import type { HiringDecision, Recommendation } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/** A role profile: the competencies a role needs, weighted, with questions, and the role-play case. */
export interface RoleProfileDoc {
  id: string;
  pk: string;
  type: 'roleProfile';
  profileId: string;
  name: string;
  /** Each competency with the label it had when the profile was saved. */
  competencies: { key: string; label: string; weight: number; questions: string[] }[];
  scenarioId: string | null;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/**
 * A hiring loop for one candidate. The profile is copied in when the loop starts, so later edits of
 * the profile or the competency list never change what a loop was scored against.
 */
export interface HiringLoopDoc {
  id: string;
  pk: string;
  type: 'hiringLoop';
  loopId: string;
  profileId: string;
  profile: {
    name: string;
    competencies: RoleProfileDoc['competencies'];
    scenario: { id: string; title: string } | null;
  };
  candidate: { name: string; contact: string; notes: string };
  interviewers: { userId: string; competencies: string[] }[];
  interviewDates: string[];
  managersSeeEarly: boolean;
  retentionDays: number;
  /** Interviewers who submitted, kept on the loop so lists need not read cards. */
  submittedBy: string[];
  status: 'open' | 'decided';
  decision: HiringDecision | null;
  decisionReason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  purgeAt: string | null;
  hiredUserId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/** One interviewer's scorecard; its id is per loop and interviewer, so there is one card each. */
export interface ScorecardDoc {
  id: string;
  pk: string;
  type: 'hiringScorecard';
  loopId: string;
  interviewerId: string;
  ratings: { key: string; label: string; rating: number; evidence: string }[];
  recommendation: Recommendation;
  developmentPoints: string[];
  roleplayId: string | null;
  submittedAt: string;
  [field: string]: unknown;
}

/**
 * The cross-space index of candidate data to delete: one entry per decided loop, in one partition so
 * that the housekeeping run finds what is due without reading every space.
 */
export interface PurgeEntryDoc {
  id: string;
  pk: typeof PURGE_PK;
  type: 'candidatePurge';
  spacePk: string;
  loopId: string;
  dueAt: string;
  [field: string]: unknown;
}

export type StoredProfile = Stored<RoleProfileDoc>;
export type StoredLoop = Stored<HiringLoopDoc>;
export type StoredScorecard = Stored<ScorecardDoc>;

export const PURGE_PK = 'housekeeping|candidatePurge';
export const profileDocId = (profileId: string): string => `roleProfile|${profileId}`;
export const loopDocId = (loopId: string): string => `hiringLoop|${loopId}`;
export const scorecardDocId = (loopId: string, interviewerId: string): string =>
  `hiringScorecard|${loopId}|${interviewerId}`;
export const purgeEntryId = (spacePk: string, loopId: string): string => `${spacePk}|${loopId}`;
