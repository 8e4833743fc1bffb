import {
  CompetencyListResponse,
  InstallStartersResponse,
  MyRoleplaysResponse,
  RoleplayDebriefResponse,
  RoleplayDraftCheckResponse,
  RoleplayFeedbackResponse,
  RoleplayListResponse,
  RoleplayResponse,
  RoleplayStateResponse,
  ScenarioListResponse,
  ScenarioResponse,
  SelfAssessmentResponse,
  type Competency,
  type CreateRoleplayBody,
  type CreateScenarioBody,
  type ListRoleplaysQuery,
  type NextStepBody,
  type RoleplayDraftBody,
  type RoleplayFeedbackBody,
  type RoleplayRunBody,
  type ScenarioDifficulty,
  type SelfAssessmentBody,
  type UpdateRoleplayBody,
  type UpdateScenarioBody,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

/** Filters of the scenario library (`GET spaces/{id}/scenarios`). */
export interface ScenarioListQuery {
  skill?: string;
  difficulty?: ScenarioDifficulty;
  search?: string;
  archived?: boolean;
}

/** Filters of a space's role-plays (`GET spaces/{id}/roleplays`). */
export type RoleplayListQuery = Partial<Record<keyof ListRoleplaysQuery, string>>;

const segment = encodeURIComponent;

function toSearch(query: Record<string, string | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'boolean') search.set(key, String(value));
    else if (typeof value === 'string' && value.trim()) search.set(key, value.trim());
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The role-play endpoints (competencies, scenarios, role-plays, live state, feedback, debrief), on
 * the app's one API client. Writes that the API guards with an ETag take the version the user saw.
 */
export function createRoleplaysApi(api: ApiClient) {
  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    options: { body?: unknown; ifMatch?: string } = {},
  ): Promise<z.infer<S>> {
    const { data } = await api.exchange(schema, method, path, options);
    if (data === null) {
      throw new ApiError({ status: 304, code: 'invalid_response', title: 'The service sent no answer.' });
    }
    return data;
  }
  const space = (spaceId: string) => `spaces/${segment(spaceId)}`;
  const scenario = (spaceId: string, scenarioId: string) => `${space(spaceId)}/scenarios/${segment(scenarioId)}`;
  const roleplay = (spaceId: string, roleplayId: string) => `${space(spaceId)}/roleplays/${segment(roleplayId)}`;

  return {
    /** The space's competency list: the criteria observers score, with behavioural anchors per rating. */
    competencies: (spaceId: string) => call(CompetencyListResponse, 'GET', `${space(spaceId)}/competencies`),
    /** Replaces the competency list (managers); `etag` is `"default-competencies"` before the first save. */
    saveCompetencies: (spaceId: string, items: Competency[], etag: string) =>
      call(CompetencyListResponse, 'PUT', `${space(spaceId)}/competencies`, { body: { items }, ifMatch: etag }),

    /** The scenario library, filtered; never carries the hidden objections. */
    scenarios: async (spaceId: string, query: ScenarioListQuery = {}) =>
      (await call(ScenarioListResponse, 'GET', `${space(spaceId)}/scenarios${toSearch({ ...query })}`)).items,
    /** One scenario; `objections` only for its author and managers. */
    scenario: (spaceId: string, scenarioId: string) => call(ScenarioResponse, 'GET', scenario(spaceId, scenarioId)),
    createScenario: (spaceId: string, body: CreateScenarioBody) =>
      call(ScenarioResponse, 'POST', `${space(spaceId)}/scenarios`, { body }),
    /** Edits or archives a scenario; 412 when someone changed it since `etag`. */
    updateScenario: (spaceId: string, scenarioId: string, body: UpdateScenarioBody, etag: string) =>
      call(ScenarioResponse, 'PATCH', scenario(spaceId, scenarioId), { body, ifMatch: etag }),
    /** Installs the shipped starter scenarios the space does not have yet. */
    installStarters: (spaceId: string) => call(InstallStartersResponse, 'POST', `${space(spaceId)}/scenario-starters`),

    /** The space's role-plays: that they took place and their scenario, no scores. */
    roleplays: async (spaceId: string, query: RoleplayListQuery = {}) =>
      (await call(RoleplayListResponse, 'GET', `${space(spaceId)}/roleplays${toSearch(query)}`)).items,
    createRoleplay: (spaceId: string, body: CreateRoleplayBody) =>
      call(RoleplayResponse, 'POST', `${space(spaceId)}/roleplays`, { body }),
    /** One role-play as the signed-in person may see it (`customerBrief` for the customer only). */
    roleplay: (spaceId: string, roleplayId: string) => call(RoleplayResponse, 'GET', roleplay(spaceId, roleplayId)),
    /** Changes the cast, rounds or round length before the start; 412 when changed since `etag`. */
    updateRoleplay: (spaceId: string, roleplayId: string, body: UpdateRoleplayBody, etag: string) =>
      call(RoleplayResponse, 'PATCH', roleplay(spaceId, roleplayId), { body, ifMatch: etag }),

    /** Deletes a role-play before its first round; 409 once started, 412 when changed since `etag`. */
    deleteRoleplay: (spaceId: string, roleplayId: string, etag: string) =>
      call(z.unknown(), 'DELETE', roleplay(spaceId, roleplayId), { ifMatch: etag }),

    /**
     * The live state, polled: with `etag`, `data` is null while nothing moved (304). `serverTime` is
     * the server's clock of the answer (NaN when absent), for the clock offset.
     */
    state: (spaceId: string, roleplayId: string, etag?: string) =>
      api.exchange(
        RoleplayStateResponse,
        'GET',
        `${roleplay(spaceId, roleplayId)}/state`,
        etag !== undefined ? { ifNoneMatch: etag } : {},
      ),
    /** Start, pause, resume, add time, end round, next round, debrief, close; 412 when moved since `etag`. */
    run: (spaceId: string, roleplayId: string, body: RoleplayRunBody, etag: string) =>
      call(RoleplayStateResponse, 'POST', `${roleplay(spaceId, roleplayId)}/state`, { body, ifMatch: etag }),

    /** An observer's scorecard for a round, on their focus criterion (created or replaced). */
    putFeedback: (spaceId: string, roleplayId: string, body: RoleplayFeedbackBody) =>
      call(RoleplayFeedbackResponse, 'PUT', `${roleplay(spaceId, roleplayId)}/feedback`, { body }),
    /** The rep's self-assessment of a round that is over; unlocks the observers' feedback for that round. */
    selfAssess: (spaceId: string, roleplayId: string, body: SelfAssessmentBody) =>
      call(SelfAssessmentResponse, 'POST', `${roleplay(spaceId, roleplayId)}/self-assessments`, { body }),
    /** The debrief as the signed-in person may see it. */
    debrief: (spaceId: string, roleplayId: string) =>
      call(RoleplayDebriefResponse, 'GET', `${roleplay(spaceId, roleplayId)}/debrief`),
    /** A manager's coaching question (a question, not an answer). */
    askCoachingQuestion: (spaceId: string, roleplayId: string, text: string) =>
      call(RoleplayDebriefResponse, 'POST', `${roleplay(spaceId, roleplayId)}/coaching-questions`, {
        body: { text },
      }),
    /** Rewords a coaching question; `etag` is the question's own (412 when someone changed it since). */
    editCoachingQuestion: (spaceId: string, roleplayId: string, questionId: string, text: string, etag: string) =>
      call(
        RoleplayDebriefResponse,
        'PATCH',
        `${roleplay(spaceId, roleplayId)}/coaching-questions/${segment(questionId)}`,
        { body: { text }, ifMatch: etag },
      ),
    /** Takes a coaching question out of the debrief; `etag` is the question's own. */
    deleteCoachingQuestion: (spaceId: string, roleplayId: string, questionId: string, etag: string) =>
      call(
        RoleplayDebriefResponse,
        'DELETE',
        `${roleplay(spaceId, roleplayId)}/coaching-questions/${segment(questionId)}`,
        { ifMatch: etag },
      ),
    /** The rep's own next step, saved to their personal tab. */
    setNextStep: (spaceId: string, roleplayId: string, body: NextStepBody) =>
      call(RoleplayDebriefResponse, 'PUT', `${roleplay(spaceId, roleplayId)}/next-step`, { body }),
    /** Checks a draft of feedback, a self-assessment or a coaching question as it is written (nothing stored). */
    checkDraft: (spaceId: string, body: RoleplayDraftBody) =>
      call(RoleplayDraftCheckResponse, 'POST', `${space(spaceId)}/roleplay-drafts/check`, { body }),
    /** My role-plays as the rep, over time per criterion, with the next steps I chose. */
    mine: () => call(MyRoleplaysResponse, 'GET', 'me/roleplays'),
  };
}

/** The role-play endpoints' shape, for hooks and tests. */
export type RoleplaysApi = ReturnType<typeof createRoleplaysApi>;

/** The role-play endpoints on the API client of the surrounding app. */
export function useRoleplaysApi(): RoleplaysApi {
  const api = useApi();
  return useMemo(() => createRoleplaysApi(api), [api]);
}
