import {
  BoardListResponse,
  CreditsResponse,
  LedgerEntryResponse,
  MyOpportunitiesResponse,
  OpportunityListResponse,
  OpportunityPointsBody,
  OpportunityResponse,
  RecognitionResponse,
  type CreateOpportunityBody,
  type CreditMilestone,
  type OpportunityListView,
  type OpportunityStatusBody,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

const segment = encodeURIComponent;

/** The opportunity endpoints, on the app's one API client (its schema-checked `exchange`). */
export function createOpportunitiesApi(api: ApiClient) {
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
  const one = (spaceId: string, id: string): string => `${space(spaceId)}/opportunities/${segment(id)}`;
  return {
    list: (spaceId: string, view: OpportunityListView, cursor?: string) =>
      call(
        OpportunityListResponse,
        'GET',
        `${space(spaceId)}/opportunities?view=${view}${cursor ? `&cursor=${segment(cursor)}` : ''}`,
      ),
    create: (spaceId: string, body: CreateOpportunityBody) =>
      call(OpportunityResponse, 'POST', `${space(spaceId)}/opportunities`, body),
    assign: (spaceId: string, id: string, assigneeId: string) =>
      call(OpportunityResponse, 'PUT', `${one(spaceId, id)}/assignee`, { assigneeId }),
    move: (spaceId: string, id: string, body: OpportunityStatusBody) =>
      call(OpportunityResponse, 'PUT', `${one(spaceId, id)}/status`, body),
    convert: (spaceId: string, id: string) => call(OpportunityResponse, 'POST', `${one(spaceId, id)}/board`),
    approve: (spaceId: string, id: string, milestone: CreditMilestone) =>
      call(OpportunityResponse, 'POST', `${one(spaceId, id)}/credits/${milestone}/approval`),
    credits: (spaceId: string) => call(CreditsResponse, 'GET', `${space(spaceId)}/opportunity-credits`),
    optIn: (spaceId: string, optIn: boolean) =>
      call(CreditsResponse, 'PUT', `${space(spaceId)}/opportunity-credits/recognition`, { optIn }),
    points: (spaceId: string, body: OpportunityPointsBody) =>
      call(OpportunityPointsBody, 'PUT', `${space(spaceId)}/opportunity-points`, body),
    reverse: (spaceId: string, entryId: string, reason: string) =>
      call(LedgerEntryResponse, 'POST', `${space(spaceId)}/opportunity-ledger/${segment(entryId)}/reversal`, {
        reason,
      }),
    recognition: (spaceId: string, quarter: string) =>
      call(RecognitionResponse, 'GET', `${space(spaceId)}/recognition/${segment(quarter)}`),
    reward: (spaceId: string, quarter: string, contributorId: string) =>
      call(RecognitionResponse, 'POST', `${space(spaceId)}/recognition/${segment(quarter)}/rewards`, {
        contributorId,
      }),
    mine: () => call(MyOpportunitiesResponse, 'GET', 'me/opportunities'),
    boards: (spaceId: string) => call(BoardListResponse, 'GET', `${space(spaceId)}/boards`),
  };
}

export type OpportunitiesApi = ReturnType<typeof createOpportunitiesApi>;

/** The opportunity endpoints on the app's API client. */
export function useOpportunitiesApi(): OpportunitiesApi {
  const api = useApi();
  return useMemo(() => createOpportunitiesApi(api), [api]);
}
