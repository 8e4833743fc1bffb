import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CreditsResponse, OpportunityResponse, SpaceResponse } from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildOpportunityBody } from './opportunity-samples.js';

/**
 * Credits must hold when managers act at once, on SQLite and on the Cosmos adapter (where handlers
 * really interleave): the same points approved twice at once are credited once.
 */
describe.for(STORE_BACKENDS)('concurrent opportunity credits (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-lynne' | 'u-alex' | 'u-isaiah', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-lynne', 'u-alex', 'u-isaiah']);
  });

  afterAll(async () => {
    await env.close();
  });

  /** A team with two managers (Megan, Lynne), a rep and a contributor, and a qualified opportunity of Isaiah's. */
  async function qualifiedOpportunity(): Promise<{ spaceId: string; id: string }> {
    const created = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
    const spaceId = (created.json as SpaceResponse).id;
    for (const [userId, name, role] of [
      ['u-lynne', 'Lynne Robbins', 'manager'],
      ['u-alex', 'Alex Wilber', 'rep'],
      ['u-isaiah', 'Isaiah Langer', 'contributor'],
    ] as const) {
      await api(env.host, 'POST', `/api/spaces/${spaceId}/members`, {
        token: tokens['u-megan'],
        body: buildInviteBody({ userId, name, role }),
      });
    }
    const logged = await api(env.host, 'POST', `/api/spaces/${spaceId}/opportunities`, {
      token: tokens['u-isaiah'],
      body: buildOpportunityBody(),
    });
    const id = (logged.json as OpportunityResponse).id;
    const base = `/api/spaces/${spaceId}/opportunities/${id}`;
    await api(env.host, 'PUT', `${base}/assignee`, { token: tokens['u-megan'], body: { assigneeId: 'u-alex' } });
    const moved = await api(env.host, 'PUT', `${base}/status`, {
      token: tokens['u-alex'],
      body: { status: 'qualified' },
    });
    expect(moved.status).toBe(200);
    return { spaceId, id };
  }

  test('two managers approving the same points at once credit them once', async () => {
    const { spaceId, id } = await qualifiedOpportunity();
    const approve = (as: 'u-megan' | 'u-lynne') =>
      api(env.host, 'POST', `/api/spaces/${spaceId}/opportunities/${id}/credits/qualified/approval`, {
        token: tokens[as],
      });
    const answers = await Promise.all([approve('u-megan'), approve('u-lynne'), approve('u-megan'), approve('u-lynne')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    const credits = (
      await api(env.host, 'GET', `/api/spaces/${spaceId}/opportunity-credits`, { token: tokens['u-isaiah'] })
    ).json as CreditsResponse;
    expect(credits.entries.filter((e) => e.kind === 'credit')).toHaveLength(1);
    expect(credits.balance).toBe(10);
    const o = (await api(env.host, 'GET', `/api/spaces/${spaceId}/opportunities/${id}`, { token: tokens['u-megan'] }))
      .json as OpportunityResponse;
    expect(o.credits[0]?.approvedAt).toEqual(expect.any(String));
    expect(o.credits[0]?.entryId).toBe(credits.entries[0]?.id);
    const pending = await api(env.host, 'GET', `/api/spaces/${spaceId}/opportunities?view=pending`, {
      token: tokens['u-megan'],
    });
    expect((pending.json as { items: unknown[] }).items).toEqual([]);
  });

  test('two reversals of one entry at once: one new entry, the other refused', async () => {
    const { spaceId, id } = await qualifiedOpportunity();
    const approved = await api(
      env.host,
      'POST',
      `/api/spaces/${spaceId}/opportunities/${id}/credits/qualified/approval`,
      {
        token: tokens['u-megan'],
      },
    );
    const entryId = (approved.json as OpportunityResponse).credits[0]?.entryId ?? '';
    const reverse = (as: 'u-megan' | 'u-lynne') =>
      api(env.host, 'POST', `/api/spaces/${spaceId}/opportunity-ledger/${entryId}/reversal`, {
        token: tokens[as],
        body: { reason: `Reversed by ${as}` },
      });
    const answers = await Promise.all([reverse('u-megan'), reverse('u-lynne')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const credits = (
      await api(env.host, 'GET', `/api/spaces/${spaceId}/opportunity-credits`, { token: tokens['u-isaiah'] })
    ).json as CreditsResponse;
    expect(credits.entries.map((e) => e.kind)).toEqual(['credit', 'reversal']);
    expect(credits.balance).toBe(0);
  });

  test('two clicks on "open an account board" at once open one board', async () => {
    const { spaceId, id } = await qualifiedOpportunity();
    const convert = () =>
      api(env.host, 'POST', `/api/spaces/${spaceId}/opportunities/${id}/board`, { token: tokens['u-alex'] });
    const answers = await Promise.all([convert(), convert()]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const boards = await api(env.host, 'GET', `/api/spaces/${spaceId}/boards`, { token: tokens['u-alex'] });
    expect((boards.json as { items: unknown[] }).items).toHaveLength(1);
  });
});
