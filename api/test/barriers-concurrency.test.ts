import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BarrierBoardResponse, BarrierResponse } from '../src/domain/index.js';
import { buildBarrierBody } from './barrier-samples.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';

/**
 * What must hold when barrier requests arrive at once, on SQLite and on the Cosmos adapter (where
 * handlers really interleave): two managers moving one barrier lose no update, and removals of many
 * barriers at once are all counted in the space's time to remove.
 */
describe.for(STORE_BACKENDS)('concurrent barrier requests (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-lynne' | 'u-alex', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-lynne', 'u-alex']);
  });

  afterAll(async () => {
    await env.close();
  });

  /** Megan and Lynne manage, Alex sells. */
  async function team(): Promise<string> {
    const res = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
    const id = (res.json as { id: string }).id;
    for (const [userId, name, role] of [
      ['u-lynne', 'Lynne Robbins', 'manager'],
      ['u-alex', 'Alex Wilber', 'rep'],
    ] as const) {
      await api(env.host, 'POST', `/api/spaces/${id}/members`, {
        token: tokens['u-megan'],
        body: buildInviteBody({ userId, name, role }),
      });
    }
    return id;
  }

  async function raise(spaceId: string, text: string): Promise<BarrierResponse> {
    const res = await api(env.host, 'POST', `/api/spaces/${spaceId}/barriers`, {
      token: tokens['u-alex'],
      body: buildBarrierBody({ text }),
    });
    expect(res.status).toBe(201);
    return res.json as BarrierResponse;
  }

  const put = (spaceId: string, b: BarrierResponse, body: unknown, who: 'u-megan' | 'u-lynne') =>
    api(env.host, 'PUT', `/api/spaces/${spaceId}/barriers/${b.id}/status`, {
      token: tokens[who],
      body,
      headers: { 'if-match': b.etag },
    });

  test('two managers change one barrier at once: one wins, the other gets 412, nothing is lost', async () => {
    const spaceId = await team();
    const barrier = await raise(spaceId, 'Approval takes a week');
    const answers = await Promise.all([
      put(spaceId, barrier, { status: 'removed', note: 'Megan: approved' }, 'u-megan'),
      put(spaceId, barrier, { status: 'wontFix', reason: 'Lynne: policy' }, 'u-lynne'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    const winner = answers.find((a) => a.status === 200)?.json as BarrierResponse;
    const stored = (
      await api(env.host, 'GET', `/api/spaces/${spaceId}/barriers/${barrier.id}`, { token: tokens['u-alex'] })
    ).json as BarrierResponse;
    expect(stored.status).toBe(winner.status);
    expect(stored.resolution).toBe(winner.resolution);
    expect(stored.history.map((e) => e.kind)).toEqual(['raised', winner.status]);
    const board = (await api(env.host, 'GET', `/api/spaces/${spaceId}/barrier-board`, { token: tokens['u-megan'] }))
      .json as BarrierBoardResponse;
    expect(board.stats.removedLast90Days).toBe(winner.status === 'removed' ? 1 : 0);
  });

  test('removals of many barriers at once are all counted', async () => {
    const spaceId = await team();
    const barriers: BarrierResponse[] = [];
    for (let i = 0; i < 8; i++) barriers.push(await raise(spaceId, `Barrier ${i}`));
    const answers = await Promise.all(
      barriers.map((b, i) => put(spaceId, b, { status: 'removed' }, i % 2 ? 'u-megan' : 'u-lynne')),
    );
    expect(answers.map((a) => a.status)).toEqual(barriers.map(() => 200));
    const board = (await api(env.host, 'GET', `/api/spaces/${spaceId}/barrier-board`, { token: tokens['u-megan'] }))
      .json as BarrierBoardResponse;
    expect(board.open).toEqual([]);
    expect(board.stats.removedLast90Days).toBe(8);
  });
});
