import type { SpaceAccess } from '../../auth/policy.js';
import type { CreateAgendaItemBody } from '../../domain/index.js';
import { inboxNotifier } from '../../notify/inbox.js';
import type { DocumentStore } from '../../store/port.js';
import { addAgendaItem, createMeeting, updateAgendaItem } from './agenda.js';
import { createCapture } from './captures.js';
import { stateDocId, type MeetingStateDoc } from './model.js';
import { actionAssignedNotices } from './notices.js';
import { listMeetings } from './queries.js';
import { runMeeting } from './run.js';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60_000;

const WEEKLY_AGENDA: (CreateAgendaItemBody & { digest?: boolean })[] = [
  { title: 'Pipeline status round-robin', kind: 'statusUpdate', ownerId: 'u-megan', timeboxMinutes: 15, digest: true },
  {
    title: 'Account strategy: Fabrikam expansion — who is the economic buyer?',
    kind: 'accountStrategy',
    ownerId: 'u-lynne',
    timeboxMinutes: 20,
  },
  { title: 'Role-play: price pushback from procurement', kind: 'rolePlay', ownerId: 'u-alex', timeboxMinutes: 15 },
  {
    title: 'Best practice: how Diego shortened the legal review',
    kind: 'bestPractice',
    ownerId: 'u-diego',
    timeboxMinutes: 10,
  },
  { title: 'FYI: new expense policy', kind: 'announcement', ownerId: 'u-megan', timeboxMinutes: 5 },
];

async function latestState(store: DocumentStore, pk: string, meetingId: string): Promise<string> {
  const state = await store.read<MeetingStateDoc>(pk, stateDocId(meetingId));
  if (!state) throw new Error('demo meeting has no state');
  return state._etag;
}

/**
 * Three past weekly meetings (run with made-up times so the selling-time chart has a trend) and
 * next week's draft agenda, with one item the linter flags. Runs once per space.
 */
export async function seedMeetingsDemo(
  store: DocumentStore,
  access: SpaceAccess,
  now: number = Date.now(),
): Promise<void> {
  if ((await listMeetings(store, access.space.pk)).length > 0) return;
  const manager = access.member.userId;
  const monday = new Date(now - ((new Date(now).getUTCDay() + 6) % 7) * DAY);
  monday.setUTCHours(9, 0, 0, 0);

  // Each earlier week spent more of the hour on selling topics: what the chart should show.
  const pastWeeks = [
    { weeksAgo: 3, minutesPerItem: [25, 10, 10, 5, 10] },
    { weeksAgo: 2, minutesPerItem: [10, 20, 12, 8, 5] },
    { weeksAgo: 1, minutesPerItem: [0, 22, 16, 10, 2] },
  ];
  for (const week of pastWeeks) {
    const start = monday.getTime() - week.weeksAgo * 7 * DAY;
    const meeting = await createMeeting(
      store,
      access,
      {
        title: 'Weekly sales meeting',
        scheduledStart: new Date(start).toISOString(),
        lengthMinutes: 60,
        chatId: 'demo-weekly-chat',
      },
      manager,
    );
    for (const item of WEEKLY_AGENDA) {
      const { digest: _digest, ...body } = item;
      await addAgendaItem(store, access, meeting.meetingId, body);
    }
    const pk = access.space.pk;
    let at = start;
    await runMeeting(
      store,
      access,
      meeting.meetingId,
      { action: 'start' },
      await latestState(store, pk, meeting.meetingId),
      at,
    );
    for (const minutes of week.minutesPerItem.slice(0, -1)) {
      at += Math.max(minutes, 1) * MINUTE;
      await runMeeting(
        store,
        access,
        meeting.meetingId,
        { action: 'next' },
        await latestState(store, pk, meeting.meetingId),
        at,
      );
    }
    at += (week.minutesPerItem.at(-1) ?? 1) * MINUTE;
    const action = await createCapture(store, access, meeting.meetingId, {
      kind: 'action',
      text: `Send the Fabrikam mutual action plan (week ${4 - week.weeksAgo})`,
      ownerId: 'u-alex',
      dueDate: new Date(start + 4 * DAY).toISOString().slice(0, 10),
    });
    // Last week's action waits in Alex's inbox, as if Megan had just assigned it.
    if (week.weeksAgo === 1) {
      const { tenantId, spaceId } = access.space;
      await inboxNotifier(store).notify(
        { tenantId, userId: manager, name: access.member.name },
        actionAssignedNotices(spaceId, action),
      );
    }
    await createCapture(store, access, meeting.meetingId, {
      kind: 'decision',
      text: 'Status updates go to the pre-read from now on',
    });
    await runMeeting(
      store,
      access,
      meeting.meetingId,
      { action: 'end' },
      await latestState(store, pk, meeting.meetingId),
      at,
    );
  }

  const next = await createMeeting(
    store,
    access,
    {
      title: 'Weekly sales meeting',
      scheduledStart: new Date(monday.getTime() + 7 * DAY).toISOString(),
      lengthMinutes: 60,
    },
    manager,
  );
  for (const item of WEEKLY_AGENDA) {
    const { digest, ...body } = item;
    const created = await addAgendaItem(store, access, next.meetingId, body);
    if (digest)
      await updateAgendaItem(store, access, next.meetingId, created.itemId, { inDigest: true }, created._etag);
  }
}
