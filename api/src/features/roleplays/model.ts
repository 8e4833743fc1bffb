import type {
  Competency,
  RoleplayObserver,
  RoleplayRun,
  RoleplayStatus,
  RoundLogEntry,
  ScenarioDifficulty,
  ScenarioPersona,
  ScenarioSource,
  TimerState,
} from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/**
 * A scenario of the space's library. `skill`, `difficulty` and `archived` are top-level scalars
 * because the library filters on them by equality.
 */
export interface ScenarioDoc {
  id: string;
  pk: string;
  type: 'scenario';
  scenarioId: string;
  title: string;
  persona: ScenarioPersona;
  situation: string;
  /** Hidden: only the customer of a role-play, the author and managers ever receive these. */
  objections: string[];
  skill: string;
  difficulty: ScenarioDifficulty;
  suggestedRoundMinutes: number;
  criteria: string[];
  source: ScenarioSource;
  /** Null for installed starter scenarios, which only managers edit. */
  authorId: string | null;
  archived: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

/** The space's competency list; absent until a manager edits it (then `DEFAULT_COMPETENCIES` apply). */
export interface CompetencyListDoc {
  id: string;
  pk: string;
  type: 'competencyList';
  items: Competency[];
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

/**
 * One role-play: a snapshot of the scenario and criteria it was set up with (later edits of the
 * library do not rewrite the record), the cast, the live round state and the debrief. One document,
 * so that one etag guards every timer move and the once-a-second poll is one point read. Scores are
 * separate documents, so that observers submitting at once never conflict.
 */
export interface RoleplayDoc {
  id: string;
  pk: string;
  type: 'roleplay';
  roleplayId: string;
  scenarioId: string;
  scenario: {
    title: string;
    persona: ScenarioPersona;
    situation: string;
    objections: string[];
    /** Who may read `objections` besides managers (see `maySeeObjections`); absent on older records. */
    authorId?: string | null;
    skill: string;
    skillLabel: string;
    difficulty: ScenarioDifficulty;
  };
  criteria: Competency[];
  repId: string;
  customerId: string;
  observers: RoleplayObserver[];
  meetingId: string | null;
  itemId: string | null;
  facilitatorId: string;
  createdAt: string;
  /** When the first round started. */
  playedAt: string | null;
  status: RoleplayStatus;
  round: number;
  rounds: number;
  roundMs: number;
  timer: TimerState;
  log: RoundLogEntry[];
  /** Server time it was closed; "reopen" (undo) is allowed for a short while after. */
  closedAt?: number | null;
  /** When its meeting's end closed it: its run before, which undoing that end puts back. */
  reopenAs?: RoleplayRun | null;
  coachingQuestions: CoachingQuestion[];
  nextStep: { text: string; criterion: string | null; dueDate: string | null; setAt: string } | null;
  [field: string]: unknown;
}

/**
 * A manager's coaching question in the debrief. `rev` changes on every edit: a question's etag is
 * its own, so that editing one question never conflicts with adding another or with the timer.
 */
export interface CoachingQuestion {
  id: string;
  text: string;
  askedBy: string;
  askedAt: string;
  editedAt?: string;
  rev?: string;
}

/** A coaching question's etag (older questions, stored without `rev`, go by their id until edited). */
export const coachingQuestionEtag = (question: CoachingQuestion): string => `"q-${question.rev ?? question.id}"`;

/** The rep's self-assessment of one round, or one observer's scorecard of one round. */
export type RoleplayScoreDoc = {
  id: string;
  pk: string;
  type: 'roleplayScore';
  roleplayId: string;
  round: number;
  userId: string;
  strengths: string[];
  developments: string[];
  submittedAt: string;
  updatedAt: string;
  [field: string]: unknown;
} & (
  | { kind: 'self'; ratings: { criterion: string; rating: number }[] }
  | { kind: 'observer'; criterion: string; rating: number }
);

export type StoredScenario = Stored<ScenarioDoc>;
export type StoredRoleplay = Stored<RoleplayDoc>;
export type StoredScore = Stored<RoleplayScoreDoc>;

/** Document ids: one per scenario, role-play, self-assessment (per round) and observer card (per round). */
export const scenarioDocId = (scenarioId: string): string => `scenario|${scenarioId}`;
export const roleplayDocId = (roleplayId: string): string => `roleplay|${roleplayId}`;
export const selfScoreDocId = (roleplayId: string, round: number): string =>
  `roleplayScore|${roleplayId}|${round}|self`;
export const observerScoreDocId = (roleplayId: string, round: number, userId: string): string =>
  `roleplayScore|${roleplayId}|${round}|observer|${userId}`;
export const COMPETENCY_LIST_ID = 'competencies';
