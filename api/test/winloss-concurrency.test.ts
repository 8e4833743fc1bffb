import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  BoardResponse,
  ReviewResponse,
  SpaceResponse,
  ValuePropResponse,
  WinlossAnalyticsResponse,
} from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildCustomerBody, buildReviewBody, closedBoard, reviewedDeal } from './winloss-samples.js';

/**
 * The win/loss roll-up is one read-modify-write document per space: reviews saved at once, customer
 * reasons recorded at once and a reopen racing a review must all end up in it exactly as the reviews
 * are, on SQLite and on the Cosmos adapter, where handlers really interleave.
 */
describe.for(STORE_BACKENDS)('win/loss roll-up under concurrency (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-diego', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-diego']);
  });

  afterAll(async () => {
    await env.close();
  });

  /** Megan and Diego manage; Alex is a rep. */
  async function buildTeam(): Promise<string> {
    const res = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
    const id = (res.json as SpaceResponse).id;
    for (const [userId, name, role] of [
      ['u-alex', 'Alex Wilber', 'rep'],
      ['u-diego', 'Diego Siciliani', 'manager'],
    ] as const) {
      await api(env.host, 'POST', `/api/spaces/${id}/members`, {
        token: tokens['u-megan'],
        body: buildInviteBody({ userId, name, role }),
      });
    }
    return id;
  }

  const analytics = async (spaceId: string): Promise<WinlossAnalyticsResponse> =>
    (await api(env.host, 'GET', `/api/spaces/${spaceId}/winloss/analytics`, { token: tokens['u-megan'] }))
      .json as WinlossAnalyticsResponse;

  test('reviews and customer reasons saved at once are all counted', async () => {
    const spaceId = await buildTeam();
    const outcomes = ['won', 'lost', 'noDecision'] as const;
    const boards = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        closedBoard(env.host, tokens['u-megan'], spaceId, { outcome: outcomes[i % 3], date: '2026-10-0' + (1 + i) }),
      ),
    );
    const saved = await Promise.all(
      boards.map(({ boardId }, i) =>
        api(env.host, 'PUT', `/api/spaces/${spaceId}/boards/${boardId}/review`, {
          token: i % 2 === 0 ? tokens['u-megan'] : tokens['u-diego'],
          body: buildReviewBody(),
        }),
      ),
    );
    expect(saved.map((s) => s.status)).toEqual(Array(9).fill(200));
    let figures = await analytics(spaceId);
    expect(figures.outcomes).toEqual({ won: 3, lost: 3, noDecision: 3 });
    expect(figures.reasonsByOutcome.find((r) => r.key === 'price')?.counts).toEqual({ won: 3, lost: 3, noDecision: 3 });

    const heard = await Promise.all(
      boards.map(({ boardId }, i) =>
        api(env.host, 'PUT', `/api/spaces/${spaceId}/boards/${boardId}/review/customer`, {
          token: i % 2 === 0 ? tokens['u-diego'] : tokens['u-megan'],
          body: buildCustomerBody(),
          headers: { 'if-match': (saved[i]?.json as ReviewResponse).etag },
        }),
      ),
    );
    expect(heard.map((s) => s.status)).toEqual(Array(9).fill(200));
    figures = await analytics(spaceId);
    expect(figures.gap.deals).toBe(9);
    expect(figures.gap.reasons.find((r) => r.key === 'implementationRisk')?.customerShare).toBe(1);
  });

  test('two first saves of one review: one at most wins; a reopen racing them wins', async () => {
    const spaceId = await buildTeam();
    const { boardId, etag } = await closedBoard(env.host, tokens['u-megan'], spaceId);
    const path = `/api/spaces/${spaceId}/boards/${boardId}`;
    const [a, b, reopen] = await Promise.all([
      api(env.host, 'PUT', `${path}/review`, { token: tokens['u-megan'], body: buildReviewBody() }),
      api(env.host, 'PUT', `${path}/review`, {
        token: tokens['u-diego'],
        body: buildReviewBody({ reasons: ['price'] }),
      }),
      api(env.host, 'POST', `${path}/reopen`, { token: tokens['u-diego'], headers: { 'if-match': etag } }),
    ]);
    expect(reopen.status).toBe(200);
    expect((reopen.json as BoardResponse).closing).toBeNull();
    // The saves that ran before the reopen landed may succeed (then are withdrawn) or meet the open board.
    expect([a.status, b.status].filter((s) => s === 200).length).toBeLessThanOrEqual(1);
    // The loser finds a review it did not read (412 or 428), or the board already open (409).
    for (const s of [a.status, b.status]) expect([200, 409, 412, 428]).toContain(s);
    expect((await analytics(spaceId)).total).toBe(0);
  });

  test('theme points added at once to the value-proposition notes are all kept', async () => {
    const spaceId = await buildTeam();
    await reviewedDeal(env.host, tokens['u-megan'], spaceId, { reasons: ['price', 'timing'] });
    await reviewedDeal(env.host, tokens['u-megan'], spaceId, { reasons: ['price', 'timing'] });
    const added = await Promise.all(
      ['price', 'timing'].map((reason, i) =>
        api(env.host, 'POST', `/api/spaces/${spaceId}/winloss/themes/${reason}/value-prop`, {
          token: i === 0 ? tokens['u-megan'] : tokens['u-diego'],
          body: {},
        }),
      ),
    );
    expect(added.map((a) => a.status)).toEqual([201, 201]);
    const notes = (await api(env.host, 'GET', `/api/spaces/${spaceId}/value-prop`, { token: tokens['u-megan'] }))
      .json as ValuePropResponse;
    expect(notes.points).toHaveLength(2);
  });
});
