import {
  type AgendaResponse,
  type CaptureResponse,
  CreateAgendaItemBody,
  CreateCaptureBody,
  CreateMeetingBody,
  EditCaptureBody,
  type MeetingStateResponse,
  MoveAgendaItemBody,
  NeedsTheRoomBody,
  RunMeetingBody,
  UpdateAgendaItemBody,
  UpdateCaptureBody,
  UpdateMeetingBody,
} from '../src/domain/index.js';
import { api } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** A valid body for POST /api/spaces/{id}/meetings. */
export function buildMeetingBody(overrides: Partial<CreateMeetingBody> = {}): CreateMeetingBody {
  return { title: 'Weekly sales meeting', scheduledStart: '2026-12-01T09:00:00Z', lengthMinutes: 60, ...overrides };
}

/** A valid body for POST …/items: a role-play owned by the space's manager. */
export function buildItemBody(overrides: Partial<CreateAgendaItemBody> = {}): CreateAgendaItemBody {
  return { title: 'Role-play: price pushback', kind: 'rolePlay', timeboxMinutes: 15, ...overrides };
}

async function created<T>(res: Promise<{ status: number; json: unknown; text: string }>): Promise<T> {
  const done = await res;
  if (done.status >= 300) throw new Error(`setup failed: ${done.status} ${done.text}`);
  return done.json as T;
}

/** A meeting with two agenda items in the space under test. */
async function meetingWithItems({ host, token, spaceId }: PrepareContext): Promise<AgendaResponse> {
  const base = `/api/spaces/${spaceId}/meetings`;
  const meeting = await created<AgendaResponse>(api(host, 'POST', base, { token, body: buildMeetingBody() }));
  await api(host, 'POST', `${base}/${meeting.meeting.id}/items`, {
    token,
    body: buildItemBody({ title: 'Status round', kind: 'statusUpdate' }),
  });
  return created<AgendaResponse>(
    api(host, 'POST', `${base}/${meeting.meeting.id}/items`, { token, body: buildItemBody() }),
  );
}

const meetingOnly = async (ctx: PrepareContext): Promise<Prepared> => {
  const agenda = await meetingWithItems(ctx);
  return { params: { meetingId: agenda.meeting.id }, etag: agenda.meeting.etag };
};

const firstItem = async (ctx: PrepareContext): Promise<Prepared> => {
  const agenda = await meetingWithItems(ctx);
  const item = agenda.items[0];
  if (!item) throw new Error('setup failed: no item');
  return { params: { meetingId: agenda.meeting.id, itemId: item.id }, etag: item.etag };
};

/** A started meeting, so that "next" and "extend" are legal moves; the etag is the live state's. */
const runningMeeting = async (ctx: PrepareContext): Promise<Prepared> => {
  const agenda = await meetingWithItems(ctx);
  const url = `/api/spaces/${ctx.spaceId}/meetings/${agenda.meeting.id}/state`;
  const state = await created<MeetingStateResponse>(api(ctx.host, 'GET', url, { token: ctx.token }));
  const started = await created<MeetingStateResponse>(
    api(ctx.host, 'POST', url, { token: ctx.token, body: { action: 'start' }, headers: { 'if-match': state.etag } }),
  );
  return { params: { meetingId: agenda.meeting.id }, etag: started.etag };
};

/** An action item owned by the manager who made it. */
const actionItem = async (ctx: PrepareContext): Promise<Prepared> => {
  const agenda = await meetingWithItems(ctx);
  const capture = await created<CaptureResponse>(
    api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/meetings/${agenda.meeting.id}/captures`, {
      token: ctx.token,
      body: { kind: 'action', text: 'Send the proposal', ownerId: 'u-megan' },
    }),
  );
  return { params: { captureId: capture.id }, etag: capture.etag };
};

/** Route samples of the sales-meeting feature (see route-samples.ts). */
export const MEETING_SAMPLES: Record<string, RouteSample> = {
  'meetings-list': {},
  'meetings-create': { schema: CreateMeetingBody, body: () => buildMeetingBody() },
  'meetings-get': { prepare: meetingOnly },
  'meetings-update': {
    schema: UpdateMeetingBody,
    body: () => ({ title: 'Renamed meeting' }),
    ifMatch: true,
    prepare: meetingOnly,
  },
  'meetings-delete': { ifMatch: true, prepare: meetingOnly },
  'meetings-next-week': { prepare: meetingOnly },
  'agenda-items-create': { schema: CreateAgendaItemBody, body: () => buildItemBody(), prepare: meetingOnly },
  'agenda-items-update': {
    schema: UpdateAgendaItemBody,
    body: () => ({ timeboxMinutes: 10 }),
    ifMatch: true,
    prepare: firstItem,
  },
  'agenda-items-delete': { prepare: firstItem },
  'agenda-items-move': { schema: MoveAgendaItemBody, body: () => ({ afterItemId: null }), prepare: firstItem },
  'agenda-items-needs-the-room': {
    schema: NeedsTheRoomBody,
    body: () => ({ needsTheRoom: true }),
    prepare: firstItem,
  },
  'digest-get': { prepare: meetingOnly },
  'digest-ack': { prepare: meetingOnly },
  'meeting-state-get': { prepare: meetingOnly },
  'meeting-state-run': {
    schema: RunMeetingBody,
    // The one move with a field of its own, so that junk drops, retypes or adds fields around it.
    body: () => ({ action: 'extend', minutes: 5 }),
    ifMatch: true,
    prepare: runningMeeting,
  },
  'captures-list': { prepare: meetingOnly },
  'captures-create': {
    schema: CreateCaptureBody,
    body: () => ({ kind: 'decision', text: 'We pilot the new offer' }),
    prepare: meetingOnly,
  },
  'captures-update': { schema: UpdateCaptureBody, body: () => ({ done: true }), prepare: actionItem },
  'captures-edit': {
    schema: EditCaptureBody,
    body: () => ({ text: 'Send the revised proposal' }),
    ifMatch: true,
    prepare: actionItem,
  },
  'captures-delete': { ifMatch: true, prepare: actionItem },
  'recap-get': { prepare: meetingOnly },
  'my-actions-list': {},
};
