import {
  CreateObservationBody,
  ListObservationsQuery,
  ObservationAcknowledgeBody,
  ObservationFeedbackBody,
  ObservationParams,
  ObservationSelfAssessmentBody,
  ObservationSettingsBody,
  SpaceParams,
  StartObservationBody,
  UpdateLiveObservationBody,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import { isManager, readVisibleObservation } from './access.js';
import { acknowledge, createObservation, putFeedback, saveSettings, selfAssess } from './commands.js';
import { getLiveObservation, startLiveObservation, stopLiveObservation, updateLiveObservation } from './live.js';
import { notifyFeedbackShared, notifySelfAssessmentDue } from './notices.js';
import { presentLive, presentObservation } from './present.js';
import { getCoverage, listMyObservations, listObservations } from './queries.js';

const OBSERVATION = 'spaces/{spaceId}/observations/{observationId}';
const LIVE = 'spaces/{spaceId}/live-observation';

const today = (): string => new Date().toISOString().slice(0, 10);

/** Observations the caller may read: a manager's team (optionally one rep), a rep only their own. */
export const observationsList = defineEndpoint({
  name: 'observations-list',
  method: 'GET',
  route: 'spaces/{spaceId}/observations',
  access: { space: 'observations.read' },
  params: SpaceParams,
  query: ListObservationsQuery,
  async run({ access, query, services }) {
    const items = await listObservations(services.store, access, query.repId);
    const reader = isManager(access) ? 'manager' : 'rep';
    return { body: { items: items.map((o) => presentObservation(o, access.space, reader)) } };
  },
});

/** A call or visit logged by hand; the rep is asked to assess themself. */
export const observationsCreate = defineEndpoint({
  name: 'observations-create',
  method: 'POST',
  route: 'spaces/{spaceId}/observations',
  access: { space: 'observations.observe' },
  params: SpaceParams,
  body: CreateObservationBody,
  async run({ access, principal, body, services }) {
    const observation = await createObservation(services.store, access, body, new Date());
    await notifySelfAssessmentDue(services, principal, access, observation);
    return {
      status: 201,
      body: presentObservation(observation, access.space, 'manager'),
      headers: { location: `/api/spaces/${access.space.spaceId}/observations/${observation.observationId}` },
    };
  },
});

/** One observation, for the space's managers and the observed rep only (anyone else: 404). */
export const observationsGet = defineEndpoint({
  name: 'observations-get',
  method: 'GET',
  route: OBSERVATION,
  access: { space: 'observations.read' },
  params: ObservationParams,
  async run({ access, params, services }) {
    const observation = await readVisibleObservation(services.store, access, params.observationId);
    return { body: presentObservation(observation, access.space, isManager(access) ? 'manager' : 'rep') };
  },
});

/** The rep's self-assessment (ratings with behavioural anchors and a reflection), or their skip. */
export const observationSelfAssessmentPut = defineEndpoint({
  name: 'observation-self-assessment-put',
  method: 'PUT',
  route: `${OBSERVATION}/self-assessment`,
  access: { space: 'observations.read' },
  params: ObservationParams,
  body: ObservationSelfAssessmentBody,
  async run({ access, params, body, services }) {
    // Feedback this reveals shows in the answer itself: the rep needs no notice of their own action.
    const change = await selfAssess(services.store, access, params.observationId, body, new Date());
    return { body: presentObservation(change.observation, access.space, 'rep') };
  },
});

/** The manager's feedback: a draft, or shared once it names a strength and a development point. */
export const observationFeedbackPut = defineEndpoint({
  name: 'observation-feedback-put',
  method: 'PUT',
  route: `${OBSERVATION}/feedback`,
  access: { space: 'observations.observe' },
  params: ObservationParams,
  body: ObservationFeedbackBody,
  async run({ access, principal, params, body, services }) {
    const change = await putFeedback(services.store, access, params.observationId, body, new Date());
    if (change.feedbackNowVisible) await notifyFeedbackShared(services, principal, access, change.observation);
    return { body: presentObservation(change.observation, access.space, 'manager') };
  },
});

/** The rep acknowledges the feedback with their own next step. */
export const observationAcknowledgementPut = defineEndpoint({
  name: 'observation-acknowledgement-put',
  method: 'PUT',
  route: `${OBSERVATION}/acknowledgement`,
  access: { space: 'observations.read' },
  params: ObservationParams,
  body: ObservationAcknowledgeBody,
  async run({ access, params, body, services }) {
    const observation = await acknowledge(services.store, access, params.observationId, body, new Date());
    return { body: presentObservation(observation, access.space, 'rep') };
  },
});

/** The call the caller is observing in this team, with the server clock; a reload resumes it. */
export const liveObservationGet = defineEndpoint({
  name: 'live-observation-get',
  method: 'GET',
  route: LIVE,
  access: { space: 'observations.observe' },
  params: SpaceParams,
  async run({ access, services }) {
    const live = await getLiveObservation(services.store, access);
    const now = Date.now();
    return {
      body: presentLive(live, access.space, now),
      ...(live ? { etag: live._etag } : {}),
      headers: { 'x-server-time': String(now) },
    };
  },
});

/** "Start": the minutes observed count from now. */
export const liveObservationStart = defineEndpoint({
  name: 'live-observation-start',
  method: 'POST',
  route: LIVE,
  access: { space: 'observations.observe' },
  params: SpaceParams,
  body: StartObservationBody,
  async run({ access, body, services }) {
    const now = Date.now();
    const live = await startLiveObservation(services.store, access, body, now);
    return {
      status: 201,
      body: presentLive(live, access.space, now),
      etag: live._etag,
      headers: { 'x-server-time': String(now) },
    };
  },
});

/** Pause, resume, or save the notes taken during the call. */
export const liveObservationUpdate = defineEndpoint({
  name: 'live-observation-update',
  method: 'PATCH',
  route: LIVE,
  access: { space: 'observations.observe' },
  params: SpaceParams,
  body: UpdateLiveObservationBody,
  async run({ access, body, services }) {
    const now = Date.now();
    const live = await updateLiveObservation(services.store, access, body, now);
    return { body: presentLive(live, access.space, now), etag: live._etag, headers: { 'x-server-time': String(now) } };
  },
});

/** "Stop": saves the observation with the minutes observed and asks the rep to self-assess. */
export const liveObservationStop = defineEndpoint({
  name: 'live-observation-stop',
  method: 'POST',
  route: `${LIVE}/stop`,
  access: { space: 'observations.observe' },
  params: SpaceParams,
  async run({ access, principal, services }) {
    const observation = await stopLiveObservation(services.store, access, Date.now());
    await notifySelfAssessmentDue(services, principal, access, observation);
    return { status: 201, body: presentObservation(observation, access.space, 'manager') };
  },
});

/** Coverage against the goal: the team's for managers, one's own for a rep. At most 3 store operations. */
export const observationCoverageGet = defineEndpoint({
  name: 'observation-coverage-get',
  method: 'GET',
  route: 'spaces/{spaceId}/observation-coverage',
  access: { space: 'observations.read' },
  params: SpaceParams,
  async run({ access, services }) {
    return { body: await getCoverage(services.store, access, today()) };
  },
});

/** The caller's working hours per week and the team's observation goal. */
export const observationSettingsPut = defineEndpoint({
  name: 'observation-settings-put',
  method: 'PUT',
  route: 'spaces/{spaceId}/observation-settings',
  access: { space: 'observations.observe' },
  params: SpaceParams,
  body: ObservationSettingsBody,
  async run({ access, body, services }) {
    await saveSettings(services.store, access, body);
    return { body: await getCoverage(services.store, access, today()) };
  },
});

/** The caller's own observations as a rep, across their teams, and their competency trend. */
export const myObservationsList = defineEndpoint({
  name: 'my-observations-list',
  method: 'GET',
  route: 'me/observations',
  access: 'self',
  async run({ principal, services }) {
    return { body: await listMyObservations(services.store, principal) };
  },
});
