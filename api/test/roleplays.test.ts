import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import type { AgendaResponse } from '../src/domain/meetings.js';
import {
  CompetencyListResponse,
  DEFAULT_COMPETENCIES,
  MyRoleplaysResponse,
  RoleplayDebriefResponse,
  RoleplayListResponse,
  RoleplayResponse,
  RoleplayStateResponse,
  ScenarioListResponse,
  ScenarioResponse,
  type InstallStartersResponse,
  type RoleplayDraftCheckResponse,
  type RoleplayFeedbackResponse,
  type RoleplayRunBody,
} from '../src/domain/roleplay.js';
import { STARTER_SCENARIOS, starterScenarioId } from '../src/domain/scenarios.js';
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
import { buildMeetingBody } from './meeting-samples.js';
import {
  buildFeedbackBody,
  buildRoleplayBody,
  buildScenarioBody,
  buildSelfAssessmentBody,
  PRICE_PUSHBACK,
} from './roleplay-samples.js';

const space = `/api/spaces/${DEMO_SPACE_ID}`;
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

const ALL_OBJECTIONS = STARTER_SCENARIOS.flatMap((s) => s.scenario.objections);
const objectionsOf = (key: string): readonly string[] =>
  STARTER_SCENARIOS.find((s) => s.key === key)?.scenario.objections ?? [];

/** Raw JSON answers, checked as text, never as parsed objects a presenter could have shaped. */
function expectNoneOf(res: ApiResponse, secrets: readonly string[]): void {
  for (const secret of secrets) expect(res.text, secret).not.toContain(JSON.stringify(secret).slice(1, -1));
}

function ok<T>(res: ApiResponse, status = 200): T {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  return res.json as T;
}

const get = (path: string, who: User = 'u-megan') => api(t.host, 'GET', path, { token: tok[who] });

async function createRoleplay(body: object = {}, who: User = 'u-megan', base = space): Promise<RoleplayResponse> {
  return ok<RoleplayResponse>(
    await api(t.host, 'POST', `${base}/roleplays`, { token: tok[who], body: buildRoleplayBody(body) }),
    201,
  );
}

async function stateOf(id: string, who: User = 'u-megan', base = space): Promise<RoleplayStateResponse> {
  return ok<RoleplayStateResponse>(await get(`${base}/roleplays/${id}/state`, who));
}

function run(id: string, etag: string, body: RoleplayRunBody, token: string = tok['u-megan'], base = space) {
  return api(t.host, 'POST', `${base}/roleplays/${id}/state`, { token, body, headers: { 'if-match': etag } });
}

/** Moves a role-play on with the latest etag, as its facilitator. */
async function step(id: string, body: RoleplayRunBody, base = space): Promise<RoleplayStateResponse> {
  const current = await stateOf(id, 'u-megan', base);
  return ok<RoleplayStateResponse>(await run(id, current.etag, body, tok['u-megan'], base));
}

describe('the scenario library', () => {
  it('holds the twelve starter scenarios, filtered by skill and difficulty and searchable by words', async () => {
    const all = ok<ScenarioListResponse>(await get(`${space}/scenarios`, 'u-isaiah'));
    const ids = all.items.map((s) => s.id);
    for (const starter of STARTER_SCENARIOS) expect(ids).toContain(starterScenarioId(starter.key));
    const pushback = all.items.find((s) => s.id === PRICE_PUSHBACK);
    expect(pushback).toMatchObject({
      skill: { key: 'objectionHandling', label: 'Objection handling' },
      difficulty: 'foundation',
      suggestedRoundMinutes: 7,
      source: { kind: 'starter', key: 'price-pushback' },
      objectionCount: 5,
      author: null,
    });
    expect(pushback?.criteria.map((c) => c.label)).toEqual([
      'Handling price objections',
      'Discovery questions',
      'Trading, not conceding',
      'Next-step close',
    ]);

    const valueAdvanced = ok<ScenarioListResponse>(
      await get(`${space}/scenarios?skill=valueSelling&difficulty=advanced`, 'u-alex'),
    );
    expect(valueAdvanced.items.map((s) => s.id)).toEqual([starterScenarioId('cfo-ten-minutes')]);
    const outage = ok<ScenarioListResponse>(await get(`${space}/scenarios?search=OUTAGE%20okafor`, 'u-alex'));
    expect(outage.items.map((s) => s.id)).toEqual([starterScenarioId('angry-after-outage')]);

    const bad = await get(`${space}/scenarios?difficulty=impossible`, 'u-alex');
    expect(bad.status).toBe(400);
    expect(problemCode(bad)).toBe('validation_failed');
  });

  it('never lists hidden objections, and a search cannot probe them', async () => {
    for (const who of ['u-megan', 'u-alex', 'u-isaiah'] as const)
      expectNoneOf(await get(`${space}/scenarios`, who), ALL_OBJECTIONS);
    // "orphaned accounts" is only in the incumbent scenario's objections.
    const probe = ok<ScenarioListResponse>(await get(`${space}/scenarios?search=orphaned`, 'u-alex'));
    expect(probe.items).toEqual([]);
  });

  it('shows a scenario’s objections to its author and managers only', async () => {
    const body = buildScenarioBody();
    const secret = body.objections[0] ?? '';
    const mine = ok<ScenarioResponse>(
      await api(t.host, 'POST', `${space}/scenarios`, { token: tok['u-alex'], body }),
      201,
    );
    expect(mine).toMatchObject({
      objections: [secret],
      canEdit: true,
      author: { userId: 'u-alex' },
      source: { kind: 'manual' },
    });
    const url = `${space}/scenarios/${mine.id}`;
    expect(ok<ScenarioResponse>(await get(url, 'u-megan')).objections).toEqual([secret]);
    for (const who of ['u-lynne', 'u-isaiah'] as const) {
      const res = await get(url, who);
      expect(ok<ScenarioResponse>(res)).toMatchObject({ objections: null, canEdit: false, objectionCount: 1 });
      expectNoneOf(res, [secret]);
    }
    const starter = await get(`${space}/scenarios/${PRICE_PUSHBACK}`, 'u-alex');
    expect(ok<ScenarioResponse>(starter).objections).toBeNull();
    expectNoneOf(starter, objectionsOf('price-pushback'));
    expect(ok<ScenarioResponse>(await get(`${space}/scenarios/${PRICE_PUSHBACK}`)).objections).toEqual(
      objectionsOf('price-pushback'),
    );
  });

  it('lets the author and managers edit, keeps a typed source, and checks skills and criteria', async () => {
    const fromLoss = ok<ScenarioResponse>(
      await api(t.host, 'POST', `${space}/scenarios`, {
        token: tok['u-alex'],
        body: buildScenarioBody({ source: { kind: 'lostDeal', reviewId: 'review-fabrikam-q3' } }),
      }),
      201,
    );
    expect(fromLoss.source).toEqual({ kind: 'lostDeal', reviewId: 'review-fabrikam-q3' });
    const url = `${space}/scenarios/${fromLoss.id}`;
    const patch = (who: User, etag: string, body: object) =>
      api(t.host, 'PATCH', url, { token: tok[who], body, headers: { 'if-match': etag } });

    expect((await patch('u-lynne', fromLoss.etag, { difficulty: 'advanced' })).status).toBe(403);
    const edited = ok<ScenarioResponse>(await patch('u-alex', fromLoss.etag, { difficulty: 'advanced' }));
    expect(edited).toMatchObject({ difficulty: 'advanced', source: { kind: 'lostDeal' } });
    expect((await patch('u-megan', fromLoss.etag, { title: 'Stale edit' })).status).toBe(412);
    const archived = ok<ScenarioResponse>(await patch('u-megan', edited.etag, { archived: true }));
    expect(archived.archived).toBe(true);
    expect(ok<ScenarioListResponse>(await get(`${space}/scenarios`)).items.map((s) => s.id)).not.toContain(fromLoss.id);
    expect(ok<ScenarioListResponse>(await get(`${space}/scenarios?archived=true`)).items.map((s) => s.id)).toContain(
      fromLoss.id,
    );

    const create = (body: object, who: User = 'u-alex') =>
      api(t.host, 'POST', `${space}/scenarios`, { token: tok[who], body: buildScenarioBody(body) });
    const badSkill = await create({ skill: 'juggling' });
    expect(badSkill.status).toBe(400);
    expect((badSkill.json as { issues: { field: string }[] }).issues[0]?.field).toBe('body.skill');
    const badCriterion = await create({ criteria: ['nextStepClose', 'telepathy'] });
    expect((badCriterion.json as { issues: { field: string }[] }).issues[0]?.field).toBe('body.criteria.1');
    expect((await create({ objections: [] })).status).toBe(400);
    expect((await create({ source: { kind: 'starter', key: 'x' } })).status).toBe(400);
    expect((await create({}, 'u-isaiah')).status).toBe(403);
  });

  it('scores against the space’s own competency list, which starter installs respect', async () => {
    const created = ok<{ id: string }>(
      await api(t.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: buildSpaceBody() }),
      201,
    );
    const base = `/api/spaces/${created.id}`;
    const list = ok<CompetencyListResponse>(await get(`${base}/competencies`, 'u-megan'));
    expect(list.items.map((c) => c.key)).toEqual(DEFAULT_COMPETENCIES.map((c) => c.key));
    const listening = DEFAULT_COMPETENCIES.find((c) => c.key === 'activeListening');
    const saved = await api(t.host, 'PUT', `${base}/competencies`, {
      token: tok['u-megan'],
      body: { items: [listening] },
      headers: { 'if-match': list.etag },
    });
    expect(ok<CompetencyListResponse>(saved).items).toHaveLength(1);
    const again = await api(t.host, 'PUT', `${base}/competencies`, {
      token: tok['u-megan'],
      body: { items: [listening] },
      headers: { 'if-match': list.etag },
    });
    expect(again.status).toBe(412);

    const install = () => api(t.host, 'POST', `${base}/scenario-starters`, { token: tok['u-megan'] });
    const first = ok<InstallStartersResponse>(await install());
    expect(first.installed.sort()).toEqual(
      ['incumbent-competitor', 'angry-after-outage', 'just-send-a-proposal', 'cfo-ten-minutes', 'renewal-downsize']
        .map(starterScenarioId)
        .sort(),
    );
    expect(first.skipped).toHaveLength(7);
    const second = ok<InstallStartersResponse>(await install());
    expect(second.installed).toEqual([]);
    expect([...second.alreadyPresent].sort()).toEqual(first.installed);
    const installed = ok<ScenarioResponse>(await get(`${base}/scenarios/${starterScenarioId('cfo-ten-minutes')}`));
    expect(installed.criteria).toEqual([{ key: 'activeListening', label: 'Listening' }]);
  });
});

describe('setting up a role-play', () => {
  it('starts from a role-play agenda item that links a scenario', async () => {
    const meeting = ok<AgendaResponse>(
      await api(t.host, 'POST', `${space}/meetings`, { token: tok['u-megan'], body: buildMeetingBody() }),
      201,
    );
    const items = `${space}/meetings/${meeting.meeting.id}/items`;
    const addItem = async (body: object) =>
      ok<AgendaResponse>(await api(t.host, 'POST', items, { token: tok['u-megan'], body }), 201).items.at(-1);
    const linked = await addItem({
      title: 'Role-play: the stalled deal',
      kind: 'rolePlay',
      timeboxMinutes: 15,
      link: { kind: 'scenario', id: starterScenarioId('stalled-deal') },
    });
    const unlinked = await addItem({ title: 'Role-play: pick on the day', kind: 'rolePlay', timeboxMinutes: 15 });
    const skill = await addItem({ title: 'Skill: value questions', kind: 'skill', timeboxMinutes: 10 });

    const meetingRef = (itemId: string | undefined) => ({ meetingId: meeting.meeting.id, itemId: itemId ?? '' });
    const roleplay = await createRoleplay(
      {
        scenarioId: undefined,
        meeting: meetingRef(linked?.id),
        observers: [{ userId: 'u-diego', criterion: 'stakeholderNavigation' }],
      },
      'u-alex',
    );
    expect(roleplay).toMatchObject({
      scenario: { id: starterScenarioId('stalled-deal'), title: 'Stalled deal: the prospect has gone quiet' },
      meeting: meetingRef(linked?.id),
      roundMinutes: 5,
      facilitator: { userId: 'u-alex' },
      myRole: 'rep',
      canRun: true,
    });
    const found = ok<RoleplayListResponse>(
      await get(`${space}/roleplays?meetingId=${meeting.meeting.id}&itemId=${linked?.id}`, 'u-isaiah'),
    );
    expect(found.items.map((r) => r.id)).toEqual([roleplay.id]);

    const refuse = async (body: object, field: string) => {
      const res = await api(t.host, 'POST', `${space}/roleplays`, {
        token: tok['u-megan'],
        body: buildRoleplayBody(body),
      });
      expect(res.status, res.text).toBe(400);
      expect((res.json as { issues: { field: string }[] }).issues[0]?.field).toBe(field);
    };
    await refuse({ scenarioId: undefined, meeting: meetingRef(skill?.id) }, 'body.meeting.itemId');
    await refuse({ scenarioId: undefined, meeting: meetingRef(unlinked?.id) }, 'body.scenarioId');
    await refuse({ meeting: meetingRef(linked?.id) }, 'body.scenarioId');
    await refuse({ customerId: 'u-alex' }, 'body.customerId');
    await refuse({ observers: [{ userId: 'u-fiona', criterion: 'priceObjections' }] }, 'body.observers.0.userId');
    await refuse({ observers: [{ userId: 'u-diego', criterion: 'activeListening' }] }, 'body.observers.0.criterion');
    const withUnlinked = await createRoleplay({ meeting: meetingRef(unlinked?.id) });
    expect(withUnlinked.scenario.id).toBe(PRICE_PUSHBACK);
    expect(
      (await api(t.host, 'POST', `${space}/roleplays`, { token: tok['u-isaiah'], body: buildRoleplayBody() })).status,
    ).toBe(403);
  });

  it('links next week’s demo role-play item to a scenario', async () => {
    const meetings = ok<{ items: { id: string; status: string; title: string }[] }>(await get(`${space}/meetings`));
    const links = [];
    for (const meeting of meetings.items.filter((m) => m.status === 'draft')) {
      const agenda = ok<AgendaResponse>(await get(`${space}/meetings/${meeting.id}`));
      const item = agenda.items.find((i) => i.title === 'Role-play: price pushback from procurement');
      if (item) links.push(item.link);
    }
    expect(links).toEqual([{ kind: 'scenario', id: PRICE_PUSHBACK }]);
  });

  it('changes the cast before the start only, and only as its facilitator or a manager', async () => {
    const roleplay = await createRoleplay({}, 'u-alex');
    const url = `${space}/roleplays/${roleplay.id}`;
    const patch = (who: User, etag: string, body: object) =>
      api(t.host, 'PATCH', url, { token: tok[who], body, headers: { 'if-match': etag } });
    expect((await patch('u-lynne', roleplay.etag, { rounds: 3 })).status).toBe(403);
    const changed = ok<RoleplayResponse>(await patch('u-alex', roleplay.etag, { rounds: 3, roundMinutes: 8 }));
    expect(changed).toMatchObject({ rounds: 3, roundMinutes: 8, timer: { status: 'idle', durationMs: 8 * 60_000 } });
    expect((await patch('u-megan', roleplay.etag, { rounds: 1 })).status).toBe(412);
    await step(roleplay.id, { action: 'start' });
    const late = await patch('u-megan', (await stateOf(roleplay.id)).etag, { rounds: 1 });
    expect(late.status).toBe(409);
  });
});

describe('hidden objections', () => {
  it('reach the customer only, in every response that includes the scenario', async () => {
    const secrets = objectionsOf('price-pushback');
    // Alex sets up his own role-play: even his creation answer must not carry the customer's brief.
    const created = await api(t.host, 'POST', `${space}/roleplays`, {
      token: tok['u-alex'],
      body: buildRoleplayBody({
        observers: [
          { userId: 'u-diego', criterion: 'priceObjections' },
          { userId: 'u-megan', criterion: 'nextStepClose' },
        ],
      }),
    });
    expect(created.status).toBe(201);
    expectNoneOf(created, secrets);
    const id = (created.json as RoleplayResponse).id;
    await step(id, { action: 'start' });

    for (const who of ['u-alex', 'u-diego', 'u-megan', 'u-isaiah'] as const) {
      const view = await get(`${space}/roleplays/${id}`, who);
      expect(ok<RoleplayResponse>(view).customerBrief).toBeNull();
      expectNoneOf(view, secrets);
      expectNoneOf(await get(`${space}/roleplays/${id}/state`, who), secrets);
      expectNoneOf(await get(`${space}/roleplays/${id}/debrief`, who), secrets);
      expectNoneOf(await get(`${space}/roleplays?scenarioId=${PRICE_PUSHBACK}`, who), secrets);
    }
    const lynne = ok<RoleplayResponse>(await get(`${space}/roleplays/${id}`, 'u-lynne'));
    expect(lynne).toMatchObject({ myRole: 'customer', customerBrief: { objections: secrets } });
    expect(ok<RoleplayResponse>(await get(`${space}/roleplays/${id}`, 'u-diego'))).toMatchObject({
      myRole: 'observer',
      myCriterion: 'priceObjections',
      scenario: { situation: expect.stringContaining('Wingtip Toys') as unknown, persona: { name: 'Dana Whitfield' } },
    });
    const moved = await run(id, (await stateOf(id)).etag, { action: 'pause' });
    expectNoneOf(moved, secrets);
  });
});

describe('hidden objections and self-casting', () => {
  const secrets = objectionsOf('price-pushback');
  /** Every answer Alex can get about a role-play, as raw text. */
  const everythingAlexSees = async (id: string): Promise<ApiResponse[]> => [
    await get(`${space}/roleplays/${id}`, 'u-alex'),
    await get(`${space}/roleplays/${id}/state`, 'u-alex'),
    await get(`${space}/roleplays/${id}/debrief`, 'u-alex'),
    await get(`${space}/roleplays?scenarioId=${PRICE_PUSHBACK}`, 'u-alex'),
    await get('/api/me/roleplays', 'u-alex'),
  ];
  const refusedAsCustomer = (res: ApiResponse): void => {
    expect(res.status, res.text).toBe(400);
    expect((res.json as { issues: { field: string }[] }).issues.map((i) => i.field)).toEqual(['body.customerId']);
    expectNoneOf(res, secrets);
  };
  const alexAsCustomer = { repId: 'u-lynne', customerId: 'u-alex' };

  it('a rep cannot cast themself as the customer of a scenario whose objections they may not read', async () => {
    // Set-up: refused, and the refusal carries nothing of the brief.
    refusedAsCustomer(
      await api(t.host, 'POST', `${space}/roleplays`, {
        token: tok['u-alex'],
        body: buildRoleplayBody(alexAsCustomer),
      }),
    );

    // Nor by changing the cast of his own role-play afterwards, nor when a manager does it for him.
    const mine = await createRoleplay({}, 'u-alex');
    expect(mine.customerBrief).toBeNull();
    const patch = (who: User, etag: string) =>
      api(t.host, 'PATCH', `${space}/roleplays/${mine.id}`, {
        token: tok[who],
        body: alexAsCustomer,
        headers: { 'if-match': etag },
      });
    refusedAsCustomer(await patch('u-alex', mine.etag));
    refusedAsCustomer(await patch('u-megan', mine.etag));
    for (const res of await everythingAlexSees(mine.id)) expectNoneOf(res, secrets);
    // Lynne, cast by him, still plays the customer with her brief.
    expect(ok<RoleplayResponse>(await get(`${space}/roleplays/${mine.id}`, 'u-lynne')).customerBrief).toEqual({
      objections: secrets,
    });
  });

  it('the scenario’s author and managers, who may read the objections, may play its customer', async () => {
    const own = ok<ScenarioResponse>(
      await api(t.host, 'POST', `${space}/scenarios`, {
        token: tok['u-alex'],
        body: buildScenarioBody({ criteria: ['discoveryQuestions', 'priceObjections'] }),
      }),
      201,
    );
    const asAuthor = await createRoleplay({ ...alexAsCustomer, scenarioId: own.id }, 'u-alex');
    expect(asAuthor.customerBrief).toEqual({ objections: own.objections });

    const asManager = await createRoleplay(
      {
        repId: 'u-alex',
        customerId: 'u-megan',
        observers: [{ userId: 'u-diego', criterion: 'priceObjections' }],
      },
      'u-megan',
    );
    expect(asManager.customerBrief).toEqual({ objections: secrets });
  });
});

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
