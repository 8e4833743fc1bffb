import {
  CoachingQuestionBody,
  type CompetencyListResponse,
  CreateRoleplayBody,
  CreateScenarioBody,
  DEFAULT_COMPETENCIES,
  NextStepBody,
  type RoleplayDebriefResponse,
  RoleplayDraftBody,
  RoleplayFeedbackBody,
  type RoleplayResponse,
  RoleplayRunBody,
  type RoleplayStateResponse,
  type ScenarioResponse,
  SelfAssessmentBody,
  starterScenarioId,
  UpdateCompetenciesBody,
  UpdateRoleplayBody,
  UpdateScenarioBody,
} from '../src/domain/index.js';
import { uniqueId } from './factories.js';
import { api } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** The starter scenario most role-play tests run. */
export const PRICE_PUSHBACK = starterScenarioId('price-pushback');

/** A valid body for POST …/scenarios, with objections the tests can search raw JSON for. */
export function buildScenarioBody(overrides: Partial<CreateScenarioBody> = {}): CreateScenarioBody {
  const marker = uniqueId('secret');
  return {
    title: `Renewal at risk ${uniqueId('t')}`,
    persona: {
      name: 'Jordan Blake',
      role: 'IT Director',
      company: 'Adventure Works',
      mood: 'Guarded; a reorganisation is under way',
      caresAbout: ['Keeping the service desk running during the move'],
    },
    situation: 'Adventure Works renews in 45 days. Usage is flat and the sponsor has changed.',
    objections: [`Hidden curveball ${marker}: the new sponsor favours the competitor.`],
    skill: 'accountPlanning',
    difficulty: 'intermediate',
    suggestedRoundMinutes: 6,
    criteria: ['discoveryQuestions', 'nextStepClose'],
    ...overrides,
  };
}

/**
 * A valid body for POST …/roleplays in a space with Alex, Lynne and Isaiah: Alex plays the rep,
 * Lynne the customer, Isaiah and the manager observe.
 */
export function buildRoleplayBody(overrides: Partial<CreateRoleplayBody> = {}): CreateRoleplayBody {
  return {
    scenarioId: PRICE_PUSHBACK,
    repId: 'u-alex',
    customerId: 'u-lynne',
    observers: [
      { userId: 'u-isaiah', criterion: 'discoveryQuestions' },
      { userId: 'u-megan', criterion: 'priceObjections' },
    ],
    rounds: 2,
    roundMinutes: 5,
    ...overrides,
  };
}

/** A valid observer scorecard for round 1. */
export function buildFeedbackBody(overrides: Partial<RoleplayFeedbackBody> = {}): RoleplayFeedbackBody {
  return {
    round: 1,
    rating: 3,
    strengths: ['Asked what the other quote was being compared on before talking about price.'],
    developments: ['Agree a date for the CFO call before the round ends.'],
    ...overrides,
  };
}

/** A valid self-assessment of round 1 by the rep. */
export function buildSelfAssessmentBody(overrides: Partial<SelfAssessmentBody> = {}): SelfAssessmentBody {
  return {
    round: 1,
    ratings: [
      { criterion: 'priceObjections', rating: 3 },
      { criterion: 'discoveryQuestions', rating: 2 },
    ],
    strengths: ['Kept the list price when she first asked for a discount.'],
    developments: ['Ask more about the picking errors before the price comes up.'],
    ...overrides,
  };
}

async function created<T>(res: Promise<{ status: number; json: unknown; text: string }>): Promise<T> {
  const done = await res;
  if (done.status >= 300) throw new Error(`setup failed: ${done.status} ${done.text}`);
  return done.json as T;
}

/** Installs the starter scenarios in the space under test. */
export async function installStarters({ host, token, spaceId }: PrepareContext): Promise<Prepared> {
  await created(api(host, 'POST', `/api/spaces/${spaceId}/scenario-starters`, { token }));
  return { params: {} };
}

const competencyEtag = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const list = await created<CompetencyListResponse>(
    api(host, 'GET', `/api/spaces/${spaceId}/competencies`, { token }),
  );
  return { params: {}, etag: list.etag };
};

/** A scenario written by the manager. */
const ownScenario = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const scenario = await created<ScenarioResponse>(
    api(host, 'POST', `/api/spaces/${spaceId}/scenarios`, { token, body: buildScenarioBody() }),
  );
  return { params: { scenarioId: scenario.id }, etag: scenario.etag };
};

/** A role-play set up by the manager; each step moves it on with the latest etag. */
async function roleplayAfter(ctx: PrepareContext, actions: RoleplayRunBody[]): Promise<Prepared> {
  await installStarters(ctx);
  const roleplay = await created<RoleplayResponse>(
    api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/roleplays`, { token: ctx.token, body: buildRoleplayBody() }),
  );
  let etag = roleplay.etag;
  for (const body of actions) {
    const state = await created<RoleplayStateResponse>(
      api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/roleplays/${roleplay.id}/state`, {
        token: ctx.token,
        body,
        headers: { 'if-match': etag },
      }),
    );
    etag = state.etag;
  }
  return { params: { roleplayId: roleplay.id }, etag };
}

const setUp = (ctx: PrepareContext) => roleplayAfter(ctx, []);
const running = (ctx: PrepareContext) => roleplayAfter(ctx, [{ action: 'start' }]);
const roundOver = (ctx: PrepareContext) => roleplayAfter(ctx, [{ action: 'start' }, { action: 'endRound' }]);
const debriefing = (ctx: PrepareContext) => roleplayAfter(ctx, [{ action: 'start' }, { action: 'debrief' }]);

/** A debrief with one coaching question of the manager's; the etag is the question's own. */
const questionAsked = async (ctx: PrepareContext): Promise<Prepared> => {
  const { params } = await debriefing(ctx);
  const debrief = await created<RoleplayDebriefResponse>(
    api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/roleplays/${params.roleplayId}/coaching-questions`, {
      token: ctx.token,
      body: { text: 'What did you notice when the price came up?' },
    }),
  );
  const question = debrief.coachingQuestions[0];
  if (!question) throw new Error('setup failed: no coaching question');
  return { params: { ...params, questionId: question.id }, etag: question.etag };
};

/** Route samples of the role-play arena (see route-samples.ts). */
export const ROLEPLAY_SAMPLES: Record<string, RouteSample> = {
  'competencies-get': {},
  'competencies-update': {
    schema: UpdateCompetenciesBody,
    // Every key stays in the list (past scores name them); the first is retired instead of dropped.
    body: () => ({ items: DEFAULT_COMPETENCIES.map((c, i) => (i === 0 ? { ...c, retired: true } : c)) }),
    ifMatch: true,
    prepare: competencyEtag,
  },
  'scenarios-list': {},
  'scenarios-create': { schema: CreateScenarioBody, body: () => buildScenarioBody() },
  'scenarios-get': { prepare: ownScenario },
  'scenarios-update': {
    schema: UpdateScenarioBody,
    body: () => ({ difficulty: 'advanced' }),
    ifMatch: true,
    prepare: ownScenario,
  },
  'scenarios-install-starters': {},
  'roleplays-list': {},
  'roleplays-create': { schema: CreateRoleplayBody, body: () => buildRoleplayBody(), prepare: installStarters },
  'roleplays-get': { prepare: setUp },
  'roleplays-update': { schema: UpdateRoleplayBody, body: () => ({ rounds: 3 }), ifMatch: true, prepare: setUp },
  'roleplays-delete': { ifMatch: true, prepare: setUp },
  'roleplay-state-get': { prepare: setUp },
  'roleplay-state-run': { schema: RoleplayRunBody, body: () => ({ action: 'start' }), ifMatch: true, prepare: setUp },
  'roleplay-feedback-put': { schema: RoleplayFeedbackBody, body: () => buildFeedbackBody(), prepare: running },
  'roleplay-self-assessments-create': {
    schema: SelfAssessmentBody,
    body: () => buildSelfAssessmentBody(),
    prepare: roundOver,
  },
  'roleplay-debrief-get': { prepare: debriefing },
  'roleplay-coaching-questions-create': {
    schema: CoachingQuestionBody,
    body: () => ({ text: 'What did you notice when the price came up?' }),
    prepare: debriefing,
  },
  'roleplay-coaching-questions-update': {
    schema: CoachingQuestionBody,
    body: () => ({ text: 'What did you hear when the price came up?' }),
    ifMatch: true,
    prepare: questionAsked,
  },
  'roleplay-coaching-questions-delete': { ifMatch: true, prepare: questionAsked },
  'roleplay-next-step-put': {
    schema: NextStepBody,
    body: () => ({
      text: 'Ask what the other quote includes before defending the price.',
      criterion: 'priceObjections',
    }),
    prepare: debriefing,
  },
  'roleplay-drafts-check': {
    schema: RoleplayDraftBody,
    body: () => ({ kind: 'coachingQuestion', text: 'What did you notice?' }),
  },
  'my-roleplays-list': {},
};
