/** Running role-plays: the round timer, observer scorecards, results and privacy (see roleplays.test.ts). */
import { describe, expect, it } from 'vitest';
import {
  CompetencyListResponse,
  MyRoleplaysResponse,
  RoleplayDebriefResponse,
  type RoleplayDraftCheckResponse,
  type RoleplayFeedbackResponse,
  RoleplayListResponse,
  RoleplayResponse,
  type RoleplayRunBody,
  RoleplayStateResponse,
  ScenarioListResponse,
  ScenarioResponse,
} from '../src/domain/index.js';
import { buildClaims, buildInviteBody, buildSpaceBody, signToken, uniqueId } from './factories.js';
import { api, devSigningKey, problemCode, type ApiResponse } from './helpers.js';
import { buildFeedbackBody, buildSelfAssessmentBody, PRICE_PUSHBACK } from './roleplay-samples.js';
import {
  space,
  type User,
  t,
  tok,
  useRoleplayHost,
  objectionsOf,
  expectNoneOf,
  ok,
  get,
  createRoleplay,
  stateOf,
  run,
  step,
} from './roleplays-fixture.js';

useRoleplayHost();

describe('the round timer', () => {
  it('gives every participant, late joiners included, the same timer, at one store read per poll', async () => {
    const roleplay = await createRoleplay();
    const started = await step(roleplay.id, { action: 'start' });
    expect(started).toMatchObject({ status: 'running', round: 1, rounds: 2, warningMs: 30_000 });
    expect(started.timer).toMatchObject({ status: 'running', durationMs: 5 * 60_000, elapsedMs: 0 });
    const alex = await stateOf(roleplay.id, 'u-alex');
    const lateJoiner = await stateOf(roleplay.id, 'u-isaiah');
    expect(lateJoiner.timer).toEqual(alex.timer);
    expect(lateJoiner.etag).toBe(started.etag);

    const poll = await api(t.host, 'GET', `${space}/roleplays/${roleplay.id}/state`, {
      token: tok['u-diego'],
      headers: { 'if-none-match': alex.etag },
    });
    expect(poll.status).toBe(304);
    expect(Number(poll.headers['x-server-time'])).toBeGreaterThan(0);
    expect(poll.headers['x-store-ops']).toBe('1');
  });

  it('leaves one consistent timer state when two devices pause and resume at once', async () => {
    const roleplay = await createRoleplay();
    const started = await step(roleplay.id, { action: 'start' });
    const device = tok['u-megan'];
    const pauses = await Promise.all([
      run(roleplay.id, started.etag, { action: 'pause' }, device),
      run(roleplay.id, started.etag, { action: 'pause' }, device),
    ]);
    expect(pauses.map((r) => r.status).sort()).toEqual([200, 412]);
    const paused = await stateOf(roleplay.id, 'u-lynne');
    expect(paused.timer).toMatchObject({ status: 'paused', startedAt: null });

    const resumes = await Promise.all([
      run(roleplay.id, paused.etag, { action: 'resume' }, device),
      run(roleplay.id, paused.etag, { action: 'resume' }, device),
    ]);
    expect(resumes.map((r) => r.status).sort()).toEqual([200, 412]);
    const resumed = await stateOf(roleplay.id);
    expect(resumed.timer.status).toBe('running');

    const mixed = await Promise.all([
      run(roleplay.id, resumed.etag, { action: 'pause' }, device),
      run(roleplay.id, resumed.etag, { action: 'addTime', seconds: 60 }, device),
    ]);
    expect(mixed.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = ok<RoleplayStateResponse>(mixed.find((r) => r.status === 200) as ApiResponse);
    const everyone = await Promise.all(
      (['u-alex', 'u-lynne', 'u-diego', 'u-isaiah'] as const).map((u) => stateOf(roleplay.id, u)),
    );
    for (const seen of everyone) {
      expect(seen.etag).toBe(winner.etag);
      expect(seen.timer).toEqual(winner.timer);
    }
  });

  it('adds time, ends rounds, moves to the next, the debrief and the close, refusing wrong moves', async () => {
    const roleplay = await createRoleplay();
    const id = roleplay.id;
    expect((await run(id, roleplay.etag, { action: 'pause' })).status).toBe(409);
    await step(id, { action: 'start' });
    const current = await stateOf(id);
    for (const who of ['u-alex', 'u-lynne', 'u-isaiah'] as const)
      expect((await run(id, current.etag, { action: 'pause' }, tok[who])).status, who).toBe(403);
    const noEtag = await api(t.host, 'POST', `${space}/roleplays/${id}/state`, {
      token: tok['u-megan'],
      body: { action: 'pause' },
    });
    expect(noEtag.status).toBe(428);
    expect((await run(id, current.etag, { action: 'addTime', seconds: 45 } as unknown as RoleplayRunBody)).status).toBe(
      400,
    );

    expect((await step(id, { action: 'addTime', seconds: 60 })).timer.durationMs).toBe(6 * 60_000);
    const ended = await step(id, { action: 'endRound' });
    expect(ended).toMatchObject({ status: 'roundEnded', round: 1, timer: { status: 'paused' } });
    const second = await step(id, { action: 'nextRound' });
    expect(second).toMatchObject({ status: 'running', round: 2, timer: { status: 'running', durationMs: 5 * 60_000 } });
    const last = await run(id, second.etag, { action: 'nextRound' });
    expect(last.status).toBe(409);
    expect(problemCode(last)).toBe('conflict');
    expect((await step(id, { action: 'debrief' })).status).toBe('debrief');
    expect((await step(id, { action: 'close' })).status).toBe('closed');
    expect((await run(id, (await stateOf(id)).etag, { action: 'start' })).status).toBe(409);
    expect((await run(id, second.etag, { action: 'close' })).status).toBe(409);
  });
});

describe('observer scorecards', () => {
  it('keeps every scorecard when five observers submit in the same second', async () => {
    const { key, kid } = await devSigningKey(t.dataDir);
    const created = ok<{ id: string }>(
      await api(t.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: buildSpaceBody() }),
      201,
    );
    const base = `/api/spaces/${created.id}`;
    const observerIds = Array.from({ length: 5 }, () => uniqueId('u-observer'));
    for (const member of [
      buildInviteBody({ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }),
      buildInviteBody({ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' }),
      ...observerIds.map((userId) => buildInviteBody({ userId, role: 'rep' })),
    ])
      ok(await api(t.host, 'POST', `${base}/members`, { token: tok['u-megan'], body: member }), 201);
    ok(await api(t.host, 'POST', `${base}/scenario-starters`, { token: tok['u-megan'] }));
    const criteria = [
      'priceObjections',
      'discoveryQuestions',
      'tradingConcessions',
      'nextStepClose',
      'priceObjections',
    ];
    const roleplay = await createRoleplay(
      { observers: observerIds.map((userId, i) => ({ userId, criterion: criteria[i] ?? 'nextStepClose' })) },
      'u-megan',
      base,
    );
    await step(roleplay.id, { action: 'start' }, base);

    const tokens = await Promise.all(
      observerIds.map((oid) => signToken(key, buildClaims({ oid, name: `Observer ${oid}` }), { kid })),
    );
    const put = (token: string, i: number) =>
      api(t.host, 'PUT', `${base}/roleplays/${roleplay.id}/feedback`, {
        token,
        body: buildFeedbackBody({ rating: 1 + (i % 4), strengths: [`Observed strength number ${i} in the opening.`] }),
      });
    const results = await Promise.all(tokens.map((token, i) => put(token, i)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const resubmitted = await put(tokens[0] ?? '', 3);
    expect(ok<RoleplayFeedbackResponse>(resubmitted).rating).toBe(4);

    const debrief = ok<RoleplayDebriefResponse>(await get(`${base}/roleplays/${roleplay.id}/debrief`));
    const cards = debrief.rounds[0]?.criteria.flatMap((c) => c.feedback) ?? [];
    expect(cards.map((c) => c.observer.userId).sort()).toEqual([...observerIds].sort());
    expect(debrief.rounds[0]?.criteria.find((c) => c.criterion === 'priceObjections')?.feedback).toHaveLength(2);
  });

  it('requires a strength and a development point and refuses judgmental wording', async () => {
    const roleplay = await createRoleplay({ observers: [{ userId: 'u-diego', criterion: 'priceObjections' }] });
    const url = `${space}/roleplays/${roleplay.id}/feedback`;
    const put = (body: object, who: User = 'u-diego') =>
      api(t.host, 'PUT', url, { token: tok[who], body: buildFeedbackBody(body) });
    expect((await put({})).status).toBe(409);
    await step(roleplay.id, { action: 'start' });

    const empty = await put({ strengths: [] });
    expect(empty.status).toBe(400);
    expect((empty.json as { issues: { field: string }[] }).issues.map((i) => i.field)).toEqual(['body.strengths']);
    const judged = await put({ developments: ['Lazy discovery and a terrible close.'] });
    expect(judged.status).toBe(400);
    const issue = (judged.json as { issues: { field: string; message: string }[] }).issues[0];
    expect(issue?.field).toBe('body.developments.0');
    expect(issue?.message).toContain('lazy');
    expect((await put({ rating: 5 })).status).toBe(400);
    expect((await put({ round: 2 })).status).toBe(409);
    expect((await put({}, 'u-lynne')).status).toBe(403);
    expect((await put({}, 'u-alex')).status).toBe(403);

    const nudged = ok<RoleplayFeedbackResponse>(await put({ strengths: ['Good job'] }), 201);
    expect(nudged).toMatchObject({
      criterion: 'priceObjections',
      ratingLabel: 'Solid',
      observer: { userId: 'u-diego' },
    });
    expect(nudged.nudges.map((n) => n.code)).toEqual(['vague']);

    const check = await api(t.host, 'POST', `${space}/roleplay-drafts/check`, {
      token: tok['u-isaiah'],
      body: { kind: 'feedback', strengths: ['Pathetic opening with no questions at all.'], developments: [] },
    });
    const findings = ok<RoleplayDraftCheckResponse>(check);
    expect(findings.ready).toBe(false);
    expect(findings.findings.map((f) => f.code)).toEqual(['judgmental', 'missingDevelopment']);
  });
});

describe('results and privacy', () => {
  it('reveals feedback to the rep only after the self-assessment, and never to peers', async () => {
    const roleplay = await createRoleplay({
      observers: [
        { userId: 'u-diego', criterion: 'priceObjections' },
        { userId: 'u-isaiah', criterion: 'discoveryQuestions' },
      ],
    });
    const id = roleplay.id;
    const base = `${space}/roleplays/${id}`;
    await step(id, { action: 'start' });
    const diegoSays = `Diego saw ${uniqueId('m')}: asked what the quote was compared with.`;
    const isaiahSays = `Isaiah saw ${uniqueId('m')}: opened with a question about the trial.`;
    ok(
      await api(t.host, 'PUT', `${base}/feedback`, {
        token: tok['u-diego'],
        body: buildFeedbackBody({ rating: 2, strengths: [diegoSays] }),
      }),
      201,
    );
    ok(
      await api(t.host, 'PUT', `${base}/feedback`, {
        token: tok['u-isaiah'],
        body: buildFeedbackBody({ rating: 4, strengths: [isaiahSays] }),
      }),
      201,
    );

    const selfSays = `Alex thought ${uniqueId('m')}: kept the price.`;
    const assess = (body: object = {}, who: User = 'u-alex') =>
      api(t.host, 'POST', `${base}/self-assessments`, {
        token: tok[who],
        body: buildSelfAssessmentBody({ strengths: [selfSays], ...body }),
      });
    expect((await assess()).status).toBe(409);
    await step(id, { action: 'endRound' });

    const before = await get(`${base}/debrief`, 'u-alex');
    const withheld = ok<RoleplayDebriefResponse>(before);
    expect(withheld).toMatchObject({
      access: 'rep',
      rounds: [{ round: 1, feedbackWithheld: true, selfAssessment: null }],
    });
    expect(withheld.results.find((r) => r.criterion === 'priceObjections')).toMatchObject({
      observerRating: null,
      revealed: false,
    });
    expectNoneOf(before, [diegoSays, isaiahSays]);

    expect((await assess({}, 'u-megan')).status).toBe(403);
    expect((await assess({ ratings: [{ criterion: 'activeListening', rating: 2 }] })).status).toBe(400);
    ok(await assess(), 201);
    expect((await assess()).status).toBe(409);

    const after = ok<RoleplayDebriefResponse>(await get(`${base}/debrief`, 'u-alex'));
    expect(after.rounds[0]).toMatchObject({ feedbackWithheld: false, selfAssessment: { strengths: [selfSays] } });
    const price = after.rounds[0]?.criteria.find((c) => c.criterion === 'priceObjections');
    expect(price).toMatchObject({
      selfRating: 3,
      feedback: [{ observer: { userId: 'u-diego' }, rating: 2, strengths: [diegoSays] }],
    });
    expect(after.results.find((r) => r.criterion === 'discoveryQuestions')).toMatchObject({
      selfRating: 2,
      observerRating: 4,
      revealed: true,
    });

    const manager = ok<RoleplayDebriefResponse>(await get(`${base}/debrief`, 'u-megan'));
    expect(manager.access).toBe('manager');
    expect(JSON.stringify(manager)).toContain(diegoSays);
    expect(JSON.stringify(manager)).toContain(selfSays);

    const diego = await get(`${base}/debrief`, 'u-diego');
    expect(ok<RoleplayDebriefResponse>(diego).access).toBe('observer');
    expect(diego.text).toContain(diegoSays);
    expectNoneOf(diego, [isaiahSays, selfSays]);

    // Lynne played the customer and is Alex's peer: she learns that it took place, not how it went.
    for (const path of [`${base}/debrief`, `${space}/roleplays?repId=u-alex`, base, `${base}/state`]) {
      const peer = await get(path, 'u-lynne');
      expect(peer.status).toBe(200);
      expectNoneOf(peer, [diegoSays, isaiahSays, selfSays]);
      expect(peer.text).not.toMatch(/"(?:rating|selfRating|observerRating)":\s*\d/);
    }
    const peerDebrief = ok<RoleplayDebriefResponse>(await get(`${base}/debrief`, 'u-lynne'));
    expect(peerDebrief).toMatchObject({ access: 'none', rounds: [], results: [], nextStep: null });
    const listed = ok<RoleplayListResponse>(await get(`${space}/roleplays?repId=u-alex`, 'u-lynne'));
    expect(listed.items.find((r) => r.id === id)).toMatchObject({
      scenario: { id: PRICE_PUSHBACK, title: 'Price pushback: “You’re 30% more than the other quote”' },
      rep: { userId: 'u-alex' },
      myRole: 'customer',
    });
  });

  it('debriefs with the manager’s questions and the rep’s own next step, shown on the rep’s personal tab', async () => {
    const roleplay = await createRoleplay({ observers: [{ userId: 'u-diego', criterion: 'nextStepClose' }] });
    const id = roleplay.id;
    const base = `${space}/roleplays/${id}`;
    await step(id, { action: 'start' });
    ok(
      await api(t.host, 'PUT', `${base}/feedback`, { token: tok['u-diego'], body: buildFeedbackBody({ rating: 2 }) }),
      201,
    );
    const ask = (text: string, who: User = 'u-megan') =>
      api(t.host, 'POST', `${base}/coaching-questions`, { token: tok[who], body: { text } });
    expect((await ask('What did you notice?')).status).toBe(409);
    await step(id, { action: 'endRound' });
    const advice = await ask('Next time, ask for the CFO meeting before the price comes up.');
    expect(advice.status).toBe(400);
    expect((advice.json as { issues: { field: string }[] }).issues[0]?.field).toBe('body.text');
    expect((await ask('What did you notice?', 'u-alex')).status).toBe(403);
    const question = 'What would you do differently when Dana asks you to match the price?';
    const asked = ok<RoleplayDebriefResponse>(await ask(question), 201);
    expect(asked.coachingQuestions).toMatchObject([{ text: question, askedBy: { userId: 'u-megan' } }]);

    const nextStep = (who: User, body: object = {}) =>
      api(t.host, 'PUT', `${base}/next-step`, {
        token: tok[who],
        body: {
          text: 'Ask for the CFO call before discussing any discount.',
          criterion: 'nextStepClose',
          dueDate: '2026-12-04',
          ...body,
        },
      });
    expect((await nextStep('u-alex')).status).toBe(409);
    await step(id, { action: 'debrief' });
    expect((await nextStep('u-megan')).status).toBe(403);
    expect((await nextStep('u-alex', { criterion: 'telepathy' })).status).toBe(400);
    ok(
      await api(t.host, 'POST', `${base}/self-assessments`, {
        token: tok['u-alex'],
        body: buildSelfAssessmentBody({ ratings: [{ criterion: 'nextStepClose', rating: 3 }] }),
      }),
      201,
    );
    const chosen = ok<RoleplayDebriefResponse>(await nextStep('u-alex'));
    expect(chosen.nextStep).toMatchObject({ criterion: 'nextStepClose', dueDate: '2026-12-04' });
    expect(ok<RoleplayDebriefResponse>(await get(`${base}/debrief`, 'u-lynne')).nextStep).toBeNull();
    await step(id, { action: 'close' });
    const late = await api(t.host, 'PUT', `${base}/feedback`, { token: tok['u-diego'], body: buildFeedbackBody() });
    expect(late.status).toBe(409);

    const mine = ok<MyRoleplaysResponse>(await get('/api/me/roleplays', 'u-alex'));
    const item = mine.items.find((i) => i.roleplayId === id);
    expect(item).toMatchObject({
      spaceName: 'Northwind Sales',
      status: 'closed',
      nextStep: { text: 'Ask for the CFO call before discussing any discount.' },
    });
    expect(item?.results.find((r) => r.criterion === 'nextStepClose')).toMatchObject({
      selfRating: 3,
      observerRating: 2,
      revealed: true,
    });
    const series = mine.criteria.find((c) => c.criterion === 'nextStepClose');
    expect(series?.points.map((p) => p.roleplayId)).toContain(id);
    const lynne = await get('/api/me/roleplays', 'u-lynne');
    expect(ok<MyRoleplaysResponse>(lynne).items.map((i) => i.roleplayId)).not.toContain(id);
    expect((await get('/api/me/roleplays', 'u-fiona')).json).toEqual({ items: [], criteria: [] });
  });

  it('seeds a finished role-play for Alex with feedback, his results over time and his next step', async () => {
    const mine = ok<MyRoleplaysResponse>(await get('/api/me/roleplays', 'u-alex'));
    const demo = mine.items.find((i) => i.roleplayId === 'demo-roleplay-alex-price-pushback');
    expect(demo).toMatchObject({
      status: 'closed',
      skill: { key: 'objectionHandling', label: 'Objection handling' },
      nextStep: { criterion: 'tradingConcessions' },
    });
    expect(demo?.results.map((r) => [r.criterion, r.round, r.selfRating, r.observerRating])).toEqual([
      ['priceObjections', 2, 3, 3],
      ['discoveryQuestions', 2, 3, 3],
      ['tradingConcessions', 2, 3, null],
      ['nextStepClose', 2, 4, 3],
    ]);
    const debrief = ok<RoleplayDebriefResponse>(
      await get(`${space}/roleplays/demo-roleplay-alex-price-pushback/debrief`),
    );
    expect(debrief.rounds.map((r) => r.criteria.flatMap((c) => c.feedback).length)).toEqual([3, 3]);
    expect(debrief.coachingQuestions).toHaveLength(2);
  });

  it('answers in the shapes the published response schemas describe', async () => {
    const id = 'demo-roleplay-alex-price-pushback';
    const shapes: [string, User, { safeParse(value: unknown): { success: boolean; error?: unknown } }][] = [
      [`${space}/scenarios`, 'u-alex', ScenarioListResponse],
      [`${space}/scenarios/${PRICE_PUSHBACK}`, 'u-megan', ScenarioResponse],
      [`${space}/competencies`, 'u-isaiah', CompetencyListResponse],
      [`${space}/roleplays`, 'u-isaiah', RoleplayListResponse],
      [`${space}/roleplays/${id}`, 'u-lynne', RoleplayResponse],
      [`${space}/roleplays/${id}/state`, 'u-diego', RoleplayStateResponse],
      [`${space}/roleplays/${id}/debrief`, 'u-alex', RoleplayDebriefResponse],
      [`${space}/roleplays/${id}/debrief`, 'u-lynne', RoleplayDebriefResponse],
      ['/api/me/roleplays', 'u-alex', MyRoleplaysResponse],
    ];
    for (const [path, who, schema] of shapes) {
      const parsed = schema.safeParse(ok(await get(path, who)));
      expect(parsed.success, `${path}: ${String(parsed.error)}`).toBe(true);
    }
  });

  it('hides role-plays from non-members and other tenants', async () => {
    const roleplay = await createRoleplay();
    for (const who of ['u-adele', 'u-fiona'] as const) {
      for (const path of ['', '/state', '/debrief']) {
        const res = await get(`${space}/roleplays/${roleplay.id}${path}`, who);
        expect(res.status).toBe(404);
        expectNoneOf(res, objectionsOf('price-pushback'));
      }
      expect((await get(`${space}/scenarios/${PRICE_PUSHBACK}`, who)).status).toBe(404);
    }
  });
});
