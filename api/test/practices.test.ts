import { describe, expect, it } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import {
  type AdopterResponse,
  type DraftCheckResponse,
  type MyAdoptionListResponse,
  type MyAuthoredListResponse,
  PRACTICE_LIMITS,
  type PracticeResponse,
} from '../src/domain/index.js';
import { api } from './helpers.js';
import { buildPracticeBody } from './practice-samples.js';
import {
  type User,
  t,
  tok,
  usePracticesHost,
  buildTeam,
  practicesUrl,
  post,
  adopt,
  report,
  detail,
  list,
} from './practices-fixture.js';

usePracticesHost();

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
