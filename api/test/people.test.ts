import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import {
  type AddPeopleResponse,
  MAX_PEOPLE_PER_ADD,
  type MemberListResponse,
  type SpaceListResponse,
  type SpaceResponse,
} from '../src/domain/index.js';
import { mySpaceId, userPk } from '../src/features/spaces/model.js';
import { buildInviteBody, buildSpaceBody, uniqueId } from './factories.js';
import { api, problemCode, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';

/*
 * Adding people as the Teams people picker hands them over: several at once, each with a role.
 * Runs on both stores, since the concurrency cases only really collide on the networked one.
 */
describe.for(STORE_BACKENDS)('adding people (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-alex' | 'u-lynne' | 'u-diego', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-diego']);
  });

  afterAll(async () => {
    await env.close();
  });

  type Who = keyof typeof tokens;
  const call = (who: Who, method: string, path: string, body?: unknown) =>
    api(env.host, method, path, { token: tokens[who], body });

  async function createSpace(): Promise<SpaceResponse> {
    const res = await call('u-megan', 'POST', '/api/spaces', buildSpaceBody());
    expect(res.status).toBe(201);
    return res.json as SpaceResponse;
  }

  async function membersOf(spaceId: string): Promise<MemberListResponse['items']> {
    const res = await call('u-megan', 'GET', `/api/spaces/${spaceId}/members`);
    expect(res.status).toBe(200);
    return (res.json as MemberListResponse).items;
  }

  const alex = { userId: 'u-alex', name: 'Alex Wilber', role: 'rep' } as const;
  const lynne = { userId: 'u-lynne', name: 'Lynne Robbins', role: 'contributor' } as const;

  test('a manager adds two people with their roles in one request; each sees the space', async () => {
    const space = await createSpace();
    const res = await call('u-megan', 'POST', `/api/spaces/${space.id}/members`, { people: [alex, lynne] });
    expect(res.status).toBe(201);
    const answer = res.json as AddPeopleResponse;
    expect(answer.added).toEqual(['u-alex', 'u-lynne']);
    expect(answer.alreadyMembers).toEqual([]);
    expect(answer.items.map((m) => [m.userId, m.name, m.role])).toEqual([
      ['u-megan', 'Megan Bowen', 'manager'],
      ['u-alex', 'Alex Wilber', 'rep'],
      ['u-lynne', 'Lynne Robbins', 'contributor'],
    ]);
    expect(res.headers.etag).toBeTruthy();

    for (const who of ['u-alex', 'u-lynne'] as const) {
      const mine = await call(who, 'GET', '/api/spaces');
      const listed = (mine.json as SpaceListResponse).items.find((s) => s.id === space.id);
      expect(listed?.myRole).toBe(who === 'u-alex' ? 'rep' : 'contributor');
    }
    const detail = await call('u-megan', 'GET', `/api/spaces/${space.id}`);
    expect((detail.json as SpaceResponse).memberCount).toBe(3);
  });

  test('people already in the space are left as they are; the others are added', async () => {
    const space = await createSpace();
    expect((await call('u-megan', 'POST', `/api/spaces/${space.id}/members`, alex)).status).toBe(201);

    const res = await call('u-megan', 'POST', `/api/spaces/${space.id}/members`, {
      people: [{ ...alex, role: 'manager' }, lynne],
    });
    expect(res.status).toBe(201);
    const answer = res.json as AddPeopleResponse;
    expect(answer.added).toEqual(['u-lynne']);
    expect(answer.alreadyMembers).toEqual(['u-alex']);
    // Alex keeps the role he had: a batch add never changes an existing membership.
    expect((await membersOf(space.id)).find((m) => m.userId === 'u-alex')?.role).toBe('rep');

    const again = await call('u-megan', 'POST', `/api/spaces/${space.id}/members`, { people: [alex, lynne] });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ added: [], alreadyMembers: ['u-alex', 'u-lynne'] });
    expect(await membersOf(space.id)).toHaveLength(3);
  });

  test('reps and contributors may not add people, and non-members do not learn the space exists', async () => {
    const space = await createSpace();
    await call('u-megan', 'POST', `/api/spaces/${space.id}/members`, {
      people: [alex, { ...lynne, role: 'contributor' }],
    });
    const byRep = await call('u-alex', 'POST', `/api/spaces/${space.id}/members`, {
      people: [{ userId: 'u-diego', name: 'Diego Siciliani', role: 'rep' }],
    });
    expect(byRep.status).toBe(403);
    const byContributor = await call('u-lynne', 'POST', `/api/spaces/${space.id}/members`, {
      people: [{ userId: 'u-diego', name: 'Diego Siciliani', role: 'rep' }],
    });
    expect(byContributor.status).toBe(403);
    const byStranger = await call('u-diego', 'POST', `/api/spaces/${space.id}/members`, {
      people: [{ userId: 'u-diego', name: 'Diego Siciliani', role: 'manager' }],
    });
    expect(byStranger.status).toBe(404);
    expect((await membersOf(space.id)).map((m) => m.userId)).not.toContain('u-diego');
  });

  test.for([
    ['no people', { people: [] }],
    ['the same person twice', { people: [alex, { ...alex, role: 'manager' }] }],
    ['a person without a name', { people: [{ userId: 'u-alex', name: '  ', role: 'rep' }] }],
    ['an unknown role', { people: [{ ...alex, role: 'owner' }] }],
    ['an invalid id', { people: [{ ...alex, userId: 'a b' }] }],
    ['an unknown field', { people: [{ ...alex, email: 'alex@example.com' }] }],
    ['people and a single person mixed', { people: [lynne], ...alex }],
    [
      'too many people',
      { people: Array.from({ length: MAX_PEOPLE_PER_ADD + 1 }, () => buildInviteBody({ userId: uniqueId('p') })) },
    ],
  ] as const)('a batch with %s is refused with 400 and adds nobody', async ([, body]) => {
    const space = await createSpace();
    const res = await call('u-megan', 'POST', `/api/spaces/${space.id}/members`, body);
    expect(res.status).toBe(400);
    expect(problemCode(res)).toBe('validation_failed');
    expect(await membersOf(space.id)).toHaveLength(1);
  });

  test('adding the same person at once, one by one and in batches, yields one membership', async () => {
    const space = await createSpace();
    const singles = Array.from({ length: 6 }, () => call('u-megan', 'POST', `/api/spaces/${space.id}/members`, alex));
    const batches = Array.from({ length: 6 }, (_, i) =>
      call('u-megan', 'POST', `/api/spaces/${space.id}/members`, {
        people: [alex, buildInviteBody({ userId: `u-extra-${i}` })],
      }),
    );
    const [singleAnswers, batchAnswers] = await Promise.all([Promise.all(singles), Promise.all(batches)]);

    const members = await membersOf(space.id);
    expect(members.filter((m) => m.userId === 'u-alex')).toHaveLength(1);
    // Every batch's other person is kept: a batch never loses to a concurrent add of someone else.
    expect(members.map((m) => m.userId).sort()).toEqual(
      ['u-alex', 'u-megan', ...Array.from({ length: 6 }, (_, i) => `u-extra-${i}`)].sort(),
    );
    expect(batchAnswers.every((res) => res.status === 201)).toBe(true);
    expect(singleAnswers.every((res) => res.status === 201 || res.status === 409)).toBe(true);
    // Exactly one request reports Alex as added: by one of the singles, or by one batch.
    const addedBySingles = singleAnswers.filter((res) => res.status === 201).length;
    const addedByBatches = batchAnswers.filter((res) => (res.json as AddPeopleResponse).added.includes('u-alex'));
    expect(addedBySingles + addedByBatches.length).toBe(1);
    const index = await env.host.services.store.read(userPk(DEMO_TENANT, 'u-alex'), mySpaceId(space.id));
    expect(index?.spaceId).toBe(space.id);
  });

  test('two managers adding overlapping groups at once: everyone once, with the role of whoever came first', async () => {
    const space = await createSpace();
    await call('u-megan', 'POST', `/api/spaces/${space.id}/members`, { ...alex, role: 'manager' });
    const [byMegan, byAlex] = await Promise.all([
      call('u-megan', 'POST', `/api/spaces/${space.id}/members`, {
        people: [lynne, { userId: 'u-diego', name: 'Diego Siciliani', role: 'rep' }],
      }),
      call('u-alex', 'POST', `/api/spaces/${space.id}/members`, {
        people: [
          { ...lynne, role: 'rep' },
          { userId: 'u-diego', name: 'Diego Siciliani', role: 'contributor' },
        ],
      }),
    ]);
    expect([byMegan.status, byAlex.status].sort()).toEqual([200, 201]);
    const winner = (byMegan.status === 201 ? byMegan : byAlex).json as AddPeopleResponse;
    const loser = (byMegan.status === 201 ? byAlex : byMegan).json as AddPeopleResponse;
    expect(winner.added.sort()).toEqual(['u-diego', 'u-lynne']);
    expect(loser.alreadyMembers.sort()).toEqual(['u-diego', 'u-lynne']);
    const members = await membersOf(space.id);
    expect(members).toHaveLength(4);
    const lynneRole = members.find((m) => m.userId === 'u-lynne')?.role;
    expect(lynneRole).toBe(byMegan.status === 201 ? 'contributor' : 'rep');
  });
});
