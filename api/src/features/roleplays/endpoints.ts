import type { SpaceAccess } from '../../auth/policy.js';
import {
  can,
  checkRoleplayDraft,
  CoachingQuestionBody,
  CoachingQuestionParams,
  CreateRoleplayBody,
  CreateScenarioBody,
  ListRoleplaysQuery,
  ListScenariosQuery,
  mayEditScenario,
  NextStepBody,
  NotFound,
  RoleplayDraftBody,
  RoleplayFeedbackBody,
  RoleplayParams,
  RoleplayRunBody,
  ScenarioParams,
  SelfAssessmentBody,
  SpaceParams,
  UpdateCompetenciesBody,
  UpdateRoleplayBody,
  UpdateScenarioBody,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import type { DocumentStore } from '../../store/port.js';
import { getSkills } from '../practices/index.js';
import {
  addCoachingQuestion,
  createRoleplay,
  createSelfAssessment,
  putFeedback,
  runRoleplay,
  setNextStep,
  updateRoleplay,
  viewerOf,
} from './commands.js';
import { roleplayDocId, type RoleplayDoc } from './model.js';
import { roleplayNotices } from './notices.js';
import {
  labelsFrom,
  presentDebrief,
  presentFeedback,
  presentRoleplay,
  presentRoleplayState,
  presentRoleplaySummary,
  presentScenario,
  presentScenarioSummary,
  presentSelfAssessment,
  type Labels,
} from './present.js';
import { getCompetencies, getRoleplay, getScenario, listRoleplays, listScenarios, listScores } from './queries.js';
import { listMyRoleplays } from './reports.js';
import { changeCoachingQuestion, deleteRoleplay } from './retire.js';
import { createScenario, installStarterScenarios, updateCompetencies, updateScenario } from './scenarioCommands.js';

const SCENARIO = 'spaces/{spaceId}/scenarios/{scenarioId}';
const ROLEPLAY = 'spaces/{spaceId}/roleplays/{roleplayId}';

/** Skill and criterion labels from the space's own lists. */
async function labelsOf(store: DocumentStore, pk: string): Promise<Labels> {
  const [{ skills }, { items }] = await Promise.all([getSkills(store, pk), getCompetencies(store, pk)]);
  return labelsFrom(skills, items);
}

/** The debrief as the caller may see it: one point read and one query. */
async function debriefView(store: DocumentStore, access: SpaceAccess, roleplayId: string) {
  const roleplay = await getRoleplay(store, access.space.pk, roleplayId);
  const scores = await listScores(store, access.space.pk, roleplayId);
  return presentDebrief(roleplay, scores, access.space, viewerOf(access));
}

/* ---------- competencies ---------- */

export const competenciesGet = defineEndpoint({
  name: 'competencies-get',
  method: 'GET',
  route: 'spaces/{spaceId}/competencies',
  access: { space: 'scenarios.read' },
  params: SpaceParams,
  async run({ access: { space }, services }) {
    const list = await getCompetencies(services.store, space.pk);
    return { body: list, etag: list.etag };
  },
});

export const competenciesUpdate = defineEndpoint({
  name: 'competencies-update',
  method: 'PUT',
  route: 'spaces/{spaceId}/competencies',
  access: { space: 'competencies.edit' },
  params: SpaceParams,
  body: UpdateCompetenciesBody,
  ifMatch: 'required',
  async run({ access, body, ifMatch, services }) {
    const saved = await updateCompetencies(services.store, access, body.items, ifMatch);
    return { body: { items: saved.items, etag: saved._etag }, etag: saved._etag };
  },
});

/* ---------- scenario library ---------- */

/** The library, filtered by skill and difficulty and searched by words; never the hidden objections. */
export const scenariosList = defineEndpoint({
  name: 'scenarios-list',
  method: 'GET',
  route: 'spaces/{spaceId}/scenarios',
  access: { space: 'scenarios.read' },
  params: SpaceParams,
  query: ListScenariosQuery,
  async run({ access: { space }, query, services }) {
    const labels = await labelsOf(services.store, space.pk);
    const scenarios = await listScenarios(services.store, space.pk, query, (s) => ({
      skill: labels.skill(s.skill),
      criteria: s.criteria.map((c) => labels.criterion(c)),
    }));
    return { body: { items: scenarios.map((s) => presentScenarioSummary(s, space, labels)) } };
  },
});

export const scenariosCreate = defineEndpoint({
  name: 'scenarios-create',
  method: 'POST',
  route: 'spaces/{spaceId}/scenarios',
  access: { space: 'scenarios.write' },
  params: SpaceParams,
  body: CreateScenarioBody,
  async run({ access, body, services }) {
    const scenario = await createScenario(services.store, access, body);
    const labels = await labelsOf(services.store, access.space.pk);
    return {
      status: 201,
      body: presentScenario(scenario, access.space, labels, true),
      etag: scenario._etag,
      headers: { location: `/api/spaces/${access.space.spaceId}/scenarios/${scenario.scenarioId}` },
    };
  },
});

/** One scenario; its objections only for its author and managers. */
export const scenariosGet = defineEndpoint({
  name: 'scenarios-get',
  method: 'GET',
  route: SCENARIO,
  access: { space: 'scenarios.read' },
  params: ScenarioParams,
  async run({ access, principal, params, services }) {
    const scenario = await getScenario(services.store, access.space.pk, params.scenarioId);
    const labels = await labelsOf(services.store, access.space.pk);
    const canEdit = mayEditScenario(scenario, principal.userId, can(access.member.role, 'scenarios.editAny'));
    return { body: presentScenario(scenario, access.space, labels, canEdit), etag: scenario._etag };
  },
});

export const scenariosUpdate = defineEndpoint({
  name: 'scenarios-update',
  method: 'PATCH',
  route: SCENARIO,
  access: { space: 'scenarios.write' },
  params: ScenarioParams,
  body: UpdateScenarioBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const scenario = await updateScenario(services.store, access, params.scenarioId, body, ifMatch);
    const labels = await labelsOf(services.store, access.space.pk);
    return { body: presentScenario(scenario, access.space, labels, true), etag: scenario._etag };
  },
});

/** Installs the twelve starter scenarios (idempotent: fixed ids, local edits kept). */
export const scenariosInstallStarters = defineEndpoint({
  name: 'scenarios-install-starters',
  method: 'POST',
  route: 'spaces/{spaceId}/scenario-starters',
  access: { space: 'scenarios.install' },
  params: SpaceParams,
  async run({ access, services }) {
    return { body: await installStarterScenarios(services.store, access) };
  },
});

/* ---------- role-plays ---------- */

/** Role-plays of the space (e.g. the one of an agenda item): that they took place, never scores. */
export const roleplaysList = defineEndpoint({
  name: 'roleplays-list',
  method: 'GET',
  route: 'spaces/{spaceId}/roleplays',
  access: { space: 'roleplays.read' },
  params: SpaceParams,
  query: ListRoleplaysQuery,
  async run({ access: { space }, principal, query, services }) {
    const roleplays = await listRoleplays(services.store, space.pk, query);
    return { body: { items: roleplays.map((r) => presentRoleplaySummary(r, space, principal.userId)) } };
  },
});

export const roleplaysCreate = defineEndpoint({
  name: 'roleplays-create',
  method: 'POST',
  route: 'spaces/{spaceId}/roleplays',
  access: { space: 'roleplays.create' },
  params: SpaceParams,
  body: CreateRoleplayBody,
  async run({ access, body, services }) {
    const roleplay = await createRoleplay(services.store, access, body);
    const now = Date.now();
    return {
      status: 201,
      body: presentRoleplay(roleplay, access.space, viewerOf(access), now),
      etag: roleplay._etag,
      headers: {
        location: `/api/spaces/${access.space.spaceId}/roleplays/${roleplay.roleplayId}`,
        'x-server-time': String(now),
      },
    };
  },
});

/** The stage and side panel view, presented for the caller: only the customer gets the hidden objections. */
export const roleplaysGet = defineEndpoint({
  name: 'roleplays-get',
  method: 'GET',
  route: ROLEPLAY,
  access: { space: 'roleplays.read' },
  params: RoleplayParams,
  async run({ access, params, services }) {
    const roleplay = await getRoleplay(services.store, access.space.pk, params.roleplayId);
    const now = Date.now();
    return {
      body: presentRoleplay(roleplay, access.space, viewerOf(access), now),
      etag: roleplay._etag,
      headers: { 'x-server-time': String(now) },
    };
  },
});

export const roleplaysUpdate = defineEndpoint({
  name: 'roleplays-update',
  method: 'PATCH',
  route: ROLEPLAY,
  access: { space: 'roleplays.read' },
  params: RoleplayParams,
  body: UpdateRoleplayBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const roleplay = await updateRoleplay(services.store, access, params.roleplayId, body, ifMatch);
    const now = Date.now();
    return { body: presentRoleplay(roleplay, access.space, viewerOf(access), now), etag: roleplay._etag };
  },
});

/** Deletes a role-play before its first round; 409 once it started, 412 when it changed since `If-Match`. */
export const roleplaysDelete = defineEndpoint({
  name: 'roleplays-delete',
  method: 'DELETE',
  route: ROLEPLAY,
  access: { space: 'roleplays.read' },
  params: RoleplayParams,
  ifMatch: 'required',
  async run({ access, params, ifMatch, services }) {
    await deleteRoleplay(services.store, access, params.roleplayId, ifMatch);
    return { status: 204 };
  },
});

/** The poll every participant makes once a second: one point read, 304 when nothing changed. */
export const roleplayStateGet = defineEndpoint({
  name: 'roleplay-state-get',
  method: 'GET',
  route: `${ROLEPLAY}/state`,
  access: { space: 'roleplays.read', cached: true },
  params: RoleplayParams,
  async run({ access: { space }, params, services }) {
    const roleplay = await services.store.read<RoleplayDoc>(space.pk, roleplayDocId(params.roleplayId));
    if (!roleplay) throw new NotFound('role-play');
    const now = Date.now();
    return {
      body: presentRoleplayState(roleplay, now),
      etag: roleplay._etag,
      headers: { 'x-server-time': String(now) },
    };
  },
});

/** Start, pause, resume, add time, end the round, next round, debrief, close: guarded by the etag. */
export const roleplayStateRun = defineEndpoint({
  name: 'roleplay-state-run',
  method: 'POST',
  route: `${ROLEPLAY}/state`,
  access: { space: 'roleplays.read' },
  params: RoleplayParams,
  body: RoleplayRunBody,
  ifMatch: 'required',
  async run({ principal, access, params, body, ifMatch, services }) {
    const roleplay = await runRoleplay(services.store, access, params.roleplayId, body, ifMatch);
    await services.notifier.notify(principal, roleplayNotices(access.space.spaceId, roleplay));
    const now = Date.now();
    return {
      body: presentRoleplayState(roleplay, now),
      etag: roleplay._etag,
      headers: { 'x-server-time': String(now) },
    };
  },
});

/** An observer's scorecard for one round on their focus criterion (created or replaced). */
export const roleplayFeedbackPut = defineEndpoint({
  name: 'roleplay-feedback-put',
  method: 'PUT',
  route: `${ROLEPLAY}/feedback`,
  access: { space: 'roleplays.read' },
  params: RoleplayParams,
  body: RoleplayFeedbackBody,
  async run({ access, params, body, services }) {
    const saved = await putFeedback(services.store, access, params.roleplayId, body);
    return {
      status: saved.created ? 201 : 200,
      body: presentFeedback(saved.score, saved.roleplay, access.space, saved.nudges),
    };
  },
});

export const roleplaySelfAssessmentsCreate = defineEndpoint({
  name: 'roleplay-self-assessments-create',
  method: 'POST',
  route: `${ROLEPLAY}/self-assessments`,
  access: { space: 'roleplays.read' },
  params: RoleplayParams,
  body: SelfAssessmentBody,
  async run({ access, params, body, services }) {
    const saved = await createSelfAssessment(services.store, access, params.roleplayId, body);
    return { status: 201, body: presentSelfAssessment(saved.score, saved.nudges) };
  },
});

/** The debrief, presented for the caller: scores only for the rep (after self-assessing) and managers. */
export const roleplayDebriefGet = defineEndpoint({
  name: 'roleplay-debrief-get',
  method: 'GET',
  route: `${ROLEPLAY}/debrief`,
  access: { space: 'roleplays.read' },
  params: RoleplayParams,
  async run({ access, params, services }) {
    return { body: await debriefView(services.store, access, params.roleplayId) };
  },
});

export const roleplayCoachingQuestionsCreate = defineEndpoint({
  name: 'roleplay-coaching-questions-create',
  method: 'POST',
  route: `${ROLEPLAY}/coaching-questions`,
  access: { space: 'roleplays.manage' },
  params: RoleplayParams,
  body: CoachingQuestionBody,
  async run({ access, params, body, services }) {
    await addCoachingQuestion(services.store, access, params.roleplayId, body.text);
    return { status: 201, body: await debriefView(services.store, access, params.roleplayId) };
  },
});

/** Rewords a coaching question; `If-Match` is the question's own etag from the debrief. */
export const roleplayCoachingQuestionsUpdate = defineEndpoint({
  name: 'roleplay-coaching-questions-update',
  method: 'PATCH',
  route: `${ROLEPLAY}/coaching-questions/{questionId}`,
  access: { space: 'roleplays.manage' },
  params: CoachingQuestionParams,
  body: CoachingQuestionBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const { roleplayId, questionId } = params;
    await changeCoachingQuestion(
      services.store,
      access,
      roleplayId,
      questionId,
      { kind: 'edit', text: body.text },
      ifMatch,
    );
    return { body: await debriefView(services.store, access, roleplayId) };
  },
});

/** Takes a coaching question out of the debrief; `If-Match` is the question's own etag. */
export const roleplayCoachingQuestionsDelete = defineEndpoint({
  name: 'roleplay-coaching-questions-delete',
  method: 'DELETE',
  route: `${ROLEPLAY}/coaching-questions/{questionId}`,
  access: { space: 'roleplays.manage' },
  params: CoachingQuestionParams,
  ifMatch: 'required',
  async run({ access, params, ifMatch, services }) {
    const { roleplayId, questionId } = params;
    await changeCoachingQuestion(services.store, access, roleplayId, questionId, { kind: 'delete' }, ifMatch);
    return { body: await debriefView(services.store, access, roleplayId) };
  },
});

export const roleplayNextStepPut = defineEndpoint({
  name: 'roleplay-next-step-put',
  method: 'PUT',
  route: `${ROLEPLAY}/next-step`,
  access: { space: 'roleplays.read' },
  params: RoleplayParams,
  body: NextStepBody,
  async run({ access, params, body, services }) {
    await setNextStep(services.store, access, params.roleplayId, body);
    return { body: await debriefView(services.store, access, params.roleplayId) };
  },
});

/** The wording checks of the scorecard, self-assessment and coaching-question forms; writes nothing. */
export const roleplayDraftsCheck = defineEndpoint({
  name: 'roleplay-drafts-check',
  method: 'POST',
  route: 'spaces/{spaceId}/roleplay-drafts/check',
  access: { space: 'roleplays.read' },
  params: SpaceParams,
  body: RoleplayDraftBody,
  async run({ body }) {
    return { body: checkRoleplayDraft(body) };
  },
});

/** The personal tab: my role-plays as the rep, across my spaces, per criterion over time. */
export const myRoleplaysList = defineEndpoint({
  name: 'my-roleplays-list',
  method: 'GET',
  route: 'me/roleplays',
  access: 'self',
  async run({ principal, services }) {
    return { body: await listMyRoleplays(services.store, principal) };
  },
});
