import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  AgendaResponse,
  BoardCardWriteResponse,
  BoardListResponse,
  BoardResponse,
  CaptureResponse,
  MeetingStateResponse,
  SpaceResponse,
} from '../src/domain/index.js';
import { buildBoardBody, buildStakeholderBody } from './board-samples.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import {
  api,
  problemCode,
  STORE_BACKENDS,
  startTestHost,
  tokensFor,
  type ApiResponse,
  type TestHost,
} from './helpers.js';
import { buildItemBody, buildMeetingBody } from './meeting-samples.js';

/**
 * Archive, restore, edit and delete racing each other and the writes they must not lose, on both
 * adapters (on the Cosmos one, concurrent read-modify-write cycles really collide).
 */
describe.for(STORE_BACKENDS)('retiring under concurrency (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-alex', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-alex']);
  });

  afterAll(async () => {
    await env.close();
  });

  const call = (
    user: 'u-megan' | 'u-alex',
    method: string,
    path: string,
    body?: unknown,
    ifMatch?: string,
  ): Promise<ApiResponse> =>
    api(env.host, method, path, { token: tokens[user], body, headers: ifMatch ? { 'if-match': ifMatch } : {} });

  async function space(): Promise<SpaceResponse> {
    const created = (await call('u-megan', 'POST', '/api/spaces', buildSpaceBody())).json as SpaceResponse;
    await call('u-megan', 'POST', `/api/spaces/${created.id}/members`, buildInviteBody({ userId: 'u-alex' }));
    return (await call('u-megan', 'GET', `/api/spaces/${created.id}`)).json as SpaceResponse;
  }

  const statuses = (answers: ApiResponse[]): number[] => answers.map((a) => a.status).sort();

  test('10 archives of a space with the same If-Match: one wins, the rest get 412', async () => {
    const s = await space();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => call('u-megan', 'POST', `/api/spaces/${s.id}/archive`, undefined, s.etag)),
    );
    expect(statuses(answers)).toEqual([200, ...Array<number>(9).fill(412)]);
    const archived = (await call('u-megan', 'GET', `/api/spaces/${s.id}`)).json as SpaceResponse;
    const restores = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('u-megan', 'POST', `/api/spaces/${s.id}/restore`, undefined, archived.etag),
      ),
    );
    expect(statuses(restores)).toEqual([200, ...Array<number>(9).fill(412)]);
  });

  test('meetings created while the space is archived are refused or kept, never lost', async () => {
    const s = await space();
    const creates = Array.from({ length: 12 }, (_, i) =>
      call('u-megan', 'POST', `/api/spaces/${s.id}/meetings`, buildMeetingBody({ title: `Meeting ${i}` })),
    );
    const [archive, ...answers] = await Promise.all([
      call('u-megan', 'POST', `/api/spaces/${s.id}/archive`, undefined, s.etag),
      ...creates,
    ]);
    expect(archive?.status).toBe(200);
    for (const answer of answers) {
      expect([201, 409]).toContain(answer.status);
      if (answer.status === 409) expect(problemCode(answer)).toBe('archived');
    }
    const archived = (await call('u-megan', 'GET', `/api/spaces/${s.id}`)).json as SpaceResponse;
    await call('u-megan', 'POST', `/api/spaces/${s.id}/restore`, undefined, archived.etag);
    const listed = (await call('u-megan', 'GET', `/api/spaces/${s.id}/meetings`)).json as { items: { id: string }[] };
    const accepted = answers.filter((a) => a.status === 201).map((a) => (a.json as AgendaResponse).meeting.id);
    expect(listed.items.map((m) => m.id).sort()).toEqual(accepted.sort());
  });

  test('a board archived while cards are added: every accepted card is there after the restore', async () => {
    const s = await space();
    const base = `/api/spaces/${s.id}/boards`;
    const board = (await call('u-alex', 'POST', base, buildBoardBody({ ownerId: 'u-alex' }))).json as BoardResponse;
    const adds = Array.from({ length: 10 }, (_, i) =>
      call('u-alex', 'POST', `${base}/${board.id}/cards`, buildStakeholderBody({ name: `Person ${i}` })),
    );
    const [archive, ...answers] = await Promise.all([
      call('u-megan', 'POST', `${base}/${board.id}/archive`, undefined, board.etag),
      ...adds,
    ]);
    // The archive matched the board as first read: it wins, or a card landed first and it is stale.
    expect([200, 412]).toContain(archive?.status);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    let current = (await call('u-megan', 'GET', `${base}/${board.id}`)).json as BoardResponse;
    if (!current.archivedAt) {
      current = (await call('u-megan', 'POST', `${base}/${board.id}/archive`, undefined, current.etag))
        .json as BoardResponse;
    }
    expect(current.archivedAt).toEqual(expect.any(String));
    expect(((await call('u-megan', 'GET', base)).json as BoardListResponse).items).toEqual([]);
    const restored = (await call('u-megan', 'POST', `${base}/${board.id}/restore`, undefined, current.etag))
      .json as BoardResponse;
    const accepted = answers
      .filter((a) => a.status === 201)
      .map((a) => (a.json as BoardCardWriteResponse).card?.id)
      .sort();
    expect(restored.sections.stakeholders.map((c) => c.id).sort()).toEqual(accepted);
    // The list's summary holds every accepted card too (its facts were never overwritten).
    const listed = (await call('u-megan', 'GET', base)).json as BoardListResponse;
    expect(listed.items.map((b) => b.id)).toEqual([board.id]);
  });

  test('10 archives of a board with the same If-Match: one wins, the rest get 412', async () => {
    const s = await space();
    const base = `/api/spaces/${s.id}/boards`;
    const board = (await call('u-alex', 'POST', base, buildBoardBody({ ownerId: 'u-alex' }))).json as BoardResponse;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => call('u-alex', 'POST', `${base}/${board.id}/archive`, undefined, board.etag)),
    );
    expect(statuses(answers)).toEqual([200, ...Array<number>(9).fill(412)]);
  });

  test('deleting a draft while it is started: exactly one of them wins', async () => {
    const s = await space();
    const base = `/api/spaces/${s.id}/meetings`;
    for (let round = 0; round < 4; round++) {
      const agenda = (await call('u-megan', 'POST', base, buildMeetingBody())).json as AgendaResponse;
      await call('u-megan', 'POST', `${base}/${agenda.meeting.id}/items`, buildItemBody());
      const fresh = (await call('u-megan', 'GET', `${base}/${agenda.meeting.id}`)).json as AgendaResponse;
      const stateUrl = `${base}/${agenda.meeting.id}/state`;
      const state = (await call('u-megan', 'GET', stateUrl)).json as MeetingStateResponse;
      const [deleted, started] = await Promise.all([
        call('u-megan', 'DELETE', `${base}/${agenda.meeting.id}`, undefined, fresh.meeting.etag),
        call('u-megan', 'POST', stateUrl, { action: 'start' }, state.etag),
      ]);
      const after = await call('u-megan', 'GET', `${base}/${agenda.meeting.id}`);
      if (deleted?.status === 204) {
        expect(started?.status).toBeGreaterThanOrEqual(400);
        expect(after.status).toBe(404);
      } else {
        expect(started?.status).toBe(200);
        expect([409, 412]).toContain(deleted?.status);
        expect(after.status).toBe(200);
        expect(((await call('u-megan', 'GET', stateUrl)).json as MeetingStateResponse).status).toBe('running');
      }
    }
  });

  test('10 edits of a capture with the same If-Match: one wins and its text stays', async () => {
    const s = await space();
    const agenda = (await call('u-megan', 'POST', `/api/spaces/${s.id}/meetings`, buildMeetingBody()))
      .json as AgendaResponse;
    const capture = (
      await call('u-megan', 'POST', `/api/spaces/${s.id}/meetings/${agenda.meeting.id}/captures`, {
        kind: 'decision',
        text: 'We pilot the offer',
      })
    ).json as CaptureResponse;
    const url = `/api/spaces/${s.id}/captures/${capture.id}`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => call('u-megan', 'PUT', `${url}/text`, { text: `Text ${i}` }, capture.etag)),
    );
    expect(statuses(answers)).toEqual([200, ...Array<number>(9).fill(412)]);
    const winner = answers.find((a) => a.status === 200)?.json as CaptureResponse;
    const listed = (await call('u-megan', 'GET', `/api/spaces/${s.id}/meetings/${agenda.meeting.id}/captures`))
      .json as { items: CaptureResponse[] };
    expect(listed.items.map((c) => c.text)).toEqual([winner.text]);
  });
});
