import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CoachingSessionResponse, InboxResponse, MyCoachingResponse } from '../src/domain/index.js';
import { buildPlanBody } from './coaching-samples.js';
import { buildInviteBody, buildSpaceBody, uniqueId } from './factories.js';
import { api, problemCode, startTestHost, tokenFor, tokensFor, type TestHost } from './helpers.js';

type User = 'u-megan' | 'u-alex' | 'u-lynne' | 'u-isaiah' | 'u-adele';
let env: TestHost;
let tokens: Record<User, string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah', 'u-adele']);
});

afterAll(async () => {
  await env.close();
});

/** Megan's team with Alex and Lynne (reps) and Isaiah (contributor). */
async function buildTeam(): Promise<string> {
  const created = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
  const id = (created.json as { id: string }).id;
  for (const [userId, name, role] of [
    ['u-alex', 'Alex Wilber', 'rep'],
    ['u-lynne', 'Lynne Robbins', 'rep'],
    ['u-isaiah', 'Isaiah Langer', 'contributor'],
  ] as const) {
    const res = await api(env.host, 'POST', `/api/spaces/${id}/members`, {
      token: tokens['u-megan'],
      body: buildInviteBody({ userId, name, role }),
    });
    expect(res.status).toBe(201);
  }
  return id;
}

const sessions = (spaceId: string) => `/api/spaces/${spaceId}/coaching/sessions`;

async function start(spaceId: string, body: object = { repId: 'u-alex' }) {
  const res = await api(env.host, 'POST', sessions(spaceId), { token: tokens['u-megan'], body });
  expect([200, 201]).toContain(res.status);
  return res.json as CoachingSessionResponse;
}

function patch(spaceId: string, session: { id: string; etag: string }, body: object, as: User = 'u-megan') {
  return api(env.host, 'PATCH', `${sessions(spaceId)}/${session.id}`, {
    token: tokens[as],
    body,
    headers: { 'if-match': session.etag },
  });
}

function putPlan(spaceId: string, sessionId: string, body: object, as: User = 'u-alex', ifMatch?: string) {
  return api(env.host, 'PUT', `${sessions(spaceId)}/${sessionId}/plan`, {
    token: tokens[as],
    body,
    headers: ifMatch ? { 'if-match': ifMatch } : {},
  });
}

describe('a coaching session', () => {
  test('starts at the goal with GROW suggestions for the manager, and counts asks and tells in the notes', async () => {
    const spaceId = await buildTeam();
    const session = await start(spaceId);
    expect(session).toMatchObject({ repId: 'u-alex', repName: 'Alex Wilber', status: 'inProgress', step: 'goal' });
    expect(new Set(session.suggestions.map((s) => s.step))).toEqual(new Set(['goal', 'reality', 'options', 'will']));

    const res = await patch(spaceId, session, {
      notes: { goal: 'What do you want from today? You should call the CFO. Send the deck tonight.' },
      advice: 'Bring the Contoso case study.',
    });
    expect(res.status).toBe(200);
    expect((res.json as CoachingSessionResponse).balance).toEqual({ asked: 1, told: 2 });

    const stale = await patch(spaceId, session, { notes: { goal: 'lost?' } });
    expect(stale.status).toBe(412);
  });

  test('is one per rep and meeting occurrence', async () => {
    const spaceId = await buildTeam();
    const occurrenceKey = `1on1|${uniqueId('m')}|2026-12-04T09:00:00Z`;
    const first = await api(env.host, 'POST', sessions(spaceId), {
      token: tokens['u-megan'],
      body: { repId: 'u-alex', occurrenceKey },
    });
    const again = await api(env.host, 'POST', sessions(spaceId), {
      token: tokens['u-megan'],
      body: { repId: 'u-alex', occurrenceKey },
    });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect((again.json as { id: string }).id).toBe((first.json as { id: string }).id);
  });

  test('is scheduled when it starts in the future, and started later', async () => {
    const spaceId = await buildTeam();
    const scheduledFor = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const session = await start(spaceId, { repId: 'u-alex', scheduledFor });
    expect(session).toMatchObject({ status: 'scheduled', startedAt: null });
    const mine = await api(env.host, 'GET', '/api/me/coaching', { token: tokens['u-megan'] });
    const row = (mine.json as MyCoachingResponse).spaces
      .find((s) => s.spaceId === spaceId)
      ?.reps.find((r) => r.repId === 'u-alex');
    expect(row?.pending.map((p) => p.id)).toEqual([session.id]);
    const started = await patch(spaceId, session, { status: 'inProgress' });
    expect((started.json as CoachingSessionResponse).status).toBe('inProgress');
  });
});

describe('the rep’s plan', () => {
  test('only the rep writes it; the manager’s advice stays apart from it', async () => {
    const spaceId = await buildTeam();
    const session = await start(spaceId);
    const advised = await patch(spaceId, session, { advice: 'Lead with the ROI numbers.' });
    expect(advised.status).toBe(200);

    const asMegan = await putPlan(spaceId, session.id, buildPlanBody({ goal: 'Megan wrote this' }), 'u-megan');
    expect(asMegan.status).toBe(403);
    expect(problemCode(asMegan)).toBe('forbidden');
    const asLynne = await putPlan(spaceId, session.id, buildPlanBody({ goal: 'Lynne wrote this' }), 'u-lynne');
    expect(asLynne.status).toBe(404);

    const asAlex = await putPlan(spaceId, session.id, buildPlanBody());
    expect(asAlex.status).toBe(201);
    const view = asAlex.json as CoachingSessionResponse;
    expect(view.plan?.goal).toBe(buildPlanBody().goal);
    expect(view.advice).toBe('Lead with the ROI numbers.');
    expect(JSON.stringify(view.plan)).not.toContain('ROI numbers');
    expect(view.viewer).toBe('rep');
    expect(view.suggestions).toEqual([]);

    // A second write needs the plan's version; with it, the rep edits the plan.
    expect((await putPlan(spaceId, session.id, buildPlanBody())).status).toBe(412);
    const edited = await putPlan(
      spaceId,
      session.id,
      buildPlanBody({ goal: 'Changed goal' }),
      'u-alex',
      view.plan?.etag,
    );
    expect(edited.status).toBe(200);
    expect((edited.json as CoachingSessionResponse).plan?.goal).toBe('Changed goal');
  });

  test('becomes commitments in My coaching, overdue ones marked', async () => {
    const spaceId = await buildTeam();
    const session = await start(spaceId);
    const plan = buildPlanBody({
      actions: [
        { actionId: 'late', text: 'Book the QBR', dueDate: '2020-01-10' },
        { actionId: 'later', text: 'Send the ROI calculator', dueDate: '2099-01-10' },
      ],
    });
    expect((await putPlan(spaceId, session.id, plan)).status).toBe(201);
    const mine = await api(env.host, 'GET', '/api/me/coaching', { token: tokens['u-alex'] });
    const space = (mine.json as MyCoachingResponse).spaces.find((s) => s.spaceId === spaceId);
    expect(space?.commitments.map((c) => [c.actionId, c.due])).toEqual([
      ['late', 'overdue'],
      ['later', 'upcoming'],
    ]);
    expect(space?.sessions.map((s) => s.planGoal)).toEqual([plan.goal]);
    const asManager = await api(env.host, 'GET', '/api/me/coaching', { token: tokens['u-megan'] });
    const alexRow = (asManager.json as MyCoachingResponse).spaces
      .find((s) => s.spaceId === spaceId)
      ?.reps.find((r) => r.repId === 'u-alex');
    expect(alexRow).toMatchObject({ openCommitments: 2, overdueCommitments: 1 });
  });
});

describe('the next session', () => {
  test('reviews last time’s commitments first: done, not done or changed, each with a word why', async () => {
    const spaceId = await buildTeam();
    const first = await start(spaceId);
    expect((await putPlan(spaceId, first.id, buildPlanBody())).status).toBe(201);

    const second = await start(spaceId);
    expect(second.step).toBe('review');
    expect(second.commitments.map((c) => [c.actionId, c.review])).toEqual([
      ['a1', null],
      ['a2', null],
    ]);
    const early = await patch(spaceId, second, { step: 'goal' });
    expect(early.status).toBe(409);

    const reviews = `${sessions(spaceId)}/${second.id}/reviews`;
    const noReason = await api(env.host, 'POST', reviews, {
      token: tokens['u-alex'],
      body: { planSessionId: first.id, actionId: 'a1', outcome: 'done', reason: ' ' },
    });
    expect(noReason.status).toBe(400);
    const byAlex = await api(env.host, 'POST', reviews, {
      token: tokens['u-alex'],
      body: { planSessionId: first.id, actionId: 'a1', outcome: 'done', reason: 'Dana introduced me on Monday' },
    });
    expect(byAlex.status).toBe(201);
    const again = await api(env.host, 'POST', reviews, {
      token: tokens['u-megan'],
      body: { planSessionId: first.id, actionId: 'a1', outcome: 'notDone', reason: 'Overwrite attempt' },
    });
    expect(again.status).toBe(409);
    const byMegan = await api(env.host, 'POST', reviews, {
      token: tokens['u-megan'],
      body: { planSessionId: first.id, actionId: 'a2', outcome: 'changed', reason: 'Only two questions fit' },
    });
    expect(byMegan.status).toBe(201);
    const reviewed = byMegan.json as CoachingSessionResponse;
    expect(reviewed.commitments.map((c) => [c.actionId, c.review?.outcome, c.due])).toEqual([
      ['a1', 'done', null],
      ['a2', 'changed', null],
    ]);
    const onward = await patch(spaceId, reviewed, { step: 'goal' });
    expect(onward.status).toBe(200);

    // A third session has nothing left to review and starts at the goal.
    const recorded = await patch(spaceId, onward.json as CoachingSessionResponse, { status: 'done' });
    expect(recorded.status).toBe(200);
    expect((await start(spaceId)).step).toBe('goal');
  });
});

describe('notifications', () => {
  test('ask the rep to write their plan once the session starts, and tell them of a scheduled one', async () => {
    const spaceId = await buildTeam();
    const inbox = async (as: User) =>
      ((await api(env.host, 'GET', '/api/me/inbox', { token: tokens[as] })).json as InboxResponse).items.filter(
        (i) => i.spaceId === spaceId,
      );
    const session = await start(spaceId);
    const recorded = await patch(spaceId, session, { status: 'done' });
    expect(recorded.status).toBe(200);
    const asked = await inbox('u-alex');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      kind: 'actionAssigned',
      target: { page: 'personal', section: 'coaching', itemId: session.id },
    });
    expect(asked[0]?.title).toMatch(/write your plan/);
    expect(await inbox('u-megan')).toEqual([]);
    expect(await inbox('u-lynne')).toEqual([]);

    // A plan action that is due: Megan reminds Alex once a day, however often she presses.
    const plan = buildPlanBody({
      actions: [
        { actionId: 'late', text: 'Book the QBR', dueDate: '2020-01-10' },
        { actionId: 'later', text: 'Send the ROI calculator', dueDate: '2099-01-10' },
      ],
    });
    expect((await putPlan(spaceId, session.id, plan)).status).toBe(201);
    const remind = () =>
      api(env.host, 'POST', `/api/spaces/${spaceId}/coaching/reminders`, {
        token: tokens['u-megan'],
        body: { repId: 'u-alex' },
      });
    expect((await remind()).json).toEqual({ reminded: 1 });
    await remind();
    const due = (await inbox('u-alex')).filter((i) => i.kind === 'commitmentDue');
    expect(due.map((i) => i.title)).toEqual(['Overdue: Book the QBR']);
    const byLynne = await api(env.host, 'POST', `/api/spaces/${spaceId}/coaching/reminders`, {
      token: tokens['u-lynne'],
      body: { repId: 'u-alex' },
    });
    expect(byLynne.status).toBe(403);

    const later = await start(spaceId, {
      repId: 'u-alex',
      scheduledFor: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const scheduled = (await inbox('u-alex')).filter((i) => i.target.itemId === later.id);
    expect(scheduled.map((i) => i.title)).toEqual([expect.stringMatching(/scheduled a coaching session/)]);
  });
});

describe('privacy', () => {
  test('a session and its plan are the rep’s and the managers’ only: peers get 404 and see nothing raw', async () => {
    const spaceId = await buildTeam();
    const session = await start(spaceId);
    const secret = `Private goal ${uniqueId('g')}`;
    expect((await putPlan(spaceId, session.id, buildPlanBody({ goal: secret }))).status).toBe(201);
    await patch(
      spaceId,
      { id: session.id, etag: (await get(spaceId, session.id, 'u-megan')).etag },
      {
        advice: `Private advice ${secret}`,
      },
    );

    const asLynne = await api(env.host, 'GET', `${sessions(spaceId)}/${session.id}`, { token: tokens['u-lynne'] });
    expect(asLynne.status).toBe(404);
    expect(asLynne.text).not.toContain(secret);
    const missing = await api(env.host, 'GET', `${sessions(spaceId)}/${uniqueId('none')}`, {
      token: tokens['u-lynne'],
    });
    expect({ status: asLynne.status, body: asLynne.json }).toEqual({ status: missing.status, body: missing.json });

    const lynneList = await api(env.host, 'GET', sessions(spaceId), { token: tokens['u-lynne'] });
    expect(lynneList.status).toBe(200);
    expect(lynneList.text).not.toContain(session.id);
    expect(lynneList.text).not.toContain(secret);
    const lynneAsks = await api(env.host, 'GET', `${sessions(spaceId)}?repId=u-alex`, { token: tokens['u-lynne'] });
    expect(lynneAsks.status).toBe(404);
    const lynneMine = await api(env.host, 'GET', '/api/me/coaching', { token: tokens['u-lynne'] });
    expect(lynneMine.text).not.toContain(secret);
    expect(lynneMine.text).not.toContain(session.id);
    const lynneReview = await api(env.host, 'POST', `${sessions(spaceId)}/${session.id}/reviews`, {
      token: tokens['u-lynne'],
      body: { planSessionId: session.id, actionId: 'a1', outcome: 'done', reason: 'x' },
    });
    expect(lynneReview.status).toBe(404);

    expect(
      (await api(env.host, 'GET', `${sessions(spaceId)}/${session.id}`, { token: tokens['u-isaiah'] })).status,
    ).toBe(403);
    expect(
      (await api(env.host, 'GET', `${sessions(spaceId)}/${session.id}`, { token: tokens['u-adele'] })).status,
    ).toBe(404);

    const asAlex = await get(spaceId, session.id, 'u-alex');
    expect(asAlex.view.plan?.goal).toBe(secret);
    const asMegan = await get(spaceId, session.id, 'u-megan');
    expect(asMegan.view.plan?.goal).toBe(secret);
  });
});

async function get(spaceId: string, sessionId: string, as: User) {
  const res = await api(env.host, 'GET', `${sessions(spaceId)}/${sessionId}`, { token: tokens[as] });
  expect(res.status).toBe(200);
  return { view: res.json as CoachingSessionResponse, etag: String(res.headers.etag) };
}

describe('demo data', () => {
  test('shows Alex’s last session with his plan as commitments, and draws Megan’s questions from his role-plays', async () => {
    const demo = await startTestHost();
    try {
      const [alex, megan] = await Promise.all([tokenFor(demo.host, 'u-alex'), tokenFor(demo.host, 'u-megan')]);
      const mine = await api(demo.host, 'GET', '/api/me/coaching', { token: alex });
      const space = (mine.json as MyCoachingResponse).spaces.find((s) => s.sessions.length > 0);
      expect(space?.sessions[0]).toMatchObject({ status: 'done', managerName: 'Megan Bowen' });
      expect(space?.commitments.map((c) => c.due)).toEqual(['overdue', 'upcoming']);

      const next = await api(demo.host, 'POST', `/api/spaces/${space?.spaceId}/coaching/sessions`, {
        token: megan,
        body: { repId: 'u-alex' },
      });
      const view = next.json as CoachingSessionResponse;
      expect(view.step).toBe('review');
      expect(view.commitments).toHaveLength(2);
      const drawn = view.suggestions.filter((s) => s.source?.kind === 'roleplay');
      expect(drawn.length).toBeGreaterThan(0);
    } finally {
      await demo.close();
    }
  });
});
