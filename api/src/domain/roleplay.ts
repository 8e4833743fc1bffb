import { z } from 'zod';
import { Conflict } from './errors.js';
import { TimerResponse } from './meetings.js';
import { SkillKey } from './practices.js';
import { Id } from './spaces.js';
import {
  addTime,
  elapsedMs,
  idleTimer,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
  type TimerState,
} from './timer.js';

/**
 * The role-play arena (principles 3 and 8): a scenario library, live role-plays with a
 * server-authoritative round timer, observer scorecards and a debrief. This module holds the API
 * contract and the pure rules (the round state machine, who may do what, feedback checks, results),
 * shared with the tabs.
 */

/** Limits, stated once so that forms, errors, docs (README "Limits") and tests agree. */
export const ROLEPLAY_LIMITS = {
  titleMax: 120,
  personaFieldMax: 80,
  moodMax: 160,
  caresAboutMax: 5,
  caresAboutItemMax: 200,
  situationMax: 2000,
  objectionsMax: 8,
  objectionMax: 400,
  criteriaMax: 6,
  roundMinutesMax: 30,
  roundsMax: 5,
  observersMax: 8,
  scenariosMax: 300,
  searchMax: 100,
  competenciesMax: 30,
  competencyLabelMax: 60,
  competencyDescriptionMax: 300,
  anchorMax: 200,
  feedbackItemsMax: 5,
  feedbackItemMax: 500,
  coachingQuestionsMax: 10,
  coachingQuestionMax: 300,
  nextStepMax: 500,
  listMax: 100,
  /** The round timer warns this long before the end. */
  warningMs: 30_000,
  /** "Add time" offers these steps, in seconds. */
  addTimeSeconds: [30, 60, 120] as const,
} as const;

const L = ROLEPLAY_LIMITS;

/* ---------- plain text fields ---------- */

/** Control characters (C0, DEL, C1); line breaks and tabs only where text may span lines. */
function hasControlCharacters(s: string, multiline: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (multiline && (c === 0x0a || c === 0x09 || (c === 0x0d && s.charCodeAt(i + 1) === 0x0a))) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** Trimmed plain text of 1..max characters, stored and returned verbatim (never interpreted as markup). */
function text(max: number, options: { multiline?: boolean; min?: number } = {}) {
  const min = options.min ?? 1;
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !hasControlCharacters(s, options.multiline ?? false), 'must not contain control characters')
    .transform((s) => s.trim())
    .pipe(z.string().min(min, min > 0 ? 'must not be empty' : undefined));
}

const unique = <T>(values: readonly T[]): boolean => new Set(values).size === values.length;

/* ---------- competencies and the rating scale ---------- */

/** Ratings run 1..4: no middle to sit on, each level anchored in behaviour. */
export const RATING_LABELS = ['Not yet', 'Developing', 'Solid', 'Role model'] as const;
export const Rating = z.number().int('must be a whole number').min(1, 'must be 1 to 4').max(4, 'must be 1 to 4');

/** A competency's stable key; it names a criterion in stored scores, so it is a plain identifier. */
export const CompetencyKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'must be a competency key such as discoveryQuestions or nextStepClose');

/** One criterion observers can score, with what each rating looks like in behaviour. */
export const Competency = z.strictObject({
  key: CompetencyKey,
  label: text(L.competencyLabelMax),
  description: text(L.competencyDescriptionMax, { min: 0 }),
  /** What ratings 1, 2, 3 and 4 look like, as observable behaviour. */
  anchors: z.tuple([text(L.anchorMax), text(L.anchorMax), text(L.anchorMax), text(L.anchorMax)]),
});
export type Competency = z.infer<typeof Competency>;

/** The competency list a space starts with until its manager edits it. */
export const DEFAULT_COMPETENCIES: readonly Competency[] = [
  {
    key: 'discoveryQuestions',
    label: 'Discovery questions',
    description: 'Uncovers the situation, the problem and its business impact before proposing anything.',
    anchors: [
      'Pitched or answered before asking; questions were closed or about our product.',
      'Asked some open questions but stayed on the surface; did not follow up on the answers.',
      'Asked open questions and followed at least one answer down to its impact or priority.',
      'Layered questions from situation to business impact; the customer said something they had not volunteered.',
    ],
  },
  {
    key: 'activeListening',
    label: 'Listening',
    description: 'Lets the customer finish, reflects back what was said and builds on their words.',
    anchors: [
      'Interrupted or talked over the customer; replies ignored what had just been said.',
      'Let the customer finish but moved on without acknowledging the point.',
      'Paraphrased the customer’s key point before responding.',
      'Summarised accurately, checked the summary, and used the customer’s own words in the proposal.',
    ],
  },
  {
    key: 'acknowledgingEmotion',
    label: 'Acknowledging emotion',
    description: 'Recognises frustration or worry, stays calm and takes ownership without blaming.',
    anchors: [
      'Defended, blamed others or argued with how the customer felt.',
      'Apologised in general terms, then moved quickly to facts.',
      'Named the customer’s frustration, took ownership and stayed calm.',
      'Acknowledged the specific impact on the customer’s business and earned permission to move to next steps.',
    ],
  },
  {
    key: 'priceObjections',
    label: 'Handling price objections',
    description: 'Explores what sits behind a price objection and defends value before touching price.',
    anchors: [
      'Offered a discount or defended the price straight away.',
      'Held the price but argued features instead of exploring the objection.',
      'Asked what the price was being compared with and tied the answer to the value the customer had stated.',
      'Reframed to total value or cost of inaction with the customer’s own numbers; any concession was traded.',
    ],
  },
  {
    key: 'objectionHandling',
    label: 'Handling objections',
    description:
      'Clarifies, explores and answers concerns about risk, timing or competitors without getting defensive.',
    anchors: [
      'Dismissed or argued with the objection.',
      'Answered quickly without checking what was really meant.',
      'Clarified the objection with a question, answered it and checked the answer landed.',
      'Surfaced the concern behind the objection and agreed with the customer how to resolve it.',
    ],
  },
  {
    key: 'valueArticulation',
    label: 'Quantifying value',
    description: 'Connects the offer to outcomes the customer measures.',
    anchors: [
      'Talked about features only.',
      'Named generic benefits without numbers or the customer’s context.',
      'Linked at least one capability to a measurable outcome the customer had mentioned.',
      'Built a value case with the customer, from their numbers, that they agreed with.',
    ],
  },
  {
    key: 'stakeholderNavigation',
    label: 'Navigating stakeholders',
    description: 'Finds out who decides, who influences and how the decision gets made.',
    anchors: [
      'Did not ask who else was involved.',
      'Asked who else was involved but not about their priorities or the process.',
      'Mapped the decision makers and asked for access to at least one of them.',
      'Agreed a plan with the contact to reach the economic buyer, for a reason that mattered to the contact.',
    ],
  },
  {
    key: 'tradingConcessions',
    label: 'Trading, not conceding',
    description: 'Gives nothing without getting something of equal value in return.',
    anchors: [
      'Gave concessions unasked, or without anything in return.',
      'Conceded reluctantly and traded only now and then.',
      'Made every concession conditional: “if you…, then we…”.',
      'Prepared tradeables in advance and led the exchange; protected margin while the customer felt they won.',
    ],
  },
  {
    key: 'nextStepClose',
    label: 'Next-step close',
    description: 'Ends with a specific, dated commitment from the customer, not a vague follow-up.',
    anchors: [
      'Ended without proposing a next step.',
      'Proposed a vague next step (“I’ll send something over”).',
      'Agreed a specific next step with a date.',
      'Agreed a dated next step with named people and a customer action, confirmed in the customer’s words.',
    ],
  },
];

export const UpdateCompetenciesBody = z.strictObject({
  items: z
    .array(Competency)
    .min(1, 'must name at least one competency')
    .max(L.competenciesMax, `must be at most ${L.competenciesMax} competencies`)
    .refine((items) => unique(items.map((c) => c.key)), 'must not repeat a key'),
});
export type UpdateCompetenciesBody = z.infer<typeof UpdateCompetenciesBody>;

export const CompetencyListResponse = z.object({ items: z.array(Competency), etag: z.string() });
export type CompetencyListResponse = z.infer<typeof CompetencyListResponse>;

/* ---------- scenarios ---------- */

export const ScenarioDifficulty = z.enum(['foundation', 'intermediate', 'advanced']);
export type ScenarioDifficulty = z.infer<typeof ScenarioDifficulty>;
export const DIFFICULTY_LABELS: Record<ScenarioDifficulty, string> = {
  foundation: 'Foundation',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** Who the "customer" plays: public to everyone in the role-play. */
export const ScenarioPersona = z.strictObject({
  name: text(L.personaFieldMax),
  role: text(L.personaFieldMax),
  company: text(L.personaFieldMax),
  mood: text(L.moodMax),
  caresAbout: z
    .array(text(L.caresAboutItemMax))
    .min(1, 'must name at least one thing the customer cares about')
    .max(L.caresAboutMax, `must be at most ${L.caresAboutMax} items`),
});
export type ScenarioPersona = z.infer<typeof ScenarioPersona>;

/**
 * Where a scenario came from. `lostDeal` points at the win/loss review it was built from; `starter`
 * names the shipped scenario it was installed from. Clients may only claim `lostDeal`.
 */
export const ScenarioSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('manual') }),
  z.strictObject({ kind: z.literal('starter'), key: z.string() }),
  z.strictObject({ kind: z.literal('lostDeal'), reviewId: Id }),
]);
export type ScenarioSource = z.infer<typeof ScenarioSource>;

const Objections = z
  .array(text(L.objectionMax))
  .min(1, 'must give the customer at least one objection or curveball')
  .max(L.objectionsMax, `must be at most ${L.objectionsMax} objections`);
const Criteria = z
  .array(CompetencyKey)
  .min(1, 'must name at least one criterion')
  .max(L.criteriaMax, `must be at most ${L.criteriaMax} criteria`)
  .refine(unique, 'must not repeat a criterion');
const RoundMinutes = z
  .number()
  .int('must be whole minutes')
  .min(1, 'must be at least 1 minute')
  .max(L.roundMinutesMax, `must be at most ${L.roundMinutesMax} minutes`);

/** A scenario's content; skill and criteria are checked against the space's lists by the use case. */
const ScenarioFields = {
  title: text(L.titleMax),
  persona: ScenarioPersona,
  /** What the rep is told: public to everyone. */
  situation: text(L.situationMax, { multiline: true }),
  /** What only the customer role sees during a role-play. */
  objections: Objections,
  skill: SkillKey,
  difficulty: ScenarioDifficulty,
  suggestedRoundMinutes: RoundMinutes,
  criteria: Criteria,
};

export const CreateScenarioBody = z.strictObject({
  ...ScenarioFields,
  source: z.strictObject({ kind: z.literal('lostDeal'), reviewId: Id }).optional(),
});
export type CreateScenarioBody = z.infer<typeof CreateScenarioBody>;

export const UpdateScenarioBody = z
  .strictObject({
    title: ScenarioFields.title.optional(),
    persona: ScenarioPersona.optional(),
    situation: ScenarioFields.situation.optional(),
    objections: Objections.optional(),
    skill: SkillKey.optional(),
    difficulty: ScenarioDifficulty.optional(),
    suggestedRoundMinutes: RoundMinutes.optional(),
    criteria: Criteria.optional(),
    archived: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'must change at least one field');
export type UpdateScenarioBody = z.infer<typeof UpdateScenarioBody>;

const BooleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ListScenariosQuery = z.strictObject({
  skill: SkillKey.optional(),
  difficulty: ScenarioDifficulty.optional(),
  /** Words to find in the title, situation, persona, skill and criteria (never in the hidden objections). */
  search: z.string().trim().min(1, 'must not be empty').max(L.searchMax).optional(),
  archived: BooleanQuery.optional(),
});
export type ListScenariosQuery = z.infer<typeof ListScenariosQuery>;

export const ScenarioParams = z.strictObject({ spaceId: Id, scenarioId: Id });

const Person = z.object({ userId: z.string(), name: z.string() });
const CriterionRef = z.object({ key: z.string(), label: z.string() });

/** A scenario as the library lists it: everything public, never the objections. */
export const ScenarioSummaryResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  title: z.string(),
  persona: z.object({
    name: z.string(),
    role: z.string(),
    company: z.string(),
    mood: z.string(),
    caresAbout: z.array(z.string()),
  }),
  situation: z.string(),
  skill: z.object({ key: z.string(), label: z.string() }),
  difficulty: ScenarioDifficulty,
  suggestedRoundMinutes: z.number(),
  criteria: z.array(CriterionRef),
  objectionCount: z.number(),
  source: ScenarioSource,
  author: Person.nullable(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  etag: z.string(),
});
export type ScenarioSummaryResponse = z.infer<typeof ScenarioSummaryResponse>;

/** One scenario; `objections` only for those who may edit it (its author and managers), else null. */
export const ScenarioResponse = ScenarioSummaryResponse.extend({
  objections: z.array(z.string()).nullable(),
  canEdit: z.boolean(),
});
export type ScenarioResponse = z.infer<typeof ScenarioResponse>;

export const ScenarioListResponse = z.object({ items: z.array(ScenarioSummaryResponse) });
export type ScenarioListResponse = z.infer<typeof ScenarioListResponse>;

export const InstallStartersResponse = z.object({
  installed: z.array(z.string()),
  alreadyPresent: z.array(z.string()),
  /** Starters none of whose criteria are in the space's competency list. */
  skipped: z.array(z.string()),
});
export type InstallStartersResponse = z.infer<typeof InstallStartersResponse>;

/* ---------- role-play setup ---------- */

export const RoleplayObserver = z.strictObject({ userId: Id, criterion: CompetencyKey });
export type RoleplayObserver = z.infer<typeof RoleplayObserver>;

const Rounds = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(L.roundsMax, `must be at most ${L.roundsMax}`);
const Observers = z.array(RoleplayObserver).max(L.observersMax, `must be at most ${L.observersMax} observers`);

export const CreateRoleplayBody = z
  .strictObject({
    /** Optional when `meeting` names an agenda item that links a scenario. */
    scenarioId: Id.optional(),
    /** The role-play agenda item this role-play runs. */
    meeting: z.strictObject({ meetingId: Id, itemId: Id }).optional(),
    repId: Id,
    customerId: Id,
    observers: Observers.default([]),
    rounds: Rounds.default(1),
    /** Defaults to the scenario's suggested round length. */
    roundMinutes: RoundMinutes.optional(),
  })
  .refine((b) => b.scenarioId !== undefined || b.meeting !== undefined, {
    message: 'pick a scenario, or a role-play agenda item that links one',
    path: ['scenarioId'],
  });
export type CreateRoleplayBody = z.infer<typeof CreateRoleplayBody>;

export const UpdateRoleplayBody = z
  .strictObject({
    repId: Id.optional(),
    customerId: Id.optional(),
    observers: Observers.optional(),
    rounds: Rounds.optional(),
    roundMinutes: RoundMinutes.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'must change at least one field');
export type UpdateRoleplayBody = z.infer<typeof UpdateRoleplayBody>;

export const RoleplayParams = z.strictObject({ spaceId: Id, roleplayId: Id });

export const RoleplayStatus = z.enum(['setup', 'running', 'roundEnded', 'debrief', 'closed']);
export type RoleplayStatus = z.infer<typeof RoleplayStatus>;

export const ListRoleplaysQuery = z.strictObject({
  status: RoleplayStatus.optional(),
  meetingId: Id.optional(),
  itemId: Id.optional(),
  repId: Id.optional(),
  scenarioId: Id.optional(),
});
export type ListRoleplaysQuery = z.infer<typeof ListRoleplaysQuery>;

/** The people of one role-play. */
export interface RoleplayRoles {
  repId: string;
  customerId: string;
  observers: readonly RoleplayObserver[];
}

export type RoleplayRole = 'rep' | 'customer' | 'observer' | 'none';

/** Which part a person plays, and an observer's focus criterion. */
export function roleplayRoleOf(roles: RoleplayRoles, userId: string): { role: RoleplayRole; criterion: string | null } {
  if (roles.repId === userId) return { role: 'rep', criterion: null };
  if (roles.customerId === userId) return { role: 'customer', criterion: null };
  const observer = roles.observers.find((o) => o.userId === userId);
  return observer ? { role: 'observer', criterion: observer.criterion } : { role: 'none', criterion: null };
}

/**
 * Problems with a cast: everyone a member, nobody in two parts, each observer's criterion one the
 * role-play scores. Returns field/message pairs for a 400 (empty when the cast is fine).
 */
export function checkRoleplayRoles(
  roles: RoleplayRoles,
  memberIds: readonly string[],
  criteria: readonly string[],
): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  const member = (field: string, userId: string): void => {
    if (!memberIds.includes(userId)) issues.push({ field, message: 'must be a member of this space' });
  };
  member('repId', roles.repId);
  member('customerId', roles.customerId);
  if (roles.customerId === roles.repId) issues.push({ field: 'customerId', message: 'must not be the rep' });
  const seen = new Set([roles.repId, roles.customerId]);
  roles.observers.forEach((o, i) => {
    member(`observers.${i}.userId`, o.userId);
    if (seen.has(o.userId))
      issues.push({ field: `observers.${i}.userId`, message: 'already has a part in this role-play' });
    seen.add(o.userId);
    if (!criteria.includes(o.criterion))
      issues.push({ field: `observers.${i}.criterion`, message: 'must be one of the scenario’s criteria' });
  });
  return issues;
}

/* ---------- the round state machine ---------- */

export const RoleplayRunBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start') }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({
    action: z.literal('addTime'),
    seconds: z.union([z.literal(30), z.literal(60), z.literal(120)], { error: 'must be 30, 60 or 120' }),
  }),
  z.strictObject({ action: z.literal('endRound') }),
  z.strictObject({ action: z.literal('nextRound') }),
  z.strictObject({ action: z.literal('debrief') }),
  z.strictObject({ action: z.literal('close') }),
]);
export type RoleplayRunBody = z.infer<typeof RoleplayRunBody>;
export type RoleplayRunAction = RoleplayRunBody['action'];

/** When each round ran, in server time. */
export interface RoundLogEntry {
  round: number;
  startedAt: number;
  endedAt: number | null;
}

/** The part of a role-play the state machine moves. */
export interface RoleplayRun {
  status: RoleplayStatus;
  /** The current (or last played) round, 0 before the start. */
  round: number;
  rounds: number;
  roundMs: number;
  timer: TimerState;
  log: RoundLogEntry[];
}

/** A role-play before its first round. */
export function newRoleplayRun(rounds: number, roundMs: number): RoleplayRun {
  return { status: 'setup', round: 0, rounds, roundMs, timer: idleTimer(roundMs), log: [] };
}

/**
 * Adds time to a round. Once the countdown has run out it restarts from now, so "add a minute"
 * after an overrun still gives a minute.
 */
export function extendRound(timer: TimerState, ms: number, now: number): TimerState {
  if (remainingMs(timer, now) >= 0) return addTime(timer, ms);
  return { ...timer, durationMs: elapsedMs(timer, now) + ms };
}

function closeLog(log: RoundLogEntry[], now: number): RoundLogEntry[] {
  return log.map((e, i) => (i === log.length - 1 && e.endedAt === null ? { ...e, endedAt: now } : e));
}

function startRound(run: RoleplayRun, round: number, now: number): RoleplayRun {
  return {
    ...run,
    status: 'running',
    round,
    timer: startTimer(run.roundMs, now),
    log: [...closeLog(run.log, now), { round, startedAt: now, endedAt: null }],
  };
}

function stopRound(run: RoleplayRun, status: 'roundEnded' | 'debrief', now: number): RoleplayRun {
  return { ...run, status, timer: pauseTimer(run.timer, now), log: closeLog(run.log, now) };
}

/**
 * One step of the round state machine, at server time `now`:
 * setup -start-> running -endRound-> roundEnded -nextRound-> running … -debrief-> debrief -close-> closed.
 * `nextRound` and `debrief` also end a running round; `debrief` may come before the last round.
 * Pausing a paused timer or resuming a running one returns `run` itself (nothing to write).
 * Any other move that does not fit the status throws `Conflict`.
 */
export function applyRoleplayAction(run: RoleplayRun, body: RoleplayRunBody, now: number): RoleplayRun {
  const live = run.status === 'running';
  switch (body.action) {
    case 'start':
      if (run.status !== 'setup') throw new Conflict('This role-play has already started.');
      return startRound(run, 1, now);
    case 'pause':
      if (!live) throw new Conflict('No round is running.');
      return run.timer.status === 'running' ? { ...run, timer: pauseTimer(run.timer, now) } : run;
    case 'resume':
      if (!live) throw new Conflict('No round is running.');
      return run.timer.status === 'running' ? run : { ...run, timer: resumeTimer(run.timer, now) };
    case 'addTime':
      if (!live) throw new Conflict('No round is running.');
      return { ...run, timer: extendRound(run.timer, body.seconds * 1000, now) };
    case 'endRound':
      if (!live) throw new Conflict('No round is running.');
      return stopRound(run, 'roundEnded', now);
    case 'nextRound':
      if (!live && run.status !== 'roundEnded') throw new Conflict('Start the role-play first.');
      if (run.round >= run.rounds) throw new Conflict('This was the last round. Move on to the debrief.');
      return startRound(run, run.round + 1, now);
    case 'debrief':
      if (!live && run.status !== 'roundEnded')
        throw new Conflict(run.status === 'setup' ? 'Play at least one round first.' : 'The debrief has begun.');
      return stopRound(run, 'debrief', now);
    case 'close':
      if (run.status !== 'debrief') throw new Conflict('Close the role-play from the debrief.');
      return { ...run, status: 'closed' };
  }
}

/** What a round's clock shows. `timeUp` is the clear end: the countdown reached zero. */
export type RoundPhase = 'notStarted' | 'running' | 'warning' | 'timeUp' | 'paused' | 'roundOver' | 'finished';

/**
 * The clock every participant shows, from the shared state and their estimate of server time:
 * the remaining time (never below zero), how far the round has run over, and its phase (a soft
 * warning in the last 30 s, a clear end at zero).
 */
export function roundClock(
  run: Pick<RoleplayRun, 'status' | 'timer'>,
  serverNow: number,
): { phase: RoundPhase; remainingMs: number; overrunMs: number } {
  const left = remainingMs(run.timer, serverNow);
  const shown = { remainingMs: Math.max(0, left), overrunMs: Math.max(0, -left) };
  if (run.status === 'setup') return { phase: 'notStarted', ...shown };
  if (run.status === 'roundEnded') return { phase: 'roundOver', ...shown };
  if (run.status !== 'running') return { phase: 'finished', ...shown };
  if (left <= 0) return { phase: 'timeUp', ...shown };
  if (run.timer.status === 'paused') return { phase: 'paused', ...shown };
  return { phase: left <= L.warningMs ? 'warning' : 'running', ...shown };
}

/* ---------- who may do what ---------- */

/** A member as the role-play rules see them. */
export interface RoleplayViewer {
  userId: string;
  isManager: boolean;
}

/** Timer and round moves: the space's managers and the role-play's facilitator (who set it up). */
export function mayRunRoleplay(viewer: RoleplayViewer, facilitatorId: string): boolean {
  return viewer.isManager || viewer.userId === facilitatorId;
}

/** Who may read a scenario's hidden objections in the library: its author and the space's managers. */
export function mayReadObjections(viewer: RoleplayViewer, scenarioAuthorId: string | null | undefined): boolean {
  return viewer.isManager || (!!scenarioAuthorId && scenarioAuthorId === viewer.userId);
}

/** What decides who gets a role-play's hidden objections. */
export interface ObjectionsHolder {
  customerId: string;
  facilitatorId: string;
  /** The scenario's author when it was set up; absent on role-plays set up before it was recorded. */
  scenario: { authorId?: string | null };
}

/**
 * Only the customer ever receives the hidden objections of a role-play: they play them. Setting one up
 * is no way around the library's rule, so a facilitator who casts themself as the customer receives
 * them only if they may read them anyway (`mayReadObjections`).
 */
export function maySeeObjections(viewer: RoleplayViewer, roleplay: ObjectionsHolder): boolean {
  if (roleplay.customerId !== viewer.userId) return false;
  return roleplay.facilitatorId !== viewer.userId || mayReadObjections(viewer, roleplay.scenario.authorId);
}

/**
 * How much of a rep's results a viewer gets: the rep their own (observer feedback only for rounds
 * they have self-assessed), managers everything, an observer their own feedback, everyone else only
 * that the role-play took place.
 */
export type ResultsAccess = 'rep' | 'manager' | 'observer' | 'none';

/** How much of the rep's results `viewer` gets (see `ResultsAccess`). */
export function resultsAccess(viewer: RoleplayViewer, roles: RoleplayRoles): ResultsAccess {
  // The rep reflects before reading feedback, even when the rep is also a manager.
  if (viewer.userId === roles.repId) return 'rep';
  if (viewer.isManager) return 'manager';
  if (roles.observers.some((o) => o.userId === viewer.userId)) return 'observer';
  return 'none';
}

/** Observers score a round once it has begun, until the role-play is closed. */
export function feedbackRoundProblem(run: Pick<RoleplayRun, 'status' | 'round'>, round: number): string | null {
  if (run.status === 'setup') return 'The role-play has not started yet.';
  if (run.status === 'closed') return 'This role-play is closed; its feedback is now the record.';
  if (round > run.round) return `Round ${round} has not started yet.`;
  return null;
}

/** The rep assesses a round once it is over (also after closing, so that feedback can be revealed). */
export function selfAssessmentRoundProblem(run: Pick<RoleplayRun, 'status' | 'round'>, round: number): string | null {
  if (run.status === 'setup' || round > run.round) return `Round ${round} has not been played yet.`;
  if (round === run.round && run.status === 'running') return 'Assess the round once it is over.';
  return null;
}

/* ---------- feedback checks ---------- */

export const RoleplayFeedbackBody = z.strictObject({
  round: Rounds,
  rating: Rating,
  strengths: z.array(text(L.feedbackItemMax, { multiline: true })).max(L.feedbackItemsMax),
  developments: z.array(text(L.feedbackItemMax, { multiline: true })).max(L.feedbackItemsMax),
});
export type RoleplayFeedbackBody = z.infer<typeof RoleplayFeedbackBody>;

export const SelfAssessmentBody = z.strictObject({
  round: Rounds,
  ratings: z
    .array(z.strictObject({ criterion: CompetencyKey, rating: Rating }))
    .min(1, 'must rate at least one criterion')
    .max(L.criteriaMax)
    .refine((r) => unique(r.map((x) => x.criterion)), 'must not rate a criterion twice'),
  strengths: z.array(text(L.feedbackItemMax, { multiline: true })).max(L.feedbackItemsMax),
  developments: z.array(text(L.feedbackItemMax, { multiline: true })).max(L.feedbackItemsMax),
});
export type SelfAssessmentBody = z.infer<typeof SelfAssessmentBody>;

export const CoachingQuestionBody = z.strictObject({ text: text(L.coachingQuestionMax) });
export type CoachingQuestionBody = z.infer<typeof CoachingQuestionBody>;

const IsoDate = z.iso
  .date('must be a date, e.g. 2026-12-01')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'must be between 2000 and 2100');

/** The rep's own next step; optionally the criterion it works on and when. */
export const NextStepBody = z.strictObject({
  text: text(L.nextStepMax, { multiline: true }),
  criterion: CompetencyKey.nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
});
export type NextStepBody = z.infer<typeof NextStepBody>;

/** A draft the forms check while it is written; nothing is stored. */
export const RoleplayDraftBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('feedback'),
    strengths: z.array(z.string().max(L.feedbackItemMax)).max(L.feedbackItemsMax).default([]),
    developments: z.array(z.string().max(L.feedbackItemMax)).max(L.feedbackItemsMax).default([]),
  }),
  z.strictObject({
    kind: z.literal('selfAssessment'),
    strengths: z.array(z.string().max(L.feedbackItemMax)).max(L.feedbackItemsMax).default([]),
    developments: z.array(z.string().max(L.feedbackItemMax)).max(L.feedbackItemsMax).default([]),
  }),
  z.strictObject({ kind: z.literal('coachingQuestion'), text: z.string().max(L.coachingQuestionMax) }),
]);
export type RoleplayDraftBody = z.infer<typeof RoleplayDraftBody>;

export type FeedbackFindingCode =
  | 'missingStrength'
  | 'missingDevelopment'
  | 'judgmental'
  | 'aboutThePerson'
  | 'generalisation'
  | 'vague'
  | 'notAQuestion'
  | 'adviceAsQuestion';

/** One thing a form asks of the writer. `required` findings block saving; `nudge`s do not. */
export interface FeedbackFinding {
  code: FeedbackFindingCode;
  severity: 'required' | 'nudge';
  /** Path inside the draft, e.g. `strengths` or `developments.1`. */
  field: string;
  message: string;
  /** The words that triggered the finding, when there are any. */
  words?: string[];
}

export const FeedbackFindingResponse = z.object({
  code: z.enum([
    'missingStrength',
    'missingDevelopment',
    'judgmental',
    'aboutThePerson',
    'generalisation',
    'vague',
    'notAQuestion',
    'adviceAsQuestion',
  ]),
  severity: z.enum(['required', 'nudge']),
  field: z.string(),
  message: z.string(),
  words: z.array(z.string()).optional(),
});

export const RoleplayDraftCheckResponse = z.object({ ready: z.boolean(), findings: z.array(FeedbackFindingResponse) });
export type RoleplayDraftCheckResponse = z.infer<typeof RoleplayDraftCheckResponse>;

/** Labels for a person or a performance, not descriptions of what was said or done. */
const JUDGMENTAL =
  /\b(?:lazy|bad(?:ly)?|terrible|terribly|awful|awfully|horrible|horribly|useless|stupid|dumb|idiot(?:ic)?|pathetic|hopeless|incompetent|clueless|sloppy|lousy|weak|poor(?:ly)?|rubbish|crap(?:py)?|worst|annoying|arrogant|rude|pushy|boring|unprofessional|embarrassing|disaster|disastrous|amateurish|careless|lame|sucked|sucks)\b/gi;
const ABOUT_THE_PERSON = /\b(?:you(?:'|’)re|you are|(?:he|she|they)(?:'|’)?s? (?:is|are) (?:a|an|so|too|very|just))\b/i;
const GENERALISATION = /\b(?:always|never|every single time|constantly)\b/i;
const PRAISE_ONLY =
  /^(?:(?:very |really )?(?:good|great|nice|well done|good job|great job|nice job|excellent|ok|fine|solid))[.!]*$/i;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The judgmental words in a text, lower-cased, each once. A pure check the forms run as people type. */
export function findJudgmentalWords(value: string): string[] {
  return [...new Set([...value.matchAll(JUDGMENTAL)].map((m) => m[0].toLowerCase()))];
}

function checkItems(
  field: 'strengths' | 'developments',
  items: readonly string[],
  judgmentalSeverity: 'required' | 'nudge',
  findings: FeedbackFinding[],
): void {
  const filled = items.map((s) => s.trim()).filter((s) => s.length > 0);
  if (filled.length === 0) {
    findings.push(
      field === 'strengths'
        ? {
            code: 'missingStrength',
            severity: 'required',
            field,
            message:
              'Name at least one strength: something the rep said or did that worked, e.g. “Asked what the 20% was compared with”.',
          }
        : {
            code: 'missingDevelopment',
            severity: 'required',
            field,
            message:
              'Name at least one development point as a behaviour to try, e.g. “Confirm the next meeting’s date before hanging up”.',
          },
    );
  }
  items.forEach((raw, i) => {
    const item = raw.trim();
    if (!item) return;
    const at = `${field}.${i}`;
    const judged = findJudgmentalWords(item);
    if (judged.length > 0) {
      findings.push({
        code: 'judgmental',
        severity: judgmentalSeverity,
        field: at,
        words: judged,
        message: `“${judged.join('”, “')}” judges rather than describes. Say what was said or done and its effect, e.g. “Quoted the discount before asking what the price was compared with”.`,
      });
    } else if (ABOUT_THE_PERSON.test(item)) {
      findings.push({
        code: 'aboutThePerson',
        severity: 'nudge',
        field: at,
        message: 'This describes the person. Describe the behaviour instead: what they said or did.',
      });
    }
    if (GENERALISATION.test(item)) {
      findings.push({
        code: 'generalisation',
        severity: 'nudge',
        field: at,
        message: '“Always” and “never” invite an argument. Name the moment you observed in this round.',
      });
    }
    if (wordCount(item) < 4 || PRAISE_ONLY.test(item)) {
      findings.push({
        code: 'vague',
        severity: 'nudge',
        field: at,
        message:
          'Too short to act on. Quote or describe the moment, e.g. “Paraphrased the outage impact before offering a fix”.',
      });
    }
  });
}

/**
 * The rules for an observer's scorecard: at least one strength and one development point, and no
 * judgmental wording (required); nudges for labels about the person, generalisations and vague items.
 */
export function checkObserverFeedback(draft: { strengths: readonly string[]; developments: readonly string[] }): {
  ready: boolean;
  findings: FeedbackFinding[];
} {
  const findings: FeedbackFinding[] = [];
  checkItems('strengths', draft.strengths, 'required', findings);
  checkItems('developments', draft.developments, 'required', findings);
  return { ready: findings.every((f) => f.severity !== 'required'), findings };
}

/** The rep's own assessment: a strength and a development point are required; harsh self-talk is only nudged. */
export function checkSelfAssessment(draft: { strengths: readonly string[]; developments: readonly string[] }): {
  ready: boolean;
  findings: FeedbackFinding[];
} {
  const findings: FeedbackFinding[] = [];
  checkItems('strengths', draft.strengths, 'nudge', findings);
  checkItems('developments', draft.developments, 'nudge', findings);
  return { ready: findings.every((f) => f.severity !== 'required'), findings };
}

const ADVICE_AS_QUESTION =
  /^(?:why (?:didn(?:'|’)t|did not|don(?:'|’)t|do not|wouldn(?:'|’)t) you|wouldn(?:'|’)t it be better|don(?:'|’)t you think|shouldn(?:'|’)t you|have you tried|did you (?:not )?think (?:of|about))\b|\byou (?:should|need to|must)\b/i;

/**
 * A coaching question must be a question (ending with “?”) and must not judge; questions that carry
 * the answer (“Why didn’t you…”, “Have you tried…”) are nudged towards open ones.
 */
export function checkCoachingQuestion(value: string): { ready: boolean; findings: FeedbackFinding[] } {
  const findings: FeedbackFinding[] = [];
  const q = value.trim();
  if (!q.endsWith('?')) {
    findings.push({
      code: 'notAQuestion',
      severity: 'required',
      field: 'text',
      message:
        'Ask, don’t tell: phrase it as an open question, e.g. “What did you notice when she mentioned the budget?”',
    });
  }
  const judged = findJudgmentalWords(q);
  if (judged.length > 0) {
    findings.push({
      code: 'judgmental',
      severity: 'required',
      field: 'text',
      words: judged,
      message: `“${judged.join('”, “')}” judges rather than asks. Ask about a moment, e.g. “What was going through your mind when the price came up?”`,
    });
  }
  if (ADVICE_AS_QUESTION.test(q)) {
    findings.push({
      code: 'adviceAsQuestion',
      severity: 'nudge',
      field: 'text',
      message: 'This carries the answer. Try an open question, e.g. “What options did you see at that point?”',
    });
  }
  return { ready: findings.every((f) => f.severity !== 'required'), findings };
}

/** Runs the check that fits the draft's kind. */
export function checkRoleplayDraft(draft: RoleplayDraftBody): RoleplayDraftCheckResponse {
  if (draft.kind === 'coachingQuestion') return checkCoachingQuestion(draft.text);
  return draft.kind === 'feedback' ? checkObserverFeedback(draft) : checkSelfAssessment(draft);
}

/* ---------- results ---------- */

/** A stored score as the results rules see it: the rep's self-assessment or one observer's card. */
export type RoleplayScore =
  | { kind: 'self'; round: number; ratings: { criterion: string; rating: number }[] }
  | { kind: 'observer'; round: number; criterion: string; rating: number };

export interface CriterionResult {
  criterion: string;
  /** The round these ratings come from: the latest one with any rating of this criterion. */
  round: number | null;
  selfRating: number | null;
  /** Mean of the observers' ratings in that round; null when none, or not yet revealed to the rep. */
  observerRating: number | null;
  observerCount: number;
  /** False while the rep has not self-assessed that round (observer ratings withheld from the rep). */
  revealed: boolean;
}

/**
 * Per criterion, the latest round's self rating next to the observers' mean. For the rep, observer
 * ratings of a round count only once the rep has self-assessed that round.
 */
export function criterionResults(
  criteria: readonly string[],
  scores: readonly RoleplayScore[],
  forRep: boolean,
): CriterionResult[] {
  const selfRounds = new Set(scores.filter((s) => s.kind === 'self').map((s) => s.round));
  return criteria.map((criterion) => {
    const rounds = scores.flatMap((s) =>
      s.kind === 'observer'
        ? s.criterion === criterion
          ? [s.round]
          : []
        : s.ratings.some((r) => r.criterion === criterion)
          ? [s.round]
          : [],
    );
    if (rounds.length === 0)
      return { criterion, round: null, selfRating: null, observerRating: null, observerCount: 0, revealed: true };
    const round = Math.max(...rounds);
    const self = scores.find((s) => s.kind === 'self' && s.round === round);
    const selfRating =
      self?.kind === 'self' ? (self.ratings.find((r) => r.criterion === criterion)?.rating ?? null) : null;
    const observed = scores.flatMap((s) =>
      s.kind === 'observer' && s.round === round && s.criterion === criterion ? [s.rating] : [],
    );
    const revealed = !forRep || selfRounds.has(round);
    const mean = observed.length > 0 ? observed.reduce((a, b) => a + b, 0) / observed.length : null;
    return {
      criterion,
      round,
      selfRating,
      observerRating: revealed && mean !== null ? Math.round(mean * 100) / 100 : null,
      observerCount: revealed ? observed.length : 0,
      revealed,
    };
  });
}

/* ---------- responses ---------- */

const PersonResponse = Person;

export const RoleplayStateResponse = z.object({
  roleplayId: z.string(),
  status: RoleplayStatus,
  round: z.number(),
  rounds: z.number(),
  roundMs: z.number(),
  timer: TimerResponse,
  warningMs: z.number(),
  /** Server clock when this answer was made; clients derive their offset from it. */
  serverNow: z.number(),
  etag: z.string(),
});
export type RoleplayStateResponse = z.infer<typeof RoleplayStateResponse>;

const CompetencyResponse = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  anchors: z.array(z.string()),
});

/**
 * A role-play as one viewer may see it: the public scenario, the cast, the rounds and the timer.
 * `customerBrief` (the hidden objections) is filled for the customer only.
 */
export const RoleplayResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  status: RoleplayStatus,
  round: z.number(),
  rounds: z.number(),
  roundMinutes: z.number(),
  scenario: z.object({
    id: z.string(),
    title: z.string(),
    persona: ScenarioSummaryResponse.shape.persona,
    situation: z.string(),
    skill: z.object({ key: z.string(), label: z.string() }),
    difficulty: ScenarioDifficulty,
  }),
  criteria: z.array(CompetencyResponse),
  rep: PersonResponse,
  customer: PersonResponse,
  observers: z.array(PersonResponse.extend({ criterion: z.string(), criterionLabel: z.string() })),
  facilitator: PersonResponse,
  meeting: z.object({ meetingId: z.string(), itemId: z.string() }).nullable(),
  myRole: z.enum(['rep', 'customer', 'observer', 'none']),
  myCriterion: z.string().nullable(),
  customerBrief: z.object({ objections: z.array(z.string()) }).nullable(),
  canRun: z.boolean(),
  canCoach: z.boolean(),
  timer: TimerResponse,
  warningMs: z.number(),
  serverNow: z.number(),
  createdAt: z.string(),
  playedAt: z.string().nullable(),
  etag: z.string(),
});
export type RoleplayResponse = z.infer<typeof RoleplayResponse>;

/** A role-play in a list: that it took place and its scenario; no scores for anyone. */
export const RoleplaySummaryResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  status: RoleplayStatus,
  round: z.number(),
  rounds: z.number(),
  scenario: z.object({ id: z.string(), title: z.string(), skill: z.string(), difficulty: ScenarioDifficulty }),
  rep: PersonResponse,
  customer: PersonResponse,
  observers: z.array(PersonResponse.extend({ criterion: z.string() })),
  meeting: z.object({ meetingId: z.string(), itemId: z.string() }).nullable(),
  myRole: z.enum(['rep', 'customer', 'observer', 'none']),
  createdAt: z.string(),
  playedAt: z.string().nullable(),
});
export const RoleplayListResponse = z.object({ items: z.array(RoleplaySummaryResponse) });
export type RoleplayListResponse = z.infer<typeof RoleplayListResponse>;

export const RoleplayFeedbackResponse = z.object({
  roleplayId: z.string(),
  round: z.number(),
  observer: PersonResponse,
  criterion: z.string(),
  criterionLabel: z.string(),
  rating: z.number(),
  ratingLabel: z.string(),
  strengths: z.array(z.string()),
  developments: z.array(z.string()),
  submittedAt: z.string(),
  updatedAt: z.string(),
  /** Non-blocking findings of the wording check. */
  nudges: z.array(FeedbackFindingResponse),
});
export type RoleplayFeedbackResponse = z.infer<typeof RoleplayFeedbackResponse>;

const SelfAssessmentView = z.object({
  ratings: z.array(z.object({ criterion: z.string(), rating: z.number() })),
  strengths: z.array(z.string()),
  developments: z.array(z.string()),
  submittedAt: z.string(),
});

export const SelfAssessmentResponse = SelfAssessmentView.extend({
  roleplayId: z.string(),
  round: z.number(),
  nudges: z.array(FeedbackFindingResponse),
});
export type SelfAssessmentResponse = z.infer<typeof SelfAssessmentResponse>;

const NextStepResponse = z.object({
  text: z.string(),
  criterion: z.string().nullable(),
  dueDate: z.string().nullable(),
  setAt: z.string(),
});

/**
 * The debrief as one viewer may see it. `access` says how much: `manager` and `rep` see the
 * self-assessment next to the observers' feedback per criterion (the rep only for rounds they have
 * assessed), `observer` their own cards, `none` only the coaching questions.
 */
export const RoleplayDebriefResponse = z.object({
  roleplayId: z.string(),
  status: RoleplayStatus,
  access: z.enum(['rep', 'manager', 'observer', 'none']),
  rep: PersonResponse,
  rounds: z.array(
    z.object({
      round: z.number(),
      selfAssessment: SelfAssessmentView.nullable(),
      /** For the rep: whether observer feedback is waiting for their self-assessment. */
      feedbackWithheld: z.boolean(),
      criteria: z.array(
        z.object({
          criterion: z.string(),
          label: z.string(),
          selfRating: z.number().nullable(),
          feedback: z.array(
            z.object({
              observer: PersonResponse,
              rating: z.number(),
              ratingLabel: z.string(),
              strengths: z.array(z.string()),
              developments: z.array(z.string()),
            }),
          ),
        }),
      ),
    }),
  ),
  results: z.array(
    z.object({
      criterion: z.string(),
      label: z.string(),
      round: z.number().nullable(),
      selfRating: z.number().nullable(),
      observerRating: z.number().nullable(),
      observerCount: z.number(),
      revealed: z.boolean(),
    }),
  ),
  coachingQuestions: z.array(
    z.object({ id: z.string(), text: z.string(), askedBy: PersonResponse, askedAt: z.string() }),
  ),
  nextStep: NextStepResponse.nullable(),
});
export type RoleplayDebriefResponse = z.infer<typeof RoleplayDebriefResponse>;

/** The rep's personal tab: their role-plays over time, per criterion, and the next steps they chose. */
export const MyRoleplaysResponse = z.object({
  items: z.array(
    z.object({
      spaceId: z.string(),
      spaceName: z.string(),
      roleplayId: z.string(),
      scenarioTitle: z.string(),
      skill: z.object({ key: z.string(), label: z.string() }),
      difficulty: ScenarioDifficulty,
      status: RoleplayStatus,
      playedAt: z.string().nullable(),
      results: RoleplayDebriefResponse.shape.results,
      nextStep: NextStepResponse.nullable(),
    }),
  ),
  /** One series per criterion, oldest first, for the trend chart. */
  criteria: z.array(
    z.object({
      criterion: z.string(),
      label: z.string(),
      points: z.array(
        z.object({
          roleplayId: z.string(),
          playedAt: z.string(),
          selfRating: z.number().nullable(),
          observerRating: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type MyRoleplaysResponse = z.infer<typeof MyRoleplaysResponse>;
