import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type BoardListResponse,
  type BoardResponse,
  DEFAULT_WINLOSS_REASONS,
  type ReviewDraftResponse,
  type ReviewResponse,
  type ScenarioListResponse,
  type ScenarioResponse,
  type SpaceResponse,
  type ThemeScenarioResponse,
  type ValuePropResponse,
  type WinlossAnalyticsResponse,
  type WinlossTaxonomyResponse,
} from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type TestHost } from './helpers.js';
import {
  buildCloseBody,
  buildCustomerBody,
  buildReviewBody,
  closedBoard,
  openBoard,
  reviewedDeal,
} from './winloss-samples.js';

type Users = 'u-megan' | 'u-alex' | 'u-lynne' | 'u-isaiah' | 'u-diego';

let env: TestHost;
let tokens: Record<Users, string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah', 'u-diego']);
});

afterAll(async () => {
  await env.close();
});

/** A fresh team: Megan manages, Alex and Lynne are reps, Isaiah contributes; Diego is not in it. */
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

const M = (): string => tokens['u-megan'];
const reviewPath = (spaceId: string, boardId: string, tail = ''): string =>
  `/api/spaces/${spaceId}/boards/${boardId}/review${tail}`;

describe('closing a board', () => {
  test('the owner closes it: it leaves the open list, stays findable, and reopens', async () => {
    const spaceId = await buildTeam();
    const { boardId, etag } = await openBoard(env.host, M(), spaceId, 'Litware — analytics suite');
    const lynne = await api(env.host, 'POST', `/api/spaces/${spaceId}/boards/${boardId}/close`, {
      token: tokens['u-lynne'],
      body: buildCloseBody(),
      headers: { 'if-match': etag },
    });
    expect(lynne.status).toBe(403);
    const bad = await api(env.host, 'POST', `/api/spaces/${spaceId}/boards/${boardId}/close`, {
      token: tokens['u-alex'],
      body: buildCloseBody({ outcome: 'maybe' as never }),
      headers: { 'if-match': etag },
    });
    expect(bad.status).toBe(400);
    expect(problemCode(bad)).toBe('validation_failed');
    const closed = await api(env.host, 'POST', `/api/spaces/${spaceId}/boards/${boardId}/close`, {
      token: tokens['u-alex'],
      body: buildCloseBody(),
      headers: { 'if-match': etag },
    });
    expect(closed.status).toBe(200);
    const board = closed.json as BoardResponse;
    expect(board.closing).toMatchObject({ outcome: 'lost', date: '2026-11-20', value: 450_000, closedBy: 'u-alex' });
    const again = await api(env.host, 'POST', `/api/spaces/${spaceId}/boards/${boardId}/close`, {
      token: tokens['u-alex'],
      body: buildCloseBody(),
      headers: { 'if-match': etag },
    });
    expect(again.status).toBe(412);

    const list = (q = ''): Promise<string[]> =>
      api(env.host, 'GET', `/api/spaces/${spaceId}/boards${q}`, { token: tokens['u-isaiah'] }).then((r) =>
        (r.json as BoardListResponse).items.map((i) => i.id),
      );
    expect(await list()).not.toContain(boardId);
    expect(await list('?closed=true')).toEqual([boardId]);
    expect(await list('?search=litware')).toEqual([boardId]);
    expect(await list('?search=nothing-like-it')).toEqual([]);

    const reopened = await api(env.host, 'POST', `/api/spaces/${spaceId}/boards/${boardId}/reopen`, {
      token: tokens['u-alex'],
      headers: { 'if-match': board.etag },
    });
    expect(reopened.status).toBe(200);
    expect((reopened.json as BoardResponse).closing).toBeNull();
    expect(await list()).toContain(boardId);
    const twice = await api(env.host, 'POST', `/api/spaces/${spaceId}/boards/${boardId}/reopen`, {
      token: tokens['u-alex'],
      headers: { 'if-match': (reopened.json as BoardResponse).etag },
    });
    expect(twice.status).toBe(409);
  });
});

describe('the review', () => {
  test('rules: prefilled, closed boards only, the owner, known reasons, one primary, what else', async () => {
    const spaceId = await buildTeam();
    const { boardId: openId } = await openBoard(env.host, M(), spaceId);
    const early = await api(env.host, 'PUT', reviewPath(spaceId, openId), {
      token: tokens['u-alex'],
      body: buildReviewBody(),
    });
    expect(early.status).toBe(409);

    const { boardId } = await closedBoard(env.host, M(), spaceId);
    const draft = await api(env.host, 'GET', reviewPath(spaceId, boardId), { token: tokens['u-alex'] });
    expect(draft.json as ReviewDraftResponse).toMatchObject({
      review: null,
      prefill: { buyerStage: 'discover', salesStage: 'discover', dealSize: 450_000, segment: 'Enterprise' },
      closing: { outcome: 'lost' },
    });

    const put = (token: string, body: unknown, etag?: string) =>
      api(env.host, 'PUT', reviewPath(spaceId, boardId), {
        token,
        body,
        ...(etag ? { headers: { 'if-match': etag } } : {}),
      });
    expect((await put(tokens['u-lynne'], buildReviewBody())).status).toBe(403);
    expect((await put(tokens['u-isaiah'], buildReviewBody())).status).toBe(403);
    const unknown = await put(tokens['u-alex'], buildReviewBody({ reasons: ['price', 'weather'] }));
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('body.reasons.1');
    const primary = await put(tokens['u-alex'], buildReviewBody({ primary: 'champion' }));
    expect(primary.status).toBe(400);
    expect(problemCode(primary)).toBe('validation_failed');
    const { whatElse: _w, ...noWhatElse } = buildReviewBody();
    expect((await put(tokens['u-alex'], noWhatElse)).status).toBe(400);
    const emptyAnswer = await put(tokens['u-alex'], buildReviewBody({ whatElse: { skipped: false, answer: ' ' } }));
    expect(emptyAnswer.status).toBe(400);

    const saved = await put(tokens['u-alex'], buildReviewBody({ whatElse: { skipped: true } }));
    expect(saved.status).toBe(200);
    const review = saved.json as ReviewResponse;
    expect(review).toMatchObject({
      outcome: 'lost',
      closedOn: '2026-11-20',
      reasons: [
        { key: 'price', label: 'Price' },
        { key: 'timing', label: 'Timing' },
      ],
      primary: 'price',
      whatElse: { skipped: true },
      authorId: 'u-alex',
      final: false,
      canEdit: true,
      durationSeconds: 95,
    });
    expect((await put(tokens['u-alex'], buildReviewBody())).status).toBe(428);
    expect((await put(tokens['u-alex'], buildReviewBody(), '"stale"')).status).toBe(412);
    const edited = await put(tokens['u-alex'], buildReviewBody({ competitor: 'Fabrikam Apps' }), review.etag);
    expect(edited.status).toBe(200);

    // The contributor reads it; someone outside the team does not.
    expect((await api(env.host, 'GET', reviewPath(spaceId, boardId), { token: tokens['u-isaiah'] })).status).toBe(200);
    const outsider = await api(env.host, 'GET', reviewPath(spaceId, boardId), { token: tokens['u-diego'] });
    expect([403, 404]).toContain(outsider.status);
  });

  test('a rep edits their review until the manager marks it final', async () => {
    const spaceId = await buildTeam();
    const { boardId, etag } = await reviewedDeal(env.host, tokens['u-alex'], spaceId);
    const byRep = await api(env.host, 'PUT', reviewPath(spaceId, boardId, '/final'), {
      token: tokens['u-alex'],
      body: { final: true },
      headers: { 'if-match': etag },
    });
    expect(byRep.status).toBe(403);
    const final = await api(env.host, 'PUT', reviewPath(spaceId, boardId, '/final'), {
      token: M(),
      body: { final: true },
      headers: { 'if-match': etag },
    });
    expect(final.status).toBe(200);
    const finalReview = final.json as ReviewResponse;
    expect(finalReview.final).toBe(true);
    const alexView = (await api(env.host, 'GET', reviewPath(spaceId, boardId), { token: tokens['u-alex'] }))
      .json as ReviewDraftResponse;
    expect(alexView.review?.canEdit).toBe(false);
    const locked = await api(env.host, 'PUT', reviewPath(spaceId, boardId), {
      token: tokens['u-alex'],
      body: buildReviewBody({ reasons: ['price'] }),
      headers: { 'if-match': finalReview.etag },
    });
    expect(locked.status).toBe(403);
    expect(problemCode(locked)).toBe('forbidden');
    // The customer's side is still recorded on a final review.
    const heard = await api(env.host, 'PUT', reviewPath(spaceId, boardId, '/customer'), {
      token: tokens['u-alex'],
      body: buildCustomerBody(),
      headers: { 'if-match': finalReview.etag },
    });
    expect(heard.status).toBe(200);
  });

  test('customer quotes are kept as written; a taxonomy change never rewrites a past review', async () => {
    const spaceId = await buildTeam();
    const quote = '  "Honestly — it was the rollout plan, not the price."  ';
    const { boardId } = await reviewedDeal(
      env.host,
      M(),
      spaceId,
      {},
      buildCustomerBody({
        reasons: [{ key: 'implementationRisk', quote }],
      }),
    );
    const taxonomy = (await api(env.host, 'GET', `/api/spaces/${spaceId}/winloss/taxonomy`, { token: M() }))
      .json as WinlossTaxonomyResponse;
    expect(taxonomy.isDefault).toBe(true);
    const reasons = DEFAULT_WINLOSS_REASONS.map((r) => (r.key === 'price' ? { ...r, label: 'Price & terms' } : r));
    const body = { reasons: [...reasons, { key: 'security', label: 'Security review' }] };
    const byRep = await api(env.host, 'PUT', `/api/spaces/${spaceId}/winloss/taxonomy`, {
      token: tokens['u-alex'],
      body,
      headers: { 'if-match': taxonomy.etag },
    });
    expect(byRep.status).toBe(403);
    const dropped = await api(env.host, 'PUT', `/api/spaces/${spaceId}/winloss/taxonomy`, {
      token: M(),
      body: { reasons: reasons.slice(1) },
      headers: { 'if-match': taxonomy.etag },
    });
    expect(dropped.status).toBe(400);
    const saved = await api(env.host, 'PUT', `/api/spaces/${spaceId}/winloss/taxonomy`, {
      token: M(),
      body,
      headers: { 'if-match': taxonomy.etag },
    });
    expect(saved.status).toBe(200);
    const stale = await api(env.host, 'PUT', `/api/spaces/${spaceId}/winloss/taxonomy`, {
      token: M(),
      body,
      headers: { 'if-match': taxonomy.etag },
    });
    expect(stale.status).toBe(412);

    const review = (await api(env.host, 'GET', reviewPath(spaceId, boardId), { token: M() }))
      .json as ReviewDraftResponse;
    expect(review.review?.reasons[0]).toEqual({ key: 'price', label: 'Price' });
    expect(review.review?.customer?.reasons).toEqual([
      { key: 'implementationRisk', label: 'Implementation risk', quote },
    ]);
    // New reviews use the new reason and label.
    const next = await reviewedDeal(env.host, M(), spaceId, { reasons: ['price', 'security'] });
    const newer = (await api(env.host, 'GET', reviewPath(spaceId, next.boardId), { token: M() }))
      .json as ReviewDraftResponse;
    expect(newer.review?.reasons).toEqual([
      { key: 'price', label: 'Price & terms' },
      { key: 'security', label: 'Security review' },
    ]);
  });
});

describe('analytics and loss themes', () => {
  test('the gap, a reopened deal leaving the figures, a scenario from the top loss theme', async () => {
    const spaceId = await buildTeam();
    const customer = buildCustomerBody({
      reasons: [
        { key: 'implementationRisk', quote: 'Nobody could tell us who would run the migration.' },
        { key: 'price', quote: 'Price was fine after the discount.' },
      ],
    });
    const a = await reviewedDeal(env.host, M(), spaceId, {}, customer);
    await reviewedDeal(env.host, M(), spaceId, { reasons: ['price'] }, buildCustomerBody());
    await reviewedDeal(env.host, M(), spaceId, { reasons: ['relationship'], primary: 'relationship' }, undefined, {
      outcome: 'won',
      date: '2026-08-03',
    });
    const read = async (): Promise<WinlossAnalyticsResponse> =>
      (await api(env.host, 'GET', `/api/spaces/${spaceId}/winloss/analytics`, { token: tokens['u-isaiah'] }))
        .json as WinlossAnalyticsResponse;
    let figures = await read();
    expect(figures.outcomes).toEqual({ won: 1, lost: 2, noDecision: 0 });
    expect(figures.trend.map((t) => [t.quarter, t.winRate])).toEqual([
      ['2026-Q3', 1],
      ['2026-Q4', 0],
    ]);
    expect(figures.gap.deals).toBe(2);
    expect(figures.gap.reasons.find((r) => r.key === 'implementationRisk')).toMatchObject({
      repShare: 0,
      customerShare: 1,
    });
    expect(figures.gap.reasons.find((r) => r.key === 'price')).toMatchObject({ repShare: 1, customerShare: 0.5 });
    expect(figures.lossThemes[0]).toMatchObject({ key: 'price', losses: 2, heard: 2 });

    // Reopening takes the deal out of the figures.
    const board = (await api(env.host, 'GET', `/api/spaces/${spaceId}/boards/${a.boardId}`, { token: M() }))
      .json as BoardResponse;
    await api(env.host, 'POST', `/api/spaces/${spaceId}/boards/${a.boardId}/reopen`, {
      token: M(),
      headers: { 'if-match': board.etag },
    });
    figures = await read();
    expect(figures.outcomes.lost).toBe(1);
    const onlyOne = await api(env.host, 'POST', `/api/spaces/${spaceId}/winloss/themes/price/scenario`, {
      token: M(),
    });
    expect(onlyOne.status).toBe(409);
    expect(problemCode(onlyOne)).toBe('conflict');

    // Closed again and reviewed again: back in, with what the customer said kept.
    const reopened = (await api(env.host, 'GET', `/api/spaces/${spaceId}/boards/${a.boardId}`, { token: M() }))
      .json as BoardResponse;
    await api(env.host, 'POST', `/api/spaces/${spaceId}/boards/${a.boardId}/close`, {
      token: M(),
      body: buildCloseBody(),
      headers: { 'if-match': reopened.etag },
    });
    const draft = (await api(env.host, 'GET', reviewPath(spaceId, a.boardId), { token: M() }))
      .json as ReviewDraftResponse;
    expect(draft.review).toBeNull();
    const etag = (await api(env.host, 'GET', reviewPath(spaceId, a.boardId), { token: M() })).headers.etag;
    expect(etag).toBeUndefined();
    const resaved = await api(env.host, 'PUT', reviewPath(spaceId, a.boardId), {
      token: M(),
      body: buildReviewBody(),
    });
    expect(resaved.status).toBe(200);
    expect((resaved.json as ReviewResponse).customer?.reasons).toHaveLength(2);
    expect((await read()).outcomes.lost).toBe(2);

    expect(
      (await api(env.host, 'POST', `/api/spaces/${spaceId}/winloss/themes/price/scenario`, { token: tokens['u-alex'] }))
        .status,
    ).toBe(403);
    expect(
      (await api(env.host, 'POST', `/api/spaces/${spaceId}/winloss/themes/champion/scenario`, { token: M() })).status,
    ).toBe(404);
    const made = await api(env.host, 'POST', `/api/spaces/${spaceId}/winloss/themes/price/scenario`, { token: M() });
    expect(made.status).toBe(201);
    const theme = made.json as ThemeScenarioResponse;
    // The theme's own reason first, then what else those customers said, as written.
    expect(theme.objections[0]).toBe('Price was fine after the discount.');
    expect([...theme.objections].sort()).toEqual([
      'Nobody could tell us who would run the migration.',
      'Price was fine after the discount.',
      'We could not see how you would get us live by March.',
    ]);
    const scenario = (
      await api(env.host, 'GET', `/api/spaces/${spaceId}/scenarios/${theme.scenarioId}`, { token: M() })
    ).json as ScenarioResponse;
    expect(scenario.objections).toEqual(theme.objections);
    expect(scenario.source).toMatchObject({ kind: 'lossTheme', reason: 'price', reasonLabel: 'Price' });
    expect(scenario.source.kind === 'lossTheme' && scenario.source.reviews.map((r) => r.reviewId).sort()).toEqual(
      [...theme.reviewIds].sort(),
    );
    expect(theme.reviewIds).toContain(a.boardId);
    const library = (await api(env.host, 'GET', `/api/spaces/${spaceId}/scenarios`, { token: tokens['u-alex'] }))
      .json as ScenarioListResponse;
    expect(library.items.map((s) => s.id)).toContain(theme.scenarioId);
  });

  test('value-proposition notes: a theme adds a point; concurrent edits get 412', async () => {
    const spaceId = await buildTeam();
    await reviewedDeal(env.host, M(), spaceId, {}, buildCustomerBody());
    await reviewedDeal(env.host, M(), spaceId, {}, buildCustomerBody());
    const empty = (await api(env.host, 'GET', `/api/spaces/${spaceId}/value-prop`, { token: tokens['u-isaiah'] }))
      .json as ValuePropResponse;
    expect(empty.points).toEqual([]);
    const added = await api(env.host, 'POST', `/api/spaces/${spaceId}/winloss/themes/price/value-prop`, {
      token: tokens['u-lynne'],
      body: {},
    });
    expect(added.status).toBe(201);
    const notes = added.json as ValuePropResponse;
    expect(notes.points).toEqual(['Answer "Price" before the customer raises it: 2 lost deals cited it.']);
    const stale = await api(env.host, 'PUT', `/api/spaces/${spaceId}/value-prop`, {
      token: tokens['u-alex'],
      body: { points: ['Lead with the migration plan.'] },
      headers: { 'if-match': empty.etag },
    });
    expect(stale.status).toBe(412);
    const saved = await api(env.host, 'PUT', `/api/spaces/${spaceId}/value-prop`, {
      token: tokens['u-alex'],
      body: { points: [...notes.points, 'Lead with the migration plan.'] },
      headers: { 'if-match': notes.etag },
    });
    expect(saved.status).toBe(200);
    expect((saved.json as ValuePropResponse).updatedByName).toBe('Alex Wilber');
    const byContributor = await api(env.host, 'PUT', `/api/spaces/${spaceId}/value-prop`, {
      token: tokens['u-isaiah'],
      body: { points: [] },
      headers: { 'if-match': (saved.json as ValuePropResponse).etag },
    });
    expect(byContributor.status).toBe(403);
  });
});
