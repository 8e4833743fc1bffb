import type {
  CreateObservationBody,
  ObservationFeedbackBody,
  ObservationSelfAssessmentBody,
  ObservationSettingsBody,
  StartObservationBody,
  UpdateLiveObservationBody,
} from '@coachboard/api/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useObservationsApi } from './observationsApi';

/** Query keys of the observations feature; every write invalidates `all`. */
export const observationKeys = {
  all: ['observations'] as const,
  list: (spaceId: string) => ['observations', 'list', spaceId] as const,
  live: (spaceId: string) => ['observations', 'live', spaceId] as const,
  coverage: (spaceId: string) => ['observations', 'coverage', spaceId] as const,
  competencies: (spaceId: string) => ['observations', 'competencies', spaceId] as const,
  mine: () => ['observations', 'mine'] as const,
  boards: (spaceId: string) => ['observations', 'boards', spaceId] as const,
};

/** The observations I may read in a space (a manager's team, a rep's own). */
export function useObservations(spaceId: string) {
  const api = useObservationsApi();
  return useQuery({ queryKey: observationKeys.list(spaceId), queryFn: () => api.list(spaceId) });
}

/** Coverage against the goal (the team's for managers, my own otherwise). */
export function useCoverage(spaceId: string) {
  const api = useObservationsApi();
  return useQuery({ queryKey: observationKeys.coverage(spaceId), queryFn: () => api.coverage(spaceId) });
}

/** The space's competency list (the one role-plays score against). */
export function useObservationCompetencies(spaceId: string) {
  const api = useObservationsApi();
  return useQuery({
    queryKey: observationKeys.competencies(spaceId),
    queryFn: async () => (await api.competencies(spaceId)).items,
    staleTime: 60_000,
  });
}

/** The team's account boards an observation may concern. */
export function useObservationBoards(spaceId: string) {
  const api = useObservationsApi();
  return useQuery({
    queryKey: observationKeys.boards(spaceId),
    queryFn: async () => (await api.boards(spaceId)).items,
    staleTime: 60_000,
  });
}

/** The call I am observing in this space, if any: read once, then kept by the writes. */
export function useLiveObservation(spaceId: string) {
  const api = useObservationsApi();
  return useQuery({ queryKey: observationKeys.live(spaceId), queryFn: () => api.live(spaceId) });
}

/** My observations as a rep, across my teams, with my competency trend. */
export function useMyObservations() {
  const api = useObservationsApi();
  return useQuery({ queryKey: observationKeys.mine(), queryFn: () => api.mine() });
}

function useInvalidateAll() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: observationKeys.all });
}

/** Start, pause/resume/notes and stop of a live observation; each answer replaces the cached state. */
export function useLiveControls(spaceId: string) {
  const api = useObservationsApi();
  const client = useQueryClient();
  const invalidate = useInvalidateAll();
  const start = useMutation({
    mutationFn: (body: StartObservationBody) => api.start(spaceId, body),
    onSuccess: (live) => client.setQueryData(observationKeys.live(spaceId), live),
  });
  const update = useMutation({
    mutationFn: (body: UpdateLiveObservationBody) => api.updateLive(spaceId, body),
    onSuccess: (live) => client.setQueryData(observationKeys.live(spaceId), live),
  });
  const stop = useMutation({ mutationFn: () => api.stop(spaceId), onSuccess: invalidate });
  return { start, update, stop };
}

/** Logs a call or visit by hand. */
export function useCreateObservation(spaceId: string) {
  const api = useObservationsApi();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (body: CreateObservationBody) => api.create(spaceId, body),
    onSuccess: invalidate,
  });
}

/** The rep's self-assessment (or skip), the manager's feedback, the rep's acknowledgement. */
export function useObservationActions(spaceId: string, observationId: string) {
  const api = useObservationsApi();
  const invalidate = useInvalidateAll();
  return {
    selfAssess: useMutation({
      mutationFn: (body: ObservationSelfAssessmentBody) => api.selfAssess(spaceId, observationId, body),
      onSuccess: invalidate,
    }),
    feedback: useMutation({
      mutationFn: (body: ObservationFeedbackBody) => api.feedback(spaceId, observationId, body),
      onSuccess: invalidate,
    }),
    acknowledge: useMutation({
      mutationFn: (nextStep: string) => api.acknowledge(spaceId, observationId, nextStep),
      onSuccess: invalidate,
    }),
  };
}

/** My working hours and the team's goal. */
export function useCoverageSettings(spaceId: string) {
  const api = useObservationsApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ObservationSettingsBody) => api.settings(spaceId, body),
    onSuccess: (coverage) => client.setQueryData(observationKeys.coverage(spaceId), coverage),
  });
}
