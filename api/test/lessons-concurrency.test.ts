import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LessonAttemptResponse, LessonPassesResponse, LessonSourceResponse } from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildAttemptBody, buildLessonBody, SAMPLE_BUILT_IN } from './lesson-samples.js';

/**
 * Lessons under concurrent requests, on SQLite and on the Cosmos adapter (where handlers really
 * interleave): two managers saving one lesson, one person's tries from two tabs.
 */
describe.for(STORE_BACKENDS)('concurrent lesson requests (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-diego' | 'u-isaiah', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-diego', 'u-isaiah']);
  });

  afterAll(async () => {
    await env.close();
  });

  async function team(): Promise<string> {
    const res = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
    const id = (res.json as { id: string }).id;
    for (const [userId, name, role] of [
      ['u-diego', 'Diego Siciliani', 'manager'],
      ['u-isaiah', 'Isaiah Langer', 'contributor'],
    ] as const) {
      await api(env.host, 'POST', `/api/spaces/${id}/members`, {
        token: tokens['u-megan'],
        body: buildInviteBody({ userId, name, role }),
      });
    }
    return id;
  }

  test('two managers saving the same lesson at once: one wins, the other gets 412', async () => {
    const spaceId = await team();
    const created = await api(env.host, 'POST', `/api/spaces/${spaceId}/lessons`, {
      token: tokens['u-megan'],
      body: buildLessonBody(),
    });
    const lesson = created.json as LessonSourceResponse;
    const save = (who: 'u-megan' | 'u-diego') =>
      api(env.host, 'PUT', `/api/spaces/${spaceId}/lessons/${lesson.id}`, {
        token: tokens[who],
        body: buildLessonBody({ title: `Saved by ${who}` }),
        headers: { 'if-match': lesson.etag },
      });
    const results = await Promise.all([save('u-megan'), save('u-diego')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)?.json as LessonSourceResponse;
    const now = await api(env.host, 'GET', `/api/spaces/${spaceId}/lessons/${lesson.id}/source`, {
      token: tokens['u-megan'],
    });
    expect((now.json as LessonSourceResponse).title).toBe(winner.title);
  });

  test("one person's tries from two tabs at once are all counted, and passed once", async () => {
    const spaceId = await team();
    const body = buildAttemptBody();
    const tries = await Promise.all(
      Array.from({ length: 4 }, () =>
        api(env.host, 'POST', `/api/spaces/${spaceId}/lessons/${SAMPLE_BUILT_IN}/attempts`, {
          token: tokens['u-isaiah'],
          body,
        }),
      ),
    );
    expect(tries.map((t) => t.status)).toEqual([201, 201, 201, 201]);
    expect(Math.max(...tries.map((t) => (t.json as LessonAttemptResponse).progress.attempts))).toBe(4);
    const passes = await api(env.host, 'GET', `/api/spaces/${spaceId}/lesson-passes`, { token: tokens['u-megan'] });
    const items = (passes.json as LessonPassesResponse).items;
    expect(items).toHaveLength(1);
    expect(items[0]?.passes).toHaveLength(1);
  });
});
