import {
  AgreementResponse,
  type CreateCommitmentOutcomeBody,
  type PutAgreementDraftBody,
} from '@coachboard/api/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../lib/api';
import { useAgreementsApi } from './agreementsApi';

export const agreementKeys = {
  all: ['agreements'] as const,
  mine: () => ['agreements', 'mine'] as const,
  list: (spaceId: string) => ['agreements', 'list', spaceId] as const,
};

/** My agreements; refreshed every few seconds, so the other party's proposals and signatures show. */
export function useMyAgreements() {
  const api = useAgreementsApi();
  return useQuery({ queryKey: agreementKeys.mine(), queryFn: () => api.mine(), refetchInterval: 5_000 });
}

/** A team's agreements I may see (the side panel finds the 1:1's pair among them). */
export function useTeamAgreements(spaceId: string) {
  const api = useAgreementsApi();
  return useQuery({ queryKey: agreementKeys.list(spaceId), queryFn: () => api.list(spaceId), refetchInterval: 5_000 });
}

/** The agreement a 412 on signing carries: the text as it is now. */
export function staleAgreement(error: unknown): AgreementResponse | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  const parsed = AgreementResponse.safeParse((error.body as { current?: unknown } | undefined)?.current);
  return parsed.success ? parsed.data : null;
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: agreementKeys.all });
}

export function useOpenAgreement(spaceId: string) {
  const api = useAgreementsApi();
  const refresh = useRefresh();
  return useMutation({ mutationFn: (withId: string) => api.open(spaceId, withId), onSuccess: refresh });
}

export function useProposeAgreement(spaceId: string, id: string) {
  const api = useAgreementsApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ body, etag }: { body: PutAgreementDraftBody; etag: string }) => api.propose(spaceId, id, body, etag),
    onSettled: refresh,
  });
}

export function useSignAgreement(spaceId: string, id: string) {
  const api = useAgreementsApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ version, revision }: { version: number; revision: number }) =>
      api.sign(spaceId, id, version, revision),
    onSettled: refresh,
  });
}

export function useMarkCommitment(spaceId: string, id: string) {
  const api = useAgreementsApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: CreateCommitmentOutcomeBody }) =>
      api.mark(spaceId, id, itemId, body),
    onSettled: refresh,
  });
}
