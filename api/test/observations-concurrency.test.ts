import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CoverageResponse, SpaceResponse } from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildObservationBody } from './observation-samples.js';

/**
 * The weekly roll-ups and the space summary are read-modify-write documents: observations saved at
 * once must all be counted, on SQLite and on the Cosmos adapter, where handlers really interleave.
 */
describe.for(STORE_BACKENDS)('observation roll-ups under concurrency (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-diego', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-diego']);
  });

  afterAll(async () => {
    await env.close();
  });

  /** Megan and Diego manage; Alex and Lynne are reps. */
  async function buildTeam(): Promise<string> {
    const res = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
    const id = (res.json as SpaceResponse).id;
    for (const [userId, name, role] of [
      ['u-alex', 'Alex Wilber', 'rep'],
      ['u-lynne', 'Lynne Robbins', 'rep'],
      ['u-diego', 'Diego Siciliani', 'manager'],
    ] as const) {
      await api(env.host, 'POST', `/api/spaces/${id}/members`, {
        token: tokens['u-megan'],
        body: buildInviteBody({ userId, name, role }),
      });
    }
    return id;
  }

  test('observations saved at once are all counted in the week and the reps’ last-observed dates', async () => {
    const spaceId = await buildTeam();
    const today = new Date().toISOString().slice(0, 10);
    const writes = Array.from({ length: 12 }, (_, i) =>
      api(env.host, 'POST', `/api/spaces/${spaceId}/observations`, {
        token: i % 2 === 0 ? tokens['u-megan'] : tokens['u-diego'],
        body: buildObservationBody({ repId: i % 3 === 0 ? 'u-lynne' : 'u-alex', minutes: 10 + i, date: today }),
      }),
    );
    const answers = await Promise.all(writes);
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(201));

    const coverage = (
      await api(env.host, 'GET', `/api/spaces/${spaceId}/observation-coverage`, {
        token: tokens['u-megan'],
      })
    ).json as CoverageResponse;
    const total = Array.from({ length: 12 }, (_, i) => 10 + i).reduce((a, b) => a + b, 0);
    expect(coverage.thisWeek.minutes).toBe(total);
    // Two managers at 40 hours each.
    expect(coverage.thisWeek.workingMinutes).toBe(2 * 40 * 60);
    expect(coverage.reps.map((r) => r.lastObservedOn)).toEqual([today, today]);
    const lynne = coverage.reps.find((r) => r.repId === 'u-lynne');
    expect(lynne?.last4Weeks.minutes).toBe(10 + 13 + 16 + 19);
  });

  test('two managers setting their hours at once both keep theirs', async () => {
    const spaceId = await buildTeam();
    await Promise.all([
      api(env.host, 'PUT', `/api/spaces/${spaceId}/observation-settings`, {
        token: tokens['u-megan'],
        body: { hoursPerWeek: 30, goalPercent: 20 },
      }),
      api(env.host, 'PUT', `/api/spaces/${spaceId}/observation-settings`, {
        token: tokens['u-diego'],
        body: { hoursPerWeek: 20, goalPercent: 20 },
      }),
    ]);
    const coverage = (
      await api(env.host, 'GET', `/api/spaces/${spaceId}/observation-coverage`, {
        token: tokens['u-megan'],
      })
    ).json as CoverageResponse;
    expect(coverage.thisWeek.workingMinutes).toBe(50 * 60);
  });

  test('a double "Stop" saves the observation once', async () => {
    const spaceId = await buildTeam();
    const live = `/api/spaces/${spaceId}/live-observation`;
    await api(env.host, 'POST', live, { token: tokens['u-megan'], body: { repId: 'u-alex' } });
    const stops = await Promise.all([
      api(env.host, 'POST', `${live}/stop`, { token: tokens['u-megan'] }),
      api(env.host, 'POST', `${live}/stop`, { token: tokens['u-megan'] }),
    ]);
    expect(stops.some((s) => s.status === 201)).toBe(true);
    for (const s of stops) expect([201, 404]).toContain(s.status);
    const list = await api(env.host, 'GET', `/api/spaces/${spaceId}/observations`, { token: tokens['u-megan'] });
    expect((list.json as { items: unknown[] }).items).toHaveLength(1);
    const coverage = (
      await api(env.host, 'GET', `/api/spaces/${spaceId}/observation-coverage`, {
        token: tokens['u-megan'],
      })
    ).json as CoverageResponse;
    expect(coverage.thisWeek.minutes).toBe(1);
  });
});
