import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  AgendaResponse,
  BoardCardWriteResponse,
  BoardListResponse,
  BoardResponse,
  CaptureResponse,
  MeetingStateResponse,
  SpaceListResponse,
  SpaceResponse,
} from '../src/domain/index.js';
import { buildRoutes } from '../src/http/routes.js';
import { buildBoardBody, buildStakeholderBody } from './board-samples.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type ApiResponse, type TestHost } from './helpers.js';
import { buildItemBody, buildMeetingBody } from './meeting-samples.js';
import { methodOf, pathFor, ROUTE_SAMPLES } from './route-samples.js';

type User = 'u-megan' | 'u-alex' | 'u-lynne' | 'u-isaiah';

let env: TestHost;
let tokens: Record<User, string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah']);
});

afterAll(async () => {
  await env.close();
});

const call = (user: User, method: string, path: string, body?: unknown, ifMatch?: string): Promise<ApiResponse> =>
  api(env.host, method, path, { token: tokens[user], body, headers: ifMatch ? { 'if-match': ifMatch } : {} });

function ok<T>(res: ApiResponse, status = 200): T {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  return res.json as T;
}

/** Megan's space with Alex and Lynne (reps) and Isaiah (contributor). */
async function teamSpace(): Promise<SpaceResponse> {
  const space = ok<SpaceResponse>(await call('u-megan', 'POST', '/api/spaces', buildSpaceBody()), 201);
  for (const [userId, role] of [
    ['u-alex', 'rep'],
    ['u-lynne', 'rep'],
    ['u-isaiah', 'contributor'],
  ] as const) {
    ok(await call('u-megan', 'POST', `/api/spaces/${space.id}/members`, buildInviteBody({ userId, role })), 201);
  }
  return ok<SpaceResponse>(await call('u-megan', 'GET', `/api/spaces/${space.id}`));
}

async function spaceOf(spaceId: string): Promise<SpaceResponse> {
  return ok<SpaceResponse>(await call('u-megan', 'GET', `/api/spaces/${spaceId}`));
}

const ROUTES = buildRoutes(() => Promise.reject(new Error('not used')), { dev: true });
const IN_SPACE = ROUTES.filter((r) => typeof r.access === 'object');

describe('an archived space', () => {
  test.for(IN_SPACE.map((route) => ({ name: route.name, route })))(
    '$name: reads still work, every write is refused with 409 archived, restoring alone works',
    async ({ route }) => {
      const space = await teamSpace();
      const sample = ROUTE_SAMPLES[route.name] ?? {};
      const prepared = (await sample.prepare?.({ host: env.host, token: tokens['u-megan'], spaceId: space.id })) ?? {
        params: {},
      };
      const before = await spaceOf(space.id);
      // The restore sample archives the space itself.
      const archived = before.archivedAt
        ? before
        : ok<SpaceResponse>(await call('u-megan', 'POST', `/api/spaces/${space.id}/archive`, undefined, before.etag));
      expect(archived.archivedAt).toEqual(expect.any(String));

      const path = pathFor(route, { spaceId: space.id, userId: 'u-lynne', ...prepared.params });
      const res = await call('u-megan', methodOf(route), path, sample.body?.(), archived.etag);
      if (route.name === 'spaces-archive') {
        // Archiving again: the space already is.
        expect(res.status).toBe(409);
        expect(problemCode(res)).toBe('conflict');
      } else if (route.name === 'spaces-restore') {
        expect(ok<SpaceResponse>(res).archivedAt).toBeNull();
      } else if (methodOf(route) === 'GET') {
        expect(res.status, res.text.slice(0, 300)).toBeLessThan(400);
      } else {
        expect(res.status, res.text.slice(0, 300)).toBe(409);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(problemCode(res)).toBe('archived');
        expect((res.json as { detail: string }).detail).toMatch(/archived and read-only/);
      }
    },
  );

  test('keeps its data: restoring brings meetings, boards and members back unchanged', async () => {
    const space = await teamSpace();
    const base = `/api/spaces/${space.id}`;
    const agenda = ok<AgendaResponse>(await call('u-megan', 'POST', `${base}/meetings`, buildMeetingBody()), 201);
    ok(await call('u-megan', 'POST', `${base}/meetings/${agenda.meeting.id}/items`, buildItemBody()), 201);
    ok(
      await call('u-megan', 'POST', `${base}/meetings/${agenda.meeting.id}/captures`, {
        kind: 'action',
        text: 'Send the proposal',
        ownerId: 'u-alex',
      }),
      201,
    );
    ok(await call('u-megan', 'POST', `${base}/boards`, buildBoardBody({ ownerId: 'u-alex' })), 201);
    const read = async () => ({
      meetings: (await call('u-megan', 'GET', `${base}/meetings`)).json,
      agenda: (await call('u-megan', 'GET', `${base}/meetings/${agenda.meeting.id}`)).json,
      boards: (await call('u-megan', 'GET', `${base}/boards`)).json,
      members: (await call('u-megan', 'GET', `${base}/members`)).json,
    });
    const before = await read();
    const myActions = async () =>
      ((await call('u-alex', 'GET', '/api/me/actions')).json as { items: { spaceId: string }[] }).items.filter(
        (a) => a.spaceId === space.id,
      );
    expect(await myActions()).toHaveLength(1);

    const archived = ok<SpaceResponse>(
      await call('u-megan', 'POST', `${base}/archive`, undefined, (await spaceOf(space.id)).etag),
    );
    expect(await read()).toEqual(before);
    // Out of what waits for people across spaces; still in the list of spaces, marked, for a restore.
    expect(await myActions()).toHaveLength(0);
    const listed = ok<SpaceListResponse>(await call('u-alex', 'GET', '/api/spaces')).items;
    expect(listed.find((s) => s.id === space.id)?.archivedAt).toBe(archived.archivedAt);
    // Archiving twice is a conflict, not a new archive.
    expect((await call('u-megan', 'POST', `${base}/archive`, undefined, archived.etag)).status).toBe(409);

    const restored = ok<SpaceResponse>(await call('u-megan', 'POST', `${base}/restore`, undefined, archived.etag));
    expect(restored).toMatchObject({ name: space.name, memberCount: 4, archivedAt: null });
    expect(await read()).toEqual(before);
    expect(await myActions()).toHaveLength(1);
    ok(await call('u-megan', 'PATCH', base, { name: 'Writable again' }, restored.etag));
  });

  test('a stale If-Match is refused with 412 and the space stays as it was', async () => {
    const space = await teamSpace();
    const renamed = ok<SpaceResponse>(
      await call('u-megan', 'PATCH', `/api/spaces/${space.id}`, { name: 'New' }, space.etag),
    );
    const stale = await call('u-megan', 'POST', `/api/spaces/${space.id}/archive`, undefined, space.etag);
    expect(stale.status).toBe(412);
    expect((await spaceOf(space.id)).archivedAt).toBeNull();
    expect((await spaceOf(space.id)).etag).toBe(renamed.etag);
  });
});

describe('unbinding', () => {
  test('removes one tab or chat binding and keeps the space, its data and its other bindings', async () => {
    const space = await teamSpace();
    const channel = { kind: 'channel', teamId: 'team-1', channelId: 'channel-1' } as const;
    const chat = { kind: 'chat', chatId: 'chat-1' } as const;
    await call('u-megan', 'POST', `/api/spaces/${space.id}/bindings`, { binding: channel });
    const bound = ok<SpaceResponse>(
      await call('u-megan', 'POST', `/api/spaces/${space.id}/bindings`, { binding: chat }),
    );
    expect(bound.bindings).toHaveLength(2);

    const unbound = ok<SpaceResponse>(
      await call('u-megan', 'POST', `/api/spaces/${space.id}/bindings/remove`, { binding: channel }, bound.etag),
    );
    expect(unbound.bindings).toEqual([chat]);
    expect(unbound.memberCount).toBe(4);
    // Stale etag: 412; a binding the space does not have: 404.
    const stale = await call(
      'u-megan',
      'POST',
      `/api/spaces/${space.id}/bindings/remove`,
      { binding: chat },
      bound.etag,
    );
    expect(stale.status).toBe(412);
    const missing = await call(
      'u-megan',
      'POST',
      `/api/spaces/${space.id}/bindings/remove`,
      { binding: channel },
      unbound.etag,
    );
    expect(missing.status).toBe(404);
    expect((await spaceOf(space.id)).bindings).toEqual([chat]);
  });
});

describe('archiving a board', () => {
  async function boardOf(spaceId: string): Promise<{ board: BoardResponse; cardId: string }> {
    const base = `/api/spaces/${spaceId}/boards`;
    const board = ok<BoardResponse>(await call('u-alex', 'POST', base, buildBoardBody({ ownerId: 'u-alex' })), 201);
    const write = ok<BoardCardWriteResponse>(
      await call('u-alex', 'POST', `${base}/${board.id}/cards`, buildStakeholderBody()),
      201,
    );
    const fresh = ok<BoardResponse>(await call('u-alex', 'GET', `${base}/${board.id}`));
    return { board: fresh, cardId: write.card?.id ?? '' };
  }

  test('takes it out of the list and its count, keeps it readable, refuses changes; restoring brings it back unchanged', async () => {
    const space = await teamSpace();
    const base = `/api/spaces/${space.id}/boards`;
    const { board, cardId } = await boardOf(space.id);
    const other = await boardOf(space.id);
    const listBefore = ok<BoardListResponse>(await call('u-megan', 'GET', base));
    expect(listBefore.items).toHaveLength(2);

    const archived = ok<BoardResponse>(
      await call('u-alex', 'POST', `${base}/${board.id}/archive`, undefined, board.etag),
    );
    expect(archived.archivedAt).toEqual(expect.any(String));
    expect(archived).toMatchObject({ canEdit: false, canArchive: true });
    expect(archived.etag).not.toBe(board.etag);

    const active = ok<BoardListResponse>(await call('u-megan', 'GET', base));
    expect(active.items.map((b) => b.id)).toEqual([other.board.id]);
    const mine = ok<BoardListResponse>(await call('u-alex', 'GET', `${base}?ownerId=u-alex`));
    expect(mine.items.map((b) => b.id)).toEqual([other.board.id]);
    const archivedList = ok<BoardListResponse>(await call('u-megan', 'GET', `${base}?archived=true`));
    expect(archivedList.items.map((b) => [b.id, Boolean(b.archivedAt)])).toEqual([[board.id, true]]);

    // Readable as it was.
    expect(archived.sections).toEqual(board.sections);
    expect(archived.account).toEqual(board.account);
    // Every change refused with 409 archived, the card etag being current.
    const card = board.sections.stakeholders[0];
    const edit = await call(
      'u-alex',
      'PATCH',
      `${base}/${board.id}/cards/${cardId}`,
      { kind: 'stakeholder', stance: 'supportive' },
      card?.etag,
    );
    expect(edit.status).toBe(409);
    expect(problemCode(edit)).toBe('archived');
    expect((await call('u-alex', 'POST', `${base}/${board.id}/cards`, buildStakeholderBody())).status).toBe(409);
    // Lynne (another rep) may not restore Alex's board; a stale etag is refused.
    expect((await call('u-lynne', 'POST', `${base}/${board.id}/restore`, undefined, archived.etag)).status).toBe(403);
    expect((await call('u-megan', 'POST', `${base}/${board.id}/restore`, undefined, board.etag)).status).toBe(412);

    const restored = ok<BoardResponse>(
      await call('u-megan', 'POST', `${base}/${board.id}/restore`, undefined, archived.etag),
    );
    expect(restored).toMatchObject({ archivedAt: null, canEdit: true });
    expect(restored.sections).toEqual(board.sections);
    expect(restored.account).toEqual(board.account);
    expect(restored.alignment).toEqual(board.alignment);
    const after = ok<BoardListResponse>(await call('u-megan', 'GET', base));
    const strip = (items: BoardListResponse['items']) =>
      items.map(({ version: _v, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));
    expect(strip(after.items)).toEqual(strip(listBefore.items));
    ok(
      await call(
        'u-alex',
        'PATCH',
        `${base}/${board.id}/cards/${cardId}`,
        { kind: 'stakeholder', stance: 'supportive' },
        card?.etag,
      ),
    );
  });

  test('a card change after the board was read makes the archive stale (412)', async () => {
    const space = await teamSpace();
    const base = `/api/spaces/${space.id}/boards`;
    const { board } = await boardOf(space.id);
    ok(await call('u-alex', 'POST', `${base}/${board.id}/cards`, buildStakeholderBody({ name: 'Kai Ito' })), 201);
    expect((await call('u-alex', 'POST', `${base}/${board.id}/archive`, undefined, board.etag)).status).toBe(412);
    expect(ok<BoardResponse>(await call('u-alex', 'GET', `${base}/${board.id}`)).archivedAt).toBeNull();
  });
});

describe('deleting a draft meeting', () => {
  test('removes it, its agenda and its captures from every list; started meetings are refused', async () => {
    const space = await teamSpace();
    const base = `/api/spaces/${space.id}/meetings`;
    const draft = ok<AgendaResponse>(await call('u-alex', 'POST', base, buildMeetingBody({ title: 'Draft' })), 201);
    const kept = ok<AgendaResponse>(await call('u-megan', 'POST', base, buildMeetingBody({ title: 'Kept' })), 201);
    ok(await call('u-alex', 'POST', `${base}/${draft.meeting.id}/items`, buildItemBody()), 201);
    ok(
      await call('u-megan', 'POST', `${base}/${draft.meeting.id}/captures`, {
        kind: 'action',
        text: 'Call Fabrikam',
        ownerId: 'u-alex',
      }),
      201,
    );
    const current = ok<AgendaResponse>(await call('u-alex', 'GET', `${base}/${draft.meeting.id}`));
    // Stale etag first: nothing happens.
    const renamed = ok<AgendaResponse>(
      await call('u-alex', 'PATCH', `${base}/${draft.meeting.id}`, { title: 'Draft 2' }, current.meeting.etag),
    );
    expect(
      (await call('u-alex', 'DELETE', `${base}/${draft.meeting.id}`, undefined, current.meeting.etag)).status,
    ).toBe(412);
    ok(await call('u-alex', 'DELETE', `${base}/${draft.meeting.id}`, undefined, renamed.meeting.etag), 204);

    expect((await call('u-alex', 'GET', `${base}/${draft.meeting.id}`)).status).toBe(404);
    expect((await call('u-alex', 'GET', `${base}/${draft.meeting.id}/captures`)).status).toBe(404);
    const list = ok<{ items: { id: string }[] }>(await call('u-alex', 'GET', base));
    expect(list.items.map((m) => m.id)).toEqual([kept.meeting.id]);
    const actions = ok<{ items: { spaceId: string }[] }>(await call('u-alex', 'GET', '/api/me/actions'));
    expect(actions.items.filter((a) => a.spaceId === space.id)).toEqual([]);

    // A started meeting is the record.
    ok(await call('u-megan', 'POST', `${base}/${kept.meeting.id}/items`, buildItemBody()), 201);
    const stateUrl = `${base}/${kept.meeting.id}/state`;
    const state = ok<MeetingStateResponse>(await call('u-megan', 'GET', stateUrl));
    ok(await call('u-megan', 'POST', stateUrl, { action: 'start' }, state.etag));
    const running = ok<AgendaResponse>(await call('u-megan', 'GET', `${base}/${kept.meeting.id}`));
    const refused = await call('u-megan', 'DELETE', `${base}/${kept.meeting.id}`, undefined, running.meeting.etag);
    expect(refused.status).toBe(409);
    expect((await call('u-megan', 'GET', `${base}/${kept.meeting.id}`)).status).toBe(200);
  });
});

describe('correcting and deleting captures', () => {
  test('the author or a manager edits the text and deletes; others are refused; stale etags get 412', async () => {
    const space = await teamSpace();
    const base = `/api/spaces/${space.id}`;
    const agenda = ok<AgendaResponse>(await call('u-megan', 'POST', `${base}/meetings`, buildMeetingBody()), 201);
    const capture = ok<CaptureResponse>(
      await call('u-alex', 'POST', `${base}/meetings/${agenda.meeting.id}/captures`, {
        kind: 'action',
        text: 'Send teh proposal',
        ownerId: 'u-alex',
      }),
      201,
    );
    const url = `${base}/captures/${capture.id}`;
    expect((await call('u-lynne', 'PUT', `${url}/text`, { text: 'Hijacked' }, capture.etag)).status).toBe(403);
    expect((await call('u-isaiah', 'DELETE', url, undefined, capture.etag)).status).toBe(403);
    const fixed = ok<CaptureResponse>(
      await call('u-alex', 'PUT', `${url}/text`, { text: 'Send the proposal' }, capture.etag),
    );
    expect(fixed).toMatchObject({ text: 'Send the proposal', kind: 'action', ownerId: 'u-alex', done: false });
    expect((await call('u-megan', 'PUT', `${url}/text`, { text: 'Lost update' }, capture.etag)).status).toBe(412);
    const byManager = ok<CaptureResponse>(
      await call('u-megan', 'PUT', `${url}/text`, { text: 'Send the proposal by Friday' }, fixed.etag),
    );
    const listed = ok<{ items: CaptureResponse[] }>(
      await call('u-alex', 'GET', `${base}/meetings/${agenda.meeting.id}/captures`),
    );
    expect(listed.items.map((c) => c.text)).toEqual(['Send the proposal by Friday']);

    expect((await call('u-alex', 'DELETE', url, undefined, fixed.etag)).status).toBe(412);
    ok(await call('u-alex', 'DELETE', url, undefined, byManager.etag), 204);
    const after = ok<{ items: CaptureResponse[] }>(
      await call('u-alex', 'GET', `${base}/meetings/${agenda.meeting.id}/captures`),
    );
    expect(after.items).toEqual([]);
    const actions = ok<{ items: { spaceId: string }[] }>(await call('u-alex', 'GET', '/api/me/actions'));
    expect(actions.items.filter((a) => a.spaceId === space.id)).toEqual([]);
    expect((await call('u-alex', 'DELETE', url, undefined, byManager.etag)).status).toBe(404);
  });
});
