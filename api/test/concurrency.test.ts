import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import {
  type AgendaResponse,
  BOARD_LIMITS,
  type BoardCardWriteResponse,
  type BoardResponse,
  type BoardStagesResponse,
  type CompetencyListResponse,
  DEFAULT_BOARD_STAGES,
  type InstallStartersResponse,
  MEETING_LIMITS,
  type MemberListResponse,
  type PracticeResponse,
  ROLEPLAY_LIMITS,
  type RoleplayResponse,
  type RoleplayStateResponse,
  type ScenarioResponse,
  type SkillListResponse,
  type SpaceResponse,
  STARTER_SCENARIOS,
  starterScenarioId,
} from '../src/domain/index.js';
import { mySpaceId, spacePk, userPk } from '../src/features/spaces/model.js';
import type { DocumentStore, Stored } from '../src/store/port.js';
import { slotsDocId } from '../src/store/slots.js';
import { buildBoardBody, buildStagesBody } from './board-samples.js';
import { buildInviteBody, buildSpaceBody, uniqueId } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type ApiResponse, type TestHost } from './helpers.js';
import { buildItemBody, buildMeetingBody } from './meeting-samples.js';
import { buildPracticeBody } from './practice-samples.js';
import {
  buildFeedbackBody,
  buildRoleplayBody,
  buildScenarioBody,
  buildSelfAssessmentBody,
} from './roleplay-samples.js';

/**
 * Run over SQLite, whose synchronous writes rarely interleave, and over the Cosmos adapter on a
 * network server (the dev host started with STORE=cosmos), where concurrent read-modify-write
 * cycles really collide.
 */
describe.for(STORE_BACKENDS)('concurrent requests (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-alex', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-alex']);
  });

  afterAll(async () => {
    await env.close();
  });

  async function createSpace(): Promise<SpaceResponse> {
    const res = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
    return res.json as SpaceResponse;
  }

  async function membersOf(spaceId: string): Promise<MemberListResponse['items']> {
    const res = await api(env.host, 'GET', `/api/spaces/${spaceId}/members`, { token: tokens['u-megan'] });
    return (res.json as MemberListResponse).items;
  }

  test('the dev host runs on the store under test', async () => {
    const res = await api(env.host, 'GET', '/api/health');
    expect(res.json).toMatchObject({ status: 'ok', store: { kind: backend, ok: true } });
  });

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

/** How many of `answers` came back with each status, e.g. `{201: 1, 409: 19}`. */
function tally(answers: readonly ApiResponse[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const res of answers) out[res.status] = (out[res.status] ?? 0) + 1;
  return out;
}

/** Every document of one type in a partition, straight from the store. */
async function storedOfType(store: DocumentStore, pk: string, type: string): Promise<Stored[]> {
  const out: Stored[] = [];
  let continuation: string | undefined;
  do {
    const page = await store.query(pk, { type, limit: 1000, continuation });
    out.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return out;
}

/**
 * Every uniqueness rule and count limit, hit by N requests at once. On Cosmos the handlers really
 * interleave; each rule must still give exactly one winner, or exactly the limit, and lose nothing.
 */
describe.for(STORE_BACKENDS)('rules under concurrent requests (%s store)', (backend) => {
  const N = 20;
  const people = ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah'] as const;
  let env: TestHost;
  let tok: Record<(typeof people)[number], string>;
  let store: DocumentStore;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tok = await tokensFor(env.host, people);
    store = env.host.services.store;
  });

  afterAll(async () => {
    await env.close();
  });

  /** A space Megan manages, with Alex, Lynne and Isaiah as reps. */
  async function newSpace(): Promise<{ id: string; pk: string; base: string }> {
    const space = (await api(env.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: buildSpaceBody() }))
      .json as SpaceResponse;
    for (const [userId, name] of [
      ['u-alex', 'Alex Wilber'],
      ['u-lynne', 'Lynne Robbins'],
      ['u-isaiah', 'Isaiah Langer'],
    ] as const) {
      const res = await api(env.host, 'POST', `/api/spaces/${space.id}/members`, {
        token: tok['u-megan'],
        body: buildInviteBody({ userId, name, role: 'rep' }),
      });
      expect(res.status).toBe(201);
    }
    return { id: space.id, pk: spacePk(DEMO_TENANT, space.id), base: `/api/spaces/${space.id}` };
  }

  const post = (path: string, body?: unknown, who: (typeof people)[number] = 'u-megan') =>
    api(env.host, 'POST', path, { token: tok[who], body });

  async function created<T>(res: Promise<ApiResponse>): Promise<T> {
    const done = await res;
    expect(done.status, done.text).toBeLessThan(300);
    return done.json as T;
  }

  /**
   * Copies of `template` under fresh ids, written straight to the store, as data from before the
   * limit's slots document (which is dropped, so the next write counts what exists): a nearly full set.
   */
  async function fill(
    template: Stored,
    count: number,
    slots: string,
    vary: (i: number) => Record<string, unknown>,
  ): Promise<void> {
    const { _etag: _ignored, ...doc } = template;
    for (let i = 0; i < count; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, count - i) }, (_, j) => store.create({ ...doc, ...vary(i + j) })),
      );
    }
    await store.delete(template.pk, slotsDocId(slots)).catch(() => undefined);
  }

  test(`${N} agendas for one Teams meeting at once: one 201, the rest 409, one agenda stored`, async () => {
    const space = await newSpace();
    const teamsMeetingId = `19:meeting_${uniqueId('tm')}@thread.v2`;
    const answers = await Promise.all(
      Array.from({ length: N }, () => post(`${space.base}/meetings`, buildMeetingBody({ teamsMeetingId }))),
    );
    expect(tally(answers)).toEqual({ 201: 1, 409: N - 1 });
    const listed = await api(
      env.host,
      'GET',
      `${space.base}/meetings?teamsMeetingId=${encodeURIComponent(teamsMeetingId)}`,
      {
        token: tok['u-megan'],
      },
    );
    expect((listed.json as { items: unknown[] }).items).toHaveLength(1);
    expect(await storedOfType(store, space.pk, 'meeting')).toHaveLength(1);
    expect(await storedOfType(store, space.pk, 'meetingState')).toHaveLength(1);
  });

  test(`${N} competitors on one board at once: exactly ${BOARD_LIMITS.cardsPerSection.competitor} stored, the rest refused`, async () => {
    const space = await newSpace();
    const board = await created<BoardResponse>(post(`${space.base}/boards`, buildBoardBody()));
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        post(`${space.base}/boards/${board.id}/cards`, {
          kind: 'competitor',
          name: `Rival ${i}`,
          position: 'considered',
        }),
      ),
    );
    const max = BOARD_LIMITS.cardsPerSection.competitor;
    expect(tally(answers)).toEqual({ 201: max, 400: N - max });
    const opened = await created<BoardResponse>(
      api(env.host, 'GET', `${space.base}/boards/${board.id}`, { token: tok['u-megan'] }),
    );
    const names = opened.sections.competitors.map((c) => (c.content as { name: string }).name).sort();
    const accepted = answers.flatMap((res, i) => (res.status === 201 ? [`Rival ${i}`] : [])).sort();
    expect(names).toEqual(accepted);
  });

  test('a deleted card frees its place, and a restore needs a free one', async () => {
    const space = await newSpace();
    const board = await created<BoardResponse>(post(`${space.base}/boards`, buildBoardBody()));
    const max = BOARD_LIMITS.cardsPerSection.competitor;
    const cards: BoardCardWriteResponse[] = [];
    for (let i = 0; i < max; i++) {
      cards.push(
        await created(post(`${space.base}/boards/${board.id}/cards`, { kind: 'competitor', name: `Rival ${i}` })),
      );
    }
    const first = cards[0]?.card;
    if (!first) throw new Error('no card');
    const removed = await api(env.host, 'DELETE', `${space.base}/boards/${board.id}/cards/${first.id}`, {
      token: tok['u-megan'],
      headers: { 'if-match': first.etag },
    });
    expect(removed.status).toBe(200);
    // The freed place goes to one of two at once: the restore of the deleted card or a new card.
    const answers = await Promise.all([
      post(`${space.base}/boards/${board.id}/cards/${first.id}/restore`, { revision: 1 }),
      post(`${space.base}/boards/${board.id}/cards`, { kind: 'competitor', name: 'Newcomer' }),
    ]);
    // Exactly one of them gets the place (a restore answers 200, an add 201); the other is refused.
    expect(answers.filter((a) => a.status === 200 || a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 400)).toHaveLength(1);
    const opened = await created<BoardResponse>(
      api(env.host, 'GET', `${space.base}/boards/${board.id}`, { token: tok['u-megan'] }),
    );
    expect(opened.sections.competitors).toHaveLength(max);
  });

  test(`${N} agenda items at once on an agenda ${MEETING_LIMITS.itemsMax - 10} items long: exactly ${MEETING_LIMITS.itemsMax} stored`, async () => {
    const space = await newSpace();
    const agenda = await created<AgendaResponse>(post(`${space.base}/meetings`, buildMeetingBody()));
    const meetingId = agenda.meeting.id;
    const url = `${space.base}/meetings/${meetingId}/items`;
    await created(post(url, buildItemBody({ title: 'First item' })));
    const [item] = await storedOfType(store, space.pk, 'agendaItem');
    if (!item) throw new Error('no item');
    await fill(item, MEETING_LIMITS.itemsMax - 11, `agenda|${meetingId}`, (i) => ({
      id: `item|${meetingId}|filler-${i}`,
      itemId: `filler-${i}`,
      order: -i - 1,
    }));
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => post(url, buildItemBody({ title: `Item ${i}` }))),
    );
    expect(tally(answers)).toEqual({ 201: 10, 400: N - 10 });
    const after = await created<AgendaResponse>(
      api(env.host, 'GET', `${space.base}/meetings/${meetingId}`, { token: tok['u-megan'] }),
    );
    expect(after.items).toHaveLength(MEETING_LIMITS.itemsMax);
    // A deleted item frees its place.
    const last = after.items.at(-1);
    if (!last) throw new Error('no item');
    const removed = await api(env.host, 'DELETE', `${url}/${last.id}`, { token: tok['u-megan'] });
    expect(removed.status).toBeLessThan(300);
    expect((await post(url, buildItemBody({ title: 'In its place' }))).status).toBe(201);
    expect((await post(url, buildItemBody({ title: 'One too many' }))).status).toBe(400);
  });

  test(`${N} installs of the starter scenarios at once: each starter stored once`, async () => {
    const space = await newSpace();
    const answers = await Promise.all(Array.from({ length: N }, () => post(`${space.base}/scenario-starters`)));
    expect(tally(answers)).toEqual({ 200: N });
    const installed = answers.flatMap((res) => (res.json as InstallStartersResponse).installed);
    expect(installed.sort()).toEqual(STARTER_SCENARIOS.map((s) => starterScenarioId(s.key)).sort());
    expect(await storedOfType(store, space.pk, 'scenario')).toHaveLength(STARTER_SCENARIOS.length);
  });

  test(`the same practice put on one agenda ${N} times at once: one 201, the rest 409`, async () => {
    const space = await newSpace();
    const practice = await created<PracticeResponse>(post(`${space.base}/practices`, buildPracticeBody(), 'u-alex'));
    const agenda = await created<AgendaResponse>(post(`${space.base}/meetings`, buildMeetingBody()));
    const url = `${space.base}/practices/${practice.id}/meetings/${agenda.meeting.id}/agenda-items`;
    const answers = await Promise.all(Array.from({ length: N }, () => post(url, {})));
    expect(tally(answers)).toEqual({ 201: 1, 409: N - 1 });
    const after = await created<AgendaResponse>(
      api(env.host, 'GET', `${space.base}/meetings/${agenda.meeting.id}`, { token: tok['u-megan'] }),
    );
    expect(after.items.filter((i) => i.link?.kind === 'practice' && i.link.id === practice.id)).toHaveLength(1);
  });

  test(`"I'll try this" pressed ${N / 2} times at once: one adoption, counted once`, async () => {
    const space = await newSpace();
    const practice = await created<PracticeResponse>(post(`${space.base}/practices`, buildPracticeBody(), 'u-alex'));
    const url = `${space.base}/practices/${practice.id}/adoptions`;
    const answers = await Promise.all(Array.from({ length: N / 2 }, () => post(url, undefined, 'u-lynne')));
    expect(tally(answers)).toEqual({ 200: N / 2 - 1, 201: 1 });
    expect(await storedOfType(store, space.pk, 'practiceAdoption')).toHaveLength(1);
    const after = await created<PracticeResponse>(
      api(env.host, 'GET', `${space.base}/practices/${practice.id}`, { token: tok['u-megan'] }),
    );
    expect(after.adopters.map((a) => a.userId)).toEqual(['u-lynne']);
  });

  test(`${N} first saves of the skill list at once: one 200, the rest 412`, async () => {
    const space = await newSpace();
    const list = await created<SkillListResponse>(
      api(env.host, 'GET', `${space.base}/skills`, { token: tok['u-megan'] }),
    );
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        api(env.host, 'PUT', `${space.base}/skills`, {
          token: tok['u-megan'],
          body: { skills: [...list.items, { key: `skill${i}`, label: `Skill ${i}` }] },
          headers: { 'if-match': list.etag },
        }),
      ),
    );
    expect(tally(answers)).toEqual({ 200: 1, 412: N - 1 });
  });

  test(`${N} first saves of the stage definitions at once: one 200, the rest refused`, async () => {
    const space = await newSpace();
    const answers = await Promise.all(
      Array.from({ length: N }, () =>
        api(env.host, 'PUT', `${space.base}/board-stages`, { token: tok['u-megan'], body: buildStagesBody() }),
      ),
    );
    // A loser that read the defaults gets 412; one that read the winner's save without sending its etag, 428.
    expect(answers.filter((res) => res.status === 200)).toHaveLength(1);
    expect(answers.every((res) => res.status === 200 || res.status === 412 || res.status === 428)).toBe(true);
    const [doc] = await storedOfType(store, space.pk, 'boardStages');
    expect(doc?.revision).toBe(1);
  });

  test(`${N} saves of the competency list with one etag at once: one 200, the rest 412`, async () => {
    const space = await newSpace();
    const list = await created<CompetencyListResponse>(
      api(env.host, 'GET', `${space.base}/competencies`, { token: tok['u-megan'] }),
    );
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        api(env.host, 'PUT', `${space.base}/competencies`, {
          token: tok['u-megan'],
          body: { items: list.items.map((c, j) => (j === 0 ? { ...c, label: `Label ${i}` } : c)) },
          headers: { 'if-match': list.etag },
        }),
      ),
    );
    expect(tally(answers)).toEqual({ 200: 1, 412: N - 1 });
  });

  test.for([0, 1, 2, 3, 4])('two managers demoting each other at once leave one manager (round %i)', async () => {
    const space = await newSpace();
    const promoted = await api(env.host, 'PATCH', `${space.base}/members/u-alex`, {
      token: tok['u-megan'],
      body: { role: 'manager' },
    });
    expect(promoted.status).toBe(200);
    const answers = await Promise.all([
      api(env.host, 'PATCH', `${space.base}/members/u-alex`, { token: tok['u-megan'], body: { role: 'rep' } }),
      api(env.host, 'PATCH', `${space.base}/members/u-megan`, { token: tok['u-alex'], body: { role: 'rep' } }),
    ]);
    expect(answers.filter((res) => res.status === 200)).toHaveLength(1);
    const [doc] = await storedOfType(store, space.pk, 'space');
    const managers = (doc?.members as { role: string }[]).filter((m) => m.role === 'manager');
    expect(managers).toHaveLength(1);
  });

  test.for([0, 1, 2])(
    'stage definitions that drop a stage while boards move into it leave no board in a missing stage (round %i)',
    async () => {
      const space = await newSpace();
      const boards: BoardResponse[] = [];
      for (let i = 0; i < 5; i++)
        boards.push(await created(post(`${space.base}/boards`, buildBoardBody({ name: `Account ${i}` }))));
      const withoutPropose = structuredClone([...DEFAULT_BOARD_STAGES]).filter((stage) => stage.id !== 'propose');
      const answers = await Promise.all([
        ...boards.map((board) =>
          api(env.host, 'PATCH', `${space.base}/boards/${board.id}/cards/${board.account.id}`, {
            token: tok['u-megan'],
            body: { kind: 'account', salesStage: 'propose' },
            headers: { 'if-match': board.account.etag },
          }),
        ),
        api(env.host, 'PUT', `${space.base}/board-stages`, { token: tok['u-megan'], body: { stages: withoutPropose } }),
      ]);
      const saved = answers.at(-1);
      expect([200, 409]).toContain(saved?.status);
      const stages = await created<BoardStagesResponse>(
        api(env.host, 'GET', `${space.base}/board-stages`, { token: tok['u-megan'] }),
      );
      const ids = stages.stages.map((stage) => stage.id);
      const accounts = (await storedOfType(store, space.pk, 'boardCard')).filter((card) => card.kind === 'account');
      expect(accounts).toHaveLength(boards.length);
      for (const account of accounts) {
        const content = account.content as { salesStage: string; buyerStage: string };
        expect(ids).toContain(content.salesStage);
        expect(ids).toContain(content.buyerStage);
      }
    },
  );

  /** A role-play of a starter scenario with Alex as the rep and Isaiah observing, its first round over. */
  async function roundOver(space: { base: string }): Promise<string> {
    await created(post(`${space.base}/scenario-starters`));
    const roleplay = await created<RoleplayResponse>(
      post(
        `${space.base}/roleplays`,
        buildRoleplayBody({ observers: [{ userId: 'u-isaiah', criterion: 'discoveryQuestions' }] }),
      ),
    );
    let etag = roleplay.etag;
    for (const body of [{ action: 'start' }, { action: 'endRound' }]) {
      const state = await created<RoleplayStateResponse>(
        api(env.host, 'POST', `${space.base}/roleplays/${roleplay.id}/state`, {
          token: tok['u-megan'],
          body,
          headers: { 'if-match': etag },
        }),
      );
      etag = state.etag;
    }
    return roleplay.id;
  }

  test(`${N} self-assessments of one round at once: one 201, the rest 409`, async () => {
    const space = await newSpace();
    const roleplayId = await roundOver(space);
    const url = `${space.base}/roleplays/${roleplayId}/self-assessments`;
    const answers = await Promise.all(Array.from({ length: N }, () => post(url, buildSelfAssessmentBody(), 'u-alex')));
    expect(tally(answers)).toEqual({ 201: 1, 409: N - 1 });
    expect((await storedOfType(store, space.pk, 'roleplayScore')).filter((s) => s.kind === 'self')).toHaveLength(1);
  });

  test(`${N} scorecards from one observer for one round at once: one card stored`, async () => {
    const space = await newSpace();
    const roleplayId = await roundOver(space);
    const answers = await Promise.all(
      Array.from({ length: N }, () =>
        api(env.host, 'PUT', `${space.base}/roleplays/${roleplayId}/feedback`, {
          token: tok['u-isaiah'],
          body: buildFeedbackBody(),
        }),
      ),
    );
    expect(answers.every((res) => res.status === 200 || res.status === 201)).toBe(true);
    expect(answers.filter((res) => res.status === 201).length).toBeLessThanOrEqual(1);
    expect((await storedOfType(store, space.pk, 'roleplayScore')).filter((s) => s.kind === 'observer')).toHaveLength(1);
  });

  test(`${N} coaching questions at once: exactly ${ROLEPLAY_LIMITS.coachingQuestionsMax} kept`, async () => {
    const space = await newSpace();
    const roleplayId = await roundOver(space);
    const url = `${space.base}/roleplays/${roleplayId}/coaching-questions`;
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => post(url, { text: `What would you ask first, take ${i}?` })),
    );
    const max = ROLEPLAY_LIMITS.coachingQuestionsMax;
    expect(tally(answers)).toEqual({ 201: max, 409: N - max });
    const [doc] = await storedOfType(store, space.pk, 'roleplay');
    expect((doc?.coachingQuestions as unknown[] | undefined)?.length).toBe(max);
  });

  // The nearly full sets last: cosmosdb-server scans every document on each query, and they add 1,300.
  test(`${N} boards at once in a space with ${BOARD_LIMITS.boardsPerSpace - 10} boards: exactly ${BOARD_LIMITS.boardsPerSpace} stored`, async () => {
    const space = await newSpace();
    await created(post(`${space.base}/boards`, buildBoardBody()));
    const [summary] = await storedOfType(store, space.pk, 'boardSummary');
    if (!summary) throw new Error('no summary');
    await fill(summary, BOARD_LIMITS.boardsPerSpace - 11, 'boards', (i) => ({
      id: `boardSummary|filler-${i}`,
      boardId: `filler-${i}`,
    }));
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => post(`${space.base}/boards`, buildBoardBody({ name: `Account ${i}` }))),
    );
    expect(tally(answers)).toEqual({ 201: 10, 400: N - 10 });
    expect(await storedOfType(store, space.pk, 'boardSummary')).toHaveLength(BOARD_LIMITS.boardsPerSpace);
  });

  test(`${N} captures at once in a meeting ${MEETING_LIMITS.capturesMax - 10} captures long: exactly ${MEETING_LIMITS.capturesMax} stored`, async () => {
    const space = await newSpace();
    const agenda = await created<AgendaResponse>(post(`${space.base}/meetings`, buildMeetingBody()));
    const url = `${space.base}/meetings/${agenda.meeting.id}/captures`;
    await created(post(url, { kind: 'decision', text: 'First decision' }));
    const [capture] = await storedOfType(store, space.pk, 'capture');
    if (!capture) throw new Error('no capture');
    await fill(capture, MEETING_LIMITS.capturesMax - 11, `captures|${agenda.meeting.id}`, (i) => ({
      id: `capture|filler-${i}`,
      captureId: `filler-${i}`,
    }));
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => post(url, { kind: 'decision', text: `Decision ${i}` })),
    );
    expect(tally(answers)).toEqual({ 201: 10, 409: N - 10 });
    expect(await storedOfType(store, space.pk, 'capture')).toHaveLength(MEETING_LIMITS.capturesMax);
  });

  test(`${N} scenarios at once in a library ${ROLEPLAY_LIMITS.scenariosMax - 10} long: exactly ${ROLEPLAY_LIMITS.scenariosMax} stored`, async () => {
    const space = await newSpace();
    const first = await created<ScenarioResponse>(post(`${space.base}/scenarios`, buildScenarioBody()));
    const [scenario] = await storedOfType(store, space.pk, 'scenario');
    if (!scenario) throw new Error(`no scenario ${first.id}`);
    await fill(scenario, ROLEPLAY_LIMITS.scenariosMax - 11, 'scenarios', (i) => ({
      id: `scenario|filler-${i}`,
      scenarioId: `filler-${i}`,
    }));
    const answers = await Promise.all(
      Array.from({ length: N }, () => post(`${space.base}/scenarios`, buildScenarioBody())),
    );
    expect(tally(answers)).toEqual({ 201: 10, 409: N - 10 });
    expect(await storedOfType(store, space.pk, 'scenario')).toHaveLength(ROLEPLAY_LIMITS.scenariosMax);
  });
});
