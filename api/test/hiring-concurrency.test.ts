import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import type { HiringLoopResponse, RoleProfileResponse } from '../src/domain/index.js';
import { spacePk } from '../src/store/partitions.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildCardBody, buildLoopBody, buildProfileBody } from './hiring-samples.js';

const N = 8;

/**
 * What must hold when hiring requests arrive at once, on SQLite and on the Cosmos adapter (where
 * handlers really interleave): one scorecard per interviewer, one decision, and a purge that deletes.
 */
describe.for(STORE_BACKENDS)('concurrent hiring requests (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-alex', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-alex']);
  });

  afterAll(async () => {
    await env.close();
  });

  async function loop(): Promise<{ spaceId: string; path: string }> {
    const space = (await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() }))
      .json as { id: string };
    await api(env.host, 'POST', `/api/spaces/${space.id}/members`, {
      token: tokens['u-megan'],
      body: buildInviteBody({ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }),
    });
    const base = `/api/spaces/${space.id}/hiring`;
    const profile = (
      await api(env.host, 'POST', `${base}/profiles`, { token: tokens['u-megan'], body: buildProfileBody() })
    ).json as RoleProfileResponse;
    const created = await api(env.host, 'POST', `${base}/loops`, {
      token: tokens['u-megan'],
      body: buildLoopBody(profile.id, { interviewers: [{ userId: 'u-alex', competencies: ['discoveryQuestions'] }] }),
    });
    expect(created.status).toBe(201);
    return { spaceId: space.id, path: `${base}/loops/${(created.json as HiringLoopResponse).id}` };
  }

  const tally = (answers: { status: number }[]) =>
    answers.reduce<Record<number, number>>((t, a) => ({ ...t, [a.status]: (t[a.status] ?? 0) + 1 }), {});

  test(`${N} submits of one interviewer’s scorecard at once leave one card`, async () => {
    const { spaceId, path } = await loop();
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        api(env.host, 'POST', `${path}/scorecard`, { token: tokens['u-alex'], body: buildCardBody((i % 4) + 1) }),
      ),
    );
    expect(tally(answers)).toEqual({ 201: 1, 409: N - 1 });
    const cards = await env.host.services.store.query(spacePk(DEMO_TENANT, spaceId), { type: 'hiringScorecard' });
    expect(cards.items).toHaveLength(1);
    const view = (await api(env.host, 'GET', path, { token: tokens['u-megan'] })).json as HiringLoopResponse;
    expect(view.interviewers[0]!.submitted).toBe(true);
  });

  test(`${N} decisions at once: one is recorded, the rest are told it was`, async () => {
    const { path } = await loop();
    await api(env.host, 'POST', `${path}/scorecard`, { token: tokens['u-alex'], body: buildCardBody() });
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        api(env.host, 'PUT', `${path}/decision`, {
          token: tokens['u-megan'],
          body: { decision: i % 2 ? 'hire' : 'noHire', reason: `Reason ${i}` },
        }),
      ),
    );
    expect(tally(answers)).toEqual({ 200: 1, 409: N - 1 });
  });

  test('the purge deletes the loop and its cards, and a second run finds nothing', async () => {
    const { spaceId, path } = await loop();
    await api(env.host, 'POST', `${path}/scorecard`, { token: tokens['u-alex'], body: buildCardBody() });
    const decided = (
      await api(env.host, 'PUT', `${path}/decision`, {
        token: tokens['u-megan'],
        body: { decision: 'noHire', reason: 'Not this time' },
      })
    ).json as HiringLoopResponse;
    const now = new Date(Date.parse(decided.purgeAt!) + 1000).toISOString();
    const runs = await Promise.all([0, 1].map(() => api(env.host, 'POST', '/api/dev/housekeeping', { body: { now } })));
    expect(runs.map((r) => r.status)).toEqual([200, 200]);
    const pk = spacePk(DEMO_TENANT, spaceId);
    const store = env.host.services.store;
    expect((await store.query(pk, { type: 'hiringScorecard' })).items).toEqual([]);
    expect((await store.query(pk, { type: 'hiringLoop' })).items).toEqual([]);
    expect((await api(env.host, 'GET', path, { token: tokens['u-megan'] })).status).toBe(404);
  });
});
