import type {
  Competency,
  CreateRoleplayBody,
  CreateScenarioBody,
  NextStepBody,
  RoleplayFeedbackBody,
  RoleplayRunBody,
  RoleplayStateResponse,
  SelfAssessmentBody,
  UpdateRoleplayBody,
  UpdateScenarioBody,
} from '@coachboard/api/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roleplayKeys } from './queries';
import { useRoleplaysApi } from './roleplaysApi';

/** Saves the competency list (managers) with the version the user edited. */
export function useSaveCompetencies(spaceId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ items, etag }: { items: Competency[]; etag: string }) => api.saveCompetencies(spaceId, items, etag),
    onSuccess: (saved) => queryClient.setQueryData(roleplayKeys.competencies(spaceId), saved),
  });
}

/** Adds a scenario to the library. */
export function useCreateScenario(spaceId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateScenarioBody) => api.createScenario(spaceId, body),
    onSuccess: async (created) => {
      queryClient.setQueryData(roleplayKeys.scenario(spaceId, created.id), created);
      await queryClient.invalidateQueries({ queryKey: ['roleplays', 'scenarios', spaceId] });
    },
  });
}

/** Edits or archives a scenario; 412 when someone else changed it first. */
export function useUpdateScenario(spaceId: string, scenarioId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: UpdateScenarioBody; etag: string }) =>
      api.updateScenario(spaceId, scenarioId, body, etag),
    onSuccess: async (saved) => {
      queryClient.setQueryData(roleplayKeys.scenario(spaceId, scenarioId), saved);
      await queryClient.invalidateQueries({ queryKey: ['roleplays', 'scenarios', spaceId] });
    },
  });
}

/** Installs the starter scenarios the space lacks. */
export function useInstallStarters(spaceId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.installStarters(spaceId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['roleplays', 'scenarios', spaceId] });
    },
  });
}

/** Sets up a role-play (scenario, cast, rounds). */
export function useCreateRoleplay(spaceId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoleplayBody) => api.createRoleplay(spaceId, body),
    onSuccess: async (created) => {
      queryClient.setQueryData(roleplayKeys.detail(spaceId, created.id), created);
      await queryClient.invalidateQueries({ queryKey: ['roleplays', 'list', spaceId] });
    },
  });
}

/** Changes the cast or rounds before the start. */
export function useUpdateRoleplay(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: UpdateRoleplayBody; etag: string }) =>
      api.updateRoleplay(spaceId, roleplayId, body, etag),
    onSuccess: async (saved) => {
      queryClient.setQueryData(roleplayKeys.detail(spaceId, roleplayId), saved);
      // The live state carries the rounds and the round length the panel shows: fetch it now, not at the next poll.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roleplayKeys.state(spaceId, roleplayId) }),
        queryClient.invalidateQueries({ queryKey: ['roleplays', 'list', spaceId] }),
      ]);
    },
  });
}

/**
 * A timer or round move, sent with the state the user saw. The answer becomes the shown state at
 * once; on 412 (someone else moved it first) the state is refetched so the user sees what happened.
 */
export function useRunRoleplay(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  const stateKey = roleplayKeys.state(spaceId, roleplayId);
  return useMutation({
    mutationFn: (body: RoleplayRunBody) => {
      const seen = queryClient.getQueryData<RoleplayStateResponse>(stateKey);
      if (!seen) throw new Error('The role-play state is not loaded yet.');
      return api.run(spaceId, roleplayId, body, seen.etag);
    },
    onSuccess: async (state) => {
      queryClient.setQueryData(stateKey, state);
      await queryClient.invalidateQueries({ queryKey: roleplayKeys.detail(spaceId, roleplayId) });
      await queryClient.invalidateQueries({ queryKey: roleplayKeys.debrief(spaceId, roleplayId) });
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: stateKey });
    },
  });
}

/** An observer's scorecard for one round. */
export function usePutFeedback(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoleplayFeedbackBody) => api.putFeedback(spaceId, roleplayId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: roleplayKeys.debrief(spaceId, roleplayId) });
    },
  });
}

/** The rep's self-assessment of a round; afterwards the debrief shows the observers' feedback. */
export function useSelfAssess(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SelfAssessmentBody) => api.selfAssess(spaceId, roleplayId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: roleplayKeys.debrief(spaceId, roleplayId) });
      await queryClient.invalidateQueries({ queryKey: roleplayKeys.mine() });
    },
  });
}

/** A manager's coaching question in the debrief. */
export function useAskCoachingQuestion(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api.askCoachingQuestion(spaceId, roleplayId, text),
    onSuccess: (debrief) => queryClient.setQueryData(roleplayKeys.debrief(spaceId, roleplayId), debrief),
  });
}

/** Edits or deletes a coaching question with its own etag; 412 when someone changed it first. */
export function useChangeCoachingQuestion(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { questionId: string; etag: string; text?: string }) =>
      change.text === undefined
        ? api.deleteCoachingQuestion(spaceId, roleplayId, change.questionId, change.etag)
        : api.editCoachingQuestion(spaceId, roleplayId, change.questionId, change.text, change.etag),
    onSuccess: (debrief) => queryClient.setQueryData(roleplayKeys.debrief(spaceId, roleplayId), debrief),
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: roleplayKeys.debrief(spaceId, roleplayId) });
    },
  });
}

/** Deletes a role-play before it starts; the lists drop it. */
export function useDeleteRoleplay(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => api.deleteRoleplay(spaceId, roleplayId, etag),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: roleplayKeys.detail(spaceId, roleplayId) });
      await queryClient.invalidateQueries({ queryKey: ['roleplays', 'list', spaceId] });
      await queryClient.invalidateQueries({ queryKey: roleplayKeys.mine() });
    },
  });
}

/** The rep's chosen next step (shown in their personal tab). */
export function useSetNextStep(spaceId: string, roleplayId: string) {
  const api = useRoleplaysApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NextStepBody) => api.setNextStep(spaceId, roleplayId, body),
    onSuccess: async (debrief) => {
      queryClient.setQueryData(roleplayKeys.debrief(spaceId, roleplayId), debrief);
      await queryClient.invalidateQueries({ queryKey: roleplayKeys.mine() });
    },
  });
}
