import type { SpaceAccess } from '../../auth/policy.js';
import {
  AgendaItemParams,
  CaptureParams,
  CreateAgendaItemBody,
  CreateCaptureBody,
  CreateMeetingBody,
  EditCaptureBody,
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
import { defineEndpoint } from '../../http/handle.js';
import type { DocumentStore } from '../../store/port.js';
import {
  addAgendaItem,
  createMeeting,
  deleteAgendaItem,
  deleteDraftMeeting,
  moveAgendaItem,
  updateAgendaItem,
  updateMeeting,
} from './agenda.js';
import { acknowledgeDigest, completeAction, createCapture, deleteCapture, editCaptureText } from './captures.js';
import { getKeptLines, markNeedsTheRoom } from './keptLines.js';
import { stateDocId, type MeetingStateDoc } from './model.js';
import { startNextWeek } from './nextWeek.js';
import { actionAssignedNotices } from './notices.js';
import { presentCapture, presentItem, presentMeeting, presentState } from './present.js';
import { getMeeting, listAgenda, listMeetingCaptures, listMeetings } from './queries.js';
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

export const meetingsList = defineEndpoint({
  name: 'meetings-list',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings',
  access: { space: 'meetings.read' },
  params: SpaceParams,
  query: ListMeetingsQuery,
  async run({ access: { space }, query, services }) {
    const meetings = await listMeetings(services.store, space.pk, { teamsMeetingId: query.teamsMeetingId });
    return { body: { items: meetings.map((m) => presentMeeting(m, space.spaceId)) } };
  },
});

export const meetingsCreate = defineEndpoint({
  name: 'meetings-create',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings',
  access: { space: 'meetings.plan' },
  params: SpaceParams,
  body: CreateMeetingBody,
  async run({ access, principal, body, services }) {
    const meeting = await createMeeting(services.store, access, body, principal.userId);
    return { status: 201, body: await agendaView(services.store, access, meeting.meetingId), etag: meeting._etag };
  },
});

export const meetingsGet = defineEndpoint({
  name: 'meetings-get',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}',
  access: { space: 'meetings.read' },
  params: MeetingParams,
  async run({ access, params, services }) {
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
});

export const meetingsUpdate = defineEndpoint({
  name: 'meetings-update',
  method: 'PATCH',
  route: 'spaces/{spaceId}/meetings/{meetingId}',
  access: { space: 'meetings.plan' },
  params: MeetingParams,
  body: UpdateMeetingBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    await updateMeeting(services.store, access, params.meetingId, body, ifMatch);
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
});

/** Deletes a meeting that has not started; a started or ended meeting is refused (409). */
export const meetingsDelete = defineEndpoint({
  name: 'meetings-delete',
  method: 'DELETE',
  route: 'spaces/{spaceId}/meetings/{meetingId}',
  access: { space: 'meetings.plan' },
  params: MeetingParams,
  ifMatch: 'required',
  async run({ access, params, ifMatch, services }) {
    await deleteDraftMeeting(services.store, access, params.meetingId, ifMatch);
    return {};
  },
});

export const meetingsNextWeek = defineEndpoint({
  name: 'meetings-next-week',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/next-week',
  access: { space: 'meetings.plan' },
  params: MeetingParams,
  async run({ access, principal, params, services }) {
    const { meeting, created } = await startNextWeek(services.store, access, params.meetingId, principal.userId);
    return { status: created ? 201 : 200, body: await agendaView(services.store, access, meeting.meetingId) };
  },
});

export const agendaItemsCreate = defineEndpoint({
  name: 'agenda-items-create',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items',
  access: { space: 'meetings.plan' },
  params: MeetingParams,
  body: CreateAgendaItemBody,
  async run({ access, params, body, services }) {
    await addAgendaItem(services.store, access, params.meetingId, body);
    return { status: 201, body: await agendaView(services.store, access, params.meetingId) };
  },
});

export const agendaItemsUpdate = defineEndpoint({
  name: 'agenda-items-update',
  method: 'PATCH',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items/{itemId}',
  access: { space: 'meetings.plan' },
  params: AgendaItemParams,
  body: UpdateAgendaItemBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    await updateAgendaItem(services.store, access, params.meetingId, params.itemId, body, ifMatch);
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
});

export const agendaItemsDelete = defineEndpoint({
  name: 'agenda-items-delete',
  method: 'DELETE',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items/{itemId}',
  access: { space: 'meetings.plan' },
  params: AgendaItemParams,
  ifMatch: 'optional',
  async run({ access, params, ifMatch, services }) {
    await deleteAgendaItem(services.store, access, params.meetingId, params.itemId, ifMatch);
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
});

export const agendaItemsMove = defineEndpoint({
  name: 'agenda-items-move',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items/{itemId}/move',
  access: { space: 'meetings.plan' },
  params: AgendaItemParams,
  body: MoveAgendaItemBody,
  async run({ access, params, body, services }) {
    await moveAgendaItem(services.store, access, params.meetingId, params.itemId, body.afterItemId);
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
});

/** "Needs the room": the team keeps this item's line in its meetings, and the linter stops flagging it. */
export const agendaItemsNeedsTheRoom = defineEndpoint({
  name: 'agenda-items-needs-the-room',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/items/{itemId}/needs-the-room',
  access: { space: 'meetings.plan' },
  params: AgendaItemParams,
  body: NeedsTheRoomBody,
  async run({ access, params, body, services }) {
    await getMeeting(services.store, access.space.pk, params.meetingId);
    await markNeedsTheRoom(services.store, access, params.meetingId, params.itemId, body.needsTheRoom);
    return { body: await agendaView(services.store, access, params.meetingId) };
  },
});

export const digestGet = defineEndpoint({
  name: 'digest-get',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}/digest',
  access: { space: 'meetings.read' },
  params: MeetingParams,
  async run({ access, params, services }) {
    return { body: await getDigest(services.store, access, params.meetingId) };
  },
});

export const digestAck = defineEndpoint({
  name: 'digest-ack',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/digest/ack',
  access: { space: 'meetings.read' },
  params: MeetingParams,
  async run({ access, principal, params, services }) {
    await acknowledgeDigest(services.store, access, params.meetingId, principal);
    return { body: await getDigest(services.store, access, params.meetingId) };
  },
});

/** The poll every participant makes once a second: one point read, 304 when nothing changed. */
export const meetingStateGet = defineEndpoint({
  name: 'meeting-state-get',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}/state',
  access: { space: 'meetings.read', cached: true },
  params: MeetingParams,
  async run({ access: { space }, params, services }) {
    const state = await services.store.read<MeetingStateDoc>(space.pk, stateDocId(params.meetingId));
    if (!state) throw new NotFound('meeting');
    const now = Date.now();
    return { body: presentState(state, now), etag: state._etag, headers: { 'x-server-time': String(now) } };
  },
});

export const meetingStateRun = defineEndpoint({
  name: 'meeting-state-run',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/state',
  access: { space: 'meetings.read' },
  params: MeetingParams,
  body: RunMeetingBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const state = await runMeeting(services.store, access, params.meetingId, body, ifMatch);
    const now = Date.now();
    return { body: presentState(state, now), etag: state._etag, headers: { 'x-server-time': String(now) } };
  },
});

export const capturesList = defineEndpoint({
  name: 'captures-list',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}/captures',
  access: { space: 'meetings.read' },
  params: MeetingParams,
  async run({ access: { space }, params, services }) {
    const captures = await listMeetingCaptures(services.store, space.pk, params.meetingId);
    return { body: { items: captures.map((c) => presentCapture(c, space)) } };
  },
});

export const capturesCreate = defineEndpoint({
  name: 'captures-create',
  method: 'POST',
  route: 'spaces/{spaceId}/meetings/{meetingId}/captures',
  access: { space: 'captures.create' },
  params: MeetingParams,
  body: CreateCaptureBody,
  async run({ principal, access, params, body, services }) {
    const capture = await createCapture(services.store, access, params.meetingId, body);
    await services.notifier.notify(principal, actionAssignedNotices(access.space.spaceId, capture));
    return { status: 201, body: presentCapture(capture, access.space), etag: capture._etag };
  },
});

export const capturesUpdate = defineEndpoint({
  name: 'captures-update',
  method: 'PATCH',
  route: 'spaces/{spaceId}/captures/{captureId}',
  access: { space: 'meetings.read' },
  params: CaptureParams,
  body: UpdateCaptureBody,
  async run({ access, params, body, services }) {
    const capture = await completeAction(services.store, access, params.captureId, body.done);
    return { body: presentCapture(capture, access.space), etag: capture._etag };
  },
});

/** Corrects a capture's text: its author or a manager. */
export const capturesEdit = defineEndpoint({
  name: 'captures-edit',
  method: 'PUT',
  route: 'spaces/{spaceId}/captures/{captureId}/text',
  access: { space: 'captures.create' },
  params: CaptureParams,
  body: EditCaptureBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const capture = await editCaptureText(services.store, access, params.captureId, body.text, ifMatch);
    return { body: presentCapture(capture, access.space), etag: capture._etag };
  },
});

/** Deletes a capture: its author or a manager. */
export const capturesDelete = defineEndpoint({
  name: 'captures-delete',
  method: 'DELETE',
  route: 'spaces/{spaceId}/captures/{captureId}',
  access: { space: 'captures.create' },
  params: CaptureParams,
  ifMatch: 'required',
  async run({ access, params, ifMatch, services }) {
    await deleteCapture(services.store, access, params.captureId, ifMatch);
    return {};
  },
});

export const recapGet = defineEndpoint({
  name: 'recap-get',
  method: 'GET',
  route: 'spaces/{spaceId}/meetings/{meetingId}/recap',
  access: { space: 'meetings.read' },
  params: MeetingParams,
  async run({ access, params, services }) {
    return { body: await getRecap(services.store, access, params.meetingId) };
  },
});

export const myActionsList = defineEndpoint({
  name: 'my-actions-list',
  method: 'GET',
  route: 'me/actions',
  access: 'self',
  async run({ principal, services }) {
    return { body: { items: await listMyActions(services.store, principal) } };
  },
});
