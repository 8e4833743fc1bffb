import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ContributionsResponse,
  MyAdoptionListResponse,
  MyAuthoredListResponse,
  PracticeListResponse,
  PracticeResponse,
  PracticeSummaryResponse,
  SkillListResponse,
  SpaceResponse,
} from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildPracticeBody } from './practice-samples.js';

const users = ['u-megan', 'u-alex', 'u-lynne', 'u-diego', 'u-isaiah'] as const;
type User = (typeof users)[number];

/**
 * Correcting and retiring practices: edit, archive and restore, withdraw an adoption, the skills
 * list. Run on both stores, since withdrawals race adoptions on the same counts.
 */
describe.for(STORE_BACKENDS)('practices: correct and retire (%s store)', (backend) => {
  let t: TestHost;
  let tok: Record<User, string>;

  beforeAll(async () => {
    t = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tok = await tokensFor(t.host, users);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A space of Megan's with Alex, Lynne and Diego (reps) and Isaiah (contributor). */
  async function buildTeam(): Promise<string> {
    const res = await api(t.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: buildSpaceBody() });
    const spaceId = (res.json as SpaceResponse).id;
    for (const [userId, name, role] of [
      ['u-alex', 'Alex Wilber', 'rep'],
      ['u-lynne', 'Lynne Robbins', 'rep'],
      ['u-diego', 'Diego Siciliani', 'rep'],
      ['u-isaiah', 'Isaiah Langer', 'contributor'],
    ] as const) {
      const invited = await api(t.host, 'POST', `/api/spaces/${spaceId}/members`, {
        token: tok['u-megan'],
        body: buildInviteBody({ userId, name, role }),
      });
      expect(invited.status).toBe(201);
    }
    return spaceId;
  }

  const base = (spaceId: string) => `/api/spaces/${spaceId}`;

  async function post(spaceId: string, user: User, title = 'Legal review in five days'): Promise<PracticeResponse> {
    const res = await api(t.host, 'POST', `${base(spaceId)}/practices`, {
      token: tok[user],
      body: buildPracticeBody({ title }),
    });
    expect(res.status, res.text).toBe(201);
    return res.json as PracticeResponse;
  }

  const get = async <T>(path: string, user: User = 'u-megan'): Promise<T> => {
    const res = await api(t.host, 'GET', path, { token: tok[user] });
    expect(res.status, res.text).toBe(200);
    return res.json as T;
  };

  const adopt = (spaceId: string, practiceId: string, user: User) =>
    api(t.host, 'POST', `${base(spaceId)}/practices/${practiceId}/adoptions`, { token: tok[user] });
  const withdraw = (spaceId: string, practiceId: string, user: User) =>
    api(t.host, 'DELETE', `${base(spaceId)}/practices/${practiceId}/adoptions`, { token: tok[user] });
  const setArchived = (spaceId: string, practiceId: string, archived: boolean, etag: string, user: User = 'u-megan') =>
    api(t.host, 'PUT', `${base(spaceId)}/practices/${practiceId}/archived`, {
      token: tok[user],
      body: { archived },
      headers: { 'if-match': etag },
    });

  const listIds = async (spaceId: string, query = ''): Promise<string[]> =>
    (await get<PracticeListResponse>(`${base(spaceId)}/practices${query}`)).items.map((p) => p.id);
  const contributionsOf = async (spaceId: string, userId: User) =>
    (await get<ContributionsResponse>(`${base(spaceId)}/practice-contributions`)).items.find(
      (c) => c.userId === userId,
    );

  it('edits a practice with the etag its editor saw, and answers 412 to a stale one without losing the first edit', async () => {
    const spaceId = await buildTeam();
    const practice = await post(spaceId, 'u-lynne');
    const url = `${base(spaceId)}/practices/${practice.id}`;
    const first = await api(t.host, 'PATCH', url, {
      token: tok['u-lynne'],
      body: { title: 'Legal review in four days' },
      headers: { 'if-match': practice.etag },
    });
    expect(first.status, first.text).toBe(200);
    const stale = await api(t.host, 'PATCH', url, {
      token: tok['u-megan'],
      body: { title: 'Something else' },
      headers: { 'if-match': practice.etag },
    });
    expect(stale.status).toBe(412);
    expect((await get<PracticeResponse>(url)).title).toBe('Legal review in four days');
  });

  it('archives a practice out of every list and count, and restores it unchanged', async () => {
    const spaceId = await buildTeam();
    const practice = await post(spaceId, 'u-lynne');
    const other = await post(spaceId, 'u-diego', 'Discovery call with finance');
    expect((await adopt(spaceId, practice.id, 'u-alex')).status).toBe(201);
    const outcome = await api(t.host, 'PUT', `${base(spaceId)}/practices/${practice.id}/outcome`, {
      token: tok['u-alex'],
      body: { outcome: 'worked', note: 'Legal signed in a week.' },
    });
    expect(outcome.status, outcome.text).toBe(200);
    const before = await get<PracticeResponse>(`${base(spaceId)}/practices/${practice.id}`);
    expect(await contributionsOf(spaceId, 'u-lynne')).toMatchObject({ posts: 1 });
    expect(await contributionsOf(spaceId, 'u-alex')).toMatchObject({ adoptions: 1, outcomesReported: 1 });

    // Alex may not archive Lynne's practice; a stale etag is refused.
    expect((await setArchived(spaceId, practice.id, true, before.etag, 'u-alex')).status).toBe(403);
    expect((await setArchived(spaceId, practice.id, true, '"stale"', 'u-lynne')).status).toBe(412);
    const archived = await setArchived(spaceId, practice.id, true, before.etag, 'u-lynne');
    expect(archived.status, archived.text).toBe(200);
    expect((archived.json as PracticeSummaryResponse).archived).toBe(true);

    expect(await listIds(spaceId)).toEqual([other.id]);
    expect(await listIds(spaceId, '?skill=negotiation')).toEqual([other.id]);
    expect(await listIds(spaceId, '?sort=mostAdopted')).toEqual([other.id]);
    expect(await contributionsOf(spaceId, 'u-lynne')).toMatchObject({ posts: 0 });
    expect(await contributionsOf(spaceId, 'u-alex')).toMatchObject({ adoptions: 0, outcomesReported: 0 });
    expect(
      (await get<MyAdoptionListResponse>('/api/me/practice-adoptions', 'u-alex')).items.filter(
        (i) => i.spaceId === spaceId,
      ),
    ).toEqual([]);
    expect(
      (await get<MyAuthoredListResponse>('/api/me/practices', 'u-lynne')).items.filter((i) => i.spaceId === spaceId),
    ).toEqual([]);
    // Nothing can be done with it while archived.
    expect((await adopt(spaceId, practice.id, 'u-diego')).status).toBe(404);
    expect(
      (await api(t.host, 'GET', `${base(spaceId)}/practices/${practice.id}/spotlight`, { token: tok['u-megan'] }))
        .status,
    ).toBe(404);
    // Managers find every archived practice, a rep only their own.
    expect((await get<PracticeListResponse>(`${base(spaceId)}/archived-practices`)).items.map((p) => p.id)).toEqual([
      practice.id,
    ]);
    expect((await get<PracticeListResponse>(`${base(spaceId)}/archived-practices`, 'u-alex')).items).toEqual([]);
    expect((await get<PracticeListResponse>(`${base(spaceId)}/archived-practices`, 'u-lynne')).items).toHaveLength(1);

    const archivedDetail = await get<PracticeResponse>(`${base(spaceId)}/practices/${practice.id}`);
    const restored = await setArchived(spaceId, practice.id, false, archivedDetail.etag);
    expect(restored.status, restored.text).toBe(200);
    const after = await get<PracticeResponse>(`${base(spaceId)}/practices/${practice.id}`);
    const { etag: _before, ...beforeRest } = before;
    const { etag: _after, ...afterRest } = after;
    expect(afterRest).toEqual(beforeRest);
    expect((await listIds(spaceId)).sort()).toEqual([practice.id, other.id].sort());
    expect(await contributionsOf(spaceId, 'u-lynne')).toMatchObject({ posts: 1 });
    expect(await contributionsOf(spaceId, 'u-alex')).toMatchObject({ adoptions: 1, outcomesReported: 1 });
    expect((await get<PracticeListResponse>(`${base(spaceId)}/archived-practices`)).items).toEqual([]);
  });

  it('withdraws an adoption: the counts and the personal list follow, and a second withdrawal is 404', async () => {
    const spaceId = await buildTeam();
    const practice = await post(spaceId, 'u-lynne');
    for (const user of ['u-alex', 'u-diego'] as const)
      expect((await adopt(spaceId, practice.id, user)).status).toBe(201);
    const res = await withdraw(spaceId, practice.id, 'u-alex');
    expect(res.status, res.text).toBe(200);
    expect((res.json as PracticeSummaryResponse).adoption.adoptionCount).toBe(1);
    const detail = await get<PracticeResponse>(`${base(spaceId)}/practices/${practice.id}`, 'u-alex');
    expect(detail.myAdoption).toBeNull();
    expect(detail.adopters.map((a) => a.userId)).toEqual(['u-diego']);
    expect(await contributionsOf(spaceId, 'u-alex')).toMatchObject({ adoptions: 0 });
    expect(
      (await get<MyAdoptionListResponse>('/api/me/practice-adoptions', 'u-alex')).items.filter(
        (i) => i.spaceId === spaceId,
      ),
    ).toEqual([]);
    const again = await withdraw(spaceId, practice.id, 'u-alex');
    expect(again.status).toBe(404);
    expect(problemCode(again)).toBe('not_found');
    // Trying it again later starts afresh.
    expect((await adopt(spaceId, practice.id, 'u-alex')).status).toBe(201);
    expect((await get<PracticeResponse>(`${base(spaceId)}/practices/${practice.id}`)).adoption.adoptionCount).toBe(2);
  });

  it('keeps the counts exact when adoptions and withdrawals race', async () => {
    const spaceId = await buildTeam();
    const practice = await post(spaceId, 'u-lynne');
    expect((await adopt(spaceId, practice.id, 'u-alex')).status).toBe(201);
    expect((await adopt(spaceId, practice.id, 'u-isaiah')).status).toBe(201);
    // Alex and Isaiah withdraw while Diego and Megan adopt, each twice over to collide harder.
    const results = await Promise.all([
      withdraw(spaceId, practice.id, 'u-alex'),
      adopt(spaceId, practice.id, 'u-diego'),
      withdraw(spaceId, practice.id, 'u-isaiah'),
      adopt(spaceId, practice.id, 'u-megan'),
      adopt(spaceId, practice.id, 'u-diego'),
      adopt(spaceId, practice.id, 'u-megan'),
    ]);
    for (const res of results) expect(res.status, res.text).toBeLessThan(300);
    const detail = await get<PracticeResponse>(`${base(spaceId)}/practices/${practice.id}`);
    expect(detail.adopters.map((a) => a.userId).sort()).toEqual(['u-diego', 'u-megan']);
    expect(detail.adoption).toMatchObject({ adoptionCount: 2, tryingCount: 2 });
    const contributions = await get<ContributionsResponse>(`${base(spaceId)}/practice-contributions`);
    expect(contributions.totals).toMatchObject({ posts: 1, adoptions: 2 });
  });

  it('keeps the counts exact when one person adopts, withdraws and adopts again at once', async () => {
    const spaceId = await buildTeam();
    const practice = await post(spaceId, 'u-lynne');
    for (let round = 0; round < 3; round++) {
      await Promise.all([
        adopt(spaceId, practice.id, 'u-alex'),
        withdraw(spaceId, practice.id, 'u-alex'),
        adopt(spaceId, practice.id, 'u-diego'),
        withdraw(spaceId, practice.id, 'u-diego'),
      ]);
      const detail = await get<PracticeResponse>(`${base(spaceId)}/practices/${practice.id}`);
      // Whatever order the store applied them in, the count matches the adoptions that remain.
      expect(detail.adoption.adoptionCount).toBe(detail.adopters.length);
      const contributions = await get<ContributionsResponse>(`${base(spaceId)}/practice-contributions`);
      expect(contributions.totals.adoptions).toBe(detail.adopters.length);
    }
  });

  it('archiving while peers adopt leaves the counts of the archived practice out', async () => {
    const spaceId = await buildTeam();
    const practice = await post(spaceId, 'u-lynne');
    await Promise.all([
      setArchived(spaceId, practice.id, true, practice.etag, 'u-lynne'),
      adopt(spaceId, practice.id, 'u-alex'),
      adopt(spaceId, practice.id, 'u-diego'),
    ]);
    const contributions = await get<ContributionsResponse>(`${base(spaceId)}/practice-contributions`);
    expect(contributions.totals).toEqual({ posts: 0, adoptions: 0, outcomesReported: 0 });
    const detail = await get<PracticeResponse>(`${base(spaceId)}/practices/${practice.id}`);
    expect(detail.archived).toBe(true);
    // Restored, its adopters (those that got in before it was archived) count again.
    expect((await setArchived(spaceId, practice.id, false, detail.etag, 'u-lynne')).status).toBe(200);
    const after = await get<ContributionsResponse>(`${base(spaceId)}/practice-contributions`);
    expect(after.totals.adoptions).toBe(detail.adopters.length);
    expect(after.totals.posts).toBe(1);
  });

  it('adds, renames and retires skills without rewriting the practices tagged with them', async () => {
    const spaceId = await buildTeam();
    const practice = await post(spaceId, 'u-lynne');
    const list = await get<SkillListResponse>(`${base(spaceId)}/skills`);
    const put = (skills: SkillListResponse['items'], etag: string, user: User = 'u-megan') =>
      api(t.host, 'PUT', `${base(spaceId)}/skills`, {
        token: tok[user],
        body: { skills },
        headers: { 'if-match': etag },
      });

    // Removing a key is refused: retire it instead.
    const removed = await put(
      list.items.filter((s) => s.key !== 'negotiation'),
      list.etag,
    );
    expect(removed.status).toBe(400);
    expect(removed.text).toMatch(/retire a skill instead of removing it/);

    const edited = [
      ...list.items.map((s) =>
        s.key === 'negotiation'
          ? { ...s, retired: true }
          : s.key === 'closing'
            ? { ...s, label: 'Closing the deal' }
            : s,
      ),
      { key: 'partnerSelling', label: 'Partner selling' },
    ];
    const saved = await put(edited, list.etag);
    expect(saved.status, saved.text).toBe(200);
    // A second save from the same list is stale.
    expect((await put(edited, list.etag)).status).toBe(412);

    // The practice keeps its tags; a new post may not use the retired skill, an edit may keep it.
    const detail = await get<PracticeResponse>(`${base(spaceId)}/practices/${practice.id}`);
    expect(detail.tags).toEqual(['negotiation', 'closing']);
    const refused = await api(t.host, 'POST', `${base(spaceId)}/practices`, {
      token: tok['u-alex'],
      body: buildPracticeBody({ tags: ['negotiation'] }),
    });
    expect(refused.status).toBe(400);
    const kept = await api(t.host, 'PATCH', `${base(spaceId)}/practices/${practice.id}`, {
      token: tok['u-lynne'],
      body: { tags: ['negotiation', 'partnerSelling'] },
      headers: { 'if-match': detail.etag },
    });
    expect(kept.status, kept.text).toBe(200);
    expect((await get<SkillListResponse>(`${base(spaceId)}/skills`)).items).toContainEqual({
      key: 'negotiation',
      label: 'Negotiation',
      retired: true,
    });
  });
});
