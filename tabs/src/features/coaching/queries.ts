import type {
  CoachingSessionResponse,
  CreateCoachingSessionBody,
  CreateCommitmentReviewBody,
  PutCoachingPlanBody,
  UpdateCoachingSessionBody,
} from '@coachboard/api/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCoachingApi } from './coachingApi';

/** Query keys of the coaching feature. */
export const coachingKeys = {
  all: ['coaching'] as const,
  mine: () => ['coaching', 'mine'] as const,
  session: (spaceId: string, sessionId: string) => ['coaching', 'session', spaceId, sessionId] as const,
  repSessions: (spaceId: string, repId: string) => ['coaching', 'repSessions', spaceId, repId] as const,
};

/** A rep's sessions in a team (the side panel looks for one scheduled or under way). */
export function useRepSessions(spaceId: string, repId: string) {
  const api = useCoachingApi();
  return useQuery({ queryKey: coachingKeys.repSessions(spaceId, repId), queryFn: () => api.sessions(spaceId, repId) });
}

/** Opens a session scheduled or under way; a scheduled one is started. */
export function useResumeSession(spaceId: string) {
  const api = useCoachingApi();
  const keep = useKeep(spaceId);
  return useMutation({
    mutationFn: async (sessionId: string) => {
      const view = await api.session(spaceId, sessionId);
      return view.status === 'scheduled' ? api.update(spaceId, sessionId, { status: 'inProgress' }, view.etag) : view;
    },
    onSuccess: keep,
  });
}

/** "My coaching": plans, commitments and sessions as a rep; reps' sessions as a manager. */
export function useMyCoaching() {
  const api = useCoachingApi();
  return useQuery({ queryKey: coachingKeys.mine(), queryFn: () => api.mine() });
}

/** One session; refreshed every few seconds while open, so the rep's plan and reviews show as they arrive. */
export function useCoachingSession(spaceId: string, sessionId: string | null) {
  const api = useCoachingApi();
  return useQuery({
    queryKey: coachingKeys.session(spaceId, sessionId ?? ''),
    queryFn: () => api.session(spaceId, sessionId ?? ''),
    enabled: sessionId !== null,
    refetchInterval: 5_000,
  });
}

function useKeep(spaceId: string) {
  const queryClient = useQueryClient();
  return async (view: CoachingSessionResponse): Promise<void> => {
    queryClient.setQueryData(coachingKeys.session(spaceId, view.id), view);
    await queryClient.invalidateQueries({ queryKey: coachingKeys.mine() });
  };
}

/** Starts a session with a rep (managers). */
export function useStartSession(spaceId: string) {
  const api = useCoachingApi();
  const keep = useKeep(spaceId);
  return useMutation({ mutationFn: (body: CreateCoachingSessionBody) => api.start(spaceId, body), onSuccess: keep });
}

/** Saves the manager's notes, advice, step or status with the version they saw. */
export function useUpdateSession(spaceId: string, sessionId: string) {
  const api = useCoachingApi();
  const keep = useKeep(spaceId);
  return useMutation({
    mutationFn: ({ body, etag }: { body: UpdateCoachingSessionBody; etag: string }) =>
      api.update(spaceId, sessionId, body, etag),
    onSuccess: keep,
  });
}

/** Saves the rep's own plan. */
export function usePutPlan(spaceId: string, sessionId: string) {
  const api = useCoachingApi();
  const keep = useKeep(spaceId);
  return useMutation({
    mutationFn: ({ body, etag }: { body: PutCoachingPlanBody; etag?: string }) =>
      api.putPlan(spaceId, sessionId, body, etag),
    onSuccess: keep,
  });
}

/** Records how a commitment of last time went. */
export function useReviewCommitment(spaceId: string, sessionId: string) {
  const api = useCoachingApi();
  const keep = useKeep(spaceId);
  return useMutation({
    mutationFn: (body: CreateCommitmentReviewBody) => api.review(spaceId, sessionId, body),
    onSuccess: keep,
  });
}

/** Reminds a rep of their due and overdue commitments (managers). */
export function useRemindRep(spaceId: string) {
  const api = useCoachingApi();
  return useMutation({ mutationFn: (repId: string) => api.remind(spaceId, repId) });
}
