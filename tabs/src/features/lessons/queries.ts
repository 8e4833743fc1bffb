import type { LessonAttemptResponse, SubmitLessonAttemptBody, WriteLessonBody } from '@coachboard/api/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLessonsApi } from './lessonsApi';

export const lessonKeys = {
  all: ['lessons'] as const,
  mine: () => ['lessons', 'mine'] as const,
  list: (spaceId: string) => ['lessons', 'list', spaceId] as const,
  lesson: (spaceId: string, lessonId: string) => ['lessons', 'lesson', spaceId, lessonId] as const,
  source: (spaceId: string, lessonId: string) => ['lessons', 'source', spaceId, lessonId] as const,
  passes: (spaceId: string) => ['lessons', 'passes', spaceId] as const,
};

export function useMyLessons() {
  const api = useLessonsApi();
  return useQuery({ queryKey: lessonKeys.mine(), queryFn: () => api.mine() });
}

export function useSpaceLessons(spaceId: string) {
  const api = useLessonsApi();
  return useQuery({ queryKey: lessonKeys.list(spaceId), queryFn: () => api.list(spaceId) });
}

export function useLesson(spaceId: string, lessonId: string) {
  const api = useLessonsApi();
  return useQuery({ queryKey: lessonKeys.lesson(spaceId, lessonId), queryFn: () => api.get(spaceId, lessonId) });
}

export function useLessonSource(spaceId: string, lessonId: string | null) {
  const api = useLessonsApi();
  return useQuery({
    queryKey: lessonKeys.source(spaceId, lessonId ?? ''),
    queryFn: () => api.source(spaceId, lessonId ?? ''),
    enabled: lessonId !== null,
  });
}

export function useMemberPasses(spaceId: string) {
  const api = useLessonsApi();
  return useQuery({ queryKey: lessonKeys.passes(spaceId), queryFn: () => api.passes(spaceId) });
}

/** Sends a try at a check; progress, lists and passes refresh after it. */
export function useSubmitAttempt(spaceId: string, lessonId: string) {
  const api = useLessonsApi();
  const queryClient = useQueryClient();
  return useMutation<LessonAttemptResponse, Error, SubmitLessonAttemptBody>({
    mutationFn: (body) => api.attempt(spaceId, lessonId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lessonKeys.all }),
  });
}

/** Writes a new lesson, or saves one being edited (with the etag it was loaded with). */
export function useSaveLesson(spaceId: string) {
  const api = useLessonsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { lessonId: string | null; body: WriteLessonBody; etag: string | null }) =>
      input.lessonId && input.etag
        ? api.update(spaceId, input.lessonId, input.body, input.etag)
        : api.create(spaceId, input.body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: lessonKeys.all }),
  });
}

export function useRetireLesson(spaceId: string) {
  const api = useLessonsApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { lessonId: string; retired: boolean; etag: string }) =>
      api.retire(spaceId, input.lessonId, input.retired, input.etag),
    onSettled: () => queryClient.invalidateQueries({ queryKey: lessonKeys.all }),
  });
}
