/** Board history and restore, live updates on the stage, isolation, stage definitions, the Cosmos adapter (see boards.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import {
  type AgendaResponse,
  type BoardCardConflictResponse,
  type BoardCardHistoryResponse,
  type BoardCardResponse,
  type BoardCardWriteResponse,
  type BoardListResponse,
  type BoardResponse,
  type BoardStagesResponse,
  type BoardVersionResponse,
  type MeetingStateResponse,
  type SpaceResponse,
} from '../src/domain/index.js';
import { buildBoardBody, buildStagesBody, buildStakeholderBody } from './board-samples.js';
import {
  users,
  clientOf,
  ok,
  boardsOf,
  demo,
  useBoardsHost,
  call,
  buildBoard,
  addCard,
  patchCard,
  openBoard,
  fiftyEditsOfFiftyCards,
  fiftyEditsMergedOnConflict,
} from './boards-fixture.js';
import { startCosmosServer, type CosmosTestServer } from './cosmos-server.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, startTestHost, tokensFor, type TestHost } from './helpers.js';

useBoardsHost();

describe('history and restore', () => {
  it('shows who changed what and when, and restores an old version as a new one', async () => {
    const board = await buildBoard('u-lynne');
    const created = await addCard(board.id, buildStakeholderBody());
    const v2 = await ok<BoardCardWriteResponse>(
      patchCard('u-lynne', created, { stance: 'skeptical', title: 'Group CFO' }),
    );
    const v3 = await ok<BoardCardWriteResponse>(
      patchCard('u-megan', v2.card as BoardCardResponse, { stance: 'opposed' }),
    );
    const url = `${demo}/${board.id}/cards/${created.id}`;
    const history = await ok<BoardCardHistoryResponse>(call('u-isaiah', 'GET', `${url}/history`));
    expect(history.items.map((v) => [v.revision, v.action, v.changedBy, v.changedFields])).toEqual([
      [3, 'update', 'u-megan', ['stance']],
      [2, 'update', 'u-lynne', ['stance', 'title']],
      [1, 'create', 'u-lynne', expect.arrayContaining(['name', 'role', 'stance'])],
    ]);
    expect(history.items[0]?.changedByName).toBe('Megan Bowen');

    const stale = await call('u-lynne', 'POST', `${url}/restore`, { revision: 1 }, { 'if-match': created.etag });
    expect(stale.status).toBe(412);
    expect((stale.json as BoardCardConflictResponse).current?.revision).toBe(3);
    expect((await call('u-lynne', 'POST', `${url}/restore`, { revision: 1 })).status).toBe(428);
    expect(
      (await call('u-lynne', 'POST', `${url}/restore`, { revision: 9 }, { 'if-match': v3.card?.etag ?? '' })).status,
    ).toBe(404);

    const restored = await ok<BoardCardWriteResponse>(
      call('u-lynne', 'POST', `${url}/restore`, { revision: 1 }, { 'if-match': v3.card?.etag ?? '' }),
    );
    expect(restored.card).toMatchObject({ revision: 4, content: created.content });
    const after = await ok<BoardCardHistoryResponse>(call('u-lynne', 'GET', `${url}/history`));
    expect(after.items[0]).toMatchObject({
      revision: 4,
      action: 'restore',
      restoredFrom: 1,
      changedFields: ['stance', 'title'],
    });
  });

  it('brings back a deleted card from its history', async () => {
    const board = await buildBoard('u-lynne');
    const card = await addCard(board.id, { kind: 'competitor', name: 'LabCore', position: 'shortlisted' });
    const url = `${demo}/${board.id}/cards/${card.id}`;
    expect((await call('u-lynne', 'DELETE', url, undefined, { 'if-match': '"stale"' })).status).toBe(412);
    const deleted = await ok<BoardCardWriteResponse>(
      call('u-lynne', 'DELETE', url, undefined, { 'if-match': card.etag }),
    );
    expect(deleted.card).toBeNull();
    expect((await openBoard(board.id)).sections.competitors).toEqual([]);
    const history = await ok<BoardCardHistoryResponse>(call('u-lynne', 'GET', `${url}/history`));
    expect(history.current).toBeNull();
    expect(history.items.map((v) => v.action)).toEqual(['delete', 'create']);

    const back = await ok<BoardCardWriteResponse>(call('u-lynne', 'POST', `${url}/restore`, { revision: 1 }));
    expect(back.card).toMatchObject({ id: card.id, revision: 3, content: card.content });
    expect((await openBoard(board.id)).sections.competitors.map((c) => c.id)).toEqual([card.id]);
    expect(
      (
        await call('u-megan', 'DELETE', `${demo}/${board.id}/cards/account`, undefined, {
          'if-match': board.account.etag,
        })
      ).status,
    ).toBe(409);
  });
});

describe('live updates on the meeting stage', () => {
  it('shares a board linked from an agenda item and lets the stage poll it cheaply', async () => {
    const board = await buildBoard('u-lynne');
    const meetings = `/api/spaces/${DEMO_SPACE_ID}/meetings`;
    const meeting = await ok<AgendaResponse>(
      call('u-megan', 'POST', meetings, {
        title: 'Deal review',
        scheduledStart: '2026-12-01T09:00:00Z',
        lengthMinutes: 30,
      }),
      201,
    );
    await ok(
      call('u-megan', 'POST', `${meetings}/${meeting.meeting.id}/items`, {
        title: 'Account strategy: who is the economic buyer?',
        kind: 'accountStrategy',
        ownerId: 'u-lynne',
        timeboxMinutes: 20,
        link: { kind: 'board', id: board.id },
      }),
      201,
    );
    const state = await ok<MeetingStateResponse>(call('u-megan', 'GET', `${meetings}/${meeting.meeting.id}/state`));
    const started = await ok<MeetingStateResponse>(
      call(
        'u-megan',
        'POST',
        `${meetings}/${meeting.meeting.id}/state`,
        { action: 'start' },
        { 'if-match': state.etag },
      ),
    );
    expect(started.current?.link).toEqual({ kind: 'board', id: board.id });

    // The stage (Diego, a rep who does not own the board) opens it from the link and polls.
    const shown = await openBoard(started.current?.link?.id ?? '', 'u-diego');
    const versionUrl = `${demo}/${shown.id}/version`;
    const first = await call('u-diego', 'GET', versionUrl);
    const version = await ok<BoardVersionResponse>(first);
    const unchanged = await call('u-diego', 'GET', versionUrl, undefined, { 'if-none-match': version.etag });
    expect(unchanged.status).toBe(304);
    // Membership is cached briefly for polls, so an unchanged poll costs at most one point read.
    expect(Number(unchanged.headers['x-store-ops'])).toBeLessThanOrEqual(1);

    await addCard(board.id, { kind: 'action', action: 'Ask Priya for an intro to the CFO', ownerId: 'u-lynne' });
    const changed = await call('u-diego', 'GET', versionUrl, undefined, { 'if-none-match': version.etag });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      version: version.version + 1,
      lastChange: { by: 'u-lynne', byName: 'Lynne Robbins', kind: 'action', action: 'create' },
    });
    const refreshed = await call('u-diego', 'GET', `${demo}/${board.id}`, undefined, { 'if-none-match': shown.etag });
    expect(refreshed.status).toBe(200);
    expect((refreshed.json as BoardResponse).sections.actions).toHaveLength(1);
  });
});

describe('isolation', () => {
  it('never shows a board to non-members, other tenants, or through another space', async () => {
    const board = await buildBoard('u-lynne');
    const card = await addCard(board.id, buildStakeholderBody());
    const paths = ['', `/${board.id}`, `/${board.id}/version`, `/${board.id}/cards/${card.id}/history`];
    for (const who of ['u-adele', 'u-fiona'] as const) {
      for (const path of paths) expect((await call(who, 'GET', `${demo}${path}`)).status).toBe(404);
      const edit = await patchCard(who, card, { stance: 'opposed' });
      expect(edit.status).toBe(404);
      expect(edit.text).not.toContain('Nadia');
    }
    // Megan manages another space too: the board's id does not reach it there.
    const other = await ok<SpaceResponse>(call('u-megan', 'POST', '/api/spaces', buildSpaceBody()), 201);
    for (const path of paths.slice(1)) {
      expect((await call('u-megan', 'GET', `${boardsOf(other.id)}${path}`)).status).toBe(404);
    }
    const foreign = await call(
      'u-megan',
      'PATCH',
      `${boardsOf(other.id)}/${board.id}/cards/${card.id}`,
      { kind: 'stakeholder', stance: 'opposed' },
      { 'if-match': card.etag },
    );
    expect(foreign.status).toBe(404);
    expect((await ok<BoardListResponse>(call('u-megan', 'GET', boardsOf(other.id)))).items).toEqual([]);
  });
});

describe('the space’s stage definitions', () => {
  it('start as the defaults, can be changed by a manager only, and reach every board', async () => {
    const space = await ok<SpaceResponse>(call('u-megan', 'POST', '/api/spaces', buildSpaceBody()), 201);
    await ok(
      call('u-megan', 'POST', `/api/spaces/${space.id}/members`, buildInviteBody({ userId: 'u-alex', role: 'rep' })),
      201,
    );
    const url = `/api/spaces/${space.id}/board-stages`;
    const defaults = await ok<BoardStagesResponse>(call('u-alex', 'GET', url));
    expect(defaults).toMatchObject({ isDefault: true, etag: null });
    expect(defaults.stages[0]?.exitCriteria.map((c) => c.text)).toContain('Buyer confirmed the problem and its cost');

    const board = await ok<BoardResponse>(
      call('u-alex', 'POST', boardsOf(space.id), buildBoardBody({ salesStage: 'propose', buyerStage: 'propose' })),
      201,
    );
    expect((await call('u-alex', 'PUT', url, buildStagesBody())).status).toBe(403);
    const saved = await ok<BoardStagesResponse>(call('u-megan', 'PUT', url, buildStagesBody()));
    expect(saved.isDefault).toBe(false);
    expect((await call('u-megan', 'PUT', url, buildStagesBody())).status).toBe(428);
    expect((await call('u-megan', 'PUT', url, buildStagesBody(), { 'if-match': '"old"' })).status).toBe(412);

    const reopened = await ok<BoardResponse>(call('u-alex', 'GET', `${boardsOf(space.id)}/${board.id}`));
    const added = reopened.alignment.criteria.find((c) => c.criterionId === 'budget-confirmed');
    expect(added).toMatchObject({ text: 'Buyer confirmed the budget', evidenced: false, required: true });
    const list = await ok<BoardListResponse>(call('u-alex', 'GET', boardsOf(space.id)));
    const skipped = list.items[0]?.warnings.filter((w) => w.code === 'enteredWithoutCriteria');
    expect(skipped?.flatMap((w) => w.criterionIds)).toContain('budget-confirmed');

    // Dropping a stage a board is in would strand the board.
    const dropped = buildStagesBody();
    dropped.stages.splice(2, 1);
    const refused = await call('u-megan', 'PUT', url, dropped, { 'if-match': saved.etag ?? '' });
    expect(refused.status).toBe(409);
    expect((refused.json as { detail: string }).detail).toContain('Fabrikam');
  });
});

/** The Cosmos adapter on a network server, where concurrent read-modify-write cycles really interleave. */
describe('editing together on the Cosmos adapter', () => {
  let cosmos: CosmosTestServer;
  let env: TestHost;
  let client: ReturnType<typeof clientOf>;

  beforeAll(async () => {
    cosmos = await startCosmosServer();
    env = await startTestHost({ SEED_DEMO: 'false' }, { store: cosmos.store });
    const tok = await tokensFor(env.host, users);
    const space = await api(env.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: buildSpaceBody() });
    const spaceId = (space.json as SpaceResponse).id;
    const invite = buildInviteBody({ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' });
    await ok(api(env.host, 'POST', `/api/spaces/${spaceId}/members`, { token: tok['u-megan'], body: invite }), 201);
    client = clientOf({ host: env.host, tok, base: boardsOf(spaceId) });
  });
  afterAll(async () => {
    await env.close();
    await cosmos.close();
  });

  it('keeps every acknowledged edit of 50 concurrent edits across 50 cards', async () => {
    await fiftyEditsOfFiftyCards(client);
  });

  it('keeps every acknowledged edit of 50 concurrent edits of 10 cards, merged on 412', async () => {
    await fiftyEditsMergedOnConflict(client);
  });
});
