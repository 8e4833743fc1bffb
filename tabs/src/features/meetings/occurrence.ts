import type { OccurrenceBody, OccurrenceResponse, SetupOccurrenceBody } from '@coachboard/api/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/apiContext';
import { useTeams } from '../../teams/context';
import { localDate, readMeetingDetails } from '../../teams/meetingDetails';

/** The occurrence a tab opened, with the request that identified it (the set-up form sends it again). */
export interface OpenedOccurrence extends OccurrenceResponse {
  request: OccurrenceBody;
}

/** Query key of the occurrence of a Teams meeting a tab is open in. */
export const occurrenceKey = (spaceId: string, teamsMeetingId: string | null) =>
  ['meetings', 'occurrence', spaceId, teamsMeetingId] as const;

/**
 * The sales meeting of the Teams meeting occurrence this tab or side panel is open in. Every occurrence
 * of a series shares the meeting id, so the occurrence is told by its scheduled start (asked of the
 * host) or, without it, by today's date; the first open of an occurrence creates its meeting from the
 * series. Disabled outside a Teams meeting.
 */
export function useOccurrence(spaceId: string) {
  const api = useApi();
  const { info } = useTeams();
  const teamsMeetingId = info.meetingId;
  return useQuery({
    queryKey: occurrenceKey(spaceId, teamsMeetingId),
    enabled: teamsMeetingId !== null,
    // The occurrence does not change while the tab is open; its meeting is followed by its own queries.
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async (): Promise<OpenedOccurrence> => {
      const details = await readMeetingDetails(info.inTeams);
      const request: OccurrenceBody = {
        teamsMeetingId: teamsMeetingId ?? '',
        ...(info.chatId ? { chatId: info.chatId } : {}),
        ...(details ? { details } : {}),
        localDate: localDate(),
      };
      return { ...(await api.openOccurrence(spaceId, request)), request };
    },
  });
}

/** Sets up the agenda of the series' first occurrence (the one this tab is open in). */
export function useSetupOccurrence(spaceId: string, request: OccurrenceBody) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: Pick<SetupOccurrenceBody, 'title' | 'scheduledStart' | 'lengthMinutes'>) =>
      api.setupOccurrence(spaceId, { ...request, ...fields }),
    onSuccess: async (response) => {
      queryClient.setQueryData<OpenedOccurrence>(occurrenceKey(spaceId, request.teamsMeetingId), {
        ...response,
        request,
      });
      await queryClient.invalidateQueries({ queryKey: ['meetings', 'list', spaceId] });
    },
  });
}
