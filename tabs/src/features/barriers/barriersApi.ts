import {
  AgendaItemResponse,
  BarrierBoardResponse,
  BarrierListResponse,
  BarrierResponse,
  BoardListResponse,
  MeetingListResponse,
  MyBarriersResponse,
  type BarrierConfirmationBody,
  type BarrierStatusBody,
  type CreateBarrierBody,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

const segment = encodeURIComponent;

/** The barrier endpoints, on the app's one API client (its schema-checked `exchange`). */
export function createBarriersApi(api: ApiClient) {
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
  const space = (spaceId: string): string => `spaces/${segment(spaceId)}`;
  const one = (spaceId: string, id: string): string => `${space(spaceId)}/barriers/${segment(id)}`;
  return {
    list: (spaceId: string) => call(BarrierListResponse, 'GET', `${space(spaceId)}/barriers`),
    get: (spaceId: string, id: string) => call(BarrierResponse, 'GET', one(spaceId, id)),
    create: (spaceId: string, body: CreateBarrierBody) =>
      call(BarrierResponse, 'POST', `${space(spaceId)}/barriers`, { body }),
    setStatus: (spaceId: string, id: string, body: BarrierStatusBody, etag: string) =>
      call(BarrierResponse, 'PUT', `${one(spaceId, id)}/status`, { body, ifMatch: etag }),
    answer: (spaceId: string, id: string, body: BarrierConfirmationBody, etag: string) =>
      call(BarrierResponse, 'POST', `${one(spaceId, id)}/confirmation`, { body, ifMatch: etag }),
    board: (spaceId: string) => call(BarrierBoardResponse, 'GET', `${space(spaceId)}/barrier-board`),
    toAgenda: (spaceId: string, id: string, meetingId: string) =>
      call(AgendaItemResponse, 'POST', `${one(spaceId, id)}/meetings/${segment(meetingId)}/agenda-items`, {
        body: {},
      }),
    mine: () => call(MyBarriersResponse, 'GET', 'me/barriers'),
    meetings: (spaceId: string) => call(MeetingListResponse, 'GET', `${space(spaceId)}/meetings`),
    boards: (spaceId: string) => call(BoardListResponse, 'GET', `${space(spaceId)}/boards`),
  };
}

export type BarriersApi = ReturnType<typeof createBarriersApi>;

/** The barrier endpoints on the app's API client. */
export function useBarriersApi(): BarriersApi {
  const api = useApi();
  return useMemo(() => createBarriersApi(api), [api]);
}
