import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import type {
  CoachingSessionResponse,
  HiringLoopListResponse,
  HiringLoopResponse,
  InboxResponse,
  MyScorecardsDueResponse,
  RoleProfileResponse,
} from '../src/domain/index.js';
import { spacePk } from '../src/store/partitions.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type ApiResponse, type TestHost } from './helpers.js';
import { buildCardBody, buildLoopBody, buildProfileBody } from './hiring-samples.js';

type User = 'u-megan' | 'u-alex' | 'u-lynne' | 'u-isaiah' | 'u-diego';
let env: TestHost;
let tokens: Record<User, string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah', 'u-diego']);
});

afterAll(async () => {
  await env.close();
});

const call = (as: User, method: string, path: string, body?: unknown, ifMatch?: string): Promise<ApiResponse> =>
  api(env.host, method, path, { token: tokens[as], body, headers: ifMatch ? { 'if-match': ifMatch } : {} });

function ok<T>(res: ApiResponse, status = 200): T {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  return res.json as T;
}

/** Megan's team with Alex and Lynne (reps) and Isaiah (contributor), a profile and a loop. */
async function loopInTeam(overrides: Parameters<typeof buildLoopBody>[1] = {}) {
  const space = ok<{ id: string }>(await call('u-megan', 'POST', '/api/spaces', buildSpaceBody()), 201);
  for (const [userId, name, role] of [
    ['u-alex', 'Alex Wilber', 'rep'],
    ['u-lynne', 'Lynne Robbins', 'rep'],
    ['u-isaiah', 'Isaiah Langer', 'contributor'],
  ] as const) {
    ok(await call('u-megan', 'POST', `/api/spaces/${space.id}/members`, buildInviteBody({ userId, name, role })), 201);
  }
  const base = `/api/spaces/${space.id}/hiring`;
  const profile = ok<RoleProfileResponse>(await call('u-megan', 'POST', `${base}/profiles`, buildProfileBody()), 201);
  const loop = ok<HiringLoopResponse>(
    await call(
      'u-megan',
      'POST',
      `${base}/loops`,
      buildLoopBody(profile.id, {
        interviewers: [
          { userId: 'u-alex', competencies: ['discoveryQuestions'] },
          { userId: 'u-lynne', competencies: ['discoveryQuestions', 'activeListening'] },
        ],
        ...overrides,
      }),
    ),
    201,
  );
  return { spaceId: space.id, base, profile, loop, loopPath: `${base}/loops/${loop.id}` };
}

const lynneCard = {
  ratings: [
    { key: 'discoveryQuestions', rating: 1, evidence: 'LYNNE-EVIDENCE: pitched in the first minute.' },
    { key: 'activeListening', rating: 3, evidence: 'Paraphrased the budget worry.' },
  ],
  recommendation: 'noHire',
  developmentPoints: ['Ask before pitching'],
};

describe('independent scorecards', () => {
  test('an interviewer reads no one else’s card, in any answer, until they submitted their own', async () => {
    const t = await loopInTeam();
    ok(await call('u-lynne', 'POST', `${t.loopPath}/scorecard`, lynneCard), 201);

    // Alex has not submitted: Lynne's ratings and evidence appear in no raw answer he can get.
    for (const path of [t.loopPath, `${t.base}/loops`, '/api/me/scorecards-due', '/api/me/inbox']) {
      const res = await call('u-alex', 'GET', path);
      expect(res.status).toBe(200);
      expect(res.text).not.toContain('LYNNE-EVIDENCE');
      expect(res.text).not.toContain('noHire');
      expect(res.text).not.toContain('Ask before pitching');
    }
    const before = ok<HiringLoopResponse>(await call('u-alex', 'GET', t.loopPath));
    expect(before).toMatchObject({ cards: [], myCard: null, othersVisible: false, debrief: null });
    // Lists say who has submitted, never what.
    const list = ok<HiringLoopListResponse>(await call('u-alex', 'GET', `${t.base}/loops`));
    expect(list.items[0]!.interviewers.map((i) => [i.userId, i.submitted])).toEqual([
      ['u-alex', false],
      ['u-lynne', true],
    ]);

    const after = ok<HiringLoopResponse>(
      await call('u-alex', 'POST', `${t.loopPath}/scorecard`, buildCardBody(4)),
      201,
    );
    expect(after.othersVisible).toBe(true);
    expect(after.cards.map((c) => c.interviewerId)).toEqual(['u-lynne']);
    expect(after.myCard?.ratings[0]).toMatchObject({
      key: 'discoveryQuestions',
      rating: 4,
      label: 'Discovery questions',
    });
    const discovery = after.debrief?.rows.find((r) => r.key === 'discoveryQuestions');
    expect(discovery).toMatchObject({ spread: 3, disagreement: true });
    // discovery (4 + 1) / 2 = 2.5 weighs 3, listening 3 weighs 1 → 2.63 (rounded).
    expect(after.debrief?.weightedScore).toBe(2.63);
  });

  test('a manager off the panel waits for the whole panel unless the loop lets managers see cards early', async () => {
    const strict = await loopInTeam({ managersSeeEarly: false });
    ok(await call('u-lynne', 'POST', `${strict.loopPath}/scorecard`, lynneCard), 201);
    const waiting = await call('u-megan', 'GET', strict.loopPath);
    expect(waiting.text).not.toContain('LYNNE-EVIDENCE');
    ok(await call('u-alex', 'POST', `${strict.loopPath}/scorecard`, buildCardBody()), 201);
    expect(ok<HiringLoopResponse>(await call('u-megan', 'GET', strict.loopPath)).cards).toHaveLength(2);

    const early = await loopInTeam({ managersSeeEarly: true });
    ok(await call('u-lynne', 'POST', `${early.loopPath}/scorecard`, lynneCard), 201);
    expect((await call('u-megan', 'GET', early.loopPath)).text).toContain('LYNNE-EVIDENCE');
  });

  test('a manager on the panel is held to the rule like any interviewer', async () => {
    const t = await loopInTeam({
      managersSeeEarly: true,
      interviewers: [
        { userId: 'u-megan', competencies: ['discoveryQuestions'] },
        { userId: 'u-lynne', competencies: ['discoveryQuestions', 'activeListening'] },
      ],
    });
    ok(await call('u-lynne', 'POST', `${t.loopPath}/scorecard`, lynneCard), 201);
    expect((await call('u-megan', 'GET', t.loopPath)).text).not.toContain('LYNNE-EVIDENCE');
  });

  test('every rating needs evidence and every covered competency a rating; a second submit is refused', async () => {
    const t = await loopInTeam();
    const noEvidence = await call('u-alex', 'POST', `${t.loopPath}/scorecard`, {
      ...buildCardBody(),
      ratings: [{ key: 'discoveryQuestions', rating: 3, evidence: '  ' }],
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.headers['content-type']).toContain('application/problem+json');
    const missing = await call('u-lynne', 'POST', `${t.loopPath}/scorecard`, buildCardBody());
    expect(missing.status).toBe(400);
    expect(problemCode(missing)).toBe('validation_failed');
    ok(await call('u-alex', 'POST', `${t.loopPath}/scorecard`, buildCardBody()), 201);
    const again = await call('u-alex', 'POST', `${t.loopPath}/scorecard`, buildCardBody(1));
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  test('someone neither on the panel nor a manager, or from another team, finds no loop', async () => {
    const t = await loopInTeam();
    expect((await call('u-isaiah', 'GET', t.loopPath)).status).toBe(404);
    expect(ok<HiringLoopListResponse>(await call('u-isaiah', 'GET', `${t.base}/loops`)).items).toEqual([]);
    expect((await call('u-isaiah', 'POST', `${t.loopPath}/scorecard`, buildCardBody())).status).toBe(404);
    const other = ok<{ id: string }>(await call('u-diego', 'POST', '/api/spaces', buildSpaceBody()), 201);
    expect((await call('u-diego', 'GET', `/api/spaces/${other.id}/hiring/loops/${t.loop.id}`)).status).toBe(404);
    expect((await call('u-diego', 'GET', t.loopPath)).status).toBe(404);
  });
});

describe('the loop from start to hire', () => {
  test('interviewers are asked for their card; decision, first plan, and the purge after retention', async () => {
    const t = await loopInTeam({ retentionDays: 30 });
    const inbox = ok<InboxResponse>(await call('u-alex', 'GET', '/api/me/inbox'));
    expect(inbox.items.some((n) => n.kind === 'scorecardDue' && n.target.itemId === t.loop.id)).toBe(true);
    // Notices outlive the candidate's purge, so they never carry the candidate's name.
    expect(JSON.stringify(inbox)).not.toContain('Jordan');
    const due = ok<MyScorecardsDueResponse>(await call('u-alex', 'GET', '/api/me/scorecards-due'));
    expect(due.items.map((i) => i.loopId)).toContain(t.loop.id);

    const early = await call('u-megan', 'PUT', `${t.loopPath}/decision`, { decision: 'hire', reason: 'x' });
    expect(early.status).toBe(409);
    ok(await call('u-alex', 'POST', `${t.loopPath}/scorecard`, buildCardBody()), 201);
    ok(await call('u-lynne', 'POST', `${t.loopPath}/scorecard`, lynneCard), 201);
    const dueAfter = ok<MyScorecardsDueResponse>(await call('u-alex', 'GET', '/api/me/scorecards-due'));
    expect(dueAfter.items.map((i) => i.loopId)).not.toContain(t.loop.id);

    const decided = ok<HiringLoopResponse>(
      await call('u-megan', 'PUT', `${t.loopPath}/decision`, { decision: 'hire', reason: 'Discovery outweighs' }),
    );
    expect(decided).toMatchObject({ decision: 'hire', decisionReason: 'Discovery outweighs' });
    const purgeAt = Date.parse(decided.purgeAt!);
    expect(purgeAt - Date.parse(decided.decidedAt!)).toBe(30 * 86_400_000);
    expect((await call('u-megan', 'PUT', `${t.loopPath}/decision`, { decision: 'noHire', reason: 'x' })).status).toBe(
      409,
    );

    // The candidate joins as Diego: his first plan is prefilled from the cards' development points.
    ok(
      await call(
        'u-megan',
        'POST',
        `/api/spaces/${t.spaceId}/members`,
        buildInviteBody({ userId: 'u-diego', name: 'Diego Siciliani', role: 'rep' }),
      ),
      201,
    );
    const linked = ok<HiringLoopResponse>(await call('u-megan', 'PUT', `${t.loopPath}/hire`, { userId: 'u-diego' }));
    expect(linked.hiredUserId).toBe('u-diego');
    const plan = ok<CoachingSessionResponse>(
      await call('u-diego', 'GET', `/api/spaces/${t.spaceId}/coaching/sessions/first-${t.loop.id}`),
    );
    expect(plan.plan?.actions.map((a) => a.text).sort()).toEqual(
      ['Ask before pitching', 'Quantify value with the customer’s own numbers'].sort(),
    );
    expect((await call('u-megan', 'PUT', `${t.loopPath}/hire`, { userId: 'u-alex' })).status).toBe(409);

    // Housekeeping on a simulated clock: nothing before the day, everything on it.
    const store = env.host.services.store;
    const housekeeping = (now: number) =>
      api(env.host, 'POST', '/api/dev/housekeeping', { body: { now: new Date(now).toISOString() } });
    expect(ok<{ purged: number }>(await housekeeping(purgeAt - 1000)).purged).toBe(0);
    expect((await call('u-megan', 'GET', t.loopPath)).status).toBe(200);
    expect(ok<{ purged: number }>(await housekeeping(purgeAt)).purged).toBeGreaterThanOrEqual(1);
    expect((await call('u-megan', 'GET', t.loopPath)).status).toBe(404);
    const pk = spacePk(DEMO_TENANT, t.spaceId);
    expect((await store.query(pk, { type: 'hiringScorecard', where: { loopId: t.loop.id } })).items).toEqual([]);
    expect((await store.query(pk, { type: 'hiringLoop' })).items).toEqual([]);
    // The new rep's plan is theirs now and stays.
    expect((await call('u-diego', 'GET', `/api/spaces/${t.spaceId}/coaching/sessions/first-${t.loop.id}`)).status).toBe(
      200,
    );
  });
});
