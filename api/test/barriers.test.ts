import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  AgendaItemResponse,
  BarrierBoardResponse,
  BarrierListResponse,
  BarrierResponse,
  InboxResponse,
  MyBarriersResponse,
  SpaceResponse,
} from '../src/domain/index.js';
import { buildBarrierBody } from './barrier-samples.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildMeetingBody } from './meeting-samples.js';

type Users = 'u-megan' | 'u-alex' | 'u-lynne' | 'u-isaiah';

let env: TestHost;
let tokens: Record<Users, string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah']);
});

afterAll(async () => {
  await env.close();
});

/** A fresh team: Megan manages, Alex and Lynne are reps, Isaiah contributes. */
async function buildTeam(): Promise<string> {
  const created = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
  const id = (created.json as SpaceResponse).id;
  for (const [userId, name, role] of [
    ['u-alex', 'Alex Wilber', 'rep'],
    ['u-lynne', 'Lynne Robbins', 'rep'],
    ['u-isaiah', 'Isaiah Langer', 'contributor'],
  ] as const) {
    await api(env.host, 'POST', `/api/spaces/${id}/members`, {
      token: tokens['u-megan'],
      body: buildInviteBody({ userId, name, role }),
    });
  }
  return id;
}

const base = (spaceId: string): string => `/api/spaces/${spaceId}/barriers`;

async function raise(spaceId: string, who: Users = 'u-alex', overrides = {}): Promise<BarrierResponse> {
  const res = await api(env.host, 'POST', base(spaceId), { token: tokens[who], body: buildBarrierBody(overrides) });
  expect(res.status).toBe(201);
  return res.json as BarrierResponse;
}

function setStatus(spaceId: string, barrier: { id: string; etag: string }, body: unknown, who: Users = 'u-megan') {
  return api(env.host, 'PUT', `${base(spaceId)}/${barrier.id}/status`, {
    token: tokens[who],
    body,
    headers: { 'if-match': barrier.etag },
  });
}

function answer(spaceId: string, barrier: { id: string; etag: string }, body: unknown, who: Users = 'u-alex') {
  return api(env.host, 'POST', `${base(spaceId)}/${barrier.id}/confirmation`, {
    token: tokens[who],
    body,
    headers: { 'if-match': barrier.etag },
  });
}

async function inbox(who: Users): Promise<InboxResponse['items']> {
  return ((await api(env.host, 'GET', '/api/me/inbox', { token: tokens[who] })).json as InboxResponse).items;
}

describe('privacy', () => {
  test('a peer gets the same 404 for a private barrier as for none, naming nothing', async () => {
    const spaceId = await buildTeam();
    const barrier = await raise(spaceId, 'u-alex', { text: 'Approval for Fabrikam discount stuck' });
    const peer = await api(env.host, 'GET', `${base(spaceId)}/${barrier.id}`, { token: tokens['u-lynne'] });
    const none = await api(env.host, 'GET', `${base(spaceId)}/no-such-barrier`, { token: tokens['u-lynne'] });
    expect(peer.status).toBe(404);
    expect(peer.headers['content-type']).toContain('application/problem+json');
    expect({ status: peer.status, body: peer.json }).toEqual({ status: none.status, body: none.json });
    for (const secret of [barrier.id, 'Fabrikam', 'Alex', 'barrier', 'private']) {
      expect(peer.text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    const contributor = await api(env.host, 'GET', `${base(spaceId)}/${barrier.id}`, { token: tokens['u-isaiah'] });
    expect(contributor.status).toBe(404);
    expect(contributor.text).toBe(peer.text);
    const list = await api(env.host, 'GET', base(spaceId), { token: tokens['u-lynne'] });
    expect(list.text).not.toContain(barrier.id);
    expect(list.text).not.toContain('Fabrikam');
    // A peer cannot act on it either, and learns nothing from trying.
    const confirm = await answer(spaceId, barrier, { action: 'confirm' }, 'u-lynne');
    expect(confirm.status).toBe(404);
    expect(confirm.text).not.toContain(barrier.id);
  });

  test('a team-visible barrier shows to every member; the managers see private ones too', async () => {
    const spaceId = await buildTeam();
    const shared = await raise(spaceId, 'u-alex', { visibility: 'team', text: 'The CRM logs me out' });
    const own = await raise(spaceId, 'u-alex', { text: 'Private one' });
    const lynne = (await api(env.host, 'GET', base(spaceId), { token: tokens['u-lynne'] })).json as BarrierListResponse;
    expect(lynne.items.map((b) => b.id)).toEqual([shared.id]);
    expect(lynne.items[0]?.can).toEqual({ changeStatus: false, confirm: false, reopen: false });
    const megan = (await api(env.host, 'GET', base(spaceId), { token: tokens['u-megan'] })).json as BarrierListResponse;
    expect(megan.items.map((b) => b.id).sort()).toEqual([shared.id, own.id].sort());
  });
});

describe('the managers own removal', () => {
  test('raise → in progress → removed with a link; the raiser is told, sees it and confirms', async () => {
    const spaceId = await buildTeam();
    const raised = await raise(spaceId);
    expect(raised).toMatchObject({ status: 'open', raiserName: 'Alex Wilber', visibility: 'private' });
    expect((await inbox('u-megan')).filter((n) => n.kind === 'barrierRaised' && n.spaceId === spaceId)).toHaveLength(1);

    const byRep = await setStatus(spaceId, raised, { status: 'inProgress' }, 'u-alex');
    expect(byRep.status).toBe(403);
    const inProgress = await setStatus(spaceId, raised, { status: 'inProgress', note: 'Asking finance' });
    expect(inProgress.status).toBe(200);
    const removed = await setStatus(spaceId, inProgress.json as BarrierResponse, {
      status: 'removed',
      note: 'Approved up to 15% this quarter',
      resources: [{ label: 'Discount playbook', url: 'https://contoso.example/discounts' }],
    });
    expect(removed.status).toBe(200);

    const seen = (await api(env.host, 'GET', `${base(spaceId)}/${raised.id}`, { token: tokens['u-alex'] }))
      .json as BarrierResponse;
    expect(seen).toMatchObject({
      status: 'removed',
      resolution: 'Approved up to 15% this quarter',
      resources: [{ label: 'Discount playbook', url: 'https://contoso.example/discounts' }],
      can: { changeStatus: false, confirm: true, reopen: true },
    });
    expect(seen.history.map((e) => e.kind)).toEqual(['raised', 'inProgress', 'removed']);
    expect((await inbox('u-alex')).filter((n) => n.kind === 'barrierResolved' && n.spaceId === spaceId)).toHaveLength(
      1,
    );

    const confirmed = await answer(spaceId, seen, { action: 'confirm' });
    expect(confirmed.status).toBe(200);
    expect((confirmed.json as BarrierResponse).confirmedAt).toEqual(expect.any(String));
    const again = await answer(spaceId, confirmed.json as BarrierResponse, { action: 'reopen' });
    expect(again.status).toBe(409);
  });

  test("won't fix needs a reason the rep sees; the rep reopens it", async () => {
    const spaceId = await buildTeam();
    const raised = await raise(spaceId);
    const noReason = await setStatus(spaceId, raised, { status: 'wontFix' });
    expect(noReason.status).toBe(400);
    expect(noReason.headers['content-type']).toContain('application/problem+json');
    const closed = await setStatus(spaceId, raised, { status: 'wontFix', reason: 'Pricing policy holds this quarter' });
    expect(closed.status).toBe(200);
    const seen = (await api(env.host, 'GET', `${base(spaceId)}/${raised.id}`, { token: tokens['u-alex'] }))
      .json as BarrierResponse;
    expect(seen).toMatchObject({ status: 'wontFix', resolution: 'Pricing policy holds this quarter' });
    const byManager = await answer(spaceId, seen, { action: 'reopen' }, 'u-megan');
    expect(byManager.status).toBe(403);
    const reopened = await answer(spaceId, seen, { action: 'reopen', note: 'The customer walks without it' });
    expect(reopened.status).toBe(200);
    expect(reopened.json).toMatchObject({ status: 'open', closedAt: null });
  });

  test('links must be https; a stale etag gets 412, a missing one 428; a closed barrier cannot move on', async () => {
    const spaceId = await buildTeam();
    const raised = await raise(spaceId);
    const http = await setStatus(spaceId, raised, { status: 'removed', resources: [{ url: 'http://x.example/a' }] });
    expect(http.status).toBe(400);
    expect(http.text).toContain('https');
    const moved = await setStatus(spaceId, raised, { status: 'inProgress' });
    expect(moved.status).toBe(200);
    const stale = await setStatus(spaceId, raised, { status: 'removed' });
    expect(stale.status).toBe(412);
    expect(problemCode(stale)).toBe('precondition_failed');
    const missing = await api(env.host, 'PUT', `${base(spaceId)}/${raised.id}/status`, {
      token: tokens['u-megan'],
      body: { status: 'removed' },
    });
    expect(missing.status).toBe(428);
    const removed = await setStatus(spaceId, moved.json as BarrierResponse, { status: 'removed' });
    const closed = await setStatus(spaceId, removed.json as BarrierResponse, { status: 'inProgress' });
    expect(closed.status).toBe(409);
  });

  test('a linked account board must be one of the team’s', async () => {
    const spaceId = await buildTeam();
    const res = await api(env.host, 'POST', base(spaceId), {
      token: tokens['u-alex'],
      body: buildBarrierBody({ boardId: 'no-such-board' }),
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('boardId');
  });
});

describe('board and agenda', () => {
  test('open barriers oldest first; a removal counts in the median until its raiser reopens it', async () => {
    const spaceId = await buildTeam();
    const first = await raise(spaceId, 'u-alex', { category: 'tools', text: 'First' });
    const second = await raise(spaceId, 'u-lynne', { category: 'leads', text: 'Second' });
    const third = await raise(spaceId, 'u-isaiah', { category: 'skills', text: 'Third' });
    const board = async () =>
      (await api(env.host, 'GET', `/api/spaces/${spaceId}/barrier-board`, { token: tokens['u-megan'] }))
        .json as BarrierBoardResponse;
    expect((await board()).open.map((b) => b.text)).toEqual(['First', 'Second', 'Third']);
    expect((await board()).stats).toMatchObject({ removedLast90Days: 0, medianHoursToRemove: null });

    const removed = await setStatus(spaceId, second, { status: 'removed', note: 'New lead routing' });
    const after = await board();
    expect(after.open.map((b) => b.id)).toEqual([first.id, third.id]);
    expect(after.stats.removedLast90Days).toBe(1);
    expect(after.stats.medianHoursToRemove).toBeGreaterThanOrEqual(0);
    expect(after.stats.weeks.at(-1)?.removed).toBe(1);

    const reopened = await answer(spaceId, removed.json as BarrierResponse, { action: 'reopen' }, 'u-lynne');
    expect(reopened.status).toBe(200);
    const back = await board();
    expect(back.stats.removedLast90Days).toBe(0);
    expect(back.open.map((b) => b.id)).toEqual([first.id, second.id, third.id]);
  });

  test('only a team-visible barrier goes on the agenda, once, linked to it', async () => {
    const spaceId = await buildTeam();
    const meeting = (
      await api(env.host, 'POST', `/api/spaces/${spaceId}/meetings`, {
        token: tokens['u-megan'],
        body: buildMeetingBody(),
      })
    ).json as { meeting: { id: string } };
    const add = (barrierId: string) =>
      api(env.host, 'POST', `${base(spaceId)}/${barrierId}/meetings/${meeting.meeting.id}/agenda-items`, {
        token: tokens['u-megan'],
        body: {},
      });
    const secret = await raise(spaceId);
    expect((await add(secret.id)).status).toBe(409);
    const shared = await raise(spaceId, 'u-alex', { visibility: 'team', text: 'Demo environments take days' });
    const [one, two] = await Promise.all([add(shared.id), add(shared.id)]);
    expect([one.status, two.status].sort()).toEqual([201, 409]);
    const item = (one.status === 201 ? one.json : two.json) as AgendaItemResponse;
    expect(item).toMatchObject({
      title: 'Barrier: Demo environments take days',
      link: { kind: 'barrier', id: shared.id },
    });
    const agenda = await api(env.host, 'GET', `/api/spaces/${spaceId}/meetings/${meeting.meeting.id}`, {
      token: tokens['u-alex'],
    });
    expect(agenda.text).toContain('Demo environments take days');
    expect(agenda.text).not.toContain(secret.id);
  });

  test('the personal read: my barriers per team, and open ones for the team’s managers', async () => {
    const spaceId = await buildTeam();
    const mine = await raise(spaceId, 'u-alex');
    const alex = (await api(env.host, 'GET', '/api/me/barriers', { token: tokens['u-alex'] }))
      .json as MyBarriersResponse;
    const alexTeam = alex.spaces.find((s) => s.spaceId === spaceId);
    expect(alexTeam).toMatchObject({ manager: false, open: [] });
    expect(alexTeam?.mine.map((b) => b.id)).toEqual([mine.id]);
    const megan = (await api(env.host, 'GET', '/api/me/barriers', { token: tokens['u-megan'] }))
      .json as MyBarriersResponse;
    const meganTeam = megan.spaces.find((s) => s.spaceId === spaceId);
    expect(meganTeam?.manager).toBe(true);
    expect(meganTeam?.open.map((b) => b.id)).toEqual([mine.id]);
    const lynne = (await api(env.host, 'GET', '/api/me/barriers', { token: tokens['u-lynne'] }))
      .json as MyBarriersResponse;
    expect(JSON.stringify(lynne)).not.toContain(mine.id);
  });
});
