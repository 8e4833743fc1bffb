import type { PracticeDraft, RecordOutcomeBody } from '@coachboard/api/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usePracticesApi } from './practicesApi';
import { practiceKeys } from './queries';

/** Posts a practice; the exchange and contribution counts are then stale. */
export function useCreatePractice(spaceId: string) {
  const api = usePracticesApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: PracticeDraft) => api.create(spaceId, draft),
    onSuccess: async (practice) => {
      queryClient.setQueryData(practiceKeys.detail(spaceId, practice.id), practice);
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}

/** "I'll try this". Everything that counts adopters is stale afterwards. */
export function useAdoptPractice(spaceId: string, practiceId: string) {
  const api = usePracticesApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.adopt(spaceId, practiceId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}

/** Records how a practice went for me. */
export function useRecordOutcome(spaceId: string, practiceId: string) {
  const api = usePracticesApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordOutcomeBody) => api.recordOutcome(spaceId, practiceId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}

/** Marks a practice proven (managers); the API answers 409 with the reason when outcomes do not support it. */
export function useMarkProven(spaceId: string, practiceId: string) {
  const api = usePracticesApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proven: boolean) => api.setProven(spaceId, practiceId, proven),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}

/** Adds a practice to a draft meeting's agenda. */
export function useAddToAgenda(spaceId: string, practiceId: string) {
  const api = usePracticesApi();
  return useMutation({ mutationFn: (meetingId: string) => api.addToAgenda(spaceId, practiceId, meetingId) });
}
