import type { CustomerReasonsBody, ReviewBody, ValuePropBody, WinlossTaxonomyBody } from '@coachboard/api/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useWinlossApi } from './winlossApi';

export const winlossKeys = {
  review: (spaceId: string, boardId: string) => ['winloss', 'review', spaceId, boardId] as const,
  taxonomy: (spaceId: string) => ['winloss', 'taxonomy', spaceId] as const,
  analytics: (spaceId: string) => ['winloss', 'analytics', spaceId] as const,
  valueProp: (spaceId: string) => ['winloss', 'valueProp', spaceId] as const,
};

export function useReview(spaceId: string, boardId: string) {
  const api = useWinlossApi();
  return useQuery({ queryKey: winlossKeys.review(spaceId, boardId), queryFn: () => api.review(spaceId, boardId) });
}

export function useTaxonomy(spaceId: string) {
  const api = useWinlossApi();
  return useQuery({ queryKey: winlossKeys.taxonomy(spaceId), queryFn: () => api.taxonomy(spaceId) });
}

export function useWinlossAnalytics(spaceId: string) {
  const api = useWinlossApi();
  return useQuery({ queryKey: winlossKeys.analytics(spaceId), queryFn: () => api.analytics(spaceId) });
}

export function useValueProp(spaceId: string) {
  const api = useWinlossApi();
  return useQuery({ queryKey: winlossKeys.valueProp(spaceId), queryFn: () => api.valueProp(spaceId) });
}

/** Every review write: the review and the analytics are refetched after it. */
function useReviewWrite<V>(spaceId: string, boardId: string, write: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: winlossKeys.review(spaceId, boardId) }),
        queryClient.invalidateQueries({ queryKey: winlossKeys.analytics(spaceId) }),
      ]);
    },
  });
}

export function useSaveReview(spaceId: string, boardId: string) {
  const api = useWinlossApi();
  return useReviewWrite(spaceId, boardId, ({ body, etag }: { body: ReviewBody; etag: string | null }) =>
    api.saveReview(spaceId, boardId, body, etag),
  );
}

export function useSetFinal(spaceId: string, boardId: string) {
  const api = useWinlossApi();
  return useReviewWrite(spaceId, boardId, ({ final, etag }: { final: boolean; etag: string }) =>
    api.setFinal(spaceId, boardId, final, etag),
  );
}

export function useSaveCustomer(spaceId: string, boardId: string) {
  const api = useWinlossApi();
  return useReviewWrite(spaceId, boardId, ({ body, etag }: { body: CustomerReasonsBody; etag: string }) =>
    api.saveCustomer(spaceId, boardId, body, etag),
  );
}

export function useThemeScenario(spaceId: string) {
  const api = useWinlossApi();
  return useMutation({ mutationFn: (reason: string) => api.themeScenario(spaceId, reason) });
}

export function useThemeValueProp(spaceId: string) {
  const api = useWinlossApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.themeValueProp(spaceId, reason),
    onSettled: () => queryClient.invalidateQueries({ queryKey: winlossKeys.valueProp(spaceId) }),
  });
}

export function useSaveValueProp(spaceId: string) {
  const api = useWinlossApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: ValuePropBody; etag: string }) => api.saveValueProp(spaceId, body, etag),
    onSettled: () => queryClient.invalidateQueries({ queryKey: winlossKeys.valueProp(spaceId) }),
  });
}

/** Saves the reasons; the list and the analytics (which show their labels) are refetched after it. */
export function useSaveTaxonomy(spaceId: string) {
  const api = useWinlossApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: WinlossTaxonomyBody; etag: string }) => api.saveTaxonomy(spaceId, body, etag),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: winlossKeys.taxonomy(spaceId) }),
        queryClient.invalidateQueries({ queryKey: winlossKeys.analytics(spaceId) }),
      ]),
  });
}
