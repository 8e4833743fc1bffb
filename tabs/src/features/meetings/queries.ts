import type { MeetingResponse } from '@coachboard/api/domain';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../lib/api';
import { useApi } from '../../lib/apiContext';
import { useTeams } from '../../teams/context';
import { useOccurrence } from './occurrence';

/** Query keys of the meetings feature; mutations invalidate through these. */
export const meetingKeys = {
  all: ['meetings'] as const,
  list: (spaceId: string, teamsMeetingId?: string | null) =>
    ['meetings', 'list', spaceId, teamsMeetingId ?? null] as const,
  agenda: (spaceId: string, meetingId: string) => ['meetings', 'agenda', spaceId, meetingId] as const,
  digest: (spaceId: string, meetingId: string) => ['meetings', 'digest', spaceId, meetingId] as const,
  state: (spaceId: string, meetingId: string) => ['meetings', 'state', spaceId, meetingId] as const,
  captures: (spaceId: string, meetingId: string) => ['meetings', 'captures', spaceId, meetingId] as const,
  recap: (spaceId: string, meetingId: string) => ['meetings', 'recap', spaceId, meetingId] as const,
  myActions: () => ['meetings', 'myActions'] as const,
};

/** The meetings of a space, newest first; with `teamsMeetingId`, only the ones linked to that Teams meeting. */
export function useMeetings(spaceId: string, teamsMeetingId?: string | null, { enabled = true } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: meetingKeys.list(spaceId, teamsMeetingId),
    enabled,
    queryFn: async () => {
      const items = await api.listMeetings(spaceId, teamsMeetingId ?? undefined);
      return [...items].sort((a, b) => b.scheduledStart.localeCompare(a.scheduledStart));
    },
  });
}

/** The meeting to show by default outside a Teams meeting: the latest running or draft one, else the latest. */
export function pickUpcoming(meetings: readonly MeetingResponse[]): MeetingResponse | null {
  return (
    meetings.find((m) => m.status === 'running') ?? meetings.find((m) => m.status === 'draft') ?? meetings[0] ?? null
  );
}

/**
 * The Coachboard meeting of where the tab runs: in a Teams meeting, the one of this occurrence of it
 * (see `useOccurrence`; null when the series' first is not set up yet); elsewhere the space's upcoming
 * one. A 404 (no access to meetings) reads as none.
 */
export function useContextMeeting(spaceId: string) {
  const { info } = useTeams();
  const inTeamsMeeting = info.meetingId !== null;
  const meetings = useMeetings(spaceId, null, { enabled: !inTeamsMeeting });
  const occurrence = useOccurrence(spaceId);
  const source = inTeamsMeeting ? occurrence : meetings;
  const notFound = source.error instanceof ApiError && source.error.status === 404;
  return {
    meetings: meetings.data ?? [],
    meeting: inTeamsMeeting ? (occurrence.data?.meeting ?? null) : meetings.data ? pickUpcoming(meetings.data) : null,
    /** In a Teams meeting: the occurrence, its request and the actions carried into it. */
    occurrence: occurrence.data ?? null,
    inTeamsMeeting,
    isPending: source.isPending && !source.isError,
    error: notFound ? null : source.error,
    refetch: source.refetch,
  };
}

/** How often a page that follows a running meeting rereads its agenda (to notice the end). */
export const AGENDA_FOLLOW_MS = 15_000;

/**
 * A meeting's agenda with the server linter's verdict. With `follow`, it is reread every
 * {@link AGENDA_FOLLOW_MS} while the meeting runs, so that a page switches to the recap once it ends.
 */
export function useAgenda(spaceId: string, meetingId: string, { follow = false }: { follow?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: meetingKeys.agenda(spaceId, meetingId),
    queryFn: () => api.getAgenda(spaceId, meetingId),
    refetchInterval: (query) => (follow && query.state.data?.meeting.status === 'running' ? AGENDA_FOLLOW_MS : false),
  });
}

/** The pre-read digest: the text to send and who has read it. */
export function useDigest(spaceId: string, meetingId: string) {
  const api = useApi();
  return useQuery({
    queryKey: meetingKeys.digest(spaceId, meetingId),
    queryFn: () => api.getDigest(spaceId, meetingId),
  });
}

/** Decisions and actions captured in a meeting; polled while it runs so every panel sees them. */
export function useCaptures(spaceId: string, meetingId: string, { live = false }: { live?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: meetingKeys.captures(spaceId, meetingId),
    queryFn: () => api.listCaptures(spaceId, meetingId),
    refetchInterval: live ? 5000 : false,
  });
}

/** The recap of a meeting: decisions, actions, planned vs actual minutes. */
export function useRecap(spaceId: string, meetingId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: meetingKeys.recap(spaceId, meetingId),
    queryFn: () => api.getRecap(spaceId, meetingId),
    enabled,
  });
}

/** My action items across all my teams. */
export function useMyActions() {
  const api = useApi();
  return useQuery({ queryKey: meetingKeys.myActions(), queryFn: () => api.listMyActions() });
}
