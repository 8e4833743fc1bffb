import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/apiContext';
import { usePracticesApi, type PracticeListQuery } from './practicesApi';

/** Query keys of the practices feature; mutations invalidate through these. */
export const practiceKeys = {
  all: ['practices'] as const,
  list: (spaceId: string, query: PracticeListQuery) => ['practices', 'list', spaceId, query] as const,
  detail: (spaceId: string, id: string) => ['practices', 'detail', spaceId, id] as const,
  spotlight: (spaceId: string, id: string) => ['practices', 'spotlight', spaceId, id] as const,
  suggestions: (spaceId: string) => ['practices', 'suggestions', spaceId] as const,
  contributions: (spaceId: string) => ['practices', 'contributions', spaceId] as const,
  skills: (spaceId: string) => ['practices', 'skills', spaceId] as const,
  skillList: (spaceId: string) => ['practices', 'skillList', spaceId] as const,
  archived: (spaceId: string) => ['practices', 'archived', spaceId] as const,
  myAdoptions: () => ['practices', 'myAdoptions'] as const,
  meetings: (spaceId: string) => ['practices', 'meetings', spaceId] as const,
};

/** The exchange, page by page ("Show more" fetches the next page with the continuation). */
export function usePracticeList(spaceId: string, query: Omit<PracticeListQuery, 'continuation'>) {
  const api = usePracticesApi();
  const result = useInfiniteQuery({
    queryKey: practiceKeys.list(spaceId, query),
    queryFn: ({ pageParam }) => api.list(spaceId, { ...query, ...(pageParam ? { continuation: pageParam } : {}) }),
    initialPageParam: '',
    getNextPageParam: (page) => page.continuation ?? undefined,
  });
  return { ...result, practices: result.data?.pages.flatMap((page) => page.items) ?? [] };
}

/** One practice with its adopters and my adoption. */
export function usePractice(spaceId: string, id: string) {
  const api = usePracticesApi();
  return useQuery({ queryKey: practiceKeys.detail(spaceId, id), queryFn: () => api.get(spaceId, id) });
}

/** What the stage shows of a practice: result, steps, the peers' outcomes. */
export function useSpotlight(spaceId: string, id: string) {
  const api = usePracticesApi();
  return useQuery({ queryKey: practiceKeys.spotlight(spaceId, id), queryFn: () => api.spotlight(spaceId, id) });
}

/** Practices worth a spotlight in the next meeting (managers). */
export function useSpotlightSuggestions(spaceId: string, { enabled }: { enabled: boolean }) {
  const api = usePracticesApi();
  return useQuery({
    queryKey: practiceKeys.suggestions(spaceId),
    queryFn: () => api.spotlightSuggestions(spaceId),
    enabled,
  });
}

/** Posts and adoptions per member. */
export function useContributions(spaceId: string) {
  const api = usePracticesApi();
  return useQuery({ queryKey: practiceKeys.contributions(spaceId), queryFn: () => api.contributions(spaceId) });
}

/** The space's skills (tags and the skill filter). */
export function useSkills(spaceId: string) {
  const api = usePracticesApi();
  return useQuery({ queryKey: practiceKeys.skills(spaceId), queryFn: () => api.skills(spaceId) });
}

/** The practices I am trying, due ones first. */
export function useMyAdoptions() {
  const api = usePracticesApi();
  return useQuery({ queryKey: practiceKeys.myAdoptions(), queryFn: () => api.myAdoptions() });
}

/** The space's draft meetings, the ones a practice can be added to. */
export function useDraftMeetings(spaceId: string, { enabled }: { enabled: boolean }) {
  const api = useApi();
  return useQuery({
    queryKey: practiceKeys.meetings(spaceId),
    queryFn: async () => (await api.listMeetings(spaceId)).filter((meeting) => meeting.status === 'draft'),
    enabled,
  });
}

/** The skill list with its etag (the manager's editor). */
export function useSkillList(spaceId: string) {
  const api = usePracticesApi();
  return useQuery({ queryKey: practiceKeys.skillList(spaceId), queryFn: () => api.skillList(spaceId) });
}

/** Archived practices the viewer may restore. */
export function useArchivedPractices(spaceId: string, { enabled }: { enabled: boolean }) {
  const api = usePracticesApi();
  return useQuery({ queryKey: practiceKeys.archived(spaceId), queryFn: () => api.archived(spaceId), enabled });
}
