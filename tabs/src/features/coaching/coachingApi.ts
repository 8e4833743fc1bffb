import {
  CoachingReminderResponse,
  CoachingSessionListResponse,
  CoachingSessionResponse,
  MyCoachingResponse,
  type CreateCoachingSessionBody,
  type CreateCommitmentReviewBody,
  type PutCoachingPlanBody,
  type UpdateCoachingSessionBody,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

const segment = encodeURIComponent;

/** The coaching endpoints (sessions, the rep's plan, commitment reviews, My coaching) on the app's API client. */
export function createCoachingApi(api: ApiClient) {
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
  const sessions = (spaceId: string) => `spaces/${segment(spaceId)}/coaching/sessions`;
  const session = (spaceId: string, sessionId: string) => `${sessions(spaceId)}/${segment(sessionId)}`;

  return {
    /** My sessions, plans and commitments as a rep, and my reps' sessions as a manager, across my teams. */
    mine: () => call(MyCoachingResponse, 'GET', 'me/coaching'),
    /** A rep's sessions in a team, newest first (managers; a rep gets only their own). */
    sessions: async (spaceId: string, repId: string) =>
      (await call(CoachingSessionListResponse, 'GET', `${sessions(spaceId)}?repId=${segment(repId)}`)).items,
    /** One session as I may see it (its rep or a manager of the team). */
    session: (spaceId: string, sessionId: string) => call(CoachingSessionResponse, 'GET', session(spaceId, sessionId)),
    /** Starts (or schedules) a session; with an occurrence key, the meeting's session if it exists already. */
    start: (spaceId: string, body: CreateCoachingSessionBody) =>
      call(CoachingSessionResponse, 'POST', sessions(spaceId), { body }),
    /** The manager's notes, advice, step or status; 412 when changed since `etag`. */
    update: (spaceId: string, sessionId: string, body: UpdateCoachingSessionBody, etag: string) =>
      call(CoachingSessionResponse, 'PATCH', session(spaceId, sessionId), { body, ifMatch: etag }),
    /** The rep's own plan; `etag` is the plan's version when it exists. */
    putPlan: (spaceId: string, sessionId: string, body: PutCoachingPlanBody, etag?: string) =>
      call(CoachingSessionResponse, 'PUT', `${session(spaceId, sessionId)}/plan`, { body, ifMatch: etag }),
    /** Reminds a rep of their commitments due today or overdue (managers). */
    remind: (spaceId: string, repId: string) =>
      call(CoachingReminderResponse, 'POST', `spaces/${segment(spaceId)}/coaching/reminders`, { body: { repId } }),
    /** How one commitment of last time went, with a word why. */
    review: (spaceId: string, sessionId: string, body: CreateCommitmentReviewBody) =>
      call(CoachingSessionResponse, 'POST', `${session(spaceId, sessionId)}/reviews`, { body }),
  };
}

export type CoachingApi = ReturnType<typeof createCoachingApi>;

/** The coaching endpoints on the API client of the surrounding app. */
export function useCoachingApi(): CoachingApi {
  const api = useApi();
  return useMemo(() => createCoachingApi(api), [api]);
}
