import {
  NotFound,
  type OccurrenceBody,
  occurrenceOf,
  type OccurrenceGuestView,
  type Principal,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { spacePk, type SpaceDoc } from '../spaces/index.js';
import { stateDocId, type MeetingStateDoc } from './model.js';
import { occurrenceDocId, type OccurrenceDoc } from './occurrences.js';
import { getMeeting, listAgenda } from './queries.js';

/**
 * The read-only view of an occurrence for whoever attends the Teams meeting, members or not (a guest
 * sees the stage too). Reading it needs a signed-in account of the space's tenant, the space's id and
 * the Teams meeting's id, which only the meeting's attendees are given; it never creates anything,
 * and it answers 404 alike for a space, meeting or occurrence that does not exist.
 */
export async function guestView(
  store: DocumentStore,
  principal: Principal,
  spaceId: string,
  body: OccurrenceBody,
  now: number = Date.now(),
): Promise<OccurrenceGuestView> {
  const pk = spacePk(principal.tenantId, spaceId);
  const space = await store.read<SpaceDoc>(pk, 'space');
  const occurrence = occurrenceOf(body, now);
  const doc = space ? await store.read<OccurrenceDoc>(pk, occurrenceDocId(body.teamsMeetingId, occurrence.key)) : null;
  if (!space || !doc) throw new NotFound('meeting');
  const meeting = await getMeeting(store, pk, doc.meetingId);
  const state = await store.read<MeetingStateDoc>(pk, stateDocId(doc.meetingId));
  const items = (await listAgenda(store, pk, doc.meetingId)).filter((i) => !i.inDigest);
  return {
    spaceName: space.name,
    meeting: { title: meeting.title, scheduledStart: meeting.scheduledStart, status: meeting.status },
    agenda: items.map((i) => ({ id: i.itemId, title: i.title })),
    currentItemId: state?.status === 'running' ? (state.current?.itemId ?? null) : null,
  };
}
