import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import type {
  CoverageResponse,
  InboxResponse,
  LiveObservationResponse,
  MyObservationsResponse,
  ObservationListResponse,
  ObservationResponse,
  SpaceResponse,
} from '../src/domain/index.js';
import { buildBoardBody } from './board-samples.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildFeedbackBody, buildObservationBody, SELF_ASSESSMENT } from './observation-samples.js';

type Observation = z.infer<typeof ObservationResponse>;
type Users = 'u-megan' | 'u-alex' | 'u-lynne' | 'u-isaiah';

let env: TestHost;
let tokens: Record<Users, string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah']);
});

afterAll(async () => {
  await env.close();
});

/** A fresh team: Megan manages, Alex and Lynne are reps, Isaiah contributes. */
async function buildTeam(): Promise<string> {
  const created = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
  const id = (created.json as SpaceResponse).id;
  for (const [userId, name, role] of [
    ['u-alex', 'Alex Wilber', 'rep'],
    ['u-lynne', 'Lynne Robbins', 'rep'],
    ['u-isaiah', 'Isaiah Langer', 'contributor'],
  ] as const) {
    await api(env.host, 'POST', `/api/spaces/${id}/members`, {
      token: tokens['u-megan'],
      body: buildInviteBody({ userId, name, role }),
    });
  }
  return id;
}

async function observeAlex(spaceId: string, overrides = {}): Promise<Observation> {
  const res = await api(env.host, 'POST', `/api/spaces/${spaceId}/observations`, {
    token: tokens['u-megan'],
    body: buildObservationBody(overrides),
  });
  expect(res.status).toBe(201);
  return res.json as Observation;
}

const path = (spaceId: string, id: string, tail = ''): string => `/api/spaces/${spaceId}/observations/${id}${tail}`;

describe('privacy', () => {
  test('a peer gets 404 on a rep’s observation, and never sees it in a list', async () => {
    const spaceId = await buildTeam();
    const o = await observeAlex(spaceId);
    for (const user of ['u-lynne', 'u-isaiah'] as const) {
      const res = await api(env.host, 'GET', path(spaceId, o.id), { token: tokens[user] });
      expect(res.status).toBe(404);
      expect(problemCode(res)).toBe('not_found');
      expect(res.text).not.toContain('u-alex');
      expect(res.text).not.toContain('Asked what the current process costs');
      const list = await api(env.host, 'GET', `/api/spaces/${spaceId}/observations?repId=u-alex`, {
        token: tokens[user],
      });
      expect(list.status).toBe(200);
      expect((list.json as z.infer<typeof ObservationListResponse>).items).toEqual([]);
      expect(list.text).not.toContain(o.id);
      // Nor can a peer self-assess or acknowledge in Alex's place.
      const self = await api(env.host, 'PUT', path(spaceId, o.id, '/self-assessment'), {
        token: tokens[user],
        body: SELF_ASSESSMENT,
      });
      expect(self.status).toBe(404);
    }
    const alex = await api(env.host, 'GET', path(spaceId, o.id), { token: tokens['u-alex'] });
    expect(alex.status).toBe(200);
    const coverage = await api(env.host, 'GET', `/api/spaces/${spaceId}/observation-coverage`, {
      token: tokens['u-lynne'],
    });
    const mine = coverage.json as CoverageResponse;
    expect(mine.scope).toBe('self');
    expect(mine.reps.map((r) => r.repId)).toEqual(['u-lynne']);
    expect(mine.thisWeek.minutes).toBe(0);
    expect(coverage.text).not.toContain('u-alex');
  });
});

describe('self-assessment first', () => {
  test('the rep gets no feedback or notes until they self-assess, then reads it and writes a next step', async () => {
    const spaceId = await buildTeam();
    const o = await observeAlex(spaceId);
    expect(o.status).toBe('selfAssessmentDue');

    const refused = await api(env.host, 'PUT', path(spaceId, o.id, '/feedback'), {
      token: tokens['u-megan'],
      body: buildFeedbackBody({ developments: [] }),
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('development point');
    const judged = await api(env.host, 'PUT', path(spaceId, o.id, '/feedback'), {
      token: tokens['u-megan'],
      body: buildFeedbackBody({ developments: ['The close was sloppy and weak at the end.'] }),
    });
    expect(judged.status).toBe(400);
    expect(judged.text).toContain('judges rather than describes');

    const shared = await api(env.host, 'PUT', path(spaceId, o.id, '/feedback'), {
      token: tokens['u-megan'],
      body: buildFeedbackBody(),
    });
    expect(shared.status).toBe(200);
    expect((shared.json as Observation).feedback?.sharedAt).toEqual(expect.any(String));

    // Shared, but Alex has not assessed himself: the raw answers hold neither feedback nor notes.
    for (const url of [path(spaceId, o.id), `/api/spaces/${spaceId}/observations`, '/api/me/observations']) {
      const res = await api(env.host, 'GET', url, { token: tokens['u-alex'] });
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('Confirm the date of the next meeting');
      expect(res.text).not.toContain('Asked what the current process costs');
    }
    const early = await api(env.host, 'PUT', path(spaceId, o.id, '/acknowledgement'), {
      token: tokens['u-alex'],
      body: { nextStep: 'Book the next meeting on the call.' },
    });
    expect(early.status).toBe(409);

    const self = await api(env.host, 'PUT', path(spaceId, o.id, '/self-assessment'), {
      token: tokens['u-alex'],
      body: SELF_ASSESSMENT,
    });
    expect(self.status).toBe(200);
    const after = self.json as Observation;
    expect(after.status).toBe('feedbackShared');
    expect(after.feedback?.developments).toEqual(['Confirm the date of the next meeting before hanging up.']);
    expect(after.notes?.[0]?.competency).toBe('discoveryQuestions');

    const twice = await api(env.host, 'PUT', path(spaceId, o.id, '/self-assessment'), {
      token: tokens['u-alex'],
      body: { skip: true },
    });
    expect(twice.status).toBe(409);

    const ack = await api(env.host, 'PUT', path(spaceId, o.id, '/acknowledgement'), {
      token: tokens['u-alex'],
      body: { nextStep: 'Book the next meeting before hanging up, every call this week.' },
    });
    expect(ack.status).toBe(200);
    expect((ack.json as Observation).status).toBe('acknowledged');

    const mine = (await api(env.host, 'GET', '/api/me/observations', { token: tokens['u-alex'] }))
      .json as MyObservationsResponse;
    const trend = mine.trend.find((t) => t.competency === 'discoveryQuestions');
    expect(trend?.label).toBe('Discovery questions');
    expect(trend?.points.map((p) => p.source).sort()).toEqual(['observation', 'selfAssessment']);
  });

  test('the rep is notified when a self-assessment waits and when feedback is shared for them to read', async () => {
    const spaceId = await buildTeam();
    const inbox = async (id: string) =>
      ((await api(env.host, 'GET', '/api/me/inbox', { token: tokens['u-alex'] })).json as InboxResponse).items
        .filter((n) => n.target.itemId === id)
        .map((n) => n.kind)
        .sort();
    const o = await observeAlex(spaceId);
    expect(await inbox(o.id)).toEqual(['selfAssessmentDue']);
    await api(env.host, 'PUT', path(spaceId, o.id, '/self-assessment'), {
      token: tokens['u-alex'],
      body: SELF_ASSESSMENT,
    });
    await api(env.host, 'PUT', path(spaceId, o.id, '/feedback'), {
      token: tokens['u-megan'],
      body: buildFeedbackBody(),
    });
    expect(await inbox(o.id)).toEqual(['feedbackShared', 'selfAssessmentDue']);

    // Shared before Alex assessed himself: nothing to read yet, so no notice; his self-assessment reveals it.
    const early = await observeAlex(spaceId);
    await api(env.host, 'PUT', path(spaceId, early.id, '/feedback'), {
      token: tokens['u-megan'],
      body: buildFeedbackBody(),
    });
    expect(await inbox(early.id)).toEqual(['selfAssessmentDue']);
    // Nobody else is told about Alex's observations.
    const lynne = (await api(env.host, 'GET', '/api/me/inbox', { token: tokens['u-lynne'] })).text;
    expect(lynne).not.toContain(o.id);
  });

  test('an explicit skip releases the feedback too', async () => {
    const spaceId = await buildTeam();
    const o = await observeAlex(spaceId);
    await api(env.host, 'PUT', path(spaceId, o.id, '/feedback'), {
      token: tokens['u-megan'],
      body: buildFeedbackBody(),
    });
    const skipped = await api(env.host, 'PUT', path(spaceId, o.id, '/self-assessment'), {
      token: tokens['u-alex'],
      body: { skip: true },
    });
    expect(skipped.status).toBe(200);
    expect((skipped.json as Observation).feedback?.strengths).toHaveLength(1);
    expect((skipped.json as Observation).selfAssessment?.skipped).toBe(true);
  });

  test('a draft (not shared) stays with the manager', async () => {
    const spaceId = await buildTeam();
    const o = await observeAlex(spaceId);
    await api(env.host, 'PUT', path(spaceId, o.id, '/self-assessment'), {
      token: tokens['u-alex'],
      body: { skip: true },
    });
    const draft = await api(env.host, 'PUT', path(spaceId, o.id, '/feedback'), {
      token: tokens['u-megan'],
      body: buildFeedbackBody({ share: false, developments: [] }),
    });
    expect(draft.status).toBe(200);
    const alex = await api(env.host, 'GET', path(spaceId, o.id), { token: tokens['u-alex'] });
    expect((alex.json as Observation).feedback).toBeNull();
    expect(alex.text).not.toContain('Asked what the current process costs before proposing anything');
  });
});

describe('observing a call live', () => {
  test('start, pause, notes, a reload, stop: the minutes and notes are saved and coverage moves', async () => {
    const spaceId = await buildTeam();
    const live = `/api/spaces/${spaceId}/live-observation`;
    const megan = tokens['u-megan'];
    const before = (await api(env.host, 'GET', `/api/spaces/${spaceId}/observation-coverage`, { token: megan }))
      .json as CoverageResponse;
    expect(before.thisWeek.minutes).toBe(0);
    expect(before.reps.map((r) => r.lastObservedOn)).toEqual([null, null]);

    const started = await api(env.host, 'POST', live, { token: megan, body: { repId: 'u-alex' } });
    expect(started.status).toBe(201);
    const again = await api(env.host, 'POST', live, { token: megan, body: { repId: 'u-lynne' } });
    expect(again.status).toBe(409);
    const paused = await api(env.host, 'PATCH', live, { token: megan, body: { action: 'pause' } });
    expect((paused.json as LiveObservationResponse).live?.timer.status).toBe('paused');
    const notes = await api(env.host, 'PATCH', live, {
      token: megan,
      body: {
        action: 'notes',
        competencies: ['nextStepClose'],
        notes: [{ competency: 'activeListening', text: 'Paraphrased the outage impact before offering a fix.' }],
      },
    });
    expect(notes.status).toBe(200);
    const unknown = await api(env.host, 'PATCH', live, {
      token: megan,
      body: { action: 'notes', competencies: ['juggling'], notes: [] },
    });
    expect(unknown.status).toBe(400);

    // A reload finds the call as it was left.
    const reloaded = (await api(env.host, 'GET', live, { token: megan })).json as LiveObservationResponse;
    expect(reloaded.live?.repName).toBe('Alex Wilber');
    expect(reloaded.live?.competencies.sort()).toEqual(['activeListening', 'nextStepClose']);
    expect(reloaded.live?.timer.status).toBe('paused');

    const stopped = await api(env.host, 'POST', `${live}/stop`, { token: megan });
    expect(stopped.status).toBe(201);
    const o = stopped.json as Observation;
    expect(o).toMatchObject({ repId: 'u-alex', channel: 'teamsCall', minutes: 1, status: 'selfAssessmentDue' });
    expect(o.notes).toEqual([
      { competency: 'activeListening', text: 'Paraphrased the outage impact before offering a fix.' },
    ]);
    expect(((await api(env.host, 'GET', live, { token: megan })).json as LiveObservationResponse).live).toBeNull();

    const after = (await api(env.host, 'GET', `/api/spaces/${spaceId}/observation-coverage`, { token: megan }))
      .json as CoverageResponse;
    expect(after.thisWeek).toEqual({ minutes: 1, workingMinutes: 2400, ratio: 1 / 2400 });
    expect(after.reps.map((r) => r.repId)).toEqual(['u-lynne', 'u-alex']);
    expect(after.heatMap.find((r) => r.repId === 'u-alex')?.cells).toHaveLength(2);
  });

  test('settings: each manager’s hours and the goal change the working minutes', async () => {
    const spaceId = await buildTeam();
    await observeAlex(spaceId, { minutes: 120 });
    const res = await api(env.host, 'PUT', `/api/spaces/${spaceId}/observation-settings`, {
      token: tokens['u-megan'],
      body: { hoursPerWeek: 30, goalPercent: 25 },
    });
    expect(res.status).toBe(200);
    const coverage = res.json as CoverageResponse;
    expect(coverage).toMatchObject({ goalPercent: 25, hoursPerWeek: 30 });
    expect(coverage.thisWeek).toEqual({ minutes: 120, workingMinutes: 1800, ratio: 120 / 1800 });
  });

  test('an observation may concern one of the team’s account boards, and no other', async () => {
    const spaceId = await buildTeam();
    const board = await api(env.host, 'POST', `/api/spaces/${spaceId}/boards`, {
      token: tokens['u-megan'],
      body: buildBoardBody(),
    });
    expect(board.status).toBe(201);
    const boardId = (board.json as { id: string }).id;
    const o = await observeAlex(spaceId, { boardId });
    expect(o.boardId).toBe(boardId);
    const unknown = await api(env.host, 'POST', `/api/spaces/${spaceId}/observations`, {
      token: tokens['u-megan'],
      body: buildObservationBody({ boardId: 'no-such-board' }),
    });
    expect(unknown.status).toBe(400);
    expect(problemCode(unknown)).toBe('validation_failed');
  });

  test('the coverage read costs at most 3 store operations', async () => {
    const spaceId = await buildTeam();
    for (let i = 0; i < 3; i++) await observeAlex(spaceId, { date: `2026-0${i + 1}-1${i}` });
    const res = await api(env.host, 'GET', `/api/spaces/${spaceId}/observation-coverage`, {
      token: tokens['u-megan'],
    });
    expect(Number(res.headers['x-store-ops'])).toBeLessThanOrEqual(3);
  });
});
