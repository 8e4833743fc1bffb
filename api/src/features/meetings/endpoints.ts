import { authorizeSpace } from '../../auth/policy.js';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  AgendaItemParams,
  CaptureParams,
  CreateAgendaItemBody,
  CreateCaptureBody,
  CreateMeetingBody,
  lintAgenda,
  ListMeetingsQuery,
  MeetingParams,
  MoveAgendaItemBody,
  NeedsTheRoomBody,
  NotFound,
  RunMeetingBody,
  SpaceParams,
  UpdateAgendaItemBody,
  UpdateCaptureBody,
  UpdateMeetingBody,
} from '../../domain/index.js';
import type { Endpoint } from '../../http/handle.js';
import type { DocumentStore } from '../../store/port.js';
import {
  addAgendaItem,
  createMeeting,
  deleteAgendaItem,
  moveAgendaItem,
  updateAgendaItem,
  updateMeeting,
} from './agenda.js';
import { acknowledgeDigest, completeAction, createCapture } from './captures.js';
import { getKeptLines, markNeedsTheRoom } from './keptLines.js';
import { stateDocId, type MeetingStateDoc } from './model.js';
import { presentCapture, presentItem, presentMeeting, presentState } from './present.js';
import { getMeeting, listAgenda, listCaptures, listMeetings } from './queries.js';
import { getDigest, getRecap, listMyActions } from './reports.js';
import { runMeeting } from './run.js';

/** The agenda with the linter's findings: what the details tab and the side panel show. */
async function agendaView(store: DocumentStore, access: SpaceAccess, meetingId: string) {
  const meeting = await getMeeting(store, access.space.pk, meetingId);
  const items = await listAgenda(store, access.space.pk, meetingId);
  const keptLines = await getKeptLines(store, access.space.pk);
  const lint = lintAgenda(
    items.map((i) => ({
      id: i.itemId,
      title: i.title,
      kind: i.kind,
      ownerId: i.ownerId,
      timeboxMinutes: i.timeboxMinutes,
      notes: i.notes,
      inDigest: i.inDigest,
    })),
    meeting.lengthMinutes,
    keptLines,
  );
  return {
    meeting: presentMeeting(meeting, access.space.spaceId),
    items: items.map((i) => presentItem(i, access.space)),
    lint,
  };
}

export const meetingsList = {
  name: 'meetings-list',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings',
  authenticated: true,
  params: SpaceParams,
  query: ListMeetingsQuery,
  async run({ principal, params, query, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.read');
    const meetings = await listMeetings(services.store, space.pk, { teamsMeetingId: query.teamsMeetingId });
    return { body: { items: meetings.map((m) => presentMeeting(m, space.spaceId)) } };
  },
} satisfies Endpoint<true, typeof SpaceParams, typeof ListMeetingsQuery, undefined>;

export const meetingsCreate = {
  name: 'meetings-create',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings',
  authenticated: true,
  params: SpaceParams,
  body: CreateMeetingBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.plan');
    const meeting = await createMeeting(services.store, access, body, principal.userId);
    return { status: 201, body: await agendaView(services.store, access, meeting.meetingId), etag: meeting._etag };
  },
} satisfies Endpoint<true, typeof SpaceParams, undefined, typeof CreateMeetingBody>;

export const meetingsGet = {
  name: 'meetings-get',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}',
  authenticated: true,
  params: MeetingParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.read');
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, undefined>;

export const meetingsUpdate = {
  name: 'meetings-update',
  method: 'PATCH',
  route: 'spaces/{spaceId}/meetings/{meetingId}',
  authenticated: true,
  params: MeetingParams,
  body: UpdateMeetingBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.plan');
    await updateMeeting(services.store, access, params.meetingId, body, ifMatch ?? '');
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, typeof UpdateMeetingBody>;

export const meetingsNextWeek = {
  name: 'meetings-next-week',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/next-week',
  authenticated: true,
  params: MeetingParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.plan');
    const source = await getMeeting(services.store, access.space.pk, params.meetingId);
    const start = new Date(Date.parse(source.scheduledStart) + 7 * 24 * 60 * 60 * 1000).toISOString();
    const meeting = await createMeeting(
      services.store,
      access,
      {
        title: source.title,
        scheduledStart: start,
        lengthMinutes: source.lengthMinutes,
        copyAgendaFrom: source.meetingId,
        ...(source.chatId ? { chatId: source.chatId } : {}),
      },
      principal.userId,
    );
    return { status: 201, body: await agendaView(services.store, access, meeting.meetingId) };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, undefined>;

export const agendaItemsCreate = {
  name: 'agenda-items-create',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items',
  authenticated: true,
  params: MeetingParams,
  body: CreateAgendaItemBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.plan');
    await addAgendaItem(services.store, access, params.meetingId, body);
    return { status: 201, body: await agendaView(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, typeof CreateAgendaItemBody>;

export const agendaItemsUpdate = {
  name: 'agenda-items-update',
  method: 'PATCH',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items/{itemId}',
  authenticated: true,
  params: AgendaItemParams,
  body: UpdateAgendaItemBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.plan');
    await updateAgendaItem(services.store, access, params.meetingId, params.itemId, body, ifMatch ?? '');
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof AgendaItemParams, undefined, typeof UpdateAgendaItemBody>;

export const agendaItemsDelete = {
  name: 'agenda-items-delete',
  method: 'DELETE',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items/{itemId}',
  authenticated: true,
  params: AgendaItemParams,
  ifMatch: 'optional',
  async run({ principal, params, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.plan');
    await deleteAgendaItem(services.store, access, params.meetingId, params.itemId, ifMatch);
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof AgendaItemParams, undefined, undefined>;

export const agendaItemsMove = {
  name: 'agenda-items-move',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items/{itemId}/move',
  authenticated: true,
  params: AgendaItemParams,
  body: MoveAgendaItemBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.plan');
    await moveAgendaItem(services.store, access, params.meetingId, params.itemId, body.afterItemId);
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof AgendaItemParams, undefined, typeof MoveAgendaItemBody>;

/** "Needs the room": the team keeps this item's line in its meetings, and the linter stops flagging it. */
export const agendaItemsNeedsTheRoom = {
  name: 'agenda-items-needs-the-room',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items/{itemId}/needs-the-room',
  authenticated: true,
  params: AgendaItemParams,
  body: NeedsTheRoomBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.plan');
    await getMeeting(services.store, access.space.pk, params.meetingId);
    await markNeedsTheRoom(services.store, access, params.meetingId, params.itemId, body.needsTheRoom);
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof AgendaItemParams, undefined, typeof NeedsTheRoomBody>;

export const digestGet = {
  name: 'digest-get',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}/digest',
  authenticated: true,
  params: MeetingParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.read');
    return { body: await getDigest(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, undefined>;

export const digestAck = {
  name: 'digest-ack',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/digest/ack',
  authenticated: true,
  params: MeetingParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.read');
    await acknowledgeDigest(services.store, access, params.meetingId, principal);
    return { body: await getDigest(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, undefined>;

/** The poll every participant makes once a second: one point read, 304 when nothing changed. */
export const meetingStateGet = {
  name: 'meeting-state-get',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}/state',
  authenticated: true,
  params: MeetingParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.read', {
      cached: true,
    });
    const state = await services.store.read<MeetingStateDoc>(space.pk, stateDocId(params.meetingId));
    if (!state) throw new NotFound('meeting');
    const now = Date.now();
    return { body: presentState(state, now), etag: state._etag, headers: { 'x-server-time': String(now) } };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, undefined>;

export const meetingStateRun = {
  name: 'meeting-state-run',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/state',
  authenticated: true,
  params: MeetingParams,
  body: RunMeetingBody,
  ifMatch: 'required',
  async run({ principal, params, body, ifMatch, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.read');
    const state = await runMeeting(services.store, access, params.meetingId, body, ifMatch ?? '');
    const now = Date.now();
    return { body: presentState(state, now), etag: state._etag, headers: { 'x-server-time': String(now) } };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, typeof RunMeetingBody>;

export const capturesList = {
  name: 'captures-list',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}/captures',
  authenticated: true,
  params: MeetingParams,
  async run({ principal, params, services }) {
    const { space } = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.read');
    const captures = await listCaptures(services.store, space.pk, params.meetingId);
    return { body: { items: captures.map((c) => presentCapture(c, space)) } };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, undefined>;

export const capturesCreate = {
  name: 'captures-create',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/captures',
  authenticated: true,
  params: MeetingParams,
  body: CreateCaptureBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'captures.create');
    const capture = await createCapture(services.store, access, params.meetingId, body);
    return { status: 201, body: presentCapture(capture, access.space), etag: capture._etag };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, typeof CreateCaptureBody>;

export const capturesUpdate = {
  name: 'captures-update',
  method: 'PATCH',
  route: 'spaces/{spaceId}/captures/{captureId}',
  authenticated: true,
  params: CaptureParams,
  body: UpdateCaptureBody,
  async run({ principal, params, body, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.read');
    const capture = await completeAction(services.store, access, params.captureId, body.done);
    return { body: presentCapture(capture, access.space), etag: capture._etag };
  },
} satisfies Endpoint<true, typeof CaptureParams, undefined, typeof UpdateCaptureBody>;

export const recapGet = {
  name: 'recap-get',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}/recap',
  authenticated: true,
  params: MeetingParams,
  async run({ principal, params, services }) {
    const access = await authorizeSpace(services.store, principal, params.spaceId, 'meetings.read');
    return { body: await getRecap(services.store, access, params.meetingId) };
  },
} satisfies Endpoint<true, typeof MeetingParams, undefined, undefined>;

export const myActionsList = {
  name: 'my-actions-list',
  method: 'GET',
  route: 'me/actions',
  authenticated: true,
  async run({ principal, services }) {
    return { body: { items: await listMyActions(services.store, principal) } };
  },
} satisfies Endpoint<true, undefined, undefined, undefined>;
