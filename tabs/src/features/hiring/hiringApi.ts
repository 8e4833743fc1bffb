import {
  CompetencyListResponse,
  HiringLoopListResponse,
  HiringLoopResponse,
  MyScorecardsDueResponse,
  RoleProfileListResponse,
  RoleProfileResponse,
  ScenarioListResponse,
  type CreateHiringLoopBody,
  type DecideHiringLoopBody,
  type RoleProfileBody,
  type SubmitScorecardBody,
} from '@coachboard/api/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { z } from 'zod';
import { ApiError, type ApiClient } from '../../lib/api';
import { useApi } from '../../lib/apiContext';

const segment = encodeURIComponent;

/** The hiring endpoints (profiles, loops, scorecards, decision, hire) on the app's API client. */
export function createHiringApi(api: ApiClient) {
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
  const base = (spaceId: string) => `spaces/${segment(spaceId)}/hiring`;
  const loop = (spaceId: string, loopId: string) => `${base(spaceId)}/loops/${segment(loopId)}`;
  return {
    competencies: async (spaceId: string) =>
      (await call(CompetencyListResponse, 'GET', `spaces/${segment(spaceId)}/competencies`)).items,
    scenarios: async (spaceId: string) =>
      (await call(ScenarioListResponse, 'GET', `spaces/${segment(spaceId)}/scenarios`)).items,
    profiles: async (spaceId: string) =>
      (await call(RoleProfileListResponse, 'GET', `${base(spaceId)}/profiles`)).items,
    createProfile: (spaceId: string, body: RoleProfileBody) =>
      call(RoleProfileResponse, 'POST', `${base(spaceId)}/profiles`, { body }),
    loops: async (spaceId: string) => (await call(HiringLoopListResponse, 'GET', `${base(spaceId)}/loops`)).items,
    loop: (spaceId: string, loopId: string) => call(HiringLoopResponse, 'GET', loop(spaceId, loopId)),
    createLoop: (spaceId: string, body: CreateHiringLoopBody) =>
      call(HiringLoopResponse, 'POST', `${base(spaceId)}/loops`, { body }),
    submit: (spaceId: string, loopId: string, body: SubmitScorecardBody) =>
      call(HiringLoopResponse, 'POST', `${loop(spaceId, loopId)}/scorecard`, { body }),
    decide: (spaceId: string, loopId: string, body: DecideHiringLoopBody) =>
      call(HiringLoopResponse, 'PUT', `${loop(spaceId, loopId)}/decision`, { body }),
    linkHire: (spaceId: string, loopId: string, userId: string) =>
      call(HiringLoopResponse, 'PUT', `${loop(spaceId, loopId)}/hire`, { body: { userId } }),
    due: () => call(MyScorecardsDueResponse, 'GET', 'me/scorecards-due'),
  };
}

export function useHiringApi() {
  const api = useApi();
  return useMemo(() => createHiringApi(api), [api]);
}

export const hiringKeys = {
  all: ['hiring'] as const,
  profiles: (spaceId: string) => ['hiring', 'profiles', spaceId] as const,
  loops: (spaceId: string) => ['hiring', 'loops', spaceId] as const,
  loop: (spaceId: string, loopId: string) => ['hiring', 'loop', spaceId, loopId] as const,
  due: () => ['hiring', 'due'] as const,
  competencies: (spaceId: string) => ['hiring', 'competencies', spaceId] as const,
  scenarios: (spaceId: string) => ['hiring', 'scenarios', spaceId] as const,
};

export function useProfiles(spaceId: string, enabled: boolean) {
  const api = useHiringApi();
  return useQuery({ queryKey: hiringKeys.profiles(spaceId), queryFn: () => api.profiles(spaceId), enabled });
}

export function useLoops(spaceId: string) {
  const api = useHiringApi();
  return useQuery({ queryKey: hiringKeys.loops(spaceId), queryFn: () => api.loops(spaceId), refetchInterval: 10_000 });
}

/** One loop; refreshed every few seconds while open, so cards and the debrief show as they arrive. */
export function useLoop(spaceId: string, loopId: string) {
  const api = useHiringApi();
  return useQuery({
    queryKey: hiringKeys.loop(spaceId, loopId),
    queryFn: () => api.loop(spaceId, loopId),
    refetchInterval: 5_000,
  });
}

export function useCompetencies(spaceId: string) {
  const api = useHiringApi();
  return useQuery({ queryKey: hiringKeys.competencies(spaceId), queryFn: () => api.competencies(spaceId) });
}

export function useScenarios(spaceId: string, enabled: boolean) {
  const api = useHiringApi();
  return useQuery({ queryKey: hiringKeys.scenarios(spaceId), queryFn: () => api.scenarios(spaceId), enabled });
}

export function useScorecardsDue() {
  const api = useHiringApi();
  return useQuery({ queryKey: hiringKeys.due(), queryFn: () => api.due() });
}

/** A mutation whose answer is a loop: keeps it and refreshes the lists. */
function useLoopMutation<V>(spaceId: string, run: (vars: V) => Promise<z.infer<typeof HiringLoopResponse>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (view) => {
      queryClient.setQueryData(hiringKeys.loop(spaceId, view.id), view);
      await queryClient.invalidateQueries({ queryKey: hiringKeys.loops(spaceId) });
      await queryClient.invalidateQueries({ queryKey: hiringKeys.due() });
    },
  });
}

export function useCreateProfile(spaceId: string) {
  const api = useHiringApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoleProfileBody) => api.createProfile(spaceId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hiringKeys.profiles(spaceId) }),
  });
}

export function useCreateLoop(spaceId: string) {
  const api = useHiringApi();
  return useLoopMutation(spaceId, (body: CreateHiringLoopBody) => api.createLoop(spaceId, body));
}

export function useSubmitScorecard(spaceId: string, loopId: string) {
  const api = useHiringApi();
  return useLoopMutation(spaceId, (body: SubmitScorecardBody) => api.submit(spaceId, loopId, body));
}

export function useDecide(spaceId: string, loopId: string) {
  const api = useHiringApi();
  return useLoopMutation(spaceId, (body: DecideHiringLoopBody) => api.decide(spaceId, loopId, body));
}

export function useLinkHire(spaceId: string, loopId: string) {
  const api = useHiringApi();
  return useLoopMutation(spaceId, (userId: string) => api.linkHire(spaceId, loopId, userId));
}
