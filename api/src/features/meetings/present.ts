import type { AgendaItemResponse, CaptureResponse, MeetingResponse, MeetingStateResponse } from '../../domain/index.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { StoredCapture, StoredItem, StoredMeeting, StoredState } from './model.js';
import { undoUntil } from './run.js';

export function presentMeeting(meeting: StoredMeeting, spaceId: string): MeetingResponse {
  return {
    id: meeting.meetingId,
    spaceId,
    title: meeting.title,
    scheduledStart: meeting.scheduledStart,
    lengthMinutes: meeting.lengthMinutes,
    teamsMeetingId: meeting.teamsMeetingId,
    chatId: meeting.chatId,
    status: meeting.status,
    summary: meeting.summary,
    etag: meeting._etag,
  };
}

export function presentItem(item: StoredItem, space: StoredSpace): AgendaItemResponse {
  return {
    id: item.itemId,
    meetingId: item.meetingId,
    title: item.title,
    kind: item.kind,
    ownerId: item.ownerId,
    ownerName: nameOf(space, item.ownerId),
    timeboxMinutes: item.timeboxMinutes,
    link: item.link,
    notes: item.notes,
    inDigest: item.inDigest,
    order: item.order,
    etag: item._etag,
  };
}

export function presentState(state: StoredState, now: number): MeetingStateResponse {
  return {
    meetingId: state.meetingId,
    status: state.status,
    current: state.current,
    timer: state.timer,
    undoUntil: undoUntil(state),
    serverNow: now,
    etag: state._etag,
  };
}

export function presentCapture(capture: StoredCapture, space: StoredSpace): CaptureResponse {
  return {
    id: capture.captureId,
    meetingId: capture.meetingId,
    kind: capture.kind,
    text: capture.text,
    itemId: capture.itemId,
    ownerId: capture.ownerId,
    ownerName: nameOf(space, capture.ownerId),
    dueDate: capture.dueDate,
    done: capture.done,
    createdBy: capture.createdBy,
    createdAt: capture.createdAt,
    etag: capture._etag,
  };
}
