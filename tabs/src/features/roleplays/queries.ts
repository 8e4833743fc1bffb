import { useQuery } from '@tanstack/react-query';
import { useRoleplaysApi, type RoleplayListQuery, type ScenarioListQuery } from './roleplaysApi';

/** Query keys of the role-play feature; mutations invalidate through these. */
export const roleplayKeys = {
  all: ['roleplays'] as const,
  competencies: (spaceId: string) => ['roleplays', 'competencies', spaceId] as const,
  scenarios: (spaceId: string, query: ScenarioListQuery) => ['roleplays', 'scenarios', spaceId, query] as const,
  scenario: (spaceId: string, id: string) => ['roleplays', 'scenario', spaceId, id] as const,
  list: (spaceId: string, query: RoleplayListQuery) => ['roleplays', 'list', spaceId, query] as const,
  detail: (spaceId: string, id: string) => ['roleplays', 'detail', spaceId, id] as const,
  state: (spaceId: string, id: string) => ['roleplays', 'state', spaceId, id] as const,
  debrief: (spaceId: string, id: string) => ['roleplays', 'debrief', spaceId, id] as const,
  mine: () => ['roleplays', 'mine'] as const,
};

/** The space's competencies (the criteria observers score, with their anchors). */
export function useCompetencies(spaceId: string) {
  const api = useRoleplaysApi();
  return useQuery({ queryKey: roleplayKeys.competencies(spaceId), queryFn: () => api.competencies(spaceId) });
}

/** The scenario library, filtered by skill, difficulty and words. */
export function useScenarios(spaceId: string, query: ScenarioListQuery = {}) {
  const api = useRoleplaysApi();
  return useQuery({ queryKey: roleplayKeys.scenarios(spaceId, query), queryFn: () => api.scenarios(spaceId, query) });
}

/** One scenario (with its objections for its author and managers). */
export function useScenario(spaceId: string, id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useRoleplaysApi();
  return useQuery({ queryKey: roleplayKeys.scenario(spaceId, id), queryFn: () => api.scenario(spaceId, id), enabled });
}

/** The space's role-plays (no scores). */
export function useRoleplayList(spaceId: string, query: RoleplayListQuery = {}) {
  const api = useRoleplaysApi();
  return useQuery({ queryKey: roleplayKeys.list(spaceId, query), queryFn: () => api.roleplays(spaceId, query) });
}

/** One role-play as I may see it: my role, my criterion, the customer brief when I play the customer. */
export function useRoleplay(spaceId: string, id: string) {
  const api = useRoleplaysApi();
  return useQuery({ queryKey: roleplayKeys.detail(spaceId, id), queryFn: () => api.roleplay(spaceId, id) });
}

/** The debrief as I may see it; refreshed every few seconds while `live` (feedback keeps arriving). */
export function useDebrief(spaceId: string, id: string, { live = false }: { live?: boolean } = {}) {
  const api = useRoleplaysApi();
  return useQuery({
    queryKey: roleplayKeys.debrief(spaceId, id),
    queryFn: () => api.debrief(spaceId, id),
    refetchInterval: live ? DEBRIEF_POLL_MS : false,
  });
}

/** How often an open debrief asks for new feedback, questions and the next step. */
export const DEBRIEF_POLL_MS = 3000;

/** My role-plays over time, per criterion (personal tab). */
export function useMyRoleplays() {
  const api = useRoleplaysApi();
  return useQuery({ queryKey: roleplayKeys.mine(), queryFn: () => api.mine() });
}
