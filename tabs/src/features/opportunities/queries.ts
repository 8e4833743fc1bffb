import type {
  CreateOpportunityBody,
  CreditMilestone,
  OpportunityListView,
  OpportunityStatusBody,
} from '@coachboard/api/domain';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useOpportunitiesApi } from './opportunitiesApi';

/** Query keys of the opportunities feature; every write invalidates `all`. */
export const opportunityKeys = {
  all: ['opportunities'] as const,
  list: (spaceId: string, view: OpportunityListView) => ['opportunities', 'list', spaceId, view] as const,
  credits: (spaceId: string) => ['opportunities', 'credits', spaceId] as const,
  recognition: (spaceId: string, quarter: string) => ['opportunities', 'recognition', spaceId, quarter] as const,
  mine: () => ['opportunities', 'mine'] as const,
  boards: (spaceId: string) => ['opportunities', 'boards', spaceId] as const,
};

/** One list of a team's opportunities, page by page (50 at a time). */
export function useOpportunityList(spaceId: string, view: OpportunityListView) {
  const api = useOpportunitiesApi();
  return useInfiniteQuery({
    queryKey: opportunityKeys.list(spaceId, view),
    queryFn: ({ pageParam }) => api.list(spaceId, view, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.cursor ?? undefined,
  });
}

/** What waits for me and what I passed on, in every team (the personal tab). */
export function useMyOpportunities() {
  const api = useOpportunitiesApi();
  return useQuery({ queryKey: opportunityKeys.mine(), queryFn: () => api.mine() });
}

/** My balance and ledger history in a team, its points, my recognition choice. */
export function useCredits(spaceId: string) {
  const api = useOpportunitiesApi();
  return useQuery({ queryKey: opportunityKeys.credits(spaceId), queryFn: () => api.credits(spaceId) });
}

/** The quarter's recognition board (managers). */
export function useRecognition(spaceId: string, quarter: string) {
  const api = useOpportunitiesApi();
  return useQuery({
    queryKey: opportunityKeys.recognition(spaceId, quarter),
    queryFn: () => api.recognition(spaceId, quarter),
  });
}

/** The team's account boards a colleague may pick as the customer. */
export function useAccountBoards(spaceId: string) {
  const api = useOpportunitiesApi();
  return useQuery({
    queryKey: opportunityKeys.boards(spaceId),
    queryFn: async () => (await api.boards(spaceId)).items,
    staleTime: 60_000,
  });
}

function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: opportunityKeys.all });
}

/** Passing on an opportunity. */
export function useLogOpportunity() {
  const api = useOpportunitiesApi();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: ({ spaceId, body }: { spaceId: string; body: CreateOpportunityBody }) => api.create(spaceId, body),
    onSuccess: invalidate,
  });
}

/** What the assignee and the managers do with one opportunity. */
export function useOpportunityActions(spaceId: string, id: string) {
  const api = useOpportunitiesApi();
  const invalidate = useInvalidateAll();
  return {
    move: useMutation({
      mutationFn: (body: OpportunityStatusBody) => api.move(spaceId, id, body),
      onSuccess: invalidate,
    }),
    assign: useMutation({
      mutationFn: (assigneeId: string) => api.assign(spaceId, id, assigneeId),
      onSuccess: invalidate,
    }),
    convert: useMutation({ mutationFn: () => api.convert(spaceId, id), onSuccess: invalidate }),
    approve: useMutation({
      mutationFn: (milestone: CreditMilestone) => api.approve(spaceId, id, milestone),
      onSuccess: invalidate,
    }),
    reverse: useMutation({
      mutationFn: ({ entryId, reason }: { entryId: string; reason: string }) => api.reverse(spaceId, entryId, reason),
      onSuccess: invalidate,
    }),
  };
}

/** My recognition choice, the team's points, a reward marked as given. */
export function useCreditSettings(spaceId: string) {
  const api = useOpportunitiesApi();
  const invalidate = useInvalidateAll();
  return {
    optIn: useMutation({ mutationFn: (optIn: boolean) => api.optIn(spaceId, optIn), onSuccess: invalidate }),
    points: useMutation({
      mutationFn: (body: { qualified: number; won: number }) => api.points(spaceId, body),
      onSuccess: invalidate,
    }),
    reward: useMutation({
      mutationFn: ({ quarter, contributorId }: { quarter: string; contributorId: string }) =>
        api.reward(spaceId, quarter, contributorId),
      onSuccess: invalidate,
    }),
  };
}
