import {
  ReviewDraftResponse,
  ReviewResponse,
  ThemeScenarioResponse,
  ValuePropResponse,
  WinlossAnalyticsResponse,
  WinlossTaxonomyResponse,
  type CustomerReasonsBody,
  type ReviewBody,
  type ValuePropBody,
  type WinlossTaxonomyBody,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

const segment = encodeURIComponent;

/** The win/loss endpoints, on the app's one API client (its `exchange` carries ETags both ways). */
export function createWinlossApi(api: ApiClient) {
  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    options: { body?: unknown; ifMatch?: string } = {},
  ): Promise<z.infer<S>> {
    const { data } = await api.exchange(schema, method, path, options);
    if (data === null) throw new ApiError({ status: 304, code: 'http_error', title: 'Nothing was returned.' });
    return data;
  }
  const space = (spaceId: string): string => `spaces/${segment(spaceId)}`;
  const review = (spaceId: string, boardId: string): string => `${space(spaceId)}/boards/${segment(boardId)}/review`;
  return {
    review: (spaceId: string, boardId: string) => call(ReviewDraftResponse, 'GET', review(spaceId, boardId)),
    /** Saves the review; `etag` once it exists (412 when someone saved since). */
    saveReview: (spaceId: string, boardId: string, body: ReviewBody, etag: string | null) =>
      call(ReviewResponse, 'PUT', review(spaceId, boardId), { body, ...(etag ? { ifMatch: etag } : {}) }),
    setFinal: (spaceId: string, boardId: string, final: boolean, etag: string) =>
      call(ReviewResponse, 'PUT', `${review(spaceId, boardId)}/final`, { body: { final }, ifMatch: etag }),
    saveCustomer: (spaceId: string, boardId: string, body: CustomerReasonsBody, etag: string) =>
      call(ReviewResponse, 'PUT', `${review(spaceId, boardId)}/customer`, { body, ifMatch: etag }),
    taxonomy: (spaceId: string) => call(WinlossTaxonomyResponse, 'GET', `${space(spaceId)}/winloss/taxonomy`),
    /** Replaces the reasons (managers); `etag` of the list edited (412 when someone saved since). */
    saveTaxonomy: (spaceId: string, body: WinlossTaxonomyBody, etag: string) =>
      call(WinlossTaxonomyResponse, 'PUT', `${space(spaceId)}/winloss/taxonomy`, { body, ifMatch: etag }),
    analytics: (spaceId: string) => call(WinlossAnalyticsResponse, 'GET', `${space(spaceId)}/winloss/analytics`),
    themeScenario: (spaceId: string, reason: string) =>
      call(ThemeScenarioResponse, 'POST', `${space(spaceId)}/winloss/themes/${segment(reason)}/scenario`),
    themeValueProp: (spaceId: string, reason: string) =>
      call(ValuePropResponse, 'POST', `${space(spaceId)}/winloss/themes/${segment(reason)}/value-prop`, { body: {} }),
    valueProp: (spaceId: string) => call(ValuePropResponse, 'GET', `${space(spaceId)}/value-prop`),
    saveValueProp: (spaceId: string, body: ValuePropBody, etag: string) =>
      call(ValuePropResponse, 'PUT', `${space(spaceId)}/value-prop`, { body, ifMatch: etag }),
  };
}

export type WinlossApi = ReturnType<typeof createWinlossApi>;

export function useWinlossApi(): WinlossApi {
  const api = useApi();
  return useMemo(() => createWinlossApi(api), [api]);
}
