import {
  LessonAttemptResponse,
  LessonListResponse,
  LessonPassesResponse,
  LessonResponse,
  LessonSourceResponse,
  MyLessonsResponse,
  type SubmitLessonAttemptBody,
  type WriteLessonBody,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

const segment = encodeURIComponent;

/** The lesson endpoints on the app's API client. The right answers only ever come back after a try. */
export function createLessonsApi(api: ApiClient) {
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
  const lessons = (spaceId: string) => `spaces/${segment(spaceId)}/lessons`;
  const lesson = (spaceId: string, lessonId: string) => `${lessons(spaceId)}/${segment(lessonId)}`;

  return {
    /** My lessons and progress in every team I am in. */
    mine: () => call(MyLessonsResponse, 'GET', 'me/lessons'),
    /** A team's lessons with my progress (managers also get retired ones). */
    list: async (spaceId: string) => (await call(LessonListResponse, 'GET', lessons(spaceId))).items,
    /** One lesson to read, with its check's questions (never the answers). */
    get: (spaceId: string, lessonId: string) => call(LessonResponse, 'GET', lesson(spaceId, lessonId)),
    /** One of the team's own lessons with its answer key, to edit (managers). */
    source: (spaceId: string, lessonId: string) =>
      call(LessonSourceResponse, 'GET', `${lesson(spaceId, lessonId)}/source`),
    create: (spaceId: string, body: WriteLessonBody) => call(LessonSourceResponse, 'POST', lessons(spaceId), { body }),
    /** 412 when someone saved the lesson since `etag`. */
    update: (spaceId: string, lessonId: string, body: WriteLessonBody, etag: string) =>
      call(LessonSourceResponse, 'PUT', lesson(spaceId, lessonId), { body, ifMatch: etag }),
    retire: (spaceId: string, lessonId: string, retired: boolean, etag: string) =>
      call(LessonSourceResponse, 'PUT', `${lesson(spaceId, lessonId)}/retired`, { body: { retired }, ifMatch: etag }),
    /** Sends my answers; the server scores them and says which were right, and why. */
    attempt: (spaceId: string, lessonId: string, body: SubmitLessonAttemptBody) =>
      call(LessonAttemptResponse, 'POST', `${lesson(spaceId, lessonId)}/attempts`, { body }),
    /** The lessons each member of a team has passed. */
    passes: async (spaceId: string) =>
      (await call(LessonPassesResponse, 'GET', `spaces/${segment(spaceId)}/lesson-passes`)).items,
  };
}

export type LessonsApi = ReturnType<typeof createLessonsApi>;

export function useLessonsApi(): LessonsApi {
  const api = useApi();
  return useMemo(() => createLessonsApi(api), [api]);
}
