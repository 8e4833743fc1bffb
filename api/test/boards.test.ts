import { describe, expect, it } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import {
  type AgendaResponse,
  BOARD_LIMITS,
  type BoardCardConflictResponse,
  type BoardCardHistoryResponse,
  type BoardCardWriteResponse,
  type BoardListResponse,
  type BoardResponse,
} from '../src/domain/index.js';
import { buildBoardBody, buildStakeholderBody } from './board-samples.js';
import {
  ok,
  demo,
  t,
  demoClient,
  useBoardsHost,
  call,
  buildBoard,
  addCard,
  patchCard,
  openBoard,
  fiftyEditsOfFiftyCards,
  fiftyEditsMergedOnConflict,
} from './boards-fixture.js';
import { problemCode } from './helpers.js';

useBoardsHost();

describe('the demo boards and the space-level alignment list', () => {
  it('lists every board with its warnings, misaligned ones first, from the summaries alone', async () => {
    const res = await call('u-megan', 'GET', demo);
    const list = await ok<BoardListResponse>(res);
    // One read for the space (authorization), one for the stage definitions, one query over summaries.
    expect(res.headers['x-store-ops']).toBe('3');
    const byName = (prefix: string) => list.items.find((b) => b.name.startsWith(prefix));
    expect(list.items.map((b) => b.aligned).indexOf(true)).toBeGreaterThan(0);
    expect(byName('Fabrikam')).toMatchObject({ ownerId: 'u-lynne', ownerName: 'Lynne Robbins', aligned: false });
    expect(byName('Fabrikam')?.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['salesAheadOfBuyer', 'enteredWithoutCriteria', 'opposedStakeholder', 'overdueActions']),
    );
    expect(byName('Adatum')?.warnings.filter((w) => w.code === 'enteredWithoutCriteria')).toHaveLength(2);
    expect(byName('Contoso')).toMatchObject({ aligned: true, warnings: [] });
    expect(byName('Litware')).toMatchObject({
      aligned: true,
      warnings: [expect.objectContaining({ code: 'noNextMeeting' })],
    });
    for (const board of list.items) for (const w of board.warnings) expect(w.next).not.toBe('');

    const alexOnly = await ok<BoardListResponse>(call('u-isaiah', 'GET', `${demo}?ownerId=u-alex`));
    expect(alexOnly.items.map((b) => b.ownerId)).toEqual(['u-alex', 'u-alex']);
  });

  it('opens a board with one query and answers an unchanged board with 304', async () => {
    const list = await ok<BoardListResponse>(call('u-megan', 'GET', demo));
    const fabrikam = list.items.find((b) => b.name.startsWith('Fabrikam'));
    const res = await call('u-isaiah', 'GET', `${demo}/${fabrikam?.id}`);
    const board = await ok<BoardResponse>(res);
    // One read for the space (authorization), one of the board's summary (whether it is archived; the etag
    // covers it) and one single-partition query for every card of the board: the same whatever its history.
    expect(res.headers['x-store-ops']).toBe('3');
    expect(res.headers.etag).toBe(board.etag);
    expect(board.canEdit).toBe(false);
    expect(board.account.content).toMatchObject({ salesStage: 'propose', buyerStage: 'discover', ownerId: 'u-lynne' });
    expect(board.sections.stakeholders.map((s) => s.content)).toContainEqual(
      expect.objectContaining({ name: 'Nadia Ruiz', role: 'economicBuyer' }),
    );
    expect(board.sections.actions).toHaveLength(2);
    expect(board.alignment.criteria.find((c) => c.criterionId === 'economic-buyer-met')).toMatchObject({
      evidenced: false,
      required: true,
    });
    expect(board.relationshipMap.points.find((p) => p.name === 'Tom Becker')).toMatchObject({ quadrant: 'keyRisk' });
    expect(board.stages.map((s) => s.id)).toEqual(['qualify', 'discover', 'propose', 'negotiate', 'close']);

    const again = await call('u-isaiah', 'GET', `${demo}/${fabrikam?.id}`, undefined, { 'if-none-match': board.etag });
    expect(again.status).toBe(304);
  });

  it('links the Fabrikam board from the next meeting’s strategy item, so the stage can show it', async () => {
    const meetings = await ok<{ items: { id: string; status: string }[] }>(
      call('u-megan', 'GET', `/api/spaces/${DEMO_SPACE_ID}/meetings`),
    );
    const draft = meetings.items.find((m) => m.status === 'draft');
    const agenda = await ok<AgendaResponse>(
      call('u-megan', 'GET', `/api/spaces/${DEMO_SPACE_ID}/meetings/${draft?.id}`),
    );
    const link = agenda.items.find((i) => i.kind === 'accountStrategy')?.link;
    expect(link?.kind).toBe('board');
    const board = await openBoard(link?.id ?? '');
    expect(board.account.content).toMatchObject({ name: 'Fabrikam — regional rollout' });
  });
});

describe('creating boards', () => {
  it('lets reps open boards for their own accounts and managers for any rep', async () => {
    const own = await buildBoard('u-alex', { name: 'Tailspin Toys' });
    expect(own.account.content).toMatchObject({ ownerId: 'u-alex', salesStage: 'discover' });
    expect(own.canEdit).toBe(true);
    const forDiego = await buildBoard('u-megan', { name: 'Woodgrove Bank', ownerId: 'u-diego' });
    expect(forDiego.account.content).toMatchObject({ ownerId: 'u-diego' });

    const forOther = await call('u-alex', 'POST', demo, buildBoardBody({ ownerId: 'u-lynne' }));
    expect(forOther.status).toBe(403);
    expect((await call('u-isaiah', 'POST', demo, buildBoardBody())).status).toBe(403);
    const contributorOwner = await call('u-megan', 'POST', demo, buildBoardBody({ ownerId: 'u-isaiah' }));
    expect(contributorOwner.status).toBe(400);
    expect(contributorOwner.json).toMatchObject({ issues: [{ field: 'body.ownerId' }] });
  });

  it.each([
    ['an unknown stage', { salesStage: 'pilot' }, 'body.salesStage', 400],
    ['a date in the year 10000', { nextMeetingDate: '10000-01-01' }, 'body.nextMeetingDate', 400],
    ['a date after 2100', { nextMeetingDate: '2101-01-01' }, 'body.nextMeetingDate', 400],
    ['a negative value', { value: -5 }, 'body.value', 400],
    ['an unknown field', { probability: 0.9 }, 'body', 400],
    ['1 MB of notes', { notes: 'x'.repeat(1024 * 1024) }, undefined, 413],
  ])('refuses %s with a clear problem and writes nothing', async (_label, overrides, field, status) => {
    const writes = t.writes.length;
    const res = await call('u-megan', 'POST', demo, { ...buildBoardBody(), ...overrides });
    expect(res.status).toBe(status);
    expect(problemCode(res)).toBe(status === 413 ? 'payload_too_large' : 'validation_failed');
    if (field) {
      expect((res.json as { issues: { field: string }[] }).issues[0]?.field).toBe(field);
      expect((res.json as { detail: string }).detail).toContain(field);
    }
    expect(t.writes.length).toBe(writes);
  });
});

describe('editing cards', () => {
  it('lets the owner and managers edit, other reps and contributors only read', async () => {
    const board = await buildBoard('u-lynne');
    const card = await addCard(board.id, buildStakeholderBody());
    const byLynne = await ok<BoardCardWriteResponse>(patchCard('u-lynne', card, { lastContact: '2026-11-20' }));
    expect(byLynne.card).toMatchObject({ revision: 2, updatedBy: 'u-lynne', updatedByName: 'Lynne Robbins' });
    // Meeting the economic buyer evidences the Discover criterion without anyone typing it.
    expect(byLynne.alignment.criteria.find((c) => c.criterionId === 'economic-buyer-met')).toMatchObject({
      evidenced: true,
      source: 'signal',
    });

    const etag = byLynne.card?.etag ?? '';
    expect((await patchCard('u-alex', card, { stance: 'opposed' }, etag)).status).toBe(403);
    expect((await patchCard('u-isaiah', card, { stance: 'opposed' }, etag)).status).toBe(403);
    expect((await call('u-alex', 'POST', `${demo}/${board.id}/cards`, buildStakeholderBody())).status).toBe(403);
    expect((await openBoard(board.id, 'u-alex')).canEdit).toBe(false);
    const byMegan = await ok<BoardCardWriteResponse>(patchCard('u-megan', card, { stance: 'supportive' }, etag));
    expect(byMegan.card?.content).toMatchObject({
      stance: 'supportive',
      lastContact: '2026-11-20',
      name: 'Nadia Ruiz',
    });
  });

  it('lets only a manager hand an account to another rep', async () => {
    const board = await buildBoard('u-lynne');
    const byLynne = await patchCard('u-lynne', board.account, { ownerId: 'u-alex' });
    expect(byLynne.status).toBe(403);
    const byMegan = await ok<BoardCardWriteResponse>(patchCard('u-megan', board.account, { ownerId: 'u-alex' }));
    expect(byMegan.card?.content).toMatchObject({ ownerId: 'u-alex' });
    // Now Alex's board: Lynne may no longer edit it.
    const next = await addCard(board.id, { kind: 'goal', goal: 'Shorter month-end close' }, 'u-alex');
    expect(next.kind).toBe('goal');
    expect((await call('u-lynne', 'POST', `${demo}/${board.id}/cards`, buildStakeholderBody())).status).toBe(403);
  });

  it('rejects a change that names an unknown stage, criterion or person, naming the field', async () => {
    const board = await buildBoard('u-lynne');
    const unknownStage = await patchCard('u-lynne', board.account, { buyerStage: 'shopping' });
    expect(unknownStage.status).toBe(400);
    expect((unknownStage.json as { detail: string }).detail).toContain('qualify, discover, propose, negotiate, close');
    const unknownCriterion = await call('u-lynne', 'POST', `${demo}/${board.id}/cards`, {
      kind: 'evidence',
      criterionId: 'buyer-smiled',
      note: 'They liked us',
      date: '2026-11-01',
    });
    expect(unknownCriterion.json).toMatchObject({ code: 'validation_failed', issues: [{ field: 'body.criterionId' }] });
    const stranger = await call('u-lynne', 'POST', `${demo}/${board.id}/cards`, {
      kind: 'action',
      action: 'Call Fiona',
      ownerId: 'u-fiona',
    });
    expect(stranger.json).toMatchObject({ issues: [{ field: 'body.ownerId' }] });
    const wrongKind = await call(
      'u-lynne',
      'PATCH',
      `${demo}/${board.id}/cards/account`,
      { kind: 'risk', risk: 'x' },
      {
        'if-match': board.account.etag,
      },
    );
    expect(wrongKind.json).toMatchObject({ issues: [{ field: 'body.kind' }] });
    expect(
      (await call('u-lynne', 'PATCH', `${demo}/${board.id}/cards/account`, { kind: 'account', value: 1 })).status,
    ).toBe(428);
  });

  it('caps a section: the 41st stakeholder is refused with a message that says so', async () => {
    const board = await buildBoard('u-lynne');
    const max = BOARD_LIMITS.cardsPerSection.stakeholder;
    for (let i = 0; i < max; i++) await addCard(board.id, buildStakeholderBody({ name: `Person ${i}`, role: 'user' }));
    const res = await call('u-lynne', 'POST', `${demo}/${board.id}/cards`, buildStakeholderBody({ name: 'One more' }));
    expect(res.status).toBe(400);
    expect((res.json as { detail: string }).detail).toBe(
      `A board can have at most ${max} stakeholders. Remove or merge one before adding another.`,
    );
    expect((await openBoard(board.id)).sections.stakeholders).toHaveLength(max);
  });
});

describe('editing together', () => {
  it('never makes people editing different cards conflict', async () => {
    const board = await buildBoard('u-lynne');
    const a = await addCard(board.id, buildStakeholderBody({ name: 'Nadia Ruiz' }));
    const b = await addCard(board.id, { kind: 'risk', risk: 'Budget freeze in Q1' });
    const [one, two, three] = await Promise.all([
      patchCard('u-lynne', a, { stance: 'supportive' }),
      patchCard('u-megan', b, { likelihood: 'high' }),
      patchCard('u-megan', board.account, { nextMeetingDate: '2026-12-09' }),
    ]);
    expect([one.status, two.status, three.status]).toEqual([200, 200, 200]);
    const after = await openBoard(board.id);
    expect(after.sections.stakeholders[0]?.content).toMatchObject({ stance: 'supportive' });
    expect(after.sections.risks[0]?.content).toMatchObject({ likelihood: 'high' });
    expect(after.account.content).toMatchObject({ nextMeetingDate: '2026-12-09' });
  });

  it('gives the second save of the same card a 412 with the server’s version, and loses nothing', async () => {
    const board = await buildBoard('u-lynne');
    const card = await addCard(board.id, { kind: 'risk', risk: 'Budget freeze in Q1' });
    const [first, second] = await Promise.all([
      patchCard('u-lynne', card, { mitigation: 'Phase the rollout' }),
      patchCard('u-megan', card, { mitigation: 'Offer quarterly billing' }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 412]);
    const [won, lost] = first.status === 200 ? [first, second] : [second, first];
    const conflict = lost.json as BoardCardConflictResponse;
    expect(problemCode(lost)).toBe('precondition_failed');
    expect(conflict.detail).toContain('merge or overwrite');
    expect(conflict.current).toEqual((won.json as BoardCardWriteResponse).card);
    expect(lost.headers.etag).toBe(conflict.current?.etag);

    // The loser overwrites knowingly, with the etag of the version they were shown.
    const overwrite = await ok<BoardCardWriteResponse>(
      patchCard('u-megan', card, { mitigation: 'Phase the rollout; offer quarterly billing' }, conflict.current?.etag),
    );
    expect(overwrite.card?.revision).toBe(3);
    const history = await ok<BoardCardHistoryResponse>(
      call('u-isaiah', 'GET', `${demo}/${board.id}/cards/${card.id}/history`),
    );
    const winner = (won.json as BoardCardWriteResponse).card?.content as { mitigation: string };
    expect(history.items.map((v) => v.content.mitigation)).toEqual([
      'Phase the rollout; offer quarterly billing',
      winner.mitigation,
      '',
    ]);
  });

  it('keeps every acknowledged edit of 50 concurrent edits from 10 clients, across 50 cards', async () => {
    await fiftyEditsOfFiftyCards(demoClient);
  });

  it('keeps every acknowledged edit when 10 clients make 50 edits to the same 10 cards and merge on 412', async () => {
    expect(await fiftyEditsMergedOnConflict(demoClient)).toBeGreaterThan(0);
  });
});
