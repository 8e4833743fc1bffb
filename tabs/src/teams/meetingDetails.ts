import type { TeamsMeetingDetails } from '@coachboard/api/domain';
import { meeting } from '@microsoft/teams-js';

/** How long the host may take to give meeting details before the tab goes on without them. */
const DETAILS_TIMEOUT_MS = 3_000;

const MEETING_TYPE = /^[A-Za-z]{1,40}$/;

/**
 * The scheduled start (and end, title, type) of the Teams meeting occurrence the tab is open in, from
 * `meeting.getMeetingDetails` (needs the RSC permission `OnlineMeeting.ReadBasic.Chat` in scheduled
 * meetings, `ChannelMeeting.ReadBasic.Group` in channel meetings; both declared). Null when the
 * host cannot tell: not in Teams, no permission, a call rather than a meeting, or no answer in time.
 */
export async function readMeetingDetails(inTeams: boolean): Promise<TeamsMeetingDetails | null> {
  if (!inTeams) return null;
  const answer = new Promise<TeamsMeetingDetails | null>((resolve) => {
    try {
      meeting.getMeetingDetails((error, response) => {
        const details = response?.details;
        if (error || !details || Number.isNaN(Date.parse(details.scheduledStartTime))) {
          resolve(null);
          return;
        }
        const end = 'scheduledEndTime' in details ? details.scheduledEndTime : undefined;
        const title = 'title' in details ? details.title?.trim().slice(0, 200) : undefined;
        const type = typeof details.type === 'string' && MEETING_TYPE.test(details.type) ? details.type : undefined;
        resolve({
          scheduledStart: new Date(details.scheduledStartTime).toISOString(),
          ...(end && !Number.isNaN(Date.parse(end)) ? { scheduledEnd: new Date(end).toISOString() } : {}),
          ...(title ? { title } : {}),
          ...(type ? { type } : {}),
        });
      });
    } catch {
      resolve(null);
    }
  });
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), DETAILS_TIMEOUT_MS));
  return Promise.race([answer, timeout]);
}

/** Today in the user's time zone, `YYYY-MM-DD`: what tells occurrences apart without details. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
