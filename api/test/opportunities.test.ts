import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  CreditsResponse,
  InboxResponse,
  LedgerEntryResponse,
  MyOpportunitiesResponse,
  OpportunityListResponse,
  OpportunityResponse,
  RecognitionResponse,
  SpaceResponse,
} from '../src/domain/index.js';
import { quarterOf } from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildOpportunityBody } from './opportunity-samples.js';

type Users = 'u-megan' | 'u-alex' | 'u-lynne' | 'u-isaiah' | 'u-adele';

let env: TestHost;
let tokens: Record<Users, string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah', 'u-adele']);
});

afterAll(async () => {
  await env.close();
});

/** A fresh team: Megan manages, Alex and Lynne are reps, Isaiah and Adele contribute; Alex owns a board. */
async function buildTeam(): Promise<{ spaceId: string; boardId: string }> {
  const created = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
  const spaceId = (created.json as SpaceResponse).id;
  for (const [userId, name, role] of [
    ['u-alex', 'Alex Wilber', 'rep'],
    ['u-lynne', 'Lynne Robbins', 'rep'],
    ['u-isaiah', 'Isaiah Langer', 'contributor'],
    ['u-adele', 'Adele Vance', 'contributor'],
  ] as const) {
    await api(env.host, 'POST', `/api/spaces/${spaceId}/members`, {
      token: tokens['u-megan'],
      body: buildInviteBody({ userId, name, role }),
    });
  }
  const board = await api(env.host, 'POST', `/api/spaces/${spaceId}/boards`, {
    token: tokens['u-megan'],
    body: { name: 'Contoso Pharmaceuticals', ownerId: 'u-alex' },
  });
  expect(board.status).toBe(201);
  return { spaceId, boardId: (board.json as { id: string }).id };
}

const base = (spaceId: string) => `/api/spaces/${spaceId}/opportunities`;

async function log(spaceId: string, as: Users, body: Record<string, unknown>): Promise<OpportunityResponse> {
  const res = await api(env.host, 'POST', base(spaceId), { token: tokens[as], body: buildOpportunityBody(body) });
  expect(res.status, res.text).toBe(201);
  return res.json as OpportunityResponse;
}

async function list(spaceId: string, as: Users, view = 'mine'): Promise<OpportunityListResponse> {
  const res = await api(env.host, 'GET', `${base(spaceId)}?view=${view}`, { token: tokens[as] });
  expect(res.status, res.text).toBe(200);
  return res.json as OpportunityListResponse;
}

const setStatus = (spaceId: string, id: string, as: Users, body: Record<string, unknown>) =>
  api(env.host, 'PUT', `${base(spaceId)}/${id}/status`, { token: tokens[as], body });

const approve = (spaceId: string, id: string, as: Users, milestone = 'qualified') =>
  api(env.host, 'POST', `${base(spaceId)}/${id}/credits/${milestone}/approval`, { token: tokens[as] });

const inbox = async (as: Users) =>
  ((await api(env.host, 'GET', '/api/me/inbox', { token: tokens[as] })).json as InboxResponse).items;

describe('routing', () => {
  test('an opportunity on an account board goes to the board’s owner, who is told', async () => {
    const { spaceId, boardId } = await buildTeam();
    const o = await log(spaceId, 'u-isaiah', { boardId, customerName: undefined });
    expect(o).toMatchObject({
      customerName: 'Contoso Pharmaceuticals',
      assigneeId: 'u-alex',
      assigneeName: 'Alex Wilber',
      contributorName: 'Isaiah Langer',
      status: 'new',
    });
    expect((await list(spaceId, 'u-alex', 'assigned')).items.map((x) => x.id)).toEqual([o.id]);
    expect((await inbox('u-alex')).some((n) => n.kind === 'opportunityAssigned' && n.target.itemId === o.id)).toBe(
      true,
    );
    const mine = (await api(env.host, 'GET', '/api/me/opportunities', { token: tokens['u-alex'] }))
      .json as MyOpportunitiesResponse;
    expect(mine.waiting.map((x) => x.id)).toContain(o.id);
  });

  test('without a board it waits for the managers, who assign it to a rep picked from the team', async () => {
    const { spaceId } = await buildTeam();
    const o = await log(spaceId, 'u-isaiah', { customerName: 'Tailspin Toys' });
    expect(o.assigneeId).toBeNull();
    expect((await list(spaceId, 'u-megan', 'triage')).items.map((x) => x.id)).toEqual([o.id]);
    expect((await inbox('u-megan')).some((n) => n.kind === 'opportunityAssigned' && n.target.itemId === o.id)).toBe(
      true,
    );
    const toContributor = await api(env.host, 'PUT', `${base(spaceId)}/${o.id}/assignee`, {
      token: tokens['u-megan'],
      body: { assigneeId: 'u-adele' },
    });
    expect(toContributor.status).toBe(400);
    const assigned = await api(env.host, 'PUT', `${base(spaceId)}/${o.id}/assignee`, {
      token: tokens['u-megan'],
      body: { assigneeId: 'u-lynne' },
    });
    expect(assigned.status).toBe(200);
    expect((await list(spaceId, 'u-megan', 'triage')).items).toEqual([]);
    expect((await list(spaceId, 'u-lynne', 'assigned')).items.map((x) => x.id)).toEqual([o.id]);
    expect((await inbox('u-lynne')).some((n) => n.kind === 'opportunityAssigned')).toBe(true);
  });

  test('a board that is not the team’s is refused, and so is a customer left unnamed', async () => {
    const { spaceId } = await buildTeam();
    const res = await api(env.host, 'POST', base(spaceId), {
      token: tokens['u-isaiah'],
      body: buildOpportunityBody({ boardId: 'no-such-board', customerName: undefined }),
    });
    expect(res.status).toBe(400);
    const unnamed = await api(env.host, 'POST', base(spaceId), {
      token: tokens['u-isaiah'],
      body: { noticed: 'They want more seats' },
    });
    expect(unnamed.status).toBe(400);
    expect(problemCode(unnamed)).toBe('validation_failed');
  });
});

describe('visibility', () => {
  test('contributors see only their own, reps those routed to them, managers all', async () => {
    const { spaceId, boardId } = await buildTeam();
    const isaiahs = await log(spaceId, 'u-isaiah', { boardId, customerName: undefined });
    const adeles = await log(spaceId, 'u-adele', { customerName: 'Litware' });
    expect((await list(spaceId, 'u-isaiah')).items.map((x) => x.id)).toEqual([isaiahs.id]);
    expect((await list(spaceId, 'u-adele')).items.map((x) => x.id)).toEqual([adeles.id]);
    expect((await list(spaceId, 'u-lynne', 'assigned')).items).toEqual([]);
    expect((await list(spaceId, 'u-megan', 'all')).items.map((x) => x.id).sort()).toEqual(
      [isaiahs.id, adeles.id].sort(),
    );
    for (const view of ['all', 'triage', 'pending']) {
      const res = await api(env.host, 'GET', `${base(spaceId)}?view=${view}`, { token: tokens['u-isaiah'] });
      expect(res.status).toBe(403);
    }
  });

  test('anyone else gets a bare 404, the same as for an opportunity that does not exist', async () => {
    const { spaceId, boardId } = await buildTeam();
    const o = await log(spaceId, 'u-isaiah', { boardId, customerName: undefined });
    const missing = await api(env.host, 'GET', `${base(spaceId)}/no-such-opportunity`, { token: tokens['u-adele'] });
    for (const as of ['u-adele', 'u-lynne'] as const) {
      const res = await api(env.host, 'GET', `${base(spaceId)}/${o.id}`, { token: tokens[as] });
      expect(res.status).toBe(404);
      expect(res.text).toBe(missing.text);
      for (const word of ['opportunit', 'Contoso', 'Isaiah', 'Alex', o.id]) expect(res.text).not.toContain(word);
    }
    const lynneMoves = await setStatus(spaceId, o.id, 'u-lynne', { status: 'contacted' });
    expect(lynneMoves.status).toBe(404);
    expect(lynneMoves.text).toBe(missing.text);
    expect((await api(env.host, 'GET', `${base(spaceId)}/${o.id}`, { token: tokens['u-isaiah'] })).status).toBe(200);
  });
});

describe('status and boards', () => {
  test('the contributor follows each step; "not an opportunity" comes with a note they read', async () => {
    const { spaceId, boardId } = await buildTeam();
    const o = await log(spaceId, 'u-isaiah', { boardId, customerName: undefined });
    expect((await setStatus(spaceId, o.id, 'u-alex', { status: 'won' })).status).toBe(409);
    expect((await setStatus(spaceId, o.id, 'u-alex', { status: 'contacted' })).status).toBe(200);
    expect((await setStatus(spaceId, o.id, 'u-alex', { status: 'notAnOpportunity' })).status).toBe(400);
    const closed = await setStatus(spaceId, o.id, 'u-alex', {
      status: 'notAnOpportunity',
      note: 'They meant the licences they already have.',
    });
    expect(closed.status).toBe(200);
    const seen = (await api(env.host, 'GET', `${base(spaceId)}/${o.id}`, { token: tokens['u-isaiah'] }))
      .json as OpportunityResponse;
    expect(seen).toMatchObject({
      status: 'notAnOpportunity',
      statusNote: 'They meant the licences they already have.',
    });
    expect((await setStatus(spaceId, o.id, 'u-alex', { status: 'qualified' })).status).toBe(409);
    const told = (await inbox('u-isaiah')).filter((n) => n.kind === 'opportunityUpdated' && n.target.itemId === o.id);
    expect(told).toHaveLength(2);
    expect((await setStatus(spaceId, o.id, 'u-isaiah', { status: 'contacted' })).status).toBe(403);
  });

  test('a qualified opportunity becomes an account board owned by its assignee, linked both ways, once', async () => {
    const { spaceId } = await buildTeam();
    const o = await log(spaceId, 'u-isaiah', { customerName: 'Tailspin Toys' });
    await api(env.host, 'PUT', `${base(spaceId)}/${o.id}/assignee`, {
      token: tokens['u-megan'],
      body: { assigneeId: 'u-alex' },
    });
    const early = await api(env.host, 'POST', `${base(spaceId)}/${o.id}/board`, { token: tokens['u-alex'] });
    expect(early.status).toBe(409);
    expect((await setStatus(spaceId, o.id, 'u-alex', { status: 'qualified' })).status).toBe(200);
    const made = await api(env.host, 'POST', `${base(spaceId)}/${o.id}/board`, { token: tokens['u-alex'] });
    expect(made.status).toBe(201);
    const converted = made.json as OpportunityResponse;
    expect(converted.convertedBoardId).toEqual(expect.any(String));
    expect(made.headers.location).toBe(`/api/spaces/${spaceId}/boards/${converted.convertedBoardId}`);
    const board = await api(env.host, 'GET', `/api/spaces/${spaceId}/boards/${converted.convertedBoardId}`, {
      token: tokens['u-alex'],
    });
    expect(board.status).toBe(200);
    expect(board.text).toContain('Tailspin Toys');
    expect(board.text).toContain('From an opportunity Isaiah Langer passed on');
    const again = await api(env.host, 'POST', `${base(spaceId)}/${o.id}/board`, { token: tokens['u-alex'] });
    expect(again.status).toBe(409);
  });
});

describe('credit and the ledger', () => {
  test('points are proposed on qualified and won and credited only on a manager’s approval', async () => {
    const { spaceId, boardId } = await buildTeam();
    const points = await api(env.host, 'PUT', `/api/spaces/${spaceId}/opportunity-points`, {
      token: tokens['u-megan'],
      body: { qualified: 15, won: 60 },
    });
    expect(points.status).toBe(200);
    const o = await log(spaceId, 'u-isaiah', { boardId, customerName: undefined });
    const q = (await setStatus(spaceId, o.id, 'u-alex', { status: 'qualified' })).json as OpportunityResponse;
    expect(q.credits).toMatchObject([{ milestone: 'qualified', points: 15, approvedAt: null }]);
    const credits = async (as: Users) =>
      (await api(env.host, 'GET', `/api/spaces/${spaceId}/opportunity-credits`, { token: tokens[as] }))
        .json as CreditsResponse;
    expect((await credits('u-isaiah')).balance).toBe(0);
    expect((await list(spaceId, 'u-megan', 'pending')).items.map((x) => x.id)).toEqual([o.id]);
    expect((await approve(spaceId, o.id, 'u-alex')).status).toBe(403);
    expect((await approve(spaceId, o.id, 'u-megan', 'won')).status).toBe(409);
    expect((await approve(spaceId, o.id, 'u-megan')).status).toBe(201);
    expect((await approve(spaceId, o.id, 'u-megan')).status).toBe(409);
    await setStatus(spaceId, o.id, 'u-alex', { status: 'won' });
    expect((await approve(spaceId, o.id, 'u-megan', 'won')).status).toBe(201);
    const mine = await credits('u-isaiah');
    expect(mine.balance).toBe(75);
    expect(mine.entries.map((e) => [e.kind, e.points, e.what, e.byName])).toEqual([
      ['credit', 15, 'Qualified: Contoso Pharmaceuticals', 'Megan Bowen'],
      ['credit', 60, 'Won: Contoso Pharmaceuticals', 'Megan Bowen'],
    ]);
    expect((await list(spaceId, 'u-megan', 'pending')).items).toEqual([]);
    expect((await inbox('u-isaiah')).filter((n) => n.kind === 'pointsCredited')).toHaveLength(2);
    expect((await credits('u-alex')).balance).toBe(0);
  });

  test('entries are never edited: a reversal is a new entry, once, and the original stays as it was', async () => {
    const { spaceId, boardId } = await buildTeam();
    const o = await log(spaceId, 'u-isaiah', { boardId, customerName: undefined });
    await setStatus(spaceId, o.id, 'u-alex', { status: 'qualified' });
    const approved = (await approve(spaceId, o.id, 'u-megan')).json as OpportunityResponse;
    const entryId = approved.credits[0]?.entryId ?? '';
    const ledgerWrites = () => env.writes.filter((w) => w.id.startsWith('ledgerEntry|'));
    const before = ledgerWrites().length;
    const reversal = await api(env.host, 'POST', `/api/spaces/${spaceId}/opportunity-ledger/${entryId}/reversal`, {
      token: tokens['u-megan'],
      body: { reason: 'Sales already knew about it.' },
    });
    expect(reversal.status).toBe(201);
    expect(reversal.json).toMatchObject({
      kind: 'reversal',
      points: -10,
      reverses: entryId,
      why: 'Sales already knew about it.',
    });
    const twice = await api(env.host, 'POST', `/api/spaces/${spaceId}/opportunity-ledger/${entryId}/reversal`, {
      token: tokens['u-megan'],
      body: { reason: 'Again' },
    });
    expect(twice.status).toBe(409);
    // Only creates ever reach the ledger.
    expect(
      ledgerWrites()
        .slice(before)
        .map((w) => w.op),
    ).toEqual(['create']);
    expect(env.writes.filter((w) => w.id.startsWith('ledgerEntry|') && w.op !== 'create')).toEqual([]);
    const mine = (
      await api(env.host, 'GET', `/api/spaces/${spaceId}/opportunity-credits`, { token: tokens['u-isaiah'] })
    ).json as CreditsResponse;
    expect(mine.balance).toBe(0);
    const [credit, reversed] = mine.entries as [LedgerEntryResponse, LedgerEntryResponse];
    expect(credit).toMatchObject({ id: entryId, points: 10, reversedBy: reversed.id });
    expect(reversed).toMatchObject({ kind: 'reversal', points: -10, reverses: entryId });
    // No route edits or deletes an entry.
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const res = await api(env.host, method, `/api/spaces/${spaceId}/opportunity-ledger/${entryId}`, {
        token: tokens['u-megan'],
        body: { points: 1000 },
      });
      expect(res.status).toBeGreaterThanOrEqual(404);
      expect(res.status).toBeLessThan(500);
    }
  });

  test('the recognition board shows only contributors who opted in; a reward is marked given once', async () => {
    const { spaceId, boardId } = await buildTeam();
    for (const who of ['u-isaiah', 'u-adele'] as const) {
      const o = await log(spaceId, who, { boardId, customerName: undefined });
      await setStatus(spaceId, o.id, 'u-alex', { status: 'qualified' });
      await approve(spaceId, o.id, 'u-megan');
    }
    const quarter = quarterOf(new Date().toISOString());
    const board = async () =>
      (await api(env.host, 'GET', `/api/spaces/${spaceId}/recognition/${quarter}`, { token: tokens['u-megan'] }))
        .json as RecognitionResponse;
    expect(await board()).toEqual({ quarter, rows: [], notShown: 2 });
    const optIn = await api(env.host, 'PUT', `/api/spaces/${spaceId}/opportunity-credits/recognition`, {
      token: tokens['u-isaiah'],
      body: { optIn: true },
    });
    expect(optIn.status).toBe(200);
    expect(await board()).toMatchObject({
      rows: [{ contributorName: 'Isaiah Langer', points: 10, opportunities: 1, rewardGivenAt: null }],
      notShown: 1,
    });
    expect((await board()).rows.map((r) => r.contributorName)).not.toContain('Adele Vance');
    const reward = () =>
      api(env.host, 'POST', `/api/spaces/${spaceId}/recognition/${quarter}/rewards`, {
        token: tokens['u-megan'],
        body: { contributorId: 'u-isaiah', note: 'Team lunch' },
      });
    expect((await reward()).status).toBe(201);
    expect((await reward()).status).toBe(409);
    expect((await board()).rows[0]?.rewardGivenAt).toEqual(expect.any(String));
    const isaiahs = (
      await api(env.host, 'GET', `/api/spaces/${spaceId}/opportunity-credits`, { token: tokens['u-isaiah'] })
    ).json as CreditsResponse;
    expect(isaiahs.entries.map((e) => e.kind)).toEqual(['credit', 'reward']);
    expect(isaiahs.balance).toBe(10);
  });
});
