/** The practice exchange list, practices in the sales meeting, the skill list, simultaneous adoptions (see practices.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import {
  type AgendaItemResponse,
  type AgendaResponse,
  type ContributionsResponse,
  type MeetingStateResponse,
  type PracticeListResponse,
  type PracticeResponse,
  type SkillListResponse,
  type SpaceResponse,
  type SpotlightResponse,
  type SpotlightSuggestionsResponse,
} from '../src/domain/index.js';
import { startCosmosServer, type CosmosTestServer } from './cosmos-server.js';
import { buildClaims, buildInviteBody, buildSpaceBody, signToken, uniqueId } from './factories.js';
import { api, devSigningKey, problemCode, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildPracticeBody } from './practice-samples.js';
import { t, tok, usePracticesHost, buildTeam, practicesUrl, post, adopt, report, list } from './practices-fixture.js';

usePracticesHost();

describe('the exchange list', () => {
  it('sorts by newest, most adopted and best outcome, filters by skill, segment and stage, in one query', async () => {
    const spaceId = await buildTeam();
    const a = await post(spaceId, 'u-alex', {
      title: 'A',
      tags: ['discovery'],
      context: { segment: 'smb', stage: 'discovery' },
    });
    const b = await post(spaceId, 'u-lynne', {
      title: 'B',
      tags: ['discovery', 'closing'],
      context: { segment: 'enterprise', stage: 'discovery' },
    });
    const c = await post(spaceId, 'u-diego', {
      title: 'C',
      tags: ['closing'],
      context: { segment: 'smb', stage: 'closing' },
    });
    // B: 3 adopters, 1 of 3 worked. C: 2 adopters, 2 of 2 worked. A: 1 adopter, still trying.
    for (const user of ['u-alex', 'u-diego', 'u-isaiah'] as const) await adopt(spaceId, b.id, tok[user]);
    await report(spaceId, b.id, 'u-alex', 'worked');
    await report(spaceId, b.id, 'u-diego', 'didNotWork');
    await report(spaceId, b.id, 'u-isaiah', 'didNotWork');
    for (const user of ['u-alex', 'u-lynne'] as const) {
      await adopt(spaceId, c.id, tok[user]);
      await report(spaceId, c.id, user, 'worked');
    }
    await adopt(spaceId, a.id, tok['u-megan']);

    const ids = async (query: string) => (await list(spaceId, query)).items.map((p) => p.title);
    expect((await ids('sort=newest')).sort()).toEqual(['A', 'B', 'C']);
    expect(await ids('sort=mostAdopted')).toEqual(['B', 'C', 'A']);
    expect(await ids('sort=bestOutcome')).toEqual(['C', 'B', 'A']);
    expect(await ids('skill=discovery&sort=mostAdopted')).toEqual(['B', 'A']);
    expect(await ids('segment=smb&sort=bestOutcome')).toEqual(['C', 'A']);
    expect(await ids('stage=discovery&segment=smb')).toEqual(['A']);
    expect(await ids('skill=closing&stage=closing&segment=smb&sort=mostAdopted')).toEqual(['C']);
    expect(await ids('skill=prospecting')).toEqual([]);

    const res = await api(t.host, 'GET', `${practicesUrl(spaceId)}?skill=discovery&segment=smb&sort=bestOutcome`, {
      token: tok['u-isaiah'],
    });
    // The space read that authorizes, and one single-partition query.
    expect(res.headers['x-store-ops']).toBe('2');
  });

  it('pages with a continuation that stays with its sort and filters', async () => {
    const spaceId = await buildTeam();
    const posted: string[] = [];
    for (let i = 0; i < 5; i++) posted.push((await post(spaceId, 'u-alex', { title: `Practice ${i}` })).id);

    const seen: string[] = [];
    let continuation: string | null = null;
    let pages = 0;
    do {
      const query: string = `sort=newest&segment=enterprise&limit=2${continuation ? `&continuation=${continuation}` : ''}`;
      const page = await list(spaceId, query);
      seen.push(...page.items.map((p) => p.id));
      continuation = page.continuation;
      pages++;
    } while (continuation);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...posted].sort());

    const first = await list(spaceId, 'sort=newest&limit=2');
    const reused = await api(
      t.host,
      'GET',
      `${practicesUrl(spaceId)}?sort=mostAdopted&continuation=${first.continuation}`,
      {
        token: tok['u-alex'],
      },
    );
    expect(reused.status).toBe(400);
    expect((reused.json as { detail: string }).detail).toContain('belongs to another sort or filter');
    // Our envelope around a store token that the store refuses (SQLite here; the Cosmos SDK judges its own).
    const forged = Buffer.from(JSON.stringify({ v: 1, k: '["newest",null,null,null,null]', c: '%%%' })).toString(
      'base64url',
    );
    for (const token of ['garbage', forged]) {
      const bad = await api(t.host, 'GET', `${practicesUrl(spaceId)}?continuation=${token}`, { token: tok['u-alex'] });
      expect(bad.status).toBe(400);
      expect(problemCode(bad)).toBe('validation_failed');
    }
  });

  it('credits posts and adoptions per member in name order, with no deal numbers', async () => {
    const spaceId = await buildTeam();
    const p = await post(spaceId, 'u-lynne');
    await post(spaceId, 'u-lynne', { title: 'Second' });
    await adopt(spaceId, p.id, tok['u-isaiah']);
    await report(spaceId, p.id, 'u-isaiah', 'notApplicable');
    await adopt(spaceId, p.id, tok['u-alex']);

    const res = await api(t.host, 'GET', `/api/spaces/${spaceId}/practice-contributions`, { token: tok['u-isaiah'] });
    const contributions = res.json as ContributionsResponse;
    expect(contributions.items.map((i) => [i.name, i.posts, i.adoptions, i.outcomesReported])).toEqual([
      ['Alex Wilber', 0, 1, 0],
      ['Diego Siciliani', 0, 0, 0],
      ['Isaiah Langer', 0, 1, 1],
      ['Lynne Robbins', 2, 0, 0],
      [expect.stringMatching(/Megan/), 0, 0, 0],
    ]);
    expect(contributions.totals).toEqual({ posts: 2, adoptions: 2, outcomesReported: 1 });
    expect(Object.keys(contributions.items[0] ?? {}).sort()).toEqual(
      ['adoptions', 'name', 'outcomesReported', 'posts', 'role', 'userId'].sort(),
    );
  });
});

describe('in the sales meeting', () => {
  async function endMeeting(spaceId: string, meetingId: string): Promise<void> {
    const url = `/api/spaces/${spaceId}/meetings/${meetingId}/state`;
    for (const action of ['start', 'end']) {
      const state = (await api(t.host, 'GET', url, { token: tok['u-megan'] })).json as MeetingStateResponse;
      const res = await api(t.host, 'POST', url, {
        token: tok['u-megan'],
        body: { action },
        headers: { 'if-match': state.etag },
      });
      expect(res.status, res.text).toBe(200);
    }
  }

  it('spotlights a practice, links it to an agenda item, and suggests the good ones not yet discussed', async () => {
    const spaceId = await buildTeam();
    const linked = await post(spaceId, 'u-diego', { title: 'Linked and discussed' });
    const marked = await post(spaceId, 'u-alex', { title: 'Marked discussed' });
    const fresh = await post(spaceId, 'u-lynne', { title: 'Fresh and good' });
    const untried = await post(spaceId, 'u-lynne', { title: 'Nobody tried it yet' });
    for (const practice of [linked, marked, fresh]) {
      for (const user of ['u-megan', 'u-isaiah'] as const) {
        await adopt(spaceId, practice.id, tok[user]);
        await report(spaceId, practice.id, user, 'worked', `${user} says it worked`);
      }
    }
    const suggestions = async (): Promise<string[]> => {
      const res = await api(t.host, 'GET', `/api/spaces/${spaceId}/practice-spotlights`, { token: tok['u-alex'] });
      return (res.json as SpotlightSuggestionsResponse).items.map((i) => i.practice.title);
    };
    expect((await suggestions()).sort()).toEqual(['Fresh and good', 'Linked and discussed', 'Marked discussed']);

    const meeting = await api(t.host, 'POST', `/api/spaces/${spaceId}/meetings`, {
      token: tok['u-megan'],
      body: { title: 'Weekly sales meeting', scheduledStart: '2026-12-01T09:00:00Z', lengthMinutes: 60 },
    });
    const meetingId = (meeting.json as AgendaResponse).meeting.id;
    const addUrl = `${practicesUrl(spaceId)}/${linked.id}/meetings/${meetingId}/agenda-items`;
    const added = await api(t.host, 'POST', addUrl, { token: tok['u-alex'], body: {} });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({
      kind: 'bestPractice',
      title: 'Best practice: Linked and discussed',
      ownerId: 'u-diego',
      timeboxMinutes: 10,
      link: { kind: 'practice', id: linked.id },
    } satisfies Partial<AgendaItemResponse>);
    expect((await api(t.host, 'POST', addUrl, { token: tok['u-alex'], body: {} })).status).toBe(409);
    // Linked to a meeting that has not ended yet: still a suggestion.
    expect(await suggestions()).toContain('Linked and discussed');
    await endMeeting(spaceId, meetingId);

    const mark = await api(t.host, 'PUT', `${practicesUrl(spaceId)}/${marked.id}/discussed`, {
      token: tok['u-megan'],
      body: { discussed: true },
    });
    expect(mark.status).toBe(200);
    expect((mark.json as PracticeResponse).discussedAt).toEqual(expect.any(String));
    expect(await suggestions()).toEqual(['Fresh and good']);
    expect(await suggestions()).not.toContain(untried.title);

    const spot = await api(t.host, 'GET', `${practicesUrl(spaceId)}/${fresh.id}/spotlight`, { token: tok['u-isaiah'] });
    expect(spot.status).toBe(200);
    const view = spot.json as SpotlightResponse;
    expect(view.practice).toMatchObject({ title: 'Fresh and good', actions: buildPracticeBody().actions });
    expect(view.practice.result.measureText).toBe('Sales cycle shortened by 21 days');
    expect(view.outcomes.map((o) => [o.name, o.outcome, o.note])).toEqual([
      [expect.stringMatching(/Megan/), 'worked', 'u-megan says it worked'],
      ['Isaiah Langer', 'worked', 'u-isaiah says it worked'],
    ]);
  });
});

describe('the skill list', () => {
  it('starts from defaults and is edited by the manager with If-Match', async () => {
    const spaceId = await buildTeam();
    const url = `/api/spaces/${spaceId}/skills`;
    const defaults = (await api(t.host, 'GET', url, { token: tok['u-isaiah'] })).json as SkillListResponse;
    expect(defaults.items.map((s) => s.key)).toContain('discovery');
    const body = { skills: [...defaults.items, { key: 'socialSelling', label: 'Social selling' }] };

    expect(
      (await api(t.host, 'PUT', url, { token: tok['u-alex'], body, headers: { 'if-match': defaults.etag } })).status,
    ).toBe(403);
    const saved = await api(t.host, 'PUT', url, {
      token: tok['u-megan'],
      body,
      headers: { 'if-match': defaults.etag },
    });
    expect(saved.status).toBe(200);
    expect(
      (await api(t.host, 'PUT', url, { token: tok['u-megan'], body, headers: { 'if-match': defaults.etag } })).status,
    ).toBe(412);
    const tagged = await post(spaceId, 'u-alex', { tags: ['socialSelling'] });
    expect((await list(spaceId, 'skill=socialSelling')).items.map((p) => p.id)).toEqual([tagged.id]);
  });
});

/**
 * 100 members press "I'll try this" on one practice at once, over SQLite and over the Cosmos
 * adapter on a network server, where concurrent recounts really collide.
 */
describe.for(['sqlite', 'cosmos'] as const)('100 simultaneous adoptions (%s store)', (backend) => {
  let env: TestHost;
  let cosmos: CosmosTestServer | undefined;

  beforeAll(async () => {
    cosmos = backend === 'cosmos' ? await startCosmosServer() : undefined;
    env = await startTestHost({ SEED_DEMO: 'false' }, cosmos ? { store: cosmos.store } : {});
  });
  afterAll(async () => {
    await env.close();
    await cosmos?.close();
  });

  it('counts every one exactly once and lists every adopter', { timeout: 120_000 }, async () => {
    const { 'u-megan': megan, 'u-lynne': lynne } = await tokensFor(env.host, ['u-megan', 'u-lynne']);
    const space = (await api(env.host, 'POST', '/api/spaces', { token: megan, body: buildSpaceBody() }))
      .json as SpaceResponse;
    const members = `/api/spaces/${space.id}/members`;
    await api(env.host, 'POST', members, { token: megan, body: buildInviteBody({ userId: 'u-lynne', role: 'rep' }) });
    const key = await devSigningKey(env.dataDir);
    const peers = Array.from({ length: 100 }, (_, i) => ({ userId: uniqueId(`peer${i}`), name: `Peer ${i}` }));
    for (const peer of peers) {
      const invited = await api(env.host, 'POST', members, {
        token: megan,
        body: buildInviteBody({ ...peer, role: 'rep' }),
      });
      expect(invited.status).toBe(201);
    }
    const tokens = await Promise.all(
      peers.map((peer) =>
        signToken(key.key, buildClaims({ tid: DEMO_TENANT, oid: peer.userId, name: peer.name }), { kid: key.kid }),
      ),
    );
    const created = await api(env.host, 'POST', `/api/spaces/${space.id}/practices`, {
      token: lynne,
      body: buildPracticeBody(),
    });
    const practiceId = (created.json as PracticeResponse).id;
    const url = `/api/spaces/${space.id}/practices/${practiceId}`;

    const answers = await Promise.all(tokens.map((token) => api(env.host, 'POST', `${url}/adoptions`, { token })));
    expect(answers.map((a) => a.status)).toEqual(peers.map(() => 201));

    const seen = (await api(env.host, 'GET', url, { token: megan })).json as PracticeResponse;
    expect(seen.adoption.adoptionCount).toBe(100);
    expect(seen.adoption.tryingCount).toBe(100);
    expect(seen.adopters.map((a) => a.userId).sort()).toEqual(peers.map((p) => p.userId).sort());
    const top = (await api(env.host, 'GET', `/api/spaces/${space.id}/practices?sort=mostAdopted`, { token: megan }))
      .json as PracticeListResponse;
    expect(top.items[0]?.adoption.adoptionCount).toBe(100);

    // Half of them report at once, too.
    const reports = await Promise.all(
      tokens
        .slice(0, 50)
        .map((token, i) =>
          api(env.host, 'PUT', `${url}/outcome`, { token, body: { outcome: i % 5 === 0 ? 'didNotWork' : 'worked' } }),
        ),
    );
    expect(reports.every((r) => r.status === 200)).toBe(true);
    const after = (await api(env.host, 'GET', url, { token: megan })).json as PracticeResponse;
    expect(after.adoption).toEqual({
      adoptionCount: 100,
      tryingCount: 50,
      workedCount: 40,
      didNotWorkCount: 10,
      notApplicableCount: 0,
      successRate: 0.8,
    });
  });
});
