import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import type { MemberListResponse, SpaceResponse } from '../src/domain/index.js';
import { mySpaceId, userPk } from '../src/features/spaces/model.js';
import { startCosmosServer, type CosmosTestServer } from './cosmos-server.js';
import { buildInviteBody, buildSpaceBody, uniqueId } from './factories.js';
import { api, startTestHost, tokensFor, type TestHost } from './helpers.js';

/**
 * Run over SQLite, whose synchronous writes rarely interleave, and over the Cosmos adapter on a
 * network server, where concurrent read-modify-write cycles really collide.
 */
describe.for(['sqlite', 'cosmos'] as const)('concurrent requests (%s store)', (backend) => {
  let env: TestHost;
  let cosmos: CosmosTestServer | undefined;
  let tokens: Record<'u-megan' | 'u-alex', string>;

  beforeAll(async () => {
    cosmos = backend === 'cosmos' ? await startCosmosServer() : undefined;
    env = await startTestHost({ SEED_DEMO: 'false' }, cosmos ? { store: cosmos.store } : {});
    tokens = await tokensFor(env.host, ['u-megan', 'u-alex']);
  });

  afterAll(async () => {
    await env.close();
    await cosmos?.close();
  });

  async function createSpace(): Promise<SpaceResponse> {
    const res = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
    return res.json as SpaceResponse;
  }

  async function membersOf(spaceId: string): Promise<MemberListResponse['items']> {
    const res = await api(env.host, 'GET', `/api/spaces/${spaceId}/members`, { token: tokens['u-megan'] });
    return (res.json as MemberListResponse).items;
  }

  test('20 renames with the same If-Match: exactly one wins, the rest get 412, and the winner’s name stays', async () => {
    const space = await createSpace();
    const names = Array.from({ length: 20 }, (_, i) => `Rename ${i}`);
    const answers = await Promise.all(
      names.map((name) =>
        api(env.host, 'PATCH', `/api/spaces/${space.id}`, {
          token: tokens['u-megan'],
          body: { name },
          headers: { 'if-match': space.etag },
        }),
      ),
    );

    const winners = answers.flatMap((res, i) => (res.status === 200 ? [names[i]] : []));
    expect(winners).toHaveLength(1);
    expect(answers.filter((res) => res.status === 412)).toHaveLength(19);
    const final = await api(env.host, 'GET', `/api/spaces/${space.id}`, { token: tokens['u-megan'] });
    expect((final.json as SpaceResponse).name).toBe(winners[0]);
  });

  test('20 concurrent invites of different people are all kept', async () => {
    const space = await createSpace();
    const invitees = Array.from({ length: 20 }, () => buildInviteBody({ userId: uniqueId('invitee') }));
    const answers = await Promise.all(
      invitees.map((body) =>
        api(env.host, 'POST', `/api/spaces/${space.id}/members`, { token: tokens['u-megan'], body }),
      ),
    );

    expect(answers.map((res) => res.status)).toEqual(invitees.map(() => 201));
    const ids = (await membersOf(space.id)).map((m) => m.userId);
    expect(ids.sort()).toEqual(['u-megan', ...invitees.map((i) => i.userId)].sort());
    // Each invitee's own index points at the space too, so it will show in their list.
    for (const invitee of invitees) {
      const entry = await env.host.services.store.read(userPk(DEMO_TENANT, invitee.userId), mySpaceId(space.id));
      expect(entry?.spaceId).toBe(space.id);
    }
  });

  test.for(Array.from({ length: 10 }, (_, round) => round))(
    'two managers removing each other at once never leave the space without a manager (round %i)',
    async () => {
      const space = await createSpace();
      const invited = await api(env.host, 'POST', `/api/spaces/${space.id}/members`, {
        token: tokens['u-megan'],
        body: buildInviteBody({ userId: 'u-alex', name: 'Alex Wilber', role: 'manager' }),
      });
      expect(invited.status).toBe(201);

      const [meganRemovesAlex, alexRemovesMegan] = await Promise.all([
        api(env.host, 'DELETE', `/api/spaces/${space.id}/members/u-alex`, { token: tokens['u-megan'] }),
        api(env.host, 'DELETE', `/api/spaces/${space.id}/members/u-megan`, { token: tokens['u-alex'] }),
      ]);

      const statuses = [meganRemovesAlex?.status, alexRemovesMegan?.status];
      expect(statuses.filter((s) => s === 204)).toHaveLength(1);
      expect(statuses.every((s) => s === 204 || s === 404 || s === 409)).toBe(true);
      const remaining = await api(env.host, 'GET', `/api/spaces/${space.id}/members`, {
        token: meganRemovesAlex?.status === 204 ? tokens['u-megan'] : tokens['u-alex'],
      });
      const managers = (remaining.json as MemberListResponse).items.filter((m) => m.role === 'manager');
      expect(managers).toHaveLength(1);
    },
  );
});
