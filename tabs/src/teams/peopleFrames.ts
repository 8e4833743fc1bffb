import type { TeamsInfo } from './context';

/**
 * Frames where teams-js lets a tab open the people picker (`people.selectPeople` checks for
 * content, task and settings, and throws at once in `sidePanel` and `meetingStage`).
 */
const PICKER_FRAMES: ReadonlySet<string> = new Set(['content', 'task', 'settings']);

/** Where new members can be chosen from, on this surface. */
export type PeopleSource =
  /** The Teams people picker: the chat's or channel's members when the tab is in one, else the organization. */
  | { kind: 'teams'; scope: 'conversation' | 'organization' }
  /** Outside Teams: the demo directory the local sign-in lists. */
  | { kind: 'directory' }
  /** No picker here: a side panel or stage frame (`frame`), or a host without the people capability (`host`). */
  | { kind: 'unavailable'; reason: 'frame' | 'host' };

/** Whether this frame can add people at all (false in the side panel and on the stage). */
export function framePicksPeople(info: Pick<TeamsInfo, 'inTeams' | 'frameContext'>): boolean {
  return !info.inTeams || PICKER_FRAMES.has(info.frameContext);
}

/** Where people come from here; `hostSupportsPicker` is asked only in a frame where the picker could work. */
export function peopleSourceFor(
  info: Pick<TeamsInfo, 'inTeams' | 'frameContext' | 'channelId' | 'chatId'>,
  hostSupportsPicker: () => boolean,
): PeopleSource {
  if (!info.inTeams) return { kind: 'directory' };
  if (!framePicksPeople(info)) return { kind: 'unavailable', reason: 'frame' };
  if (!hostSupportsPicker()) return { kind: 'unavailable', reason: 'host' };
  return { kind: 'teams', scope: info.channelId || info.chatId ? 'conversation' : 'organization' };
}
