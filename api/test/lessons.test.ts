import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  LessonAttemptResponse,
  LessonListResponse,
  LessonPassesResponse,
  LessonResponse,
  LessonSourceResponse,
  MyLessonsResponse,
} from '../src/domain/index.js';
import { BUILT_IN_LESSONS } from '../src/features/lessons/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildAttemptBody, buildLessonBody, SAMPLE_BUILT_IN } from './lesson-samples.js';

type User = 'u-megan' | 'u-alex' | 'u-isaiah' | 'u-adele';
let env: TestHost;
let tokens: Record<User, string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-isaiah', 'u-adele']);
});

afterAll(async () => {
  await env.close();
});

/** Megan's team with Alex (rep) and Isaiah (contributor). */
async function buildTeam(manager: User = 'u-megan'): Promise<string> {
  const created = await api(env.host, 'POST', '/api/spaces', { token: tokens[manager], body: buildSpaceBody() });
  const id = (created.json as { id: string }).id;
  for (const [userId, name, role] of [
    ['u-alex', 'Alex Wilber', 'rep'],
    ['u-isaiah', 'Isaiah Langer', 'contributor'],
  ] as const) {
    const res = await api(env.host, 'POST', `/api/spaces/${id}/members`, {
      token: tokens[manager],
      body: buildInviteBody({ userId, name, role }),
    });
    expect(res.status).toBe(201);
  }
  return id;
}

const lessons = (spaceId: string) => `/api/spaces/${spaceId}/lessons`;
const get = (path: string, as: User) => api(env.host, 'GET', path, { token: tokens[as] });
const post = (path: string, body: unknown, as: User) => api(env.host, 'POST', path, { token: tokens[as], body });
const put = (path: string, body: unknown, as: User, etag?: string) =>
  api(env.host, 'PUT', path, { token: tokens[as], body, headers: etag ? { 'if-match': etag } : {} });

describe('reading lessons', () => {
  test('every space has the eight built-in lessons, with no progress yet', async () => {
    const spaceId = await buildTeam();
    const res = await get(lessons(spaceId), 'u-isaiah');
    expect(res.status).toBe(200);
    const { items } = res.json as LessonListResponse;
    expect(items.map((l) => l.id)).toEqual(BUILT_IN_LESSONS.map((l) => l.id));
    expect(items.every((l) => l.builtIn && !l.progress.passed && l.progress.attempts === 0)).toBe(true);
    expect(items.every((l) => l.minutes >= 2 && l.minutes <= 3)).toBe(true);
  });

  test('a lesson comes with its questions but never with the right answers or explanations', async () => {
    const spaceId = await buildTeam();
    const mine = await post(lessons(spaceId), buildLessonBody(), 'u-megan');
    const ownId = (mine.json as LessonSourceResponse).id;
    for (const lessonId of [SAMPLE_BUILT_IN, ownId]) {
      const res = await get(`${lessons(spaceId)}/${lessonId}`, 'u-isaiah');
      expect(res.status).toBe(200);
      // The raw text, not the parsed body: nothing about the key may travel at all.
      expect(res.text).not.toMatch(/"correct"|"right"|"explanation"/);
      const lesson = res.json as LessonResponse;
      expect(lesson.questions.length).toBeGreaterThanOrEqual(3);
      expect(Object.keys(lesson.questions[0] ?? {}).sort()).toEqual(['choices', 'prompt']);
    }
    const builtIn = BUILT_IN_LESSONS.find((l) => l.id === SAMPLE_BUILT_IN);
    const raw = (await get(`${lessons(spaceId)}/${SAMPLE_BUILT_IN}`, 'u-isaiah')).text;
    for (const q of builtIn?.questions ?? []) expect(raw).not.toContain(JSON.stringify(q.explanation).slice(1, -1));
    // The list carries no questions at all.
    expect((await get(lessons(spaceId), 'u-isaiah')).text).not.toMatch(/"questions"|"correct"/);
  });
});

describe('taking the check', () => {
  test('answers are scored on the server: two wrong fail, one wrong passes, and the pass shows for the team', async () => {
    const spaceId = await buildTeam();
    const attempt = buildAttemptBody();
    const path = `${lessons(spaceId)}/${SAMPLE_BUILT_IN}/attempts`;
    const wrong = (n: number) => attempt.answers.map((a, i) => (i < n ? (a + 1) % 3 : a));

    const failed = await post(path, { ...attempt, answers: wrong(2) }, 'u-isaiah');
    expect(failed.status).toBe(201);
    expect(failed.json).toMatchObject({ passed: false, correct: attempt.answers.length - 2, maxWrong: 1 });
    expect((failed.json as LessonAttemptResponse).results[0]).toMatchObject({ correct: false });
    expect((failed.json as LessonAttemptResponse).results[0]?.explanation).toBeTruthy();

    const before = (await get(`/api/spaces/${spaceId}/lesson-passes`, 'u-alex')).json as LessonPassesResponse;
    expect(before.items).toEqual([]);

    const passed = await post(path, { ...attempt, answers: wrong(1) }, 'u-isaiah');
    expect(passed.json).toMatchObject({ passed: true, progress: { attempts: 2, passed: true } });

    const passes = (await get(`/api/spaces/${spaceId}/lesson-passes`, 'u-alex')).json as LessonPassesResponse;
    expect(passes.items.map((i) => i.userId)).toEqual(['u-isaiah']);
    expect(passes.items[0]?.passes.map((p) => [p.lessonId, p.title])).toEqual([
      [SAMPLE_BUILT_IN, 'Asking open questions'],
    ]);
    const mine = (await get('/api/me/lessons', 'u-isaiah')).json as MyLessonsResponse;
    const here = mine.spaces.find((s) => s.spaceId === spaceId);
    expect(here?.lessons.find((l) => l.id === SAMPLE_BUILT_IN)?.progress).toMatchObject({
      passed: true,
      attempts: 2,
      bestCorrect: attempt.answers.length - 1,
    });
    // Alex has not tried it: his progress is his own.
    const alex = (await get(`${lessons(spaceId)}/${SAMPLE_BUILT_IN}`, 'u-alex')).json as LessonResponse;
    expect(alex.progress).toMatchObject({ attempts: 0, passed: false });
  });

  test('a check changed since it was read, the wrong number of answers, or junk is refused as problem+json', async () => {
    const spaceId = await buildTeam();
    const path = `${lessons(spaceId)}/${SAMPLE_BUILT_IN}/attempts`;
    const attempt = buildAttemptBody();
    const stale = await post(path, { ...attempt, version: 'an-old-version' }, 'u-isaiah');
    expect([stale.status, problemCode(stale)]).toEqual([409, 'conflict']);
    const short = await post(path, { ...attempt, answers: attempt.answers.slice(0, 3) }, 'u-isaiah');
    expect([short.status, problemCode(short)]).toEqual([400, 'validation_failed']);
    const junk = await api(env.host, 'POST', path, {
      token: tokens['u-isaiah'],
      rawBody: '{"answers": "all of them"',
      headers: { 'content-type': 'application/json' },
    });
    expect(junk.status).toBe(400);
    expect(problemCode(junk)).toBeDefined();
    const none = await post(`${lessons(spaceId)}/builtin-no-such-lesson/attempts`, attempt, 'u-isaiah');
    expect(none.status).toBe(404);
  });
});

describe("managers write their space's lessons", () => {
  test('write, edit with the etag, retire; others may not', async () => {
    const spaceId = await buildTeam();
    const body = buildLessonBody({ body: '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">' });
    expect((await post(lessons(spaceId), body, 'u-alex')).status).toBe(403);
    expect((await post(lessons(spaceId), body, 'u-isaiah')).status).toBe(403);
    const created = await post(lessons(spaceId), body, 'u-megan');
    expect(created.status).toBe(201);
    const source = created.json as LessonSourceResponse;
    // Stored and served as typed: plain text the tabs render as text.
    expect(source.body).toBe(body.body);
    expect(source.questions[0]).toMatchObject({ correct: 1 });
    expect((await get(`${lessons(spaceId)}/${source.id}/source`, 'u-isaiah')).status).toBe(403);

    const path = `${lessons(spaceId)}/${source.id}`;
    expect((await put(path, buildLessonBody({ title: 'No etag' }), 'u-megan')).status).toBe(428);
    const edited = await put(path, buildLessonBody({ title: 'Renewals' }), 'u-megan', source.etag);
    expect(edited.status).toBe(200);
    const stale = await put(path, buildLessonBody({ title: 'Stale' }), 'u-megan', source.etag);
    expect([stale.status, problemCode(stale)]).toEqual([412, 'precondition_failed']);

    const fresh = (await get(`${path}/source`, 'u-megan')).json as LessonSourceResponse;
    expect(fresh.title).toBe('Renewals');
    const retired = await put(`${path}/retired`, { retired: true }, 'u-megan', fresh.etag);
    expect(retired.status).toBe(200);
    const listed = (as: User) =>
      get(lessons(spaceId), as).then((r) => (r.json as LessonListResponse).items.find((l) => l.id === source.id));
    expect(await listed('u-isaiah')).toBeUndefined();
    expect((await listed('u-megan'))?.retiredAt).toBeTruthy();
    const reader = (await get(path, 'u-megan')).json as LessonResponse;
    const tried = await post(`${path}/attempts`, { version: reader.version, answers: [1, 0, 2] }, 'u-isaiah');
    expect([tried.status, problemCode(tried)]).toEqual([409, 'conflict']);
  });

  test('a built-in lesson is not edited or retired, and has no source', async () => {
    const spaceId = await buildTeam();
    const path = `${lessons(spaceId)}/${SAMPLE_BUILT_IN}`;
    const edited = await put(path, buildLessonBody(), 'u-megan', '"anything"');
    expect([edited.status, problemCode(edited)]).toEqual([409, 'conflict']);
    expect((await put(`${path}/retired`, { retired: true }, 'u-megan', '"x"')).status).toBe(409);
    expect((await get(`${path}/source`, 'u-megan')).status).toBe(404);
  });

  test("another team's lesson is not found, from its members or outsiders", async () => {
    const mine = await buildTeam();
    const theirs = await buildTeam();
    const id = ((await post(lessons(mine), buildLessonBody(), 'u-megan')).json as LessonSourceResponse).id;
    expect((await get(`${lessons(theirs)}/${id}`, 'u-isaiah')).status).toBe(404);
    expect((await get(`${lessons(theirs)}/${id}/source`, 'u-megan')).status).toBe(404);
    expect((await get(`${lessons(mine)}/${id}`, 'u-adele')).status).toBe(404);
    expect((await get(`/api/spaces/${mine}/lesson-passes`, 'u-adele')).status).toBe(404);
  });

  test('a check must have three to five questions, each with a right answer among its choices', async () => {
    const spaceId = await buildTeam();
    const base = buildLessonBody();
    const tooFew = await post(lessons(spaceId), { ...base, questions: base.questions.slice(0, 2) }, 'u-megan');
    expect([tooFew.status, problemCode(tooFew)]).toEqual([400, 'validation_failed']);
    const [first, ...rest] = base.questions;
    const outOfRange = { ...base, questions: [{ ...first, correct: 4 }, ...rest] };
    expect((await post(lessons(spaceId), outOfRange, 'u-megan')).status).toBe(400);
  });
});
