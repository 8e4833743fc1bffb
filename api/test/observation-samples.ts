import {
  CreateObservationBody,
  ObservationAcknowledgeBody,
  ObservationFeedbackBody,
  type ObservationResponse,
  ObservationSelfAssessmentBody,
  ObservationSettingsBody,
  StartObservationBody,
  UpdateLiveObservationBody,
} from '../src/domain/index.js';
import { api, tokenFor } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** A valid hand-logged observation of Alex: a phone call today, with one note. */
export function buildObservationBody(overrides: Partial<CreateObservationBody> = {}): CreateObservationBody {
  return {
    repId: 'u-alex',
    channel: 'phoneCall',
    date: new Date().toISOString().slice(0, 10),
    minutes: 30,
    competencies: ['discoveryQuestions'],
    notes: [{ competency: 'discoveryQuestions', text: 'Asked what the current process costs before proposing.' }],
    ...overrides,
  };
}

/** Feedback that passes the rules: a strength and a development point, each an observed behaviour. */
export function buildFeedbackBody(overrides: Partial<ObservationFeedbackBody> = {}): ObservationFeedbackBody {
  return {
    strengths: ['Asked what the current process costs before proposing anything.'],
    developments: ['Confirm the date of the next meeting before hanging up.'],
    ratings: [{ competency: 'discoveryQuestions', rating: 3 }],
    share: true,
    ...overrides,
  };
}

export const SELF_ASSESSMENT: ObservationSelfAssessmentBody = {
  ratings: [{ competency: 'discoveryQuestions', rating: 3 }],
  reflection: 'I asked about cost, but I did not pin down the next meeting.',
};

async function ok<T>(res: Promise<{ status: number; json: unknown; text: string }>): Promise<T> {
  const done = await res;
  if (done.status >= 300) throw new Error(`setup failed: ${done.status} ${done.text}`);
  return done.json as T;
}

/** An observation of Alex, logged by the space's manager. */
const observed = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const o = await ok<ObservationResponse>(
    api(host, 'POST', `/api/spaces/${spaceId}/observations`, { token, body: buildObservationBody() }),
  );
  return { params: { observationId: o.id } };
};

/** Alex's observation with his self-assessment and the manager's shared feedback: ready to acknowledge. */
const feedbackShared = async (ctx: PrepareContext): Promise<Prepared> => {
  const prepared = await observed(ctx);
  const base = `/api/spaces/${ctx.spaceId}/observations/${prepared.params.observationId}`;
  const alex = await tokenFor(ctx.host, 'u-alex');
  await ok(api(ctx.host, 'PUT', `${base}/self-assessment`, { token: alex, body: SELF_ASSESSMENT }));
  await ok(api(ctx.host, 'PUT', `${base}/feedback`, { token: ctx.token, body: buildFeedbackBody() }));
  return prepared;
};

/** The manager is observing a call of Alex's live. */
const observing = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  await ok(api(host, 'POST', `/api/spaces/${spaceId}/live-observation`, { token, body: { repId: 'u-alex' } }));
  return { params: {} };
};

export const OBSERVATION_SAMPLES: Record<string, RouteSample> = {
  'observations-list': {},
  'observations-create': { schema: CreateObservationBody, body: () => buildObservationBody() },
  'observations-get': { prepare: observed },
  'observation-self-assessment-put': {
    schema: ObservationSelfAssessmentBody,
    body: () => SELF_ASSESSMENT,
    prepare: observed,
  },
  'observation-feedback-put': { schema: ObservationFeedbackBody, body: () => buildFeedbackBody(), prepare: observed },
  'observation-acknowledgement-put': {
    schema: ObservationAcknowledgeBody,
    body: () => ({ nextStep: 'Book the next meeting before I hang up, every call this week.' }),
    prepare: feedbackShared,
  },
  'live-observation-get': {},
  'live-observation-start': { schema: StartObservationBody, body: () => ({ repId: 'u-alex' }) },
  'live-observation-update': {
    schema: UpdateLiveObservationBody,
    body: () => ({ action: 'pause' }),
    prepare: observing,
  },
  'live-observation-stop': { prepare: observing },
  'observation-coverage-get': {},
  'observation-settings-put': { schema: ObservationSettingsBody, body: () => ({ hoursPerWeek: 38, goalPercent: 20 }) },
  'my-observations-list': {},
};
