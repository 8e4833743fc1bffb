import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CoachingSessionListResponse, CoachingSessionResponse } from '../src/domain/index.js';
import { buildPlanBody } from './coaching-samples.js';
import { buildInviteBody, buildSpaceBody, uniqueId } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';

/**
 * What must not be lost when coaching requests arrive at once, on SQLite and on the Cosmos adapter
 * (where handlers really interleave): commitment reviews, the session of a meeting occurrence, the
 * rep's first plan.
 */
describe.for(STORE_BACKENDS)('concurrent coaching requests (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-alex', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-alex']);
  });

  afterAll(async () => {
    await env.close();
  });

  async function team(): Promise<string> {
    const res = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
    const id = (res.json as { id: string }).id;
    await api(env.host, 'POST', `/api/spaces/${id}/members`, {
      token: tokens['u-megan'],
      body: buildInviteBody({ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }),
    });
    return id;
  }

  const sessions = (spaceId: string) => `/api/spaces/${spaceId}/coaching/sessions`;

  async function start(spaceId: string): Promise<CoachingSessionResponse> {
    const res = await api(env.host, 'POST', sessions(spaceId), { token: tokens['u-megan'], body: { repId: 'u-alex' } });
    return res.json as CoachingSessionResponse;
  }

  /** A first session with Alex's plan (actions a1, a2) and a second session that reviews it. */
  async function reviewing(spaceId: string): Promise<{ first: string; second: string }> {
    const first = await start(spaceId);
    const plan = await api(env.host, 'PUT', `${sessions(spaceId)}/${first.id}/plan`, {
      token: tokens['u-alex'],
      body: buildPlanBody(),
    });
    expect(plan.status).toBe(201);
    return { first: first.id, second: (await start(spaceId)).id };
  }

  test('two reviews of different commitments at once are both kept', async () => {
    const spaceId = await team();
    const { first, second } = await reviewing(spaceId);
    const review = (actionId: string, token: string) =>
      api(env.host, 'POST', `${sessions(spaceId)}/${second}/reviews`, {
        token,
        body: { planSessionId: first, actionId, outcome: 'done', reason: `Did ${actionId}` },
      });
    const answers = await Promise.all([review('a1', tokens['u-alex']), review('a2', tokens['u-megan'])]);
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    const view = await api(env.host, 'GET', `${sessions(spaceId)}/${second}`, { token: tokens['u-megan'] });
    expect((view.json as CoachingSessionResponse).commitments.map((c) => c.review?.reason)).toEqual([
      'Did a1',
      'Did a2',
    ]);
  });

  test('two reviews of the same commitment at once: one is recorded, the other is told so', async () => {
    const spaceId = await team();
    const { first, second } = await reviewing(spaceId);
    const review = (outcome: string, token: string) =>
      api(env.host, 'POST', `${sessions(spaceId)}/${second}/reviews`, {
        token,
        body: { planSessionId: first, actionId: 'a1', outcome, reason: `Said ${outcome}` },
      });
    const answers = await Promise.all([review('done', tokens['u-alex']), review('notDone', tokens['u-megan'])]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const winner = answers.find((a) => a.status === 201)?.json as CoachingSessionResponse;
    const view = await api(env.host, 'GET', `${sessions(spaceId)}/${second}`, { token: tokens['u-megan'] });
    const stored = (view.json as CoachingSessionResponse).commitments.find((c) => c.actionId === 'a1')?.review;
    expect(stored?.outcome).toBe(winner.commitments.find((c) => c.actionId === 'a1')?.review?.outcome);
  });

  test('one session per rep and meeting occurrence, however many ask at once', async () => {
    const spaceId = await team();
    const occurrenceKey = `1on1|${uniqueId('m')}|2026-12-04T09:00:00Z`;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        api(env.host, 'POST', sessions(spaceId), {
          token: tokens['u-megan'],
          body: { repId: 'u-alex', occurrenceKey },
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => (a.json as { id: string }).id)).size).toBe(1);
    const list = await api(env.host, 'GET', sessions(spaceId), { token: tokens['u-megan'] });
    expect((list.json as CoachingSessionListResponse).items).toHaveLength(1);
  });

  test('two first writes of a plan at once: one is kept whole, the other must reload', async () => {
    const spaceId = await team();
    const session = await start(spaceId);
    const write = (goal: string) =>
      api(env.host, 'PUT', `${sessions(spaceId)}/${session.id}/plan`, {
        token: tokens['u-alex'],
        body: buildPlanBody({ goal }),
      });
    const answers = await Promise.all([write('Goal from tab one'), write('Goal from tab two')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 412]);
    const kept = (answers.find((a) => a.status === 201)?.json as CoachingSessionResponse).plan?.goal;
    const view = await api(env.host, 'GET', `${sessions(spaceId)}/${session.id}`, { token: tokens['u-alex'] });
    expect((view.json as CoachingSessionResponse).plan?.goal).toBe(kept);
  });
});
