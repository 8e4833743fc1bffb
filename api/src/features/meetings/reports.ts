import type { SpaceAccess } from '../../auth/policy.js';
import { buildDigest, type Principal, type RecapResponse } from '../../domain/index.js';
import { queryAll } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { listMeetingRoleplays } from '../roleplays/index.js';
import { listMySpaces, nameOf } from '../spaces/index.js';
import {
  type CaptureDoc,
  type DigestAckDoc,
  type MeetingDoc,
  type MeetingStateDoc,
  stateDocId,
  meetingDocId,
} from './model.js';
import { presentCapture, presentMeeting } from './present.js';
import { getMeeting, listAgenda, listCaptures } from './queries.js';
import { actualMinutesByItem, summarise } from './run.js';

/** The pre-read digest of a meeting and who has read it. */
export async function getDigest(store: DocumentStore, access: SpaceAccess, meetingId: string, locale?: string) {
  const pk = access.space.pk;
  const meeting = await getMeeting(store, pk, meetingId);
  const items = (await listAgenda(store, pk, meetingId)).filter((i) => i.inDigest);
  const acks = await queryAll<DigestAckDoc>(store, pk, {
    type: 'digestAck',
    where: { meetingId },
    orderBy: { field: 'readAt' },
    limit: 500,
  });
  const digest = buildDigest(
    { title: meeting.title, scheduledStart: meeting.scheduledStart },
    items.map((i) => ({
      title: i.title,
      ownerName: nameOf(access.space, i.ownerId) ?? undefined,
      notes: i.notes || undefined,
    })),
    locale,
  );
  return {
    ...digest,
    itemIds: items.map((i) => i.itemId),
    acks: acks.map((a) => ({
      userId: a.userId,
      name: nameOf(access.space, a.userId) ?? 'Former member',
      readAt: a.readAt,
    })),
    readByMe: acks.some((a) => a.userId === access.member.userId),
  };
}

/** Decisions, actions, planned vs actual minutes and the selling-time ratios of one meeting. */
export async function getRecap(
  store: DocumentStore,
  access: SpaceAccess,
  meetingId: string,
  now: number = Date.now(),
): Promise<RecapResponse> {
  const pk = access.space.pk;
  const meeting = await getMeeting(store, pk, meetingId);
  const state = await store.read<MeetingStateDoc>(pk, stateDocId(meetingId));
  const log = state?.log ?? [];
  const items = (await listAgenda(store, pk, meetingId)).filter((i) => !i.inDigest);
  const captures = (await listCaptures(store, pk, meetingId)).map((c) => presentCapture(c, access.space));
  const actual = actualMinutesByItem(log, now);
  const totals = summarise(items, log, now);
  return {
    meeting: presentMeeting(meeting, access.space.spaceId),
    items: items.map((i) => ({
      itemId: i.itemId,
      title: i.title,
      kind: i.kind,
      plannedMinutes: i.timeboxMinutes ?? 0,
      actualMinutes: Math.round(actual.get(i.itemId) ?? 0),
    })),
    roleplays: (await listMeetingRoleplays(store, pk, meetingId))
      .filter((r) => r.round > 0)
      .map((r) => ({
        id: r.roleplayId,
        title: r.scenario.title,
        repName: nameOf(access.space, r.repId) ?? null,
        roundsPlayed: r.round,
        itemId: r.itemId,
      })),
    decisions: captures.filter((c) => c.kind === 'decision'),
    actions: captures.filter((c) => c.kind === 'action'),
    ...totals,
  };
}

/** Open and done action items owned by the caller, across every space they belong to. */
export async function listMyActions(store: DocumentStore, principal: Principal) {
  const spaces = await listMySpaces(store, principal);
  const out = [];
  for (const space of spaces) {
    const actions = await queryAll<CaptureDoc>(store, space.pk, {
      type: 'capture',
      where: { ownerId: principal.userId, kind: 'action' },
      orderBy: { field: 'createdAt', direction: 'desc' },
      limit: 200,
    });
    const titles = new Map<string, string | null>();
    for (const action of actions) {
      if (!titles.has(action.meetingId)) {
        const meeting = await store.read<MeetingDoc>(space.pk, meetingDocId(action.meetingId));
        titles.set(action.meetingId, meeting?.title ?? null);
      }
      // A deleted meeting's actions leave the list with it (should its clean-up have stopped half-way).
      const meetingTitle = titles.get(action.meetingId);
      if (meetingTitle === null || meetingTitle === undefined) continue;
      out.push({
        ...presentCapture(action, space),
        spaceId: space.spaceId,
        spaceName: space.name,
        meetingTitle,
      });
    }
  }
  // Open items first, then by due date (undated last).
  return out.sort(
    (a, b) => Number(a.done) - Number(b.done) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );
}
