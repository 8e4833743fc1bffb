import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SPACE_ID, DEMO_TENANT } from '../src/devhost/demo.js';
import {
  type AdopterResponse,
  type AgendaItemResponse,
  type AgendaResponse,
  type ContributionsResponse,
  type DraftCheckResponse,
  type MeetingStateResponse,
  type MyAdoptionListResponse,
  type MyAuthoredListResponse,
  PRACTICE_LIMITS,
  type PracticeDraft,
  type PracticeListResponse,
  type PracticeResponse,
  type SkillListResponse,
  type SpaceResponse,
  type SpotlightResponse,
  type SpotlightSuggestionsResponse,
} from '../src/domain/index.js';
import { startCosmosServer, type CosmosTestServer } from './cosmos-server.js';
import { buildClaims, buildInviteBody, buildSpaceBody, signToken, uniqueId } from './factories.js';
import {
  api,
  devSigningKey,
  problemCode,
  startTestHost,
  tokensFor,
  type ApiResponse,
  type TestHost,
} from './helpers.js';
import { buildPracticeBody } from './practice-samples.js';

const users = ['u-megan', 'u-alex', 'u-lynne', 'u-diego', 'u-isaiah', 'u-adele', 'u-fiona'] as const;
type User = (typeof users)[number];

let t: TestHost;
let tok: Record<User, string>;

beforeAll(async () => {
  t = await startTestHost();
  tok = await tokensFor(t.host, users);
});
afterAll(async () => {
  await t.close();
});

/** A fresh space of Megan's with the demo team in it, so each test controls its own practices. */
async function buildTeam(): Promise<string> {
  const res = await api(t.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: buildSpaceBody() });
  const spaceId = (res.json as SpaceResponse).id;
  const team = [
    buildInviteBody({ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }),
    buildInviteBody({ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' }),
    buildInviteBody({ userId: 'u-diego', name: 'Diego Siciliani', role: 'rep' }),
    buildInviteBody({ userId: 'u-isaiah', name: 'Isaiah Langer', role: 'contributor' }),
  ];
  for (const body of team) {
    expect((await api(t.host, 'POST', `/api/spaces/${spaceId}/members`, { token: tok['u-megan'], body })).status).toBe(
      201,
    );
  }
  return spaceId;
}

const practicesUrl = (spaceId: string): string => `/api/spaces/${spaceId}/practices`;

async function post(spaceId: string, user: User, overrides: Partial<PracticeDraft> = {}): Promise<PracticeResponse> {
  const res = await api(t.host, 'POST', practicesUrl(spaceId), {
    token: tok[user],
    body: buildPracticeBody(overrides),
  });
  expect(res.status, res.text).toBe(201);
  return res.json as PracticeResponse;
}

const adopt = (spaceId: string, practiceId: string, token: string): Promise<ApiResponse> =>
  api(t.host, 'POST', `${practicesUrl(spaceId)}/${practiceId}/adoptions`, { token });

const report = (spaceId: string, practiceId: string, user: User, outcome: string, note = ''): Promise<ApiResponse> =>
  api(t.host, 'PUT', `${practicesUrl(spaceId)}/${practiceId}/outcome`, { token: tok[user], body: { outcome, note } });

async function detail(spaceId: string, practiceId: string, user: User = 'u-megan'): Promise<PracticeResponse> {
  const res = await api(t.host, 'GET', `${practicesUrl(spaceId)}/${practiceId}`, { token: tok[user] });
  expect(res.status, res.text).toBe(200);
  return res.json as PracticeResponse;
}

async function list(spaceId: string, query = '', user: User = 'u-alex'): Promise<PracticeListResponse> {
  const res = await api(t.host, 'GET', `${practicesUrl(spaceId)}${query ? `?${query}` : ''}`, { token: tok[user] });
  expect(res.status, res.text).toBe(200);
  return res.json as PracticeListResponse;
}

describe('the demo exchange', () => {
  it('shows Northwind’s practices newest first, with adoption counts, one of them proven', async () => {
    const page = await list(DEMO_SPACE_ID);
    expect(page.items).toHaveLength(6);
    const created = page.items.map((p) => p.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    const legal = page.items.find((p) => p.title === 'Legal review in five days instead of three weeks');
    expect(legal).toMatchObject({
      proven: true,
      author: { userId: 'u-diego', name: 'Diego Siciliani' },
      result: { measureText: 'Sales cycle shortened by 21 days' },
      adoption: { adoptionCount: 4, workedCount: 3, notApplicableCount: 1, successRate: 1 },
    });
  });

  it('lands a follow-up in Lynne’s personal tab 14 days after she pressed "I’ll try this"', async () => {
    const res = await api(t.host, 'GET', '/api/me/practice-adoptions', { token: tok['u-lynne'] });
    const mine = res.json as MyAdoptionListResponse;
    expect(mine.dueCount).toBe(1);
    expect(mine.items[0]).toMatchObject({
      status: 'due',
      outcome: null,
      title: 'Reaching the CFO with a mutual action plan',
      authorName: 'Alex Wilber',
      spaceName: 'Northwind Sales',
    });
    expect(mine.items.slice(1).every((i) => i.status !== 'due')).toBe(true);
  });
});

describe('posting a practice', () => {
  it('takes a result, the steps in order, context, evidence and skills from the space’s list', async () => {
    const spaceId = await buildTeam();
    const posted = await post(spaceId, 'u-lynne', {
      evidence: [
        { kind: 'callRecording', label: 'The counsel call', url: 'https://stream.example.com/v/abc' },
        { kind: 'emailTemplate', label: 'Intro email', text: 'Hi {name},\n\nOur counsel would like to meet yours.' },
      ],
    });
    expect(posted).toMatchObject({
      title: 'Legal review in five days',
      actions: buildPracticeBody().actions,
      context: { segment: 'enterprise', stage: 'negotiation', dealSize: 'over250k', customerRole: 'legal' },
      tags: ['negotiation', 'closing'],
      author: { userId: 'u-lynne', name: 'Lynne Robbins' },
      proven: false,
      adoption: { adoptionCount: 0, successRate: null },
      adopters: [],
      canEdit: true,
      evidence: [
        { kind: 'callRecording', url: 'https://stream.example.com/v/abc', text: null },
        { kind: 'emailTemplate', url: null, text: 'Hi {name},\n\nOur counsel would like to meet yours.' },
      ],
    });
    expect((await detail(spaceId, posted.id, 'u-isaiah')).title).toBe('Legal review in five days');
  });

  it('rejects a post without actions, or without a result, with a message that says what to add', async () => {
    const spaceId = await buildTeam();
    const noActions = await api(t.host, 'POST', practicesUrl(spaceId), {
      token: tok['u-alex'],
      body: buildPracticeBody({ actions: [] }),
    });
    expect(noActions.status).toBe(400);
    const problem = noActions.json as { code: string; issues: { field: string; message: string }[] };
    expect(problem.code).toBe('validation_failed');
    expect(problem.issues.map((i) => i.field)).toEqual(['body.actions']);
    expect(problem.issues[0]?.message).toMatch(/Now add the specific actions you took/);
    const adviceOnly = await api(t.host, 'POST', practicesUrl(spaceId), {
      token: tok['u-alex'],
      body: buildPracticeBody({ result: { text: 'Always loop in legal early.' } }),
    });
    expect(adviceOnly.status).toBe(400);
    expect((adviceOnly.json as { detail: string }).detail).toMatch(/^body\.result\.text: This reads like advice/);
    expect((await list(spaceId)).items).toEqual([]);
  });

  it('checks a draft as the form is filled in, without writing anything', async () => {
    const spaceId = await buildTeam();
    const writes = t.writes.length;
    const res = await api(t.host, 'POST', `/api/spaces/${spaceId}/practice-drafts/check`, {
      token: tok['u-alex'],
      body: { title: 'CFO meeting', result: { text: 'Booked the CFO within a week.' }, tags: ['juggling'] },
    });
    expect(res.status).toBe(200);
    const check = res.json as DraftCheckResponse;
    expect(check.ready).toBe(false);
    expect(check.findings.map((f) => f.code)).toEqual([
      'missingActions',
      'missingSegment',
      'missingStage',
      'unknownSkill',
      'noMeasure',
    ]);
    expect(check.findings[0]?.message).toMatch(/^You wrote the result\. Now add the specific actions/);
    expect(t.writes.length).toBe(writes);
  });

  it('refuses bad input: 200 steps, 1 MB of evidence, tags outside the skill list, a contributor posting', async () => {
    const spaceId = await buildTeam();
    const url = practicesUrl(spaceId);
    const manySteps = Array.from({ length: 200 }, (_, i) => `Step ${i} of the plan`);
    const tooMany = await api(t.host, 'POST', url, {
      token: tok['u-alex'],
      body: buildPracticeBody({ actions: manySteps }),
    });
    expect(tooMany.status).toBe(400);
    expect((tooMany.json as { detail: string }).detail).toContain(`at most ${PRACTICE_LIMITS.actionsMax} steps`);

    const huge = await api(t.host, 'POST', url, {
      token: tok['u-alex'],
      body: buildPracticeBody({
        evidence: [{ kind: 'emailTemplate', label: 'Template', text: 'x'.repeat(1_000_000) }],
      }),
    });
    expect(huge.status).toBe(413);
    const overLimit = await api(t.host, 'POST', url, {
      token: tok['u-alex'],
      body: buildPracticeBody({ evidence: [{ kind: 'emailTemplate', label: 'Template', text: 'x'.repeat(5000) }] }),
    });
    expect(overLimit.status).toBe(400);
    expect(overLimit.json).toMatchObject({ issues: [{ field: 'body.evidence.0.text' }] });

    const unknownSkill = await api(t.host, 'POST', url, {
      token: tok['u-alex'],
      body: buildPracticeBody({ tags: ['juggling'] }),
    });
    expect(unknownSkill.status).toBe(400);
    expect(unknownSkill.json).toMatchObject({ issues: [{ field: 'body.tags.0' }] });

    const contributor = await api(t.host, 'POST', url, { token: tok['u-isaiah'], body: buildPracticeBody() });
    expect(contributor.status).toBe(403);
    expect((await list(spaceId)).items).toEqual([]);
  });

  it('stores script tags as plain text and only ever answers JSON', async () => {
    const spaceId = await buildTeam();
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const posted = await post(spaceId, 'u-alex', {
      title: script,
      result: { text: `${script} won in 3 days` },
      actions: [`${script} first`, 'Then the second real step'],
    });
    const res = await api(t.host, 'GET', `${practicesUrl(spaceId)}/${posted.id}`, { token: tok['u-lynne'] });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.json).toMatchObject({
      title: script,
      result: { text: `${script} won in 3 days` },
      actions: [`${script} first`, 'Then the second real step'],
    });
  });

  it('lets the author (or a manager) edit with If-Match, and keeps the checks on the merged post', async () => {
    const spaceId = await buildTeam();
    const posted = await post(spaceId, 'u-lynne');
    const url = `${practicesUrl(spaceId)}/${posted.id}`;
    const edit = (user: User, body: object, etag: string) =>
      api(t.host, 'PATCH', url, { token: tok[user], body, headers: { 'if-match': etag } });

    expect((await edit('u-alex', { title: 'Hijacked' }, posted.etag)).status).toBe(403);
    const renamed = await edit('u-lynne', { title: 'Legal in four days', context: { stage: 'closing' } }, posted.etag);
    expect(renamed.status).toBe(200);
    expect(renamed.json).toMatchObject({
      title: 'Legal in four days',
      context: { segment: 'enterprise', stage: 'closing' },
    });
    expect((await edit('u-lynne', { title: 'Stale' }, posted.etag)).status).toBe(412);
    const emptied = await edit('u-megan', { actions: [] }, (renamed.json as PracticeResponse).etag);
    expect(emptied.status).toBe(400);
    expect(emptied.json).toMatchObject({ issues: [{ field: 'body.actions' }] });

    const retagged = await edit('u-megan', { tags: ['demo'] }, (renamed.json as PracticeResponse).etag);
    expect(retagged.status).toBe(200);
    expect((await list(spaceId, 'skill=demo')).items.map((p) => p.id)).toEqual([posted.id]);
    expect((await list(spaceId, 'skill=negotiation')).items).toEqual([]);
  });
});

describe('trying a practice', () => {
  it('puts it in the adopter’s personal tab, counts it once, and records what happened', async () => {
    const spaceId = await buildTeam();
    const posted = await post(spaceId, 'u-lynne');

    const first = await adopt(spaceId, posted.id, tok['u-alex']);
    expect(first.status).toBe(201);
    const again = await adopt(spaceId, posted.id, tok['u-alex']);
    expect(again.status).toBe(200);
    expect((again.json as AdopterResponse).adoptedAt).toBe((first.json as AdopterResponse).adoptedAt);
    expect((await adopt(spaceId, posted.id, tok['u-lynne'])).status).toBe(409);
    expect((await report(spaceId, posted.id, 'u-diego', 'worked')).status).toBe(409);

    const trying = (await api(t.host, 'GET', '/api/me/practice-adoptions', { token: tok['u-alex'] }))
      .json as MyAdoptionListResponse;
    const item = trying.items.find((i) => i.practiceId === posted.id);
    expect(item).toMatchObject({ status: 'trying', spaceId, title: posted.title, authorName: 'Lynne Robbins' });
    expect(Date.parse(item?.followUpAt ?? '') - Date.parse(item?.adoptedAt ?? '')).toBe(14 * 24 * 60 * 60 * 1000);

    const reported = await report(spaceId, posted.id, 'u-alex', 'worked', 'Contoso legal signed in 8 days.');
    expect(reported.status).toBe(200);
    expect(reported.json).toMatchObject({
      status: 'recorded',
      outcome: 'worked',
      note: 'Contoso legal signed in 8 days.',
    });
    await adopt(spaceId, posted.id, tok['u-isaiah']);
    await report(spaceId, posted.id, 'u-isaiah', 'didNotWork', 'No legal team at that customer.');

    const seen = await detail(spaceId, posted.id, 'u-diego');
    expect(seen.adoption).toEqual({
      adoptionCount: 2,
      tryingCount: 0,
      workedCount: 1,
      didNotWorkCount: 1,
      notApplicableCount: 0,
      successRate: 0.5,
    });
    expect(seen.adopters.map((a) => [a.name, a.outcome, a.note])).toEqual([
      ['Alex Wilber', 'worked', 'Contoso legal signed in 8 days.'],
      ['Isaiah Langer', 'didNotWork', 'No legal team at that customer.'],
    ]);
    expect(seen.myAdoption).toBeNull();

    const authored = (await api(t.host, 'GET', '/api/me/practices', { token: tok['u-lynne'] }))
      .json as MyAuthoredListResponse;
    const mine = authored.items.find((i) => i.practice.id === posted.id);
    expect(mine?.adopters.map((a) => a.name)).toEqual(['Alex Wilber', 'Isaiah Langer']);
  });

  it('is open to contributors, and invisible to people outside the space', async () => {
    const spaceId = await buildTeam();
    const posted = await post(spaceId, 'u-diego');
    expect((await adopt(spaceId, posted.id, tok['u-isaiah'])).status).toBe(201);
    for (const outsider of ['u-adele', 'u-fiona'] as const) {
      const res = await api(t.host, 'GET', `${practicesUrl(spaceId)}/${posted.id}`, { token: tok[outsider] });
      expect(res.status).toBe(404);
      expect(res.text).not.toContain(posted.title);
      expect((await adopt(spaceId, posted.id, tok[outsider])).status).toBe(404);
    }
  });

  it('becomes "proven" only when a manager marks it and the outcomes support it', async () => {
    const spaceId = await buildTeam();
    const posted = await post(spaceId, 'u-lynne');
    const mark = (user: User, proven: boolean) =>
      api(t.host, 'PUT', `${practicesUrl(spaceId)}/${posted.id}/proven`, { token: tok[user], body: { proven } });

    const early = await mark('u-megan', true);
    expect(early.status).toBe(409);
    expect((early.json as { detail: string }).detail).toBe(
      'Not proven yet: Needs at least 3 peers to report whether it worked; 0 have so far.',
    );
    for (const user of ['u-alex', 'u-diego', 'u-megan'] as const) {
      await adopt(spaceId, posted.id, tok[user]);
      await report(spaceId, posted.id, user, 'worked');
    }
    expect((await mark('u-alex', true)).status).toBe(403);
    const proven = await mark('u-megan', true);
    expect(proven.status).toBe(200);
    expect(proven.json).toMatchObject({ proven: true, adoption: { workedCount: 3, successRate: 1 } });
    expect((await list(spaceId, 'proven=true')).items.map((p) => p.id)).toEqual([posted.id]);
  });
});

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
