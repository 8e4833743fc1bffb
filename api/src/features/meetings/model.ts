import type { AgendaKind, ContentLink, MeetingSummary, TimerState } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';

/** A sales meeting of one space, optionally tied to a Teams meeting. */
export interface MeetingDoc {
  id: string;
  pk: string;
  type: 'meeting';
  meetingId: string;
  title: string;
  scheduledStart: string;
  lengthMinutes: number;
  teamsMeetingId: string | null;
  chatId: string | null;
  status: 'draft' | 'running' | 'ended';
  summary: MeetingSummary | null;
  createdAt: string;
  createdBy: string;
  [field: string]: unknown;
}

/** One agenda item: its own document, so people editing different items never conflict. */
export interface AgendaItemDoc {
  id: string;
  pk: string;
  type: 'agendaItem';
  meetingId: string;
  itemId: string;
  title: string;
  kind: AgendaKind;
  ownerId: string | null;
  timeboxMinutes: number | null;
  link: ContentLink | null;
  notes: string;
  inDigest: boolean;
  /** Sort key; a move takes the midpoint of its new neighbours. */
  order: number;
  [field: string]: unknown;
}

/** The live run: what every participant polls. Snapshot of the current item so one read suffices. */
export interface MeetingStateDoc {
  id: string;
  pk: string;
  type: 'meetingState';
  meetingId: string;
  status: 'notStarted' | 'running' | 'ended';
  current: {
    itemId: string;
    title: string;
    kind: AgendaKind;
    ownerId: string | null;
    ownerName: string | null;
    timeboxMinutes: number | null;
    link: ContentLink | null;
    index: number;
    count: number;
  } | null;
  timer: TimerState;
  /** When each item was current; an item visited twice has two entries. */
  log: { itemId: string; startedAt: number; endedAt: number | null }[];
  /** Server time of "end" (absent on older records); "undo end" is allowed for a short while after. */
  endedAt?: number | null;
  /** What "end" replaced, which "undo end" puts back. */
  beforeEnd?: Pick<MeetingStateDoc, 'status' | 'current' | 'timer'> | null;
  [field: string]: unknown;
}

/** A decision or an action item captured during a meeting. */
export interface CaptureDoc {
  id: string;
  pk: string;
  type: 'capture';
  captureId: string;
  meetingId: string;
  kind: 'decision' | 'action';
  text: string;
  itemId: string | null;
  ownerId: string | null;
  dueDate: string | null;
  done: boolean;
  createdBy: string;
  createdAt: string;
  [field: string]: unknown;
}

/** "I have read the pre-read digest", one per member and meeting. */
export interface DigestAckDoc {
  id: string;
  pk: string;
  type: 'digestAck';
  meetingId: string;
  userId: string;
  readAt: string;
  [field: string]: unknown;
}

export type StoredMeeting = Stored<MeetingDoc>;
export type StoredItem = Stored<AgendaItemDoc>;
export type StoredState = Stored<MeetingStateDoc>;
export type StoredCapture = Stored<CaptureDoc>;

export const meetingDocId = (meetingId: string): string => `meeting|${meetingId}`;
export const itemDocId = (meetingId: string, itemId: string): string => `item|${meetingId}|${itemId}`;
export const stateDocId = (meetingId: string): string => `state|${meetingId}`;
export const captureDocId = (captureId: string): string => `capture|${captureId}`;
export const ackDocId = (meetingId: string, userId: string): string => `ack|${meetingId}|${userId}`;

/**
 * The agenda lines a space's managers said need the room: the linter no longer flags them as could-be-an-email
 * in any meeting of the space. One document per space, like the skill list; lines are `keptLineKey`s.
 */
export interface KeptLinesDoc {
  id: string;
  pk: string;
  type: 'agendaKeptLines';
  /** Oldest first; past the cap the oldest lines are forgotten. */
  lines: string[];
  updatedAt: string;
  updatedBy: string;
  [field: string]: unknown;
}

export const KEPT_LINES_ID = 'agenda-kept-lines';

/** How many kept lines a space remembers; a team's recurring agenda lines are far fewer. */
export const MAX_KEPT_LINES = 500;
