import {
  AgendaItemResponse,
  AgendaResponse,
  lintAgenda,
  MeetingResponse,
  MeetingStateResponse,
} from '@coachboard/api/domain';
import { SPACE_ID } from '../../test/factories';

/** Test data of the meetings feature, checked against the API contract. */
export const MEETING_ID = 'meeting-1';

/** A draft weekly meeting. */
export function buildMeeting(overrides: Partial<MeetingResponse> = {}): MeetingResponse {
  return MeetingResponse.parse({
    id: MEETING_ID,
    spaceId: SPACE_ID,
    title: 'Weekly sales meeting',
    scheduledStart: '2026-12-07T09:00:00.000Z',
    lengthMinutes: 60,
    teamsMeetingId: null,
    chatId: null,
    status: 'draft',
    summary: null,
    etag: '"m-1"',
    ...overrides,
  });
}

/** An agenda item. */
export function buildItem(overrides: Partial<AgendaItemResponse> = {}): AgendaItemResponse {
  return AgendaItemResponse.parse({
    id: 'item-1',
    meetingId: MEETING_ID,
    title: 'Account strategy: Fabrikam expansion',
    kind: 'accountStrategy',
    ownerId: 'u-alex',
    ownerName: 'Alex Wilber',
    timeboxMinutes: 20,
    link: null,
    notes: '',
    inDigest: false,
    order: 1,
    etag: '"i-1"',
    ...overrides,
  });
}

/** A meeting with its items and the linter's real verdict on them (`keptLines`: lines the team keeps). */
export function buildAgenda(
  items: AgendaItemResponse[],
  meeting = buildMeeting(),
  keptLines: ReadonlySet<string> = new Set(),
): AgendaResponse {
  const lint = lintAgenda(
    items.map((i) => ({ ...i, notes: i.notes })),
    meeting.lengthMinutes,
    keptLines,
  );
  return AgendaResponse.parse({ meeting, items, lint });
}

/** The demo agenda: account strategy, a role-play and a status update the linter flags. */
export function buildDemoAgenda(): AgendaResponse {
  return buildAgenda([
    buildItem(),
    buildItem({
      id: 'item-2',
      title: 'Role-play: price pushback',
      kind: 'rolePlay',
      order: 2,
      etag: '"i-2"',
    }),
    buildItem({
      id: 'item-3',
      title: 'Pipeline status update',
      kind: 'statusUpdate',
      ownerId: 'u-megan',
      ownerName: 'Megan Bowen',
      timeboxMinutes: 10,
      order: 3,
      etag: '"i-3"',
    }),
  ]);
}

/** A running meeting on its first item, started at `startedAt` (server time) with a 20-minute timebox. */
export function buildRunningState(startedAt: number, overrides: Partial<MeetingStateResponse> = {}) {
  return MeetingStateResponse.parse({
    meetingId: MEETING_ID,
    status: 'running',
    current: {
      itemId: 'item-1',
      title: 'Account strategy: Fabrikam expansion',
      kind: 'accountStrategy',
      ownerId: 'u-alex',
      ownerName: 'Alex Wilber',
      timeboxMinutes: 20,
      link: null,
      index: 0,
      count: 3,
    },
    timer: { status: 'running', durationMs: 20 * 60_000, startedAt, elapsedMs: 0 },
    undoUntil: null,
    serverNow: startedAt,
    etag: '"s-2"',
    ...overrides,
  });
}
