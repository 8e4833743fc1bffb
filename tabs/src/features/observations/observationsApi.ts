import {
  BoardListResponse,
  CompetencyListResponse,
  CoverageResponse,
  LiveObservationResponse,
  MyObservationsResponse,
  ObservationListResponse,
  ObservationResponse,
  type CreateObservationBody,
  type ObservationFeedbackBody,
  type ObservationSelfAssessmentBody,
  type ObservationSettingsBody,
  type StartObservationBody,
  type UpdateLiveObservationBody,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

const segment = encodeURIComponent;

/** The observation endpoints, on the app's one API client (its schema-checked `exchange`). */
export function createObservationsApi(api: ApiClient) {
  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const { data } = await api.exchange(schema, method, path, body === undefined ? {} : { body });
    if (data === null) {
      throw new ApiError({ status: 304, code: 'invalid_response', title: 'The service sent no answer.' });
    }
    return data;
  }
  const space = (spaceId: string): string => `spaces/${segment(spaceId)}`;
  const one = (spaceId: string, id: string): string => `${space(spaceId)}/observations/${segment(id)}`;
  return {
    list: (spaceId: string) => call(ObservationListResponse, 'GET', `${space(spaceId)}/observations`),
    create: (spaceId: string, body: CreateObservationBody) =>
      call(ObservationResponse, 'POST', `${space(spaceId)}/observations`, body),
    selfAssess: (spaceId: string, id: string, body: ObservationSelfAssessmentBody) =>
      call(ObservationResponse, 'PUT', `${one(spaceId, id)}/self-assessment`, body),
    feedback: (spaceId: string, id: string, body: ObservationFeedbackBody) =>
      call(ObservationResponse, 'PUT', `${one(spaceId, id)}/feedback`, body),
    acknowledge: (spaceId: string, id: string, nextStep: string) =>
      call(ObservationResponse, 'PUT', `${one(spaceId, id)}/acknowledgement`, { nextStep }),
    live: (spaceId: string) => call(LiveObservationResponse, 'GET', `${space(spaceId)}/live-observation`),
    start: (spaceId: string, body: StartObservationBody) =>
      call(LiveObservationResponse, 'POST', `${space(spaceId)}/live-observation`, body),
    updateLive: (spaceId: string, body: UpdateLiveObservationBody) =>
      call(LiveObservationResponse, 'PATCH', `${space(spaceId)}/live-observation`, body),
    stop: (spaceId: string) => call(ObservationResponse, 'POST', `${space(spaceId)}/live-observation/stop`),
    coverage: (spaceId: string) => call(CoverageResponse, 'GET', `${space(spaceId)}/observation-coverage`),
    settings: (spaceId: string, body: ObservationSettingsBody) =>
      call(CoverageResponse, 'PUT', `${space(spaceId)}/observation-settings`, body),
    competencies: (spaceId: string) => call(CompetencyListResponse, 'GET', `${space(spaceId)}/competencies`),
    mine: () => call(MyObservationsResponse, 'GET', 'me/observations'),
    boards: (spaceId: string) => call(BoardListResponse, 'GET', `${space(spaceId)}/boards`),
  };
}

export type ObservationsApi = ReturnType<typeof createObservationsApi>;

/** The observation endpoints on the app's API client. */
export function useObservationsApi(): ObservationsApi {
  const api = useApi();
  return useMemo(() => createObservationsApi(api), [api]);
}
