import {
  AdopterResponse,
  AgendaItemResponse,
  ContributionsResponse,
  MyAdoptionListResponse,
  PracticeListResponse,
  PracticeResponse,
  PracticeSummaryResponse,
  SkillListResponse,
  SpotlightResponse,
  SpotlightSuggestionsResponse,
  type PracticeDraft,
  type PracticeSort,
  type RecordOutcomeBody,
  type Skill,
  type UpdatePracticeBody,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

/** Sort, filters and page of the practice exchange (`GET spaces/{id}/practices`). */
export interface PracticeListQuery {
  sort?: PracticeSort;
  skill?: string;
  segment?: string;
  stage?: string;
  continuation?: string;
}

const segment = encodeURIComponent;

function toSearch(query: PracticeListQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string' && value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The practice endpoints, on the app's one API client (its schema-checked `exchange`). */
export function createPracticesApi(api: ApiClient) {
  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
    ifMatch?: string,
  ): Promise<z.infer<S>> {
    const { data } = await api.exchange(schema, method, path, {
      ...(body === undefined ? {} : { body }),
      ...(ifMatch === undefined ? {} : { ifMatch }),
    });
    if (data === null) {
      throw new ApiError({ status: 304, code: 'invalid_response', title: 'The service sent no answer.' });
    }
    return data;
  }
  const practice = (spaceId: string, practiceId: string): string =>
    `spaces/${segment(spaceId)}/practices/${segment(practiceId)}`;

  return {
    /** One page of a space's practices, sorted and filtered. */
    list: (spaceId: string, query: PracticeListQuery) =>
      call(PracticeListResponse, 'GET', `spaces/${segment(spaceId)}/practices${toSearch(query)}`),
    get: (spaceId: string, practiceId: string) => call(PracticeResponse, 'GET', practice(spaceId, practiceId)),
    create: (spaceId: string, body: PracticeDraft) =>
      call(PracticeResponse, 'POST', `spaces/${segment(spaceId)}/practices`, body),
    /** Edits a practice (its author or a manager); 412 when someone changed it since `etag`. */
    update: (spaceId: string, practiceId: string, body: UpdatePracticeBody, etag: string) =>
      call(PracticeResponse, 'PATCH', practice(spaceId, practiceId), body, etag),
    /** Archives (out of every list and count) or restores a practice; 412 when changed since `etag`. */
    setArchived: (spaceId: string, practiceId: string, archived: boolean, etag: string) =>
      call(PracticeSummaryResponse, 'PUT', `${practice(spaceId, practiceId)}/archived`, { archived }, etag),
    /** Archived practices to restore: a manager's whole space, anyone else's own. */
    archived: async (spaceId: string) =>
      (await call(PracticeListResponse, 'GET', `spaces/${segment(spaceId)}/archived-practices`)).items,
    /** Takes back my "I'll try this"; answers the practice with its counts updated. */
    withdraw: (spaceId: string, practiceId: string) =>
      call(PracticeSummaryResponse, 'DELETE', `${practice(spaceId, practiceId)}/adoptions`),
    /** Marks a spotlight discussed (it leaves the suggestions), or not (managers). */
    setDiscussed: (spaceId: string, practiceId: string, discussed: boolean) =>
      call(PracticeSummaryResponse, 'PUT', `${practice(spaceId, practiceId)}/discussed`, { discussed }),
    /** "I'll try this": idempotent; 409 for the practice's author. */
    adopt: (spaceId: string, practiceId: string) =>
      call(AdopterResponse, 'POST', `${practice(spaceId, practiceId)}/adoptions`),
    recordOutcome: (spaceId: string, practiceId: string, body: RecordOutcomeBody) =>
      call(AdopterResponse, 'PUT', `${practice(spaceId, practiceId)}/outcome`, body),
    /** Managers only; 409 with the reason when the outcomes do not support "proven". */
    setProven: (spaceId: string, practiceId: string, proven: boolean) =>
      call(PracticeSummaryResponse, 'PUT', `${practice(spaceId, practiceId)}/proven`, { proven }),
    spotlight: (spaceId: string, practiceId: string) =>
      call(SpotlightResponse, 'GET', `${practice(spaceId, practiceId)}/spotlight`),
    addToAgenda: (spaceId: string, practiceId: string, meetingId: string) =>
      call(
        AgendaItemResponse,
        'POST',
        `${practice(spaceId, practiceId)}/meetings/${segment(meetingId)}/agenda-items`,
        {},
      ),
    spotlightSuggestions: async (spaceId: string) =>
      (await call(SpotlightSuggestionsResponse, 'GET', `spaces/${segment(spaceId)}/practice-spotlights`)).items,
    contributions: (spaceId: string) =>
      call(ContributionsResponse, 'GET', `spaces/${segment(spaceId)}/practice-contributions`),
    skills: async (spaceId: string) =>
      (await call(SkillListResponse, 'GET', `spaces/${segment(spaceId)}/skills`)).items,
    /** The skill list with its etag, for the manager's editor. */
    skillList: (spaceId: string) => call(SkillListResponse, 'GET', `spaces/${segment(spaceId)}/skills`),
    /** Saves the whole list (every key stays; a skill is retired, not removed); 412 when stale. */
    saveSkills: (spaceId: string, skills: Skill[], etag: string) =>
      call(SkillListResponse, 'PUT', `spaces/${segment(spaceId)}/skills`, { skills }, etag),
    /** The practices the signed-in person is trying, due ones first. */
    myAdoptions: () => call(MyAdoptionListResponse, 'GET', 'me/practice-adoptions'),
  };
}

/** The practice endpoints' shape, for hooks and tests. */
export type PracticesApi = ReturnType<typeof createPracticesApi>;

/** The practice endpoints on the API client of the surrounding app. */
export function usePracticesApi(): PracticesApi {
  const api = useApi();
  return useMemo(() => createPracticesApi(api), [api]);
}
