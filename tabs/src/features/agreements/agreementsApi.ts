import {
  AgreementListResponse,
  AgreementResponse,
  MyAgreementsResponse,
  type CreateCommitmentOutcomeBody,
  type PutAgreementDraftBody,
} from '@coachboard/api/domain';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

const segment = encodeURIComponent;

/** The agreement endpoints on the app's API client. */
export function createAgreementsApi(api: ApiClient) {
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
  const list = (spaceId: string) => `spaces/${segment(spaceId)}/agreements`;
  const one = (spaceId: string, id: string) => `${list(spaceId)}/${segment(id)}`;
  return {
    /** My agreements across my teams; for managers, what waits for a signature and what is overdue. */
    mine: () => call(MyAgreementsResponse, 'GET', 'me/agreements'),
    /** The agreements of a team I may see (managers: all; reps: their own). */
    list: async (spaceId: string) => (await call(AgreementListResponse, 'GET', list(spaceId))).items,
    /** Opens (or finds) my agreement with `withId`. */
    open: (spaceId: string, withId: string) => call(AgreementResponse, 'POST', list(spaceId), { body: { withId } }),
    /** Proposes a text; 412 when the agreement changed since `etag`. */
    propose: (spaceId: string, id: string, body: PutAgreementDraftBody, etag: string) =>
      call(AgreementResponse, 'PUT', `${one(spaceId, id)}/draft`, { body, ifMatch: etag }),
    /** Signs the text I read; 412 (with the new text) when it changed meanwhile. */
    sign: (spaceId: string, id: string, version: number, revision: number) =>
      call(AgreementResponse, 'POST', `${one(spaceId, id)}/signatures`, { body: { version, revision } }),
    /** Marks a commitment's due occurrence kept, missed or renegotiated. */
    mark: (spaceId: string, id: string, itemId: string, body: CreateCommitmentOutcomeBody) =>
      call(AgreementResponse, 'POST', `${one(spaceId, id)}/commitments/${segment(itemId)}/outcomes`, { body }),
  };
}

export type AgreementsApi = ReturnType<typeof createAgreementsApi>;

export function useAgreementsApi(): AgreementsApi {
  const api = useApi();
  return useMemo(() => createAgreementsApi(api), [api]);
}
