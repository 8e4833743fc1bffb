import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  RoleplayDebriefResponse,
  RoleplayListResponse,
  RoleplayResponse,
  RoleplayRunBody,
  RoleplayStateResponse,
  SpaceResponse,
} from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type ApiResponse, type TestHost } from './helpers.js';
import { buildRoleplayBody } from './roleplay-samples.js';

const users = ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah', 'u-diego'] as const;
type User = (typeof users)[number];

/** Deleting a role-play before it starts, editing and deleting coaching questions; on both stores. */
describe.for(STORE_BACKENDS)('role-plays: correct and retire (%s store)', (backend) => {
  let t: TestHost;
  let tok: Record<User, string>;

  beforeAll(async () => {
    t = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tok = await tokensFor(t.host, users);
  });
  afterAll(async () => {
    await t.close();
  });

  function ok<T>(res: ApiResponse, status = 200): T {
    expect(res.status, res.text.slice(0, 300)).toBe(status);
    return res.json as T;
  }

  /** Megan's space with the starter scenarios: Alex and Lynne reps, Isaiah contributor, Diego a second manager. */
  async function buildTeam(): Promise<string> {
    const space = ok<SpaceResponse>(
      await api(t.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: buildSpaceBody() }),
      201,
    );
    for (const [userId, name, role] of [
      ['u-alex', 'Alex Wilber', 'rep'],
      ['u-lynne', 'Lynne Robbins', 'rep'],
      ['u-isaiah', 'Isaiah Langer', 'contributor'],
      ['u-diego', 'Diego Siciliani', 'manager'],
    ] as const) {
      ok(
        await api(t.host, 'POST', `/api/spaces/${space.id}/members`, {
          token: tok['u-megan'],
          body: buildInviteBody({ userId, name, role }),
        }),
        201,
      );
    }
    ok(await api(t.host, 'POST', `/api/spaces/${space.id}/scenario-starters`, { token: tok['u-megan'] }));
    return `/api/spaces/${space.id}`;
  }

  const setUp = async (base: string): Promise<RoleplayResponse> =>
    ok<RoleplayResponse>(
      await api(t.host, 'POST', `${base}/roleplays`, { token: tok['u-megan'], body: buildRoleplayBody() }),
      201,
    );

  const remove = (base: string, id: string, etag: string, who: User = 'u-megan') =>
    api(t.host, 'DELETE', `${base}/roleplays/${id}`, { token: tok[who], headers: { 'if-match': etag } });

  const run = (base: string, id: string, etag: string, body: RoleplayRunBody) =>
    api(t.host, 'POST', `${base}/roleplays/${id}/state`, {
      token: tok['u-megan'],
      body,
      headers: { 'if-match': etag },
    });

  async function step(base: string, id: string, body: RoleplayRunBody): Promise<void> {
    const state = ok<RoleplayStateResponse>(
      await api(t.host, 'GET', `${base}/roleplays/${id}/state`, { token: tok['u-megan'] }),
    );
    ok(await run(base, id, state.etag, body));
  }

  const listIds = async (base: string): Promise<string[]> =>
    ok<RoleplayListResponse>(await api(t.host, 'GET', `${base}/roleplays`, { token: tok['u-megan'] })).items.map(
      (r) => r.id,
    );

  it('deletes a role-play before it starts, with the etag its facilitator saw', async () => {
    const base = await buildTeam();
    const roleplay = await setUp(base);
    expect((await remove(base, roleplay.id, roleplay.etag, 'u-alex')).status).toBe(403);
    expect((await remove(base, roleplay.id, '"stale"')).status).toBe(412);
    expect((await remove(base, roleplay.id, roleplay.etag)).status).toBe(204);
    expect((await api(t.host, 'GET', `${base}/roleplays/${roleplay.id}`, { token: tok['u-megan'] })).status).toBe(404);
    expect(await listIds(base)).toEqual([]);
    const mine = ok<{ items: unknown[] }>(await api(t.host, 'GET', '/api/me/roleplays', { token: tok['u-alex'] }));
    expect(JSON.stringify(mine)).not.toContain(roleplay.id);
  });

  it('refuses to delete a role-play once it started: it stays in the record', async () => {
    const base = await buildTeam();
    const roleplay = await setUp(base);
    const started = ok<RoleplayStateResponse>(await run(base, roleplay.id, roleplay.etag, { action: 'start' }));
    const refused = await remove(base, roleplay.id, started.etag);
    expect(refused.status).toBe(409);
    expect(await listIds(base)).toEqual([roleplay.id]);
  });

  it('a start and a delete at once: exactly one wins, and a started role-play is never deleted', async () => {
    const base = await buildTeam();
    for (let i = 0; i < 4; i++) {
      const roleplay = await setUp(base);
      const [started, deleted] = await Promise.all([
        run(base, roleplay.id, roleplay.etag, { action: 'start' }),
        remove(base, roleplay.id, roleplay.etag),
      ]);
      const statuses = [started.status, deleted.status].sort();
      expect(statuses.filter((s) => s < 300)).toHaveLength(1);
      const after = await api(t.host, 'GET', `${base}/roleplays/${roleplay.id}`, { token: tok['u-megan'] });
      if (deleted.status === 204) expect(after.status).toBe(404);
      else expect((after.json as RoleplayResponse).status).toBe('running');
    }
  });

  describe('coaching questions', () => {
    const questions = (base: string, id: string) => `${base}/roleplays/${id}/coaching-questions`;
    const ask = async (base: string, id: string, text: string, who: User = 'u-megan') =>
      ok<RoleplayDebriefResponse>(
        await api(t.host, 'POST', questions(base, id), { token: tok[who], body: { text } }),
        201,
      );
    const edit = (base: string, id: string, questionId: string, etag: string, text: string, who: User = 'u-megan') =>
      api(t.host, 'PATCH', `${questions(base, id)}/${questionId}`, {
        token: tok[who],
        body: { text },
        headers: { 'if-match': etag },
      });
    const drop = (base: string, id: string, questionId: string, etag: string, who: User = 'u-megan') =>
      api(t.host, 'DELETE', `${questions(base, id)}/${questionId}`, { token: tok[who], headers: { 'if-match': etag } });

    async function debriefing(base: string): Promise<string> {
      const roleplay = await setUp(base);
      await step(base, roleplay.id, { action: 'start' });
      await step(base, roleplay.id, { action: 'debrief' });
      return roleplay.id;
    }

    it('edits a question with its own etag, unaffected by other questions added since', async () => {
      const base = await buildTeam();
      const id = await debriefing(base);
      const first = (await ask(base, id, 'What did you notice when the price came up?')).coachingQuestions[0]!;
      await ask(base, id, 'What would you ask the CFO next time?', 'u-diego');
      expect((await edit(base, id, first.id, first.etag, 'Ok', 'u-alex')).status).toBe(403);
      const edited = ok<RoleplayDebriefResponse>(
        await edit(base, id, first.id, first.etag, 'What did you hear when the price came up?'),
      );
      expect(edited.coachingQuestions.map((q) => q.text)).toEqual([
        'What did you hear when the price came up?',
        'What would you ask the CFO next time?',
      ]);
      // The etag Megan started from is now stale: Diego's later edit from it is refused, nothing lost.
      const stale = await edit(base, id, first.id, first.etag, 'What went well?', 'u-diego');
      expect(stale.status).toBe(412);
      const debrief = ok<RoleplayDebriefResponse>(
        await api(t.host, 'GET', `${base}/roleplays/${id}/debrief`, { token: tok['u-alex'] }),
      );
      expect(debrief.coachingQuestions[0]?.text).toBe('What did you hear when the price came up?');
    });

    it('deletes a question; a second delete is 404 and a closed debrief keeps its questions', async () => {
      const base = await buildTeam();
      const id = await debriefing(base);
      const asked = await ask(base, id, 'What did you notice when the price came up?');
      const kept = (await ask(base, id, 'What would you ask the CFO next time?')).coachingQuestions[1]!;
      const question = asked.coachingQuestions[0]!;
      const after = ok<RoleplayDebriefResponse>(await drop(base, id, question.id, question.etag));
      expect(after.coachingQuestions.map((q) => q.id)).toEqual([kept.id]);
      expect((await drop(base, id, question.id, question.etag)).status).toBe(404);
      await step(base, id, { action: 'close' });
      expect((await drop(base, id, kept.id, kept.etag)).status).toBe(409);
      expect((await edit(base, id, kept.id, kept.etag, 'What went well?')).status).toBe(409);
    });

    it('two managers editing one question at once: one edit wins, the other gets 412', async () => {
      const base = await buildTeam();
      const id = await debriefing(base);
      const question = (await ask(base, id, 'What did you notice when the price came up?')).coachingQuestions[0]!;
      const [a, b, added] = await Promise.all([
        edit(base, id, question.id, question.etag, 'What did you hear first?'),
        edit(base, id, question.id, question.etag, 'What did you feel first?', 'u-diego'),
        api(t.host, 'POST', questions(base, id), {
          token: tok['u-diego'],
          body: { text: 'What would you ask the CFO next time?' },
        }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 412]);
      expect(added.status).toBe(201);
      const winner = a.status === 200 ? 'What did you hear first?' : 'What did you feel first?';
      const debrief = ok<RoleplayDebriefResponse>(
        await api(t.host, 'GET', `${base}/roleplays/${id}/debrief`, { token: tok['u-megan'] }),
      );
      expect(debrief.coachingQuestions.map((q) => q.text)).toEqual([winner, 'What would you ask the CFO next time?']);
    });
  });
});
