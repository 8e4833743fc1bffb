import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type AgendaResponse,
  type MeetingResponse,
  type MeetingStateResponse,
  type RoleplayStateResponse,
  UNDO_WINDOW_MS,
} from '../src/domain/index.js';
import { api } from './helpers.js';
import {
  createRoleplay,
  get,
  ok,
  run as runRoleplay,
  space,
  step,
  t,
  tok,
  useRoleplayHost,
} from './roleplays-fixture.js';

// "Nothing irreversible in one click": ending a meeting (or closing a role-play) can be undone for a
// short while, and role-plays left open are closed with their meeting.

useRoleplayHost();

afterEach(() => {
  vi.restoreAllMocks();
});

const base = `${space}/meetings`;

async function startedMeeting(): Promise<{ id: string; roleplayItemId: string }> {
  const created = ok<AgendaResponse>(
    await api(t.host, 'POST', base, {
      token: tok['u-megan'],
      body: { title: 'Weekly sales meeting', scheduledStart: '2026-12-01T09:00:00Z', lengthMinutes: 60 },
    }),
    201,
  );
  const id = created.meeting.id;
  const add = async (body: object) =>
    ok<AgendaResponse>(await api(t.host, 'POST', `${base}/${id}/items`, { token: tok['u-megan'], body }), 201);
  await add({ title: 'Account strategy: Fabrikam', kind: 'accountStrategy', ownerId: 'u-megan', timeboxMinutes: 10 });
  const agenda = await add({ title: 'Role-play: price pushback', kind: 'rolePlay', timeboxMinutes: 15 });
  const roleplayItemId = agenda.items.find((i) => i.kind === 'rolePlay')?.id ?? '';
  await move(id, { action: 'start' });
  return { id, roleplayItemId };
}

const stateOf = async (meetingId: string): Promise<MeetingStateResponse> =>
  ok<MeetingStateResponse>(await get(`${base}/${meetingId}/state`));

const runMeeting = async (meetingId: string, body: object, who: 'u-megan' | 'u-alex' = 'u-megan') =>
  api(t.host, 'POST', `${base}/${meetingId}/state`, {
    token: tok[who],
    body,
    headers: { 'if-match': (await stateOf(meetingId)).etag },
  });

async function move(meetingId: string, body: object): Promise<MeetingStateResponse> {
  return ok<MeetingStateResponse>(await runMeeting(meetingId, body));
}

const meetingOf = async (id: string): Promise<MeetingResponse> =>
  ok<AgendaResponse>(await get(`${base}/${id}`)).meeting;

/** Pretends the server's clock has moved on by `ms` for the requests made inside `during`. */
async function later<T>(ms: number, during: () => Promise<T>): Promise<T> {
  const realNow = Date.now.bind(Date);
  const spy = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + ms);
  try {
    return await during();
  } finally {
    spy.mockRestore();
  }
}

describe('undoing the end of a meeting', () => {
  it('restores the same item with a clock that ran on as if the meeting had never ended', async () => {
    const { id } = await startedMeeting();
    const running = await move(id, { action: 'next' });
    expect(running.undoUntil).toBeNull();

    const ended = await move(id, { action: 'end' });
    expect(ended.status).toBe('ended');
    expect(ended.current).toBeNull();
    expect(ended.undoUntil).toBeGreaterThanOrEqual(ended.serverNow + UNDO_WINDOW_MS - 5_000);
    expect(ended.undoUntil).toBeLessThanOrEqual(ended.serverNow + UNDO_WINDOW_MS);
    expect((await meetingOf(id)).status).toBe('ended');

    const undone = await move(id, { action: 'undoEnd' });
    expect(undone).toMatchObject({ status: 'running', undoUntil: null });
    expect(undone.current).toEqual(running.current);
    // Same timer: every participant's clock shows what it would have shown without the end.
    expect(undone.timer).toEqual(running.timer);
    const meeting = await meetingOf(id);
    expect(meeting).toMatchObject({ status: 'running', summary: null });

    // The meeting goes on and ends again normally; the recap counts the item once, as one stretch.
    await move(id, { action: 'end' });
    const recap = ok<{ items: { kind: string; actualMinutes: number }[] }>(await get(`${base}/${id}/recap`));
    expect(recap.items).toHaveLength(2);
  });

  it('is a manager’s move, once, and only within the undo window', async () => {
    const { id } = await startedMeeting();
    await move(id, { action: 'end' });
    expect((await runMeeting(id, { action: 'undoEnd' }, 'u-alex')).status).toBe(403);

    const tooLate = await later(UNDO_WINDOW_MS + 1_000, () => runMeeting(id, { action: 'undoEnd' }));
    expect(tooLate.status).toBe(409);
    expect((await stateOf(id)).status).toBe('ended');

    const { id: other } = await startedMeeting();
    expect((await runMeeting(other, { action: 'undoEnd' })).status).toBe(409);
    await move(other, { action: 'end' });
    await move(other, { action: 'undoEnd' });
    expect((await runMeeting(other, { action: 'undoEnd' })).status).toBe(409);
  });

  it('takes exactly one of two undo clicks made at once', async () => {
    const { id } = await startedMeeting();
    await move(id, { action: 'end' });
    const etag = (await stateOf(id)).etag;
    const both = await Promise.all(
      [0, 1].map(() =>
        api(t.host, 'POST', `${base}/${id}/state`, {
          token: tok['u-megan'],
          body: { action: 'undoEnd' },
          headers: { 'if-match': etag },
        }),
      ),
    );
    // One undo wins; the other either lost the etag race (412) or saw the meeting running again (409).
    expect(both.filter((r) => r.status === 200)).toHaveLength(1);
    expect(both.map((r) => r.status).filter((s) => s !== 200)[0]).toBeOneOf([409, 412]);
    expect((await stateOf(id)).status).toBe('running');
  });
});

describe('role-plays of a meeting', () => {
  it('closes the role-plays left open when their meeting ends, and undoing the end reopens them as they were', async () => {
    const { id, roleplayItemId } = await startedMeeting();
    await move(id, { action: 'next' });
    const meeting = { meetingId: id, itemId: roleplayItemId };
    const played = await createRoleplay({ meeting });
    const running = await step(played.id, { action: 'start' });
    const untouched = await createRoleplay({ meeting });
    const done = await createRoleplay({ meeting });
    await step(done.id, { action: 'start' });
    await step(done.id, { action: 'debrief' });
    await step(done.id, { action: 'close' });
    const elsewhere = await createRoleplay({});

    await move(id, { action: 'end' });
    const after = async (rid: string) => ok<RoleplayStateResponse>(await get(`${space}/roleplays/${rid}/state`));
    const closed = await after(played.id);
    expect(closed.status).toBe('closed');
    // Its round no longer counts: the timer stopped when the meeting ended.
    expect(closed.timer.status).not.toBe('running');
    expect((await after(untouched.id)).status).toBe('closed');
    expect((await after(elsewhere.id)).status).toBe('setup');
    const listed = ok<{ items: { id: string; status: string }[] }>(
      await get(`${space}/roleplays?meetingId=${id}&status=running`),
    );
    expect(listed.items).toEqual([]);

    await move(id, { action: 'undoEnd' });
    const back = await after(played.id);
    expect(back).toMatchObject({ status: 'running', round: 1 });
    expect(back.timer).toEqual(running.timer);
    expect((await after(untouched.id)).status).toBe('setup');
    // Closed by its facilitator before the end: stays closed.
    expect((await after(done.id)).status).toBe('closed');
  });
});

describe('closing a role-play', () => {
  it('can be reopened to the debrief by its facilitator within the undo window, not after', async () => {
    const roleplay = await createRoleplay({});
    await step(roleplay.id, { action: 'start' });
    await step(roleplay.id, { action: 'debrief' });
    const closed = await step(roleplay.id, { action: 'close' });
    expect(closed.reopenUntil).toBeGreaterThan(closed.serverNow);
    const reopened = await step(roleplay.id, { action: 'reopen' });
    expect(reopened).toMatchObject({ status: 'debrief', reopenUntil: null });

    const again = await step(roleplay.id, { action: 'close' });
    const late = await later(UNDO_WINDOW_MS + 1_000, () => runRoleplay(roleplay.id, again.etag, { action: 'reopen' }));
    expect(late.status).toBe(409);
    expect((await get(`${space}/roleplays/${roleplay.id}/state`)).json).toMatchObject({ status: 'closed' });
  });
});

describe('the recap', () => {
  it('lists the role-plays run and counts minutes in whole minutes', async () => {
    const { id, roleplayItemId } = await startedMeeting();
    await later(90_000, () => move(id, { action: 'next' }));
    const meeting = { meetingId: id, itemId: roleplayItemId };
    const played = await createRoleplay({ meeting });
    await step(played.id, { action: 'start' });
    await createRoleplay({ meeting });
    await later(200_000, () => move(id, { action: 'end' }));

    const recap = ok<{
      items: { actualMinutes: number }[];
      actualMinutes: number;
      roleplays: { id: string; title: string; repName: string | null; roundsPlayed: number; itemId: string | null }[];
    }>(await get(`${base}/${id}/recap`));
    expect(recap.roleplays).toEqual([
      {
        id: played.id,
        title: played.scenario.title,
        repName: 'Alex Wilber',
        roundsPlayed: 1,
        itemId: roleplayItemId,
      },
    ]);
    expect(recap.items.map((i) => i.actualMinutes)).toEqual([2, 2]);
    expect(Number.isInteger(recap.actualMinutes)).toBe(true);
  });
});
