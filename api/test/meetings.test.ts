import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import { mayMoveAgenda, RunMeetingBody } from '../src/domain/index.js';
import type { AgendaResponse, MeetingStateResponse, RecapResponse } from '../src/domain/meetings.js';
import { api, problemCode, startTestHost, tokensFor, type TestHost } from './helpers.js';

const base = `/api/spaces/${DEMO_SPACE_ID}/meetings`;
const users = ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah', 'u-adele', 'u-fiona'] as const;

let t: TestHost;
let tok: Record<(typeof users)[number], string>;

beforeAll(async () => {
  t = await startTestHost();
  tok = await tokensFor(t.host, users);
});
afterAll(async () => {
  await t.close();
});

/** A meeting with a realistic agenda: one status round, one role-play owned by Alex, one strategy item. */
async function buildMeeting(): Promise<AgendaResponse> {
  const created = await api(t.host, 'POST', base, {
    token: tok['u-megan'],
    body: { title: 'Weekly sales meeting', scheduledStart: '2026-12-01T09:00:00Z', lengthMinutes: 60 },
  });
  expect(created.status).toBe(201);
  const meetingId = (created.json as AgendaResponse).meeting.id;
  const add = (body: object) => api(t.host, 'POST', `${base}/${meetingId}/items`, { token: tok['u-megan'], body });
  await add({ title: 'Pipeline status round-robin', kind: 'statusUpdate', ownerId: 'u-megan', timeboxMinutes: 15 });
  await add({
    title: 'Role-play: price pushback from procurement',
    kind: 'rolePlay',
    ownerId: 'u-alex',
    timeboxMinutes: 20,
  });
  const last = await add({
    title: 'Account strategy: Fabrikam expansion',
    kind: 'accountStrategy',
    ownerId: 'u-lynne',
    timeboxMinutes: 20,
  });
  expect(last.status).toBe(201);
  return last.json as AgendaResponse;
}

const stateOf = async (meetingId: string, token = tok['u-megan']) => {
  const res = await api(t.host, 'GET', `${base}/${meetingId}/state`, { token });
  expect(res.status).toBe(200);
  return res.json as MeetingStateResponse;
};

const run = (meetingId: string, token: string, etag: string, body: object) =>
  api(t.host, 'POST', `${base}/${meetingId}/state`, { token, body, headers: { 'if-match': etag } });

describe('planning an agenda', () => {
  it('flags one-way items, moves them to the digest on request and recomputes the selling-time ratio', async () => {
    const agenda = await buildMeeting();
    const status = agenda.items.find((i) => i.kind === 'statusUpdate');
    expect(status).toBeDefined();
    const finding = agenda.lint.findings.find((f) => f.code === 'couldBeEmail' && f.itemId === status?.id);
    expect(finding?.fix).toEqual({ action: 'moveToDigest', itemId: status?.id });
    expect(agenda.lint.totalMinutes).toBe(55);
    expect(agenda.lint.sellingTimeRatio).toBeCloseTo(40 / 55, 3);

    const moved = await api(t.host, 'PATCH', `${base}/${agenda.meeting.id}/items/${status?.id}`, {
      token: tok['u-megan'],
      body: { inDigest: true },
      headers: { 'if-match': status?.etag ?? '' },
    });
    expect(moved.status).toBe(200);
    const after = moved.json as AgendaResponse;
    expect(after.lint.totalMinutes).toBe(40);
    expect(after.lint.sellingTimeRatio).toBe(1);
    expect(after.lint.findings.some((f) => f.code === 'couldBeEmail')).toBe(false);

    const digest = await api(t.host, 'GET', `${base}/${agenda.meeting.id}/digest`, { token: tok['u-alex'] });
    expect(digest.status).toBe(200);
    expect((digest.json as { text: string }).text).toContain('Pipeline status round-robin');
    const ack = await api(t.host, 'POST', `${base}/${agenda.meeting.id}/digest/ack`, { token: tok['u-alex'] });
    expect(ack.json).toMatchObject({ readByMe: true, acks: [{ userId: 'u-alex', name: 'Alex Wilber' }] });
  });

  it('reorders by "put after" and keeps every other item where it was', async () => {
    const agenda = await buildMeeting();
    const [first, second, third] = agenda.items;
    const res = await api(t.host, 'POST', `${base}/${agenda.meeting.id}/items/${third?.id}/move`, {
      token: tok['u-alex'],
      body: { afterItemId: null },
    });
    expect(res.status).toBe(200);
    expect((res.json as AgendaResponse).items.map((i) => i.id)).toEqual([third?.id, first?.id, second?.id]);
    const back = await api(t.host, 'POST', `${base}/${agenda.meeting.id}/items/${third?.id}/move`, {
      token: tok['u-alex'],
      body: { afterItemId: first?.id },
    });
    expect((back.json as AgendaResponse).items.map((i) => i.id)).toEqual([first?.id, third?.id, second?.id]);
  });

  it('rejects bad items with a clear 400 and changes nothing', async () => {
    const agenda = await buildMeeting();
    const url = `${base}/${agenda.meeting.id}/items`;
    const bad = [
      { title: 'Negative', kind: 'skill', timeboxMinutes: -5 },
      { title: 'Huge', kind: 'skill', timeboxMinutes: 100000 },
      { title: 'x'.repeat(10_000), kind: 'skill', timeboxMinutes: 5 },
      { title: 'Unknown kind', kind: 'gossip', timeboxMinutes: 5 },
      { title: 'Stranger owns it', kind: 'skill', ownerId: 'u-fiona', timeboxMinutes: 5 },
    ];
    for (const body of bad) {
      const res = await api(t.host, 'POST', url, { token: tok['u-megan'], body });
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(problemCode(res)).toBe('validation_failed');
      expect((res.json as { issues?: { field: string }[] }).issues?.[0]?.field).toMatch(/^body\./);
    }
    const now = await api(t.host, 'GET', `${base}/${agenda.meeting.id}`, { token: tok['u-megan'] });
    expect((now.json as AgendaResponse).items).toHaveLength(3);
  });

  it('lets contributors read but not edit, and hides meetings from non-members and other tenants', async () => {
    const agenda = await buildMeeting();
    const id = agenda.meeting.id;
    expect((await api(t.host, 'GET', `${base}/${id}`, { token: tok['u-isaiah'] })).status).toBe(200);
    const edit = await api(t.host, 'POST', `${base}/${id}/items`, {
      token: tok['u-isaiah'],
      body: { title: 'Mine', kind: 'other' },
    });
    expect(edit.status).toBe(403);
    for (const who of ['u-adele', 'u-fiona'] as const) {
      for (const path of ['', '/state', '/recap', '/digest', '/captures']) {
        expect((await api(t.host, 'GET', `${base}/${id}${path}`, { token: tok[who] })).status).toBe(404);
      }
    }
  });

  it('answers 404 on every read of a meeting that does not exist or belongs to another space', async () => {
    const other = await api(t.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: { name: 'Other team' } });
    const otherId = (other.json as { id: string }).id;
    const elsewhere = await api(t.host, 'POST', `/api/spaces/${otherId}/meetings`, {
      token: tok['u-megan'],
      body: { title: 'Their meeting', scheduledStart: '2026-12-01T09:00:00Z', lengthMinutes: 30 },
    });
    const foreignId = (elsewhere.json as AgendaResponse).meeting.id;
    await api(t.host, 'POST', `/api/spaces/${otherId}/meetings/${foreignId}/captures`, {
      token: tok['u-megan'],
      body: { kind: 'decision', text: 'Kept in the other space' },
    });
    for (const id of ['no-such-meeting', foreignId]) {
      for (const path of ['', '/state', '/recap', '/digest', '/captures']) {
        const res = await api(t.host, 'GET', `${base}/${id}${path}`, { token: tok['u-megan'] });
        expect({ path, status: res.status, code: problemCode(res) }).toEqual({ path, status: 404, code: 'not_found' });
      }
    }
  });

  it('starts next week from this week’s agenda', async () => {
    const agenda = await buildMeeting();
    const res = await api(t.host, 'POST', `${base}/${agenda.meeting.id}/next-week`, { token: tok['u-megan'] });
    expect(res.status).toBe(201);
    const next = res.json as AgendaResponse;
    expect(next.meeting.scheduledStart).toBe('2026-12-08T09:00:00.000Z');
    expect(next.items.map((i) => i.title)).toEqual(agenda.items.map((i) => i.title));
    expect(next.items.map((i) => i.id)).not.toEqual(agenda.items.map((i) => i.id));
  });
});

describe('running the meeting', () => {
  it('gives every participant the same current item and answers unchanged polls with 304 from one store read', async () => {
    const agenda = await buildMeeting();
    const id = agenda.meeting.id;
    const before = await stateOf(id);
    const started = await run(id, tok['u-megan'], before.etag, { action: 'start' });
    expect(started.status).toBe(200);
    const mine = await stateOf(id);
    const alex = await stateOf(id, tok['u-alex']);
    expect(alex.current).toEqual(mine.current);
    expect(mine.current).toMatchObject({ title: 'Pipeline status round-robin', index: 0, count: 3 });
    expect(mine.timer).toMatchObject({ status: 'running', durationMs: 15 * 60_000 });

    const poll = await api(t.host, 'GET', `${base}/${id}/state`, {
      token: tok['u-alex'],
      headers: { 'if-none-match': alex.etag },
    });
    expect(poll.status).toBe(304);
    expect(Number(poll.headers['x-server-time'])).toBeGreaterThan(0);
    expect(poll.headers['x-store-ops']).toBe('1');
  });

  it('never skips two items when two managers press next at the same moment', async () => {
    await api(t.host, 'PATCH', `/api/spaces/${DEMO_SPACE_ID}/members/u-lynne`, {
      token: tok['u-megan'],
      body: { role: 'manager' },
    });
    const agenda = await buildMeeting();
    const id = agenda.meeting.id;
    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'start' });
    const seen = await stateOf(id);
    const [a, b] = await Promise.all([
      run(id, tok['u-megan'], seen.etag, { action: 'next' }),
      run(id, tok['u-lynne'], seen.etag, { action: 'next' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    expect((await stateOf(id)).current?.index).toBe(1);
    await api(t.host, 'PATCH', `/api/spaces/${DEMO_SPACE_ID}/members/u-lynne`, {
      token: tok['u-megan'],
      body: { role: 'rep' },
    });
  });

  it('lets the current item’s owner move on and extend, but not another rep', async () => {
    const agenda = await buildMeeting();
    const id = agenda.meeting.id;
    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'start' });
    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'next' });
    // Alex owns the role-play that is now current; Lynne does not.
    expect((await run(id, tok['u-lynne'], (await stateOf(id)).etag, { action: 'extend', minutes: 5 })).status).toBe(
      403,
    );
    const extended = await run(id, tok['u-alex'], (await stateOf(id)).etag, { action: 'extend', minutes: 5 });
    expect(extended.status).toBe(200);
    expect((extended.json as MeetingStateResponse).timer.durationMs).toBe(25 * 60_000);
    expect((await run(id, tok['u-alex'], (await stateOf(id)).etag, { action: 'next' })).status).toBe(200);
    expect((await stateOf(id)).current?.title).toBe('Account strategy: Fabrikam expansion');
  });

  it('lets the current item’s owner move the agenda but never start or end the meeting', async () => {
    const agenda = await buildMeeting();
    const id = agenda.meeting.id;
    // Alex owns the role-play item, but the meeting has not started: starting is a manager's move.
    expect((await run(id, tok['u-alex'], (await stateOf(id)).etag, { action: 'start' })).status).toBe(403);
    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'start' });
    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'next' });
    const ending = await run(id, tok['u-alex'], (await stateOf(id)).etag, { action: 'end' });
    expect(ending.status).toBe(403);
    expect((await stateOf(id)).status).toBe('running');
    expect((await run(id, tok['u-alex'], (await stateOf(id)).etag, { action: 'previous' })).status).toBe(200);
    // Back on Megan's item, Alex no longer owns what is being run.
    expect((await run(id, tok['u-alex'], (await stateOf(id)).etag, { action: 'next' })).status).toBe(403);
  });

  it('takes exactly the fields each move needs: extend its minutes, the others none', async () => {
    const agenda = await buildMeeting();
    const id = agenda.meeting.id;
    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'start' });
    const etag = (await stateOf(id)).etag;
    for (const body of [
      { action: 'extend' },
      { action: 'extend', minutes: 2 },
      { action: 'next', minutes: 5 },
      { action: 'start', minutes: 1 },
      { action: 'rewind' },
    ]) {
      const res = await run(id, tok['u-megan'], etag, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(problemCode(res)).toBe('validation_failed');
    }
    expect((await stateOf(id)).etag).toBe(etag);
    const extended = await run(id, tok['u-megan'], etag, { action: 'extend', minutes: 1 });
    expect((extended.json as MeetingStateResponse).timer.durationMs).toBe(16 * 60_000);
  });

  it('keeps all 30 captures made at once, and the recap and the owner’s personal list show them', async () => {
    const agenda = await buildMeeting();
    const id = agenda.meeting.id;
    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'start' });
    const itemId = (await stateOf(id)).current?.itemId;
    const who = [tok['u-megan'], tok['u-alex'], tok['u-lynne'], tok['u-isaiah']];
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api(t.host, 'POST', `${base}/${id}/captures`, {
          token: who[i % who.length],
          body:
            i % 3 === 0
              ? { kind: 'action', text: `Action ${i}`, itemId, ownerId: 'u-alex', dueDate: '2026-12-05' }
              : { kind: 'decision', text: `Decision ${i}`, itemId },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));
    const captures = await api(t.host, 'GET', `${base}/${id}/captures`, { token: tok['u-isaiah'] });
    expect((captures.json as { items: unknown[] }).items).toHaveLength(30);

    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'end' });
    const recap = (await api(t.host, 'GET', `${base}/${id}/recap`, { token: tok['u-isaiah'] })).json as RecapResponse;
    expect(recap.meeting.status).toBe('ended');
    expect(recap.actions).toHaveLength(10);
    expect(recap.decisions).toHaveLength(20);
    expect(recap.plannedMinutes).toBe(55);
    expect(recap.items.map((i) => i.plannedMinutes)).toEqual([15, 20, 20]);
    expect(recap.meeting.summary?.plannedSellingRatio).toBeCloseTo(40 / 55, 3);

    const mine = await api(t.host, 'GET', '/api/me/actions', { token: tok['u-alex'] });
    const actions = (mine.json as { items: { id: string; text: string; meetingTitle: string; done: boolean }[] }).items;
    const one = actions.find((a) => a.text === 'Action 0');
    expect(one).toMatchObject({ meetingTitle: 'Weekly sales meeting', done: false });
    const lynneTries = await api(t.host, 'PATCH', `/api/spaces/${DEMO_SPACE_ID}/captures/${one?.id}`, {
      token: tok['u-lynne'],
      body: { done: true },
    });
    expect(lynneTries.status).toBe(403);
    const done = await api(t.host, 'PATCH', `/api/spaces/${DEMO_SPACE_ID}/captures/${one?.id}`, {
      token: tok['u-alex'],
      body: { done: true },
    });
    expect(done.json).toMatchObject({ done: true });
  });

  it('refuses agenda edits once the meeting has ended', async () => {
    const agenda = await buildMeeting();
    const id = agenda.meeting.id;
    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'start' });
    await run(id, tok['u-megan'], (await stateOf(id)).etag, { action: 'end' });
    const res = await api(t.host, 'POST', `${base}/${id}/items`, {
      token: tok['u-megan'],
      body: { title: 'Late', kind: 'skill' },
    });
    expect(res.status).toBe(409);
  });
});

describe('the agenda-moving rule the API and the tabs share', () => {
  const megan = { userId: 'u-megan', role: 'manager' } as const;
  const alex = { userId: 'u-alex', role: 'rep' } as const;
  const isaiah = { userId: 'u-isaiah', role: 'contributor' } as const;

  it('gives managers every move and the current item’s owner only the moves within the meeting', () => {
    for (const action of ['start', 'next', 'previous', 'extend', 'end'] as const) {
      expect(mayMoveAgenda(megan, action, null)).toBe(true);
      expect(mayMoveAgenda(alex, action, 'u-alex')).toBe(action !== 'start' && action !== 'end');
      expect(mayMoveAgenda(isaiah, action, 'u-isaiah')).toBe(action !== 'start' && action !== 'end');
      expect(mayMoveAgenda(alex, action, 'u-lynne')).toBe(false);
      expect(mayMoveAgenda(alex, action, null)).toBe(false);
    }
  });

  it('parses each move into its own shape', () => {
    expect(RunMeetingBody.parse({ action: 'extend', minutes: 5 })).toEqual({ action: 'extend', minutes: 5 });
    expect(RunMeetingBody.safeParse({ action: 'extend' }).error?.issues[0]?.path).toEqual(['minutes']);
    expect(RunMeetingBody.safeParse({ action: 'end', minutes: 1 }).success).toBe(false);
  });
});
