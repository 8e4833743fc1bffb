import { authorizeSpace, type SpaceAccess } from '../../auth/policy.js';
import {
  can,
  checkRoleplayDraft,
  CoachingQuestionBody,
  CreateRoleplayBody,
  CreateScenarioBody,
  ListRoleplaysQuery,
  ListScenariosQuery,
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
  mayEditScenario,
} from '../../domain/index.js';
import type { Endpoint } from '../../http/handle.js';
import type { DocumentStore } from '../../store/port.js';
import { getSkills } from '../practices/index.js';
import {
  addCoachingQuestion,
  createRoleplay,
  createScenario,
  createSelfAssessment,
  installStarterScenarios,
  putFeedback,
  runRoleplay,
  setNextStep,
  updateCompetencies,
  updateRoleplay,
  updateScenario,
  viewerOf,
} from './commands.js';
import { roleplayDocId, type RoleplayDoc } from './model.js';
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

export const competenciesGet = {
  name: 'competencies-get',
  method: 'GET',
  route: 'spaces/{spaceId}/competencies',
  authenticated: true,
  params: SpaceParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'scenarios.read');
    const list = await getCompetencies(services.store, space.pk);
    return { body: list, etag: list.etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, undefined>;

export const competenciesUpdate = {
  name: 'competencies-update',
  method: 'PUT',
  route: 'spaces/{spaceId}/competencies',
  authenticated: true,
  params: SpaceParams,
  body: UpdateCompetenciesBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'competencies.edit');
    const saved = await updateCompetencies(services.store, access, body.items, ifMatch ?? '');
    return { body: { items: saved.items, etag: saved._etag }, etag: saved._etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof UpdateCompetenciesBody>;

/* ---------- scenario library ---------- */

/** The library, filtered by skill and difficulty and searched by words; never the hidden objections. */
export const scenariosList = {
  name: 'scenarios-list',
  method: 'GET',
  route: 'spaces/{spaceId}/scenarios',
  authenticated: true,
  params: SpaceParams,
  query: ListScenariosQuery,
  async run({ principal, params, query, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'scenarios.read');
    const labels = await labelsOf(services.store, space.pk);
    const scenarios = await listScenarios(services.store, space.pk, query, (s) => ({
      skill: labels.skill(s.skill),
      criteria: s.criteria.map((c) => labels.criterion(c)),
    }));
    return { body: { items: scenarios.map((s) => presentScenarioSummary(s, space, labels)) } };
  },
} satisfies Endpoint<true, typeof SpaceParams, typeof ListScenariosQuery, undefined>;

export const scenariosCreate = {
  name: 'scenarios-create',
  method: 'POST',
  route: 'spaces/{spaceId}/scenarios',
  authenticated: true,
  params: SpaceParams,
  body: CreateScenarioBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'scenarios.write');
    const scenario = await createScenario(services.store, access, body);
    const labels = await labelsOf(services.store, access.space.pk);
    return {
      status: 201,
      body: presentScenario(scenario, access.space, labels, true),
      etag: scenario._etag,
      headers: { location: `/api/spaces/${access.space.spaceId}/scenarios/${scenario.scenarioId}` },
    };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof CreateScenarioBody>;

/** One scenario; its objections only for its author and managers. */
export const scenariosGet = {
  name: 'scenarios-get',
  method: 'GET',
  route: SCENARIO,
  authenticated: true,
  params: ScenarioParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'scenarios.read');
    const scenario = await getScenario(services.store, access.space.pk, params.scenarioId);
    const labels = await labelsOf(services.store, access.space.pk);
    const canEdit = mayEditScenario(scenario, principal.userId, can(access.member.role, 'scenarios.editAny'));
    return { body: presentScenario(scenario, access.space, labels, canEdit), etag: scenario._etag };
  },
} satisfies Endpoint<true, typeof ScenarioParams, undefined, undefined>;

export const scenariosUpdate = {
  name: 'scenarios-update',
  method: 'PATCH',
  route: SCENARIO,
  authenticated: true,
  params: ScenarioParams,
  body: UpdateScenarioBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'scenarios.write');
    const scenario = await updateScenario(services.store, access, params.scenarioId, body, ifMatch ?? '');
    const labels = await labelsOf(services.store, access.space.pk);
    return { body: presentScenario(scenario, access.space, labels, true), etag: scenario._etag };
  },
} satisfies Endpoint<true, typeof ScenarioParams, undefined, typeof UpdateScenarioBody>;

/** Installs the twelve starter scenarios (idempotent: fixed ids, local edits kept). */
export const scenariosInstallStarters = {
  name: 'scenarios-install-starters',
  method: 'POST',
  route: 'spaces/{spaceId}/scenario-starters',
  authenticated: true,
  params: SpaceParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'scenarios.install');
    return { body: await installStarterScenarios(services.store, access) };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, undefined>;

/* ---------- role-plays ---------- */

/** Role-plays of the space (e.g. the one of an agenda item): that they took place, never scores. */
export const roleplaysList = {
  name: 'roleplays-list',
  method: 'GET',
  route: 'spaces/{spaceId}/roleplays',
  authenticated: true,
  params: SpaceParams,
  query: ListRoleplaysQuery,
  async run({ principal, params, query, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read');
    const roleplays = await listRoleplays(services.store, space.pk, query);
    return { body: { items: roleplays.map((r) => presentRoleplaySummary(r, space, principal.userId)) } };
  },
} satisfies Endpoint<true, typeof SpaceParams, typeof ListRoleplaysQuery, undefined>;

export const roleplaysCreate = {
  name: 'roleplays-create',
  method: 'POST',
  route: 'spaces/{spaceId}/roleplays',
  authenticated: true,
  params: SpaceParams,
  body: CreateRoleplayBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.create');
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
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof CreateRoleplayBody>;

/** The stage and side panel view, presented for the caller: only the customer gets the hidden objections. */
export const roleplaysGet = {
  name: 'roleplays-get',
  method: 'GET',
  route: ROLEPLAY,
  authenticated: true,
  params: RoleplayParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read');
    const roleplay = await getRoleplay(services.store, access.space.pk, params.roleplayId);
    const now = Date.now();
    return {
      body: presentRoleplay(roleplay, access.space, viewerOf(access), now),
      etag: roleplay._etag,
      headers: { 'x-server-time': String(now) },
    };
  },
} satisfies Endpoint<true, typeof RoleplayParams, undefined, undefined>;

export const roleplaysUpdate = {
  name: 'roleplays-update',
  method: 'PATCH',
  route: ROLEPLAY,
  authenticated: true,
  params: RoleplayParams,
  body: UpdateRoleplayBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read');
    const roleplay = await updateRoleplay(services.store, access, params.roleplayId, body, ifMatch ?? '');
    const now = Date.now();
    return { body: presentRoleplay(roleplay, access.space, viewerOf(access), now), etag: roleplay._etag };
  },
} satisfies Endpoint<true, typeof RoleplayParams, undefined, typeof UpdateRoleplayBody>;

/** The poll every participant makes once a second: one point read, 304 when nothing changed. */
export const roleplayStateGet = {
  name: 'roleplay-state-get',
  method: 'GET',
  route: `${ROLEPLAY}/state`,
  authenticated: true,
  params: RoleplayParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read', {
      cached: true,
    });
    const roleplay = await services.store.read<RoleplayDoc>(space.pk, roleplayDocId(params.roleplayId));
    if (!roleplay) throw new NotFound('role-play');
    const now = Date.now();
    return {
      body: presentRoleplayState(roleplay, now),
      etag: roleplay._etag,
      headers: { 'x-server-time': String(now) },
    };
  },
} satisfies Endpoint<true, typeof RoleplayParams, undefined, undefined>;

/** Start, pause, resume, add time, end the round, next round, debrief, close: guarded by the etag. */
export const roleplayStateRun = {
  name: 'roleplay-state-run',
  method: 'POST',
  route: `${ROLEPLAY}/state`,
  authenticated: true,
  params: RoleplayParams,
  body: RoleplayRunBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read');
    const roleplay = await runRoleplay(services.store, access, params.roleplayId, body, ifMatch ?? '');
    const now = Date.now();
    return {
      body: presentRoleplayState(roleplay, now),
      etag: roleplay._etag,
      headers: { 'x-server-time': String(now) },
    };
  },
} satisfies Endpoint<true, typeof RoleplayParams, undefined, typeof RoleplayRunBody>;

/** An observer's scorecard for one round on their focus criterion (created or replaced). */
export const roleplayFeedbackPut = {
  name: 'roleplay-feedback-put',
  method: 'PUT',
  route: `${ROLEPLAY}/feedback`,
  authenticated: true,
  params: RoleplayParams,
  body: RoleplayFeedbackBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read');
    const saved = await putFeedback(services.store, access, params.roleplayId, body);
    return {
      status: saved.created ? 201 : 200,
      body: presentFeedback(saved.score, saved.roleplay, access.space, saved.nudges),
    };
  },
} satisfies Endpoint<true, typeof RoleplayParams, undefined, typeof RoleplayFeedbackBody>;

export const roleplaySelfAssessmentsCreate = {
  name: 'roleplay-self-assessments-create',
  method: 'POST',
  route: `${ROLEPLAY}/self-assessments`,
  authenticated: true,
  params: RoleplayParams,
  body: SelfAssessmentBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read');
    const saved = await createSelfAssessment(services.store, access, params.roleplayId, body);
    return { status: 201, body: presentSelfAssessment(saved.score, saved.nudges) };
  },
} satisfies Endpoint<true, typeof RoleplayParams, undefined, typeof SelfAssessmentBody>;

/** The debrief, presented for the caller: scores only for the rep (after self-assessing) and managers. */
export const roleplayDebriefGet = {
  name: 'roleplay-debrief-get',
  method: 'GET',
  route: `${ROLEPLAY}/debrief`,
  authenticated: true,
  params: RoleplayParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read');
    return { body: await debriefView(services.store, access, params.roleplayId) };
  },
} satisfies Endpoint<true, typeof RoleplayParams, undefined, undefined>;

export const roleplayCoachingQuestionsCreate = {
  name: 'roleplay-coaching-questions-create',
  method: 'POST',
  route: `${ROLEPLAY}/coaching-questions`,
  authenticated: true,
  params: RoleplayParams,
  body: CoachingQuestionBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.manage');
    await addCoachingQuestion(services.store, access, params.roleplayId, body.text);
    return { status: 201, body: await debriefView(services.store, access, params.roleplayId) };
  },
} satisfies Endpoint<true, typeof RoleplayParams, undefined, typeof CoachingQuestionBody>;

export const roleplayNextStepPut = {
  name: 'roleplay-next-step-put',
  method: 'PUT',
  route: `${ROLEPLAY}/next-step`,
  authenticated: true,
  params: RoleplayParams,
  body: NextStepBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read');
    await setNextStep(services.store, access, params.roleplayId, body);
    return { body: await debriefView(services.store, access, params.roleplayId) };
  },
} satisfies Endpoint<true, typeof RoleplayParams, undefined, typeof NextStepBody>;

/** The wording checks of the scorecard, self-assessment and coaching-question forms; writes nothing. */
export const roleplayDraftsCheck = {
  name: 'roleplay-drafts-check',
  method: 'POST',
  route: 'spaces/{spaceId}/roleplay-drafts/check',
  authenticated: true,
  params: SpaceParams,
  body: RoleplayDraftBody,
  async run({ principal, params, body, services }) {
    await authorizeSpace(services.store, principal, params.spaceId, 'roleplays.read');
    return { body: checkRoleplayDraft(body) };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof RoleplayDraftBody>;

/** The personal tab: my role-plays as the rep, across my spaces, per criterion over time. */
export const myRoleplaysList = {
  name: 'my-roleplays-list',
  method: 'GET',
  route: 'me/roleplays',
  authenticated: true,
  async run({ principal, services }) {
    return { body: await listMyRoleplays(services.store, principal) };
  },
} satisfies Endpoint<true, undefined, undefined, undefined>;
