import type {
  AgendaResponse,
  CreateAgendaItemBody,
  CreateCaptureBody,
  CreateMeetingBody,
  RunMeetingBody,
  UpdateAgendaItemBody,
  UpdateMeetingBody,
} from '@coachboard/api/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/apiContext';
import { meetingKeys } from './queries';

/** Creates a meeting (linked to this Teams meeting and chat when given). */
export function useCreateMeeting(spaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeetingBody) => api.createMeeting(spaceId, body),
    onSuccess: async (agenda) => {
      queryClient.setQueryData(meetingKeys.agenda(spaceId, agenda.meeting.id), agenda);
      await queryClient.invalidateQueries({ queryKey: ['meetings', 'list', spaceId] });
    },
  });
}

/** Copies a meeting's agenda into a new draft one week later. */
export function useStartNextWeek(spaceId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meetingId: string) => api.startNextWeek(spaceId, meetingId),
    onSuccess: async (agenda) => {
      queryClient.setQueryData(meetingKeys.agenda(spaceId, agenda.meeting.id), agenda);
      await queryClient.invalidateQueries({ queryKey: ['meetings', 'list', spaceId] });
    },
  });
}

/** A change to one agenda item, as the builder makes them. */
export type AgendaChange =
  | { type: 'add'; body: CreateAgendaItemBody }
  | { type: 'update'; itemId: string; etag: string; body: UpdateAgendaItemBody }
  | { type: 'delete'; itemId: string; etag: string }
  | { type: 'move'; itemId: string; afterItemId: string | null }
  | { type: 'needsTheRoom'; itemId: string; needsTheRoom: boolean };

/**
 * Every agenda edit; each answers with the whole agenda and its new lint, which replaces the cache.
 * On failure (412: someone else edited) the agenda is refetched so the next attempt sees the latest.
 */
export function useChangeAgenda(spaceId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = meetingKeys.agenda(spaceId, meetingId);
  return useMutation({
    mutationFn: (change: AgendaChange): Promise<AgendaResponse> => {
      switch (change.type) {
        case 'add':
          return api.addAgendaItem(spaceId, meetingId, change.body);
        case 'update':
          return api.updateAgendaItem(spaceId, meetingId, change.itemId, change.body, change.etag);
        case 'delete':
          return api.deleteAgendaItem(spaceId, meetingId, change.itemId, change.etag);
        case 'move':
          return api.moveAgendaItem(spaceId, meetingId, change.itemId, change.afterItemId);
        case 'needsTheRoom':
          return api.markNeedsTheRoom(spaceId, meetingId, change.itemId, change.needsTheRoom);
      }
    },
    onSuccess: async (agenda) => {
      queryClient.setQueryData(key, agenda);
      await queryClient.invalidateQueries({ queryKey: meetingKeys.digest(spaceId, meetingId) });
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** Marks the pre-read as read by me. */
export function useAcknowledgeDigest(spaceId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.acknowledgeDigest(spaceId, meetingId),
    onSuccess: (digest) => queryClient.setQueryData(meetingKeys.digest(spaceId, meetingId), digest),
  });
}

/**
 * Starts, moves or ends the meeting with the state etag the user saw. On 412 (someone else moved
 * first) the state is refetched; the caller explains it.
 */
export function useRunMeeting(spaceId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = meetingKeys.state(spaceId, meetingId);
  return useMutation({
    mutationFn: ({ body, etag }: { body: RunMeetingBody; etag: string }) =>
      api.runMeeting(spaceId, meetingId, body, etag),
    onSuccess: async (state) => {
      queryClient.setQueryData(key, state);
      if (state.status === 'ended') {
        await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      }
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** Captures a decision or an action item in the meeting. */
export function useCreateCapture(spaceId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCaptureBody) => api.createCapture(spaceId, meetingId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.captures(spaceId, meetingId) });
    },
  });
}

/** Completes or reopens an action item. */
export function useSetActionDone() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ spaceId, captureId, done }: { spaceId: string; captureId: string; done: boolean }) =>
      api.setCaptureDone(spaceId, captureId, done),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });
}

/** Changes a meeting's title, start or length from the version the planner saw (412 if stale: refetched). */
export function useUpdateMeeting(spaceId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const key = meetingKeys.agenda(spaceId, meetingId);
  return useMutation({
    mutationFn: ({ body, etag }: { body: UpdateMeetingBody; etag: string }) =>
      api.updateMeeting(spaceId, meetingId, body, etag),
    onSuccess: async (agenda) => {
      queryClient.setQueryData(key, agenda);
      await queryClient.invalidateQueries({ queryKey: ['meetings', 'list', spaceId] });
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** Deletes a meeting that has not started; it leaves every list. */
export function useDeleteMeeting(spaceId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => api.deleteMeeting(spaceId, meetingId, etag),
    onSuccess: () => queryClient.removeQueries({ queryKey: meetingKeys.agenda(spaceId, meetingId) }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });
}

/** Corrects a capture's text, or deletes it (its author or a manager), from the version shown. */
export function useChangeCapture(spaceId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (
      change:
        | { type: 'edit'; captureId: string; text: string; etag: string }
        | { type: 'delete'; captureId: string; etag: string },
    ): Promise<void> => {
      if (change.type === 'edit') await api.editCapture(spaceId, change.captureId, change.text, change.etag);
      else await api.deleteCapture(spaceId, change.captureId, change.etag);
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.captures(spaceId, meetingId) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.recap(spaceId, meetingId) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.myActions() }),
      ]);
    },
  });
}
