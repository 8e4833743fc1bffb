import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MemberListResponse, SpaceListResponse, SpaceResponse } from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type ApiResponse, type TestHost } from './helpers.js';

let env: TestHost;
let tokens: Record<'u-megan' | 'u-alex' | 'u-lynne' | 'u-diego', string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-diego']);
});

afterAll(async () => {
  await env.close();
});

type Who = keyof typeof tokens;
const call = (who: Who, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  api(env.host, method, path, { token: tokens[who], body, headers });

async function createSpace(who: Who, name?: string): Promise<SpaceResponse> {
  const res = await call(who, 'POST', '/api/spaces', buildSpaceBody(name ? { name } : {}));
  expect(res.status).toBe(201);
  return res.json as SpaceResponse;
}

async function mySpaceIds(who: Who): Promise<string[]> {
  const res = await call(who, 'GET', '/api/spaces');
  expect(res.status).toBe(200);
  return (res.json as SpaceListResponse).items.map((s) => s.id);
}

async function members(spaceId: string): Promise<MemberListResponse['items']> {
  const res = await call('u-megan', 'GET', `/api/spaces/${spaceId}/members`);
  return (res.json as MemberListResponse).items;
}

async function invite(spaceId: string, userId: Who, role: 'manager' | 'rep' | 'contributor'): Promise<ApiResponse> {
  return call('u-megan', 'POST', `/api/spaces/${spaceId}/members`, buildInviteBody({ userId, role }));
}

describe('creating a space', () => {
  test('makes the creator its manager and lists it for them only', async () => {
    const res = await call('u-megan', 'POST', '/api/spaces', buildSpaceBody({ name: 'West region' }));
    expect(res.status).toBe(201);
    const space = res.json as SpaceResponse;
    expect(space).toMatchObject({ name: 'West region', myRole: 'manager', memberCount: 1, bindings: [] });
    expect(res.headers.location).toBe(`/api/spaces/${space.id}`);
    expect(res.headers.etag).toBe(space.etag);

    expect(await mySpaceIds('u-megan')).toContain(space.id);
    expect(await mySpaceIds('u-alex')).not.toContain(space.id);
    const [creator, ...others] = await members(space.id);
    expect(others).toEqual([]);
    expect(creator).toMatchObject({ userId: 'u-megan', name: 'Megan Bowen', role: 'manager' });
    expect(Date.parse(creator?.addedAt ?? '')).not.toBeNaN();
  });

  test('keeps a Teams binding given at creation, and binding it again adds nothing', async () => {
    const binding = { kind: 'channel', teamId: 'team-1', channelId: '19:abc@thread.tacv2' } as const;
    const created = await call('u-megan', 'POST', '/api/spaces', buildSpaceBody({ binding }));
    const space = created.json as SpaceResponse;
    expect(space.bindings).toEqual([binding]);
    const again = await call('u-megan', 'POST', `/api/spaces/${space.id}/bindings`, { binding });
    expect(again.status).toBe(200);
    expect((again.json as SpaceResponse).bindings).toEqual([binding]);
  });

  test('lists my spaces by name', async () => {
    const names = ['Zulu team', 'Alpha team', 'Mike team'];
    for (const name of names) await createSpace('u-diego', name);
    const res = await call('u-diego', 'GET', '/api/spaces');
    expect((res.json as SpaceListResponse).items.map((s) => s.name)).toEqual([...names].sort());
  });
});

describe('renaming a space', () => {
  test('with the current etag renames it and changes the etag', async () => {
    const space = await createSpace('u-megan');
    const res = await call(
      'u-megan',
      'PATCH',
      `/api/spaces/${space.id}`,
      { name: 'Renamed' },
      { 'if-match': space.etag },
    );
    expect(res.status).toBe(200);
    const renamed = res.json as SpaceResponse;
    expect(renamed.name).toBe('Renamed');
    expect(renamed.etag).not.toBe(space.etag);
    const read = await call('u-megan', 'GET', `/api/spaces/${space.id}`);
    expect((read.json as SpaceResponse).name).toBe('Renamed');
  });

  test('with a stale etag is refused with 412 and keeps the newer name', async () => {
    const space = await createSpace('u-megan');
    await call('u-megan', 'PATCH', `/api/spaces/${space.id}`, { name: 'First' }, { 'if-match': space.etag });
    const stale = await call(
      'u-megan',
      'PATCH',
      `/api/spaces/${space.id}`,
      { name: 'Second' },
      { 'if-match': space.etag },
    );
    expect(stale.status).toBe(412);
    expect(problemCode(stale)).toBe('precondition_failed');
    const read = await call('u-megan', 'GET', `/api/spaces/${space.id}`);
    expect((read.json as SpaceResponse).name).toBe('First');
  });

  test('without If-Match is refused with 428', async () => {
    const space = await createSpace('u-megan');
    const res = await call('u-megan', 'PATCH', `/api/spaces/${space.id}`, { name: 'No etag' });
    expect(res.status).toBe(428);
    expect(problemCode(res)).toBe('precondition_required');
    const read = await call('u-megan', 'GET', `/api/spaces/${space.id}`);
    expect((read.json as SpaceResponse).name).toBe(space.name);
  });

  test('with an invalid name is refused with 400 naming the field', async () => {
    const space = await createSpace('u-megan');
    const res = await call('u-megan', 'PATCH', `/api/spaces/${space.id}`, { name: '  ' }, { 'if-match': space.etag });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ code: 'validation_failed', issues: [{ field: 'body.name' }] });
  });
});

describe('conditional reads', () => {
  test('GET with a matching If-None-Match answers 304 without a body', async () => {
    const space = await createSpace('u-megan');
    const first = await call('u-megan', 'GET', `/api/spaces/${space.id}`);
    const etag = String(first.headers.etag);
    const again = await call('u-megan', 'GET', `/api/spaces/${space.id}`, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.etag).toBe(etag);
  });

  test('GET with an outdated If-None-Match answers 200 with the new state', async () => {
    const space = await createSpace('u-megan');
    await invite(space.id, 'u-alex', 'rep');
    const res = await call('u-megan', 'GET', `/api/spaces/${space.id}`, undefined, { 'if-none-match': space.etag });
    expect(res.status).toBe(200);
    expect((res.json as SpaceResponse).memberCount).toBe(2);
  });
});

describe('members', () => {
  test('an invited person sees the space with their role; a second invite is a conflict', async () => {
    const space = await createSpace('u-megan');
    const res = await invite(space.id, 'u-alex', 'rep');
    expect(res.status).toBe(201);
    expect((res.json as MemberListResponse).items.map((m) => [m.userId, m.role])).toEqual([
      ['u-megan', 'manager'],
      ['u-alex', 'rep'],
    ]);
    expect(await mySpaceIds('u-alex')).toContain(space.id);
    const asAlex = await call('u-alex', 'GET', `/api/spaces/${space.id}`);
    expect((asAlex.json as SpaceResponse).myRole).toBe('rep');

    const again = await invite(space.id, 'u-alex', 'contributor');
    expect(again.status).toBe(409);
    expect(problemCode(again)).toBe('conflict');
  });

  test('a manager changes a role, and the new role takes effect', async () => {
    const space = await createSpace('u-megan');
    await invite(space.id, 'u-alex', 'rep');
    const res = await call('u-megan', 'PATCH', `/api/spaces/${space.id}/members/u-alex`, { role: 'manager' });
    expect(res.status).toBe(200);
    expect((res.json as MemberListResponse).items.find((m) => m.userId === 'u-alex')?.role).toBe('manager');
    const byAlex = await call(
      'u-alex',
      'POST',
      `/api/spaces/${space.id}/members`,
      buildInviteBody({ userId: 'u-lynne' }),
    );
    expect(byAlex.status).toBe(201);
  });

  test('changing the role of someone who is not a member is 404', async () => {
    const space = await createSpace('u-megan');
    const res = await call('u-megan', 'PATCH', `/api/spaces/${space.id}/members/u-alex`, { role: 'rep' });
    expect(res.status).toBe(404);
  });

  test('a removed member loses access and the space leaves their list', async () => {
    const space = await createSpace('u-megan');
    await invite(space.id, 'u-lynne', 'rep');
    const res = await call('u-megan', 'DELETE', `/api/spaces/${space.id}/members/u-lynne`);
    expect(res.status).toBe(204);
    expect((await members(space.id)).map((m) => m.userId)).toEqual(['u-megan']);
    expect(await mySpaceIds('u-lynne')).not.toContain(space.id);
    expect((await call('u-lynne', 'GET', `/api/spaces/${space.id}`)).status).toBe(404);
  });

  test('a member can leave, and the space leaves their list', async () => {
    const kept = await createSpace('u-megan');
    const left = await createSpace('u-megan');
    for (const space of [kept, left]) await invite(space.id, 'u-diego', 'contributor');
    const res = await call('u-diego', 'DELETE', `/api/spaces/${left.id}/members/u-diego`);
    expect(res.status).toBe(204);
    const mine = await mySpaceIds('u-diego');
    expect(mine).toContain(kept.id);
    expect(mine).not.toContain(left.id);
    expect((await call('u-diego', 'GET', `/api/spaces/${left.id}`)).status).toBe(404);
  });
});

describe('the last manager', () => {
  test('cannot be removed or leave', async () => {
    const space = await createSpace('u-megan');
    await invite(space.id, 'u-alex', 'rep');
    const res = await call('u-megan', 'DELETE', `/api/spaces/${space.id}/members/u-megan`);
    expect(res.status).toBe(409);
    expect(problemCode(res)).toBe('last_manager');
    expect((await members(space.id)).map((m) => [m.userId, m.role])).toContainEqual(['u-megan', 'manager']);
  });

  test('cannot be demoted', async () => {
    const space = await createSpace('u-megan');
    const res = await call('u-megan', 'PATCH', `/api/spaces/${space.id}/members/u-megan`, { role: 'rep' });
    expect(res.status).toBe(409);
    expect(problemCode(res)).toBe('last_manager');
    expect((await members(space.id))[0]?.role).toBe('manager');
  });

  test('can step down once there is another manager', async () => {
    const space = await createSpace('u-megan');
    await invite(space.id, 'u-alex', 'manager');
    const demoted = await call('u-megan', 'PATCH', `/api/spaces/${space.id}/members/u-megan`, { role: 'rep' });
    expect(demoted.status).toBe(200);
    const alexDemotion = await call('u-alex', 'PATCH', `/api/spaces/${space.id}/members/u-alex`, { role: 'rep' });
    expect(problemCode(alexDemotion)).toBe('last_manager');
  });
});
