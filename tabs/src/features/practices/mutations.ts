import type { PracticeDraft, RecordOutcomeBody, Skill, UpdatePracticeBody } from '@coachboard/api/domain';
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

/** Edits a practice with the etag its editor started from; 412 when someone else saved first. */
export function useUpdatePractice(spaceId: string, practiceId: string) {
  const api = usePracticesApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: UpdatePracticeBody; etag: string }) =>
      api.update(spaceId, practiceId, body, etag),
    onSuccess: async (practice) => {
      queryClient.setQueryData(practiceKeys.detail(spaceId, practice.id), practice);
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}

/** Archives or restores a practice; every list and count is stale afterwards. */
export function useSetArchived(spaceId: string, practiceId: string) {
  const api = usePracticesApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ archived, etag }: { archived: boolean; etag: string }) =>
      api.setArchived(spaceId, practiceId, archived, etag),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}

/** Takes back my "I'll try this". */
export function useWithdrawAdoption(spaceId: string, practiceId: string) {
  const api = usePracticesApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.withdraw(spaceId, practiceId),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}

/** Marks a suggested spotlight discussed (managers); it leaves the suggestions. */
export function useMarkDiscussed(spaceId: string) {
  const api = usePracticesApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ practiceId, discussed }: { practiceId: string; discussed: boolean }) =>
      api.setDiscussed(spaceId, practiceId, discussed),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}

/** Saves the skill list with the etag the manager started from. */
export function useSaveSkills(spaceId: string) {
  const api = usePracticesApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ skills, etag }: { skills: Skill[]; etag: string }) => api.saveSkills(spaceId, skills, etag),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });
}
