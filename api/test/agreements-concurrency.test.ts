import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nextDueDate, type AgreementResponse } from '../src/domain/index.js';
import { buildDraftBody, PIPELINE_DUE, PRICING_DUE } from './agreement-samples.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';

/**
 * What must hold when agreement requests arrive at once, on SQLite and on the Cosmos adapter (where
 * handlers really interleave): one agreement per pair, one version signed by both, every mark kept.
 */
describe.for(STORE_BACKENDS)('concurrent agreement requests (%s store)', (backend) => {
  let env: TestHost;
  let tokens: Record<'u-megan' | 'u-alex', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tokens = await tokensFor(env.host, ['u-megan', 'u-alex']);
  });
  afterAll(async () => {
    await env.close();
  });

  async function team(): Promise<string> {
    const res = await api(env.host, 'POST', '/api/spaces', { token: tokens['u-megan'], body: buildSpaceBody() });
    const id = (res.json as { id: string }).id;
    await api(env.host, 'POST', `/api/spaces/${id}/members`, {
      token: tokens['u-megan'],
      body: buildInviteBody({ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }),
    });
    return id;
  }
  const base = (spaceId: string) => `/api/spaces/${spaceId}/agreements`;

  test('both parties opening their agreement at once get one agreement', async () => {
    const spaceId = await team();
    const answers = await Promise.all([
      ...Array.from({ length: 3 }, () =>
        api(env.host, 'POST', base(spaceId), { token: tokens['u-megan'], body: { withId: 'u-alex' } }),
      ),
      ...Array.from({ length: 3 }, () =>
        api(env.host, 'POST', base(spaceId), { token: tokens['u-alex'], body: { withId: 'u-megan' } }),
      ),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => (a.json as AgreementResponse).id)).size).toBe(1);
    const list = await api(env.host, 'GET', base(spaceId), { token: tokens['u-megan'] });
    expect((list.json as { items: unknown[] }).items).toHaveLength(1);
  });

  async function drafted(spaceId: string): Promise<AgreementResponse> {
    const opened = await api(env.host, 'POST', base(spaceId), { token: tokens['u-megan'], body: { withId: 'u-alex' } });
    const a = opened.json as AgreementResponse;
    const res = await api(env.host, 'PUT', `${base(spaceId)}/${a.id}/draft`, {
      token: tokens['u-megan'],
      body: buildDraftBody(),
      headers: { 'if-match': a.etag },
    });
    expect(res.status).toBe(200);
    return res.json as AgreementResponse;
  }

  test('both signing the same version at the same moment end with one version signed by both', async () => {
    const spaceId = await team();
    const a = await drafted(spaceId);
    const sign = (who: 'u-megan' | 'u-alex') =>
      api(env.host, 'POST', `${base(spaceId)}/${a.id}/signatures`, {
        token: tokens[who],
        body: { version: 1, revision: 1 },
      });
    const answers = await Promise.all([sign('u-megan'), sign('u-alex')]);
    expect(answers.map((x) => x.status)).toEqual([201, 201]);
    const now = (await api(env.host, 'GET', `${base(spaceId)}/${a.id}`, { token: tokens['u-alex'] }))
      .json as AgreementResponse;
    expect(now.versions).toHaveLength(1);
    expect(now.versions[0]!.signatures.map((s) => s.userId).sort()).toEqual(['u-alex', 'u-megan']);
    expect(now.inForce).toBe(1);
    expect(now.commitments.map((c) => c.actionId)).toEqual(['pipeline', 'pricing']);
  });

  test('a signature racing a change of the text: either it signed the old text, or it is told of the new', async () => {
    const spaceId = await team();
    const a = await drafted(spaceId);
    const [signed, changed] = await Promise.all([
      api(env.host, 'POST', `${base(spaceId)}/${a.id}/signatures`, {
        token: tokens['u-alex'],
        body: { version: 1, revision: 1 },
      }),
      api(env.host, 'PUT', `${base(spaceId)}/${a.id}/draft`, {
        token: tokens['u-megan'],
        body: buildDraftBody({ repExpects: [] }),
        headers: { 'if-match': a.etag },
      }),
    ]);
    const now = (await api(env.host, 'GET', `${base(spaceId)}/${a.id}`, { token: tokens['u-alex'] }))
      .json as AgreementResponse;
    if (changed.status === 200) {
      // The change won: the text is revision 2 and no signature of revision 1 survives on it.
      expect(now.versions[0]!.revision).toBe(2);
      expect(now.versions[0]!.signatures).toEqual([]);
      expect([201, 412]).toContain(signed.status);
    } else {
      // The signature won: the change was refused (its etag is stale) and the signature stands.
      expect(changed.status).toBe(412);
      expect(signed.status).toBe(201);
      expect(now.versions[0]!.signatures.map((s) => s.userId)).toEqual(['u-alex']);
    }
  });

  test('marks of both commitments at once are both kept; the same occurrence twice counts once', async () => {
    const spaceId = await team();
    const a = await drafted(spaceId);
    for (const who of ['u-megan', 'u-alex'] as const) {
      await api(env.host, 'POST', `${base(spaceId)}/${a.id}/signatures`, {
        token: tokens[who],
        body: { version: 1, revision: 1 },
      });
    }
    const mark = (itemId: string, dueDate: string, who: 'u-megan' | 'u-alex', outcome = 'done') =>
      api(env.host, 'POST', `${base(spaceId)}/${a.id}/commitments/${itemId}/outcomes`, {
        token: tokens[who],
        body: { dueDate, outcome },
      });
    const both = await Promise.all([mark('pipeline', PIPELINE_DUE, 'u-alex'), mark('pricing', PRICING_DUE, 'u-megan')]);
    expect(both.map((x) => x.status)).toEqual([201, 201]);
    const next = nextDueDate(PIPELINE_DUE, 'weekly');
    const same = await Promise.all([
      mark('pipeline', next, 'u-alex', 'done'),
      mark('pipeline', next, 'u-megan', 'notDone'),
    ]);
    expect(same.map((x) => x.status).sort()).toEqual([201, 409]);
    const now = (await api(env.host, 'GET', `${base(spaceId)}/${a.id}`, { token: tokens['u-alex'] }))
      .json as AgreementResponse;
    expect(now.rates.rep.kept + now.rates.rep.missed).toBe(2);
    expect(now.rates.manager).toMatchObject({ kept: 1, missed: 0 });
  });
});
