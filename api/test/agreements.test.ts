import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  nextDueDate,
  type AgreementResponse,
  type InboxResponse,
  type MyAgreementsResponse,
} from '../src/domain/index.js';
import { buildDraftBody, dayFromNow, PIPELINE_DUE, PRICING_DUE } from './agreement-samples.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, problemCode, startTestHost, tokensFor, type TestHost } from './helpers.js';

/** Two-way agreements through the API: drafting, signing, renegotiating, commitments, privacy. */
let env: TestHost;
type Who = 'u-megan' | 'u-alex' | 'u-lynne' | 'u-isaiah' | 'u-diego';
let tokens: Record<Who, string>;

beforeAll(async () => {
  env = await startTestHost({ SEED_DEMO: 'false' });
  tokens = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah', 'u-diego']);
});
afterAll(async () => {
  await env.close();
});

/** Megan's team: Alex and Lynne (reps), Isaiah (contributor), Diego (a second manager). */
async function team(): Promise<string> {
  const res = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
  const id = (res.json as { id: string }).id;
  for (const [userId, name, role] of [
    ['u-alex', 'Alex Wilber', 'rep'],
    ['u-lynne', 'Lynne Robbins', 'rep'],
    ['u-isaiah', 'Isaiah Langer', 'contributor'],
    ['u-diego', 'Diego Siciliani', 'manager'],
  ] as const) {
    const invited = await api(env.host, 'POST', `/api/spaces/${id}/members`, {
      token: tokens['u-megan'],
      body: buildInviteBody({ userId, name, role }),
    });
    expect(invited.status).toBe(201);
  }
  return id;
}

const base = (spaceId: string) => `/api/spaces/${spaceId}/agreements`;
const call = (method: string, path: string, who: Who, body?: unknown, headers: Record<string, string> = {}) =>
  api(env.host, method, path, { token: tokens[who], body, headers });

async function opened(spaceId: string, who: Who = 'u-megan', withId = 'u-alex'): Promise<AgreementResponse> {
  const res = await call('POST', base(spaceId), who, { withId });
  expect([200, 201]).toContain(res.status);
  return res.json as AgreementResponse;
}

async function propose(spaceId: string, a: AgreementResponse, who: Who, body = buildDraftBody()) {
  return call('PUT', `${base(spaceId)}/${a.id}/draft`, who, body, { 'if-match': a.etag });
}

const newest = (a: AgreementResponse) => a.versions[a.versions.length - 1]!;
const sign = (spaceId: string, a: AgreementResponse, who: Who) =>
  call('POST', `${base(spaceId)}/${a.id}/signatures`, who, {
    version: newest(a).version,
    revision: newest(a).revision,
  });

describe('one agreement per manager and rep', () => {
  test('opened by either party, it is the same agreement', async () => {
    const spaceId = await team();
    const first = await call('POST', base(spaceId), 'u-megan', { withId: 'u-alex' });
    expect(first.status).toBe(201);
    const again = await call('POST', base(spaceId), 'u-alex', { withId: 'u-megan' });
    expect(again.status).toBe(200);
    expect((again.json as AgreementResponse).id).toBe((first.json as AgreementResponse).id);
    expect(again.json).toMatchObject({ managerName: 'Megan Bowen', repName: 'Alex Wilber', viewer: 'rep' });
  });

  test('only between a manager and a rep of the team', async () => {
    const spaceId = await team();
    for (const [who, withId] of [
      ['u-alex', 'u-lynne'],
      ['u-megan', 'u-megan'],
      ['u-megan', 'u-nobody'],
      ['u-megan', 'u-isaiah'],
    ] as const) {
      const res = await call('POST', base(spaceId), who, { withId });
      expect(res.status).toBe(400);
      expect(problemCode(res)).toBe('validation_failed');
    }
  });
});

describe('drafting, signing and renegotiating', () => {
  test('both propose, each item shows who proposed it; both sign and the version is frozen', async () => {
    const spaceId = await team();
    let a = await opened(spaceId);
    let res = await propose(spaceId, a, 'u-megan', buildDraftBody({ repExpects: [] }));
    expect(res.status).toBe(200);
    a = res.json as AgreementResponse;
    res = await propose(spaceId, a, 'u-alex');
    a = res.json as AgreementResponse;
    expect(newest(a).managerExpects.map((i) => i.proposedByName)).toEqual(['Megan Bowen']);
    expect(newest(a).repExpects.map((i) => i.proposedByName)).toEqual(['Alex Wilber']);
    expect(a.awaiting).toEqual(['u-megan', 'u-alex']);

    expect((await sign(spaceId, a, 'u-megan')).status).toBe(201);
    const done = await sign(spaceId, a, 'u-alex');
    expect(done.status).toBe(201);
    a = done.json as AgreementResponse;
    expect(a.inForce).toBe(1);
    expect(a.awaiting).toEqual([]);
    expect(
      newest(a)
        .signatures.map((s) => s.name)
        .sort(),
    ).toEqual(['Alex Wilber', 'Megan Bowen']);
    // Dated items became commitments, each kept by the side it is expected of.
    expect(a.commitments.map((c) => [c.actionId, c.owner, c.cadence])).toEqual([
      ['pipeline', 'rep', 'weekly'],
      ['pricing', 'manager', null],
    ]);

    // A change now is a renegotiation: version 2, version 1 stays readable and in force until signed.
    const changed = buildDraftBody({
      repExpects: [{ itemId: 'pricing', text: 'Answer pricing within 4 hours', dueDate: PRICING_DUE }],
    });
    res = await propose(spaceId, a, 'u-alex', changed);
    a = res.json as AgreementResponse;
    expect(a.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(a.versions[0]!.repExpects[0]!.text).toBe('Answer pricing approvals within a day');
    expect(a.inForce).toBe(1);
    expect(a.awaiting).toEqual(['u-megan', 'u-alex']);
    await sign(spaceId, a, 'u-alex');
    a = (await sign(spaceId, a, 'u-megan')).json as AgreementResponse;
    expect(a.inForce).toBe(2);
    expect(a.commitments.find((c) => c.actionId === 'pricing')?.text).toBe('Answer pricing within 4 hours');
  });

  test('a signature on a text that changed meanwhile is 412 and carries the new text', async () => {
    const spaceId = await team();
    const a = (await propose(spaceId, await opened(spaceId), 'u-megan')).json as AgreementResponse;
    const edited = buildDraftBody({ managerExpects: [{ itemId: 'pipeline', text: 'Update the board on Fridays' }] });
    expect((await propose(spaceId, a, 'u-alex', edited)).status).toBe(200);
    const stale = await sign(spaceId, a, 'u-megan');
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    const body = stale.json as { code: string; current: AgreementResponse };
    expect(body.code).toBe('precondition_failed');
    expect(newest(body.current).managerExpects[0]!.text).toBe('Update the board on Fridays');
    expect(newest(body.current).signatures).toEqual([]);
    // A draft change after a signature voids it: the text signed is no longer the text.
    const signed = (await sign(spaceId, body.current, 'u-megan')).json as AgreementResponse;
    expect(signed.awaiting).toEqual(['u-alex']);
    const redrafted = (await propose(spaceId, signed, 'u-alex', buildDraftBody())).json as AgreementResponse;
    expect(redrafted.awaiting).toEqual(['u-megan', 'u-alex']);
    // A stale etag on a proposal is 412; none is 428.
    expect((await propose(spaceId, signed, 'u-megan')).status).toBe(412);
    expect((await call('PUT', `${base(spaceId)}/${a.id}/draft`, 'u-megan', buildDraftBody())).status).toBe(428);
  });

  test('an empty text cannot be signed; another manager reads but does not sign or propose', async () => {
    const spaceId = await team();
    const a = await opened(spaceId);
    expect((await sign(spaceId, a, 'u-megan')).status).toBe(409);
    const drafted = (await propose(spaceId, a, 'u-megan')).json as AgreementResponse;
    const asDiego = await call('GET', `${base(spaceId)}/${a.id}`, 'u-diego');
    expect(asDiego.status).toBe(200);
    expect(asDiego.json).toMatchObject({ viewer: 'observer' });
    expect((await sign(spaceId, drafted, 'u-diego')).status).toBe(403);
    expect((await propose(spaceId, drafted, 'u-diego')).status).toBe(403);
  });

  test('the other party is told when a version waits for their signature', async () => {
    const spaceId = await team();
    const a = (await propose(spaceId, await opened(spaceId), 'u-megan')).json as AgreementResponse;
    await sign(spaceId, a, 'u-megan');
    const inbox = (await call('GET', '/api/me/inbox', 'u-alex')).json as InboxResponse;
    const notices = inbox.items.filter((n) => n.kind === 'agreementToSign' && n.spaceId === spaceId);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.target).toEqual({ page: 'personal', section: 'agreements', itemId: a.id });
  });
});

describe('commitments', () => {
  async function signed(spaceId: string): Promise<AgreementResponse> {
    const a = (await propose(spaceId, await opened(spaceId), 'u-megan')).json as AgreementResponse;
    await sign(spaceId, a, 'u-megan');
    return (await sign(spaceId, a, 'u-alex')).json as AgreementResponse;
  }
  const mark = (spaceId: string, a: AgreementResponse, itemId: string, who: Who, body: unknown) =>
    call('POST', `${base(spaceId)}/${a.id}/commitments/${itemId}/outcomes`, who, body);

  test('overdue stays visible until kept, missed or renegotiated; rates count both ways', async () => {
    const spaceId = await team();
    const a = await signed(spaceId);
    const weekly = a.commitments.find((c) => c.actionId === 'pipeline')!;
    expect(weekly.due).toBe('overdue');
    let res = await mark(spaceId, a, 'pipeline', 'u-alex', {
      dueDate: PIPELINE_DUE,
      outcome: 'done',
      reason: 'Sunday',
    });
    expect(res.status).toBe(201);
    let now = res.json as AgreementResponse;
    expect(now.commitments.find((c) => c.actionId === 'pipeline')?.dueDate).toBe(nextDueDate(PIPELINE_DUE, 'weekly'));
    // The same occurrence twice is refused: counted once.
    res = await mark(spaceId, a, 'pipeline', 'u-megan', { dueDate: PIPELINE_DUE, outcome: 'notDone' });
    expect(res.status).toBe(409);
    res = await mark(spaceId, a, 'pricing', 'u-megan', { dueDate: PRICING_DUE, outcome: 'notDone', reason: 'Away' });
    now = res.json as AgreementResponse;
    expect(now.rates.rep).toMatchObject({ kept: 1, missed: 0, rate: 1 });
    expect(now.rates.manager).toMatchObject({ kept: 0, missed: 1, rate: 0 });
    const pricing = now.commitments.find((c) => c.actionId === 'pricing')!;
    expect(pricing.due).toBeNull();
    expect(pricing.review).toMatchObject({ outcome: 'notDone', reason: 'Away', reviewedByName: 'Megan Bowen' });
  });

  test('a renegotiation needs a new date and keeps the commitment open with its new terms', async () => {
    const spaceId = await team();
    const a = await signed(spaceId);
    expect((await mark(spaceId, a, 'pricing', 'u-alex', { dueDate: PRICING_DUE, outcome: 'changed' })).status).toBe(
      400,
    );
    const res = await mark(spaceId, a, 'pricing', 'u-alex', {
      dueDate: PRICING_DUE,
      outcome: 'changed',
      reason: 'Deal desk moved',
      newDueDate: dayFromNow(11),
      newText: 'Answer pricing approvals within two days',
    });
    expect(res.status).toBe(201);
    const c = (res.json as AgreementResponse).commitments.find((x) => x.actionId === 'pricing')!;
    expect(c).toMatchObject({
      dueDate: dayFromNow(11),
      text: 'Answer pricing approvals within two days',
      review: null,
    });
    expect((await mark(spaceId, a, 'nope', 'u-alex', { dueDate: PRICING_DUE, outcome: 'done' })).status).toBe(404);
  });

  test('my agreements: mine with rates; for managers, what awaits a signature and what is overdue', async () => {
    const spaceId = await team();
    await signed(spaceId);
    const lynne = (await propose(spaceId, await opened(spaceId, 'u-megan', 'u-lynne'), 'u-megan'))
      .json as AgreementResponse;
    const megan = (await call('GET', '/api/me/agreements', 'u-megan')).json as MyAgreementsResponse;
    const space = megan.spaces.find((s) => s.spaceId === spaceId)!;
    expect(space.agreements.map((x) => x.repName)).toEqual(['Alex Wilber', 'Lynne Robbins']);
    expect(space.awaitingSignature.map((x) => x.agreementId)).toEqual([lynne.id]);
    expect(space.overdue.every((c) => c.due === 'overdue')).toBe(true);
    const alex = (await call('GET', '/api/me/agreements', 'u-alex')).json as MyAgreementsResponse;
    const alexSpace = alex.spaces.find((s) => s.spaceId === spaceId)!;
    expect(alexSpace.agreements.map((x) => x.managerName)).toEqual(['Megan Bowen']);
    expect(alexSpace.overdue).toEqual([]);
    expect(JSON.stringify(alexSpace)).not.toContain('Lynne');
    // Megan read it: Alex is told his overdue commitment is due, once however often she reads.
    await call('GET', '/api/me/agreements', 'u-megan');
    const due = ((await call('GET', '/api/me/inbox', 'u-alex')).json as InboxResponse).items.filter(
      (n) => n.spaceId === spaceId && n.kind === 'commitmentDue',
    );
    expect(due.map((n) => n.title)).toEqual([`Due ${PIPELINE_DUE}: Update the pipeline board before Monday`]);
  });
});

describe('privacy', () => {
  test('a peer or contributor gets a 404 that names nothing; the list shows them nothing', async () => {
    const spaceId = await team();
    const a = (await propose(spaceId, await opened(spaceId), 'u-megan')).json as AgreementResponse;
    const missing = await call('GET', `${base(spaceId)}/agr-00000000000000000000000000000000`, 'u-lynne');
    for (const who of ['u-lynne', 'u-isaiah'] as const) {
      const res = await call('GET', `${base(spaceId)}/${a.id}`, who);
      expect(res.status).toBe(404);
      expect(res.text).toBe(missing.text);
      for (const word of ['Alex', 'Megan', 'u-alex', 'u-megan', 'pipeline', a.id]) expect(res.text).not.toContain(word);
      const writes = [
        await propose(spaceId, a, who),
        await sign(spaceId, a, who),
        await call('POST', `${base(spaceId)}/${a.id}/commitments/pipeline/outcomes`, who, {
          dueDate: PIPELINE_DUE,
          outcome: 'done',
        }),
      ];
      expect(writes.map((w) => w.status)).toEqual([404, 404, 404]);
      const list = await call('GET', base(spaceId), who);
      expect(list.json).toEqual({ items: [] });
    }
  });
});
