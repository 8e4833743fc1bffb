import { describe, expect, it } from 'vitest';
import {
  type AgendaResponse,
  CompetencyListResponse,
  DEFAULT_COMPETENCIES,
  type InstallStartersResponse,
  RoleplayListResponse,
  RoleplayResponse,
  ScenarioListResponse,
  ScenarioResponse,
  STARTER_SCENARIOS,
  starterScenarioId,
} from '../src/domain/index.js';
import { buildSpaceBody } from './factories.js';
import { api, problemCode, type ApiResponse } from './helpers.js';
import { buildMeetingBody } from './meeting-samples.js';
import { buildRoleplayBody, buildScenarioBody, PRICE_PUSHBACK } from './roleplay-samples.js';
import {
  space,
  type User,
  t,
  tok,
  useRoleplayHost,
  ALL_OBJECTIONS,
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
    // Removing competencies would leave past scores without a label: the list keeps every key.
    const removed = await api(t.host, 'PUT', `${base}/competencies`, {
      token: tok['u-megan'],
      body: { items: [listening] },
      headers: { 'if-match': list.etag },
    });
    expect(removed.status).toBe(400);
    const onlyListening = DEFAULT_COMPETENCIES.map((c) => (c.key === 'activeListening' ? c : { ...c, retired: true }));
    const saved = await api(t.host, 'PUT', `${base}/competencies`, {
      token: tok['u-megan'],
      body: { items: onlyListening },
      headers: { 'if-match': list.etag },
    });
    expect(ok<CompetencyListResponse>(saved).items.filter((c) => !c.retired)).toHaveLength(1);
    const again = await api(t.host, 'PUT', `${base}/competencies`, {
      token: tok['u-megan'],
      body: { items: onlyListening },
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
