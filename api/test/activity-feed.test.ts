import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { DEV_CLIENT_ID } from '../src/config.js';
import { DEMO_SPACE_ID, DEMO_USERS } from '../src/devhost/demo.js';
import type { InboxResponse, RoleplayResponse, RoleplayStateResponse } from '../src/domain/index.js';
import { activityBody, retryAfterSeconds } from '../src/notify/graph.js';
import { perTenantLimiter } from '../src/notify/limiter.js';
import type { Notice } from '../src/notify/port.js';
import { buildClaims, signToken } from './factories.js';
import { startGraphFake, type GraphFake } from './graph-fake.js';
import { api, devSigningKey, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildRoleplayBody } from './roleplay-samples.js';

const TEAMS_APP_ID = '2f1d7a3c-5b6e-4c8d-9e0f-1a2b3c4d5e6f';
const SECRET = 'fake-client-secret-value';
const space = `/api/spaces/${DEMO_SPACE_ID}`;
type User = 'u-megan' | 'u-alex' | 'u-lynne' | 'u-isaiah';

/** Everything a log line must never hold: names, titles and ids of people, and the tokens. */
function personalData(extra: string[] = []): string[] {
  return [...DEMO_USERS.flatMap((u) => [u.userId, u.name, u.title]), ...extra];
}

describe('the Teams activity feed adapter against a local Graph', () => {
  let fake: GraphFake;
  let env: TestHost;
  let tok: Record<User, string>;
  let meetingId: string;
  let warn: MockInstance<(...args: unknown[]) => void>;
  const logs = (): string[] => warn.mock.calls.map((call: unknown[]) => call.map(String).join(' '));

  beforeAll(async () => {
    fake = await startGraphFake({ clientId: DEV_CLIENT_ID, clientSecret: SECRET });
    env = await startTestHost({
      TEAMS_APP_ID,
      AAD_APP_CLIENT_SECRET: SECRET,
      GRAPH_ENDPOINT: fake.url,
      AUTHORITY_HOST: fake.url,
    });
    tok = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah']);
    const meetings = await api(env.host, 'GET', `${space}/meetings`, { token: tok['u-megan'] });
    meetingId = (meetings.json as { items: { id: string }[] }).items[0]!.id;
  });
  afterAll(async () => {
    await env.close();
    await fake.close();
  });
  beforeEach(async () => {
    // A new token for Megan each time: Graph tokens are cached per caller token, as consent was when issued.
    tok['u-megan'] = await freshToken();
    fake.requests.length = 0;
    fake.consent = 'granted';
    fake.installedFor = undefined;
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
  });

  /** Megan's token, unique (the dev sign-in mints the same token twice within a second). */
  const freshToken = async (): Promise<string> => {
    const { key, kid } = await devSigningKey(env.dataDir);
    return signToken(key, buildClaims({ jti: randomUUID() }), { kid });
  };
  const assign = (text: string, ownerId: User = 'u-alex', who: User = 'u-megan') =>
    api(env.host, 'POST', `${space}/meetings/${meetingId}/captures`, {
      token: tok[who],
      body: { kind: 'action', text, ownerId },
    });
  const inbox = async (who: User): Promise<InboxResponse> =>
    (await api(env.host, 'GET', '/api/me/inbox', { token: tok[who] })).json as InboxResponse;
  const notifications = () => fake.requests.filter((r) => r.path.endsWith('/sendActivityNotification'));

  it('sends one activity notification in the caller’s name, with a deep link that opens the action', async () => {
    const res = await assign('Send Contoso the pricing sheet');
    expect(res.status).toBe(201);
    const captureId = (res.json as { id: string }).id;

    const [token] = fake.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'));
    expect(token?.body).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: tok['u-megan'],
      client_id: DEV_CLIENT_ID,
      client_secret: SECRET,
      scope: 'https://graph.microsoft.com/TeamsActivity.Send',
    });
    const delivered = fake.delivered();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.recipientId).toBe('u-alex');
    expect(delivered[0]?.body).toMatchObject({
      activityType: 'actionAssigned',
      previewText: { content: 'Send Contoso the pricing sheet' },
      topic: { source: 'text' },
    });
    const webUrl = new URL((delivered[0]?.body.topic as { webUrl: string }).webUrl);
    expect(webUrl.origin + webUrl.pathname).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/my-coaching`);
    expect(JSON.parse(webUrl.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: `actions/${captureId}` });
    // Never the caller's or Graph's token in the answer.
    expect(res.text).not.toContain(tok['u-megan']);
    expect(res.text).not.toContain('graph-');

    const alex = await inbox('u-alex');
    expect(alex.items.find((i) => i.target.itemId === captureId)).toMatchObject({ kind: 'actionAssigned' });
  });

  it('does not notify the person who assigned the action to themself', async () => {
    expect((await assign('Update my forecast', 'u-megan')).status).toBe(201);
    expect(notifications()).toHaveLength(0);
  });

  it('waits as long as Retry-After says after a 429, then delivers', async () => {
    fake.script({ status: 429, retryAfter: '1' });
    const started = Date.now();
    expect((await assign('Book the QBR room')).status).toBe(201);
    const sent = notifications();
    expect(sent.map((r) => r.status)).toEqual([429, 204]);
    expect(sent[1]!.at - sent[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up on a Retry-After longer than the action may wait, and the action still succeeds', async () => {
    fake.script({ status: 429, retryAfter: '120' });
    const started = Date.now();
    const res = await assign('Call procurement back');
    expect(res.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(notifications().map((r) => r.status)).toEqual([429]);
    expect(logs().some((line) => line.includes('actionAssigned not sent (429 TooManyRequests)'))).toBe(true);
  });

  it('stops after three 429s', async () => {
    fake.script({ status: 429, retryAfter: '0' }, { status: 429, retryAfter: '0' }, { status: 429, retryAfter: '0' });
    expect((await assign('Draft the mutual plan')).status).toBe(201);
    expect(notifications().map((r) => r.status)).toEqual([429, 429, 429]);
  });

  it('logs a 403 (no consent to TeamsActivity.Send at Graph) without personal data and keeps the action', async () => {
    fake.consent = 'missingAtGraph';
    const res = await assign('Share the Fabrikam case study');
    expect(res.status).toBe(201);
    expect(notifications().map((r) => r.status)).toEqual([403]);
    const line = logs().find((l) => l.startsWith('activity feed:'));
    expect(line).toBe('activity feed: actionAssigned not sent (403 Forbidden) after 1 attempt(s)');
    for (const secret of personalData(['Share the Fabrikam case study', tok['u-megan']]))
      expect(logs().join('\n')).not.toContain(secret);
    // The inbox has it all the same.
    const alex = await inbox('u-alex');
    expect(alex.items.some((i) => i.title === 'Share the Fabrikam case study')).toBe(true);
  });

  it('logs missing consent at the token endpoint (invalid_grant) and sends nothing', async () => {
    fake.consent = 'missingAtToken';
    const fresh = tok['u-megan'];
    const res = await assign('Confirm the budget owner');
    expect(res.status).toBe(201);
    expect(notifications()).toHaveLength(0);
    expect(logs()).toContain('activity feed: 1 notice(s) not sent (consent missing: invalid_grant)');
    for (const secret of personalData([fresh])) expect(logs().join('\n')).not.toContain(secret);
  });

  it('logs a recipient who has not installed the app without naming them', async () => {
    fake.installedFor = new Set(['u-lynne']);
    expect((await assign('Prepare the demo', 'u-alex')).status).toBe(201);
    expect(notifications().map((r) => r.status)).toEqual([403]);
    expect((notifications()[0]?.body as object) !== undefined).toBe(true);
    for (const secret of personalData(['Prepare the demo'])) expect(logs().join('\n')).not.toContain(secret);
  });

  it('sends a muted kind to the inbox as read and not to the feed; other kinds still go', async () => {
    const put = await api(env.host, 'PUT', `${space}/notification-settings`, {
      token: tok['u-alex'],
      body: { muted: ['actionAssigned'] },
    });
    expect(put.json).toEqual({ spaceId: DEMO_SPACE_ID, muted: ['actionAssigned'] });
    const before = (await inbox('u-alex')).unread;
    const res = await assign('Muted action');
    expect(res.status).toBe(201);
    expect(notifications()).toHaveLength(0);
    const alex = await inbox('u-alex');
    expect(alex.items.find((i) => i.title === 'Muted action')?.readAt).toBeTruthy();
    expect(alex.unread).toBe(before);
    expect((await api(env.host, 'GET', '/api/me/notification-settings', { token: tok['u-alex'] })).json).toEqual({
      spaces: [{ spaceId: DEMO_SPACE_ID, muted: ['actionAssigned'] }],
    });
    // Lynne did not mute anything.
    expect((await assign('Not muted', 'u-lynne')).status).toBe(201);
    expect(fake.delivered().map((d) => d.recipientId)).toEqual(['u-lynne']);
    await api(env.host, 'PUT', `${space}/notification-settings`, { token: tok['u-alex'], body: { muted: [] } });
  });

  it('keeps to 5 requests a second per tenant: twelve notices at once meet no 429', async () => {
    const megan = await env.host.services.verify(`Bearer ${tok['u-megan']}`);
    const notices: Notice[] = Array.from({ length: 12 }, (_, i) => ({
      spaceId: DEMO_SPACE_ID,
      recipientId: i % 2 ? 'u-alex' : 'u-lynne',
      kind: 'actionAssigned',
      eventKey: `burst-${i}`,
      title: `Burst ${i}`,
      target: { page: 'personal', section: 'actions', itemId: `burst-${i}` },
    }));
    await env.host.services.notifier.notify(megan, notices);
    const sent = notifications();
    expect(sent.map((r) => r.status)).toEqual(Array(12).fill(204));
    expect(sent[11]!.at - sent[0]!.at).toBeGreaterThanOrEqual(2000);
  });

  it('tells a role-play’s cast once per event: self-assessment and scorecards at the round’s end, the debrief to the rep', async () => {
    const created = await api(env.host, 'POST', `${space}/roleplays`, {
      token: tok['u-megan'],
      body: buildRoleplayBody({ rounds: 1 }),
    });
    expect(created.status).toBe(201);
    const id = (created.json as RoleplayResponse).id;
    const step = async (action: 'start' | 'endRound' | 'pause' | 'debrief'): Promise<number> => {
      const state = (await api(env.host, 'GET', `${space}/roleplays/${id}/state`, { token: tok['u-megan'] }))
        .json as RoleplayStateResponse;
      const res = await api(env.host, 'POST', `${space}/roleplays/${id}/state`, {
        token: tok['u-megan'],
        body: { action },
        headers: { 'if-match': state.etag },
      });
      return res.status;
    };
    expect(await step('start')).toBe(200);
    expect(await step('endRound')).toBe(200);
    expect(await step('debrief')).toBe(200);
    const sent = fake.delivered().map((d) => `${d.body.activityType as string}>${d.recipientId}`);
    // Megan observes too, but she moved the role-play on: nobody is notified of their own action.
    expect(sent.sort()).toEqual(['roleplayResultReady>u-alex', 'scorecardDue>u-isaiah', 'selfAssessmentDue>u-alex']);
    const alex = await inbox('u-alex');
    expect(
      alex.items
        .filter((i) => i.target.itemId === id)
        .map((i) => i.kind)
        .sort(),
    ).toEqual(['roleplayResultReady', 'selfAssessmentDue']);
  });
});

describe('the activity feed with a managed identity’s federated credential', () => {
  it('proves the app with the identity’s token as client assertion, never a secret', async () => {
    const fake = await startGraphFake({
      clientId: DEV_CLIENT_ID,
      identityClientId: '9d2e4f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      identityHeader: 'from-azure',
    });
    const env = await startTestHost({
      TEAMS_APP_ID,
      AAD_APP_FEDERATED_IDENTITY_CLIENT_ID: '9d2e4f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      IDENTITY_ENDPOINT: `${fake.url}/msi/token`,
      IDENTITY_HEADER: 'from-azure',
      GRAPH_ENDPOINT: fake.url,
      AUTHORITY_HOST: fake.url,
      SEED_DEMO: 'true',
    });
    try {
      const tok = await tokensFor(env.host, ['u-megan']);
      const meetings = await api(env.host, 'GET', `${space}/meetings`, { token: tok['u-megan'] });
      const meetingId = (meetings.json as { items: { id: string }[] }).items[0]!.id;
      const res = await api(env.host, 'POST', `${space}/meetings/${meetingId}/captures`, {
        token: tok['u-megan'],
        body: { kind: 'action', text: 'Renew the NDA', ownerId: 'u-alex' },
      });
      expect(res.status).toBe(201);
      const token = fake.requests.find((r) => r.path.endsWith('/oauth2/v2.0/token'));
      const form = token?.body as Record<string, string>;
      expect(form.client_assertion_type).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      expect(form.client_assertion).toMatch(/^mi-assertion-/);
      expect(form.client_secret).toBeUndefined();
      expect(fake.delivered()).toHaveLength(1);
    } finally {
      await env.close();
      await fake.close();
    }
  });
});

describe('the per-tenant limiter', () => {
  it('lets five requests a second through per tenant, in order, and keeps tenants apart', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const limiter = perTenantLimiter(5, 1000, {
      now: () => now,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });
    for (let i = 0; i < 12; i++) await limiter.take('t1');
    await limiter.take('t2');
    expect(sleeps).toEqual([1000, 1000, 1000, 1000, 1000, 2000, 2000]);
    now = 5000;
    await limiter.take('t1');
    expect(sleeps).toHaveLength(7);
  });
});

describe('Graph request details', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('3')).toBe(3);
    expect(retryAfterSeconds(null)).toBe(1);
    expect(retryAfterSeconds(new Date(10_000).toUTCString(), 8_000)).toBe(2);
  });

  it('builds the body Graph documents, with a declared activity type and a short preview', () => {
    const notice: Notice = {
      spaceId: 's',
      recipientId: 'u-alex',
      kind: 'scorecardDue',
      eventKey: 'k',
      title: 'x'.repeat(400),
      target: { page: 'personal', section: 'roleplays', itemId: 'r1' },
    };
    const body = activityBody(TEAMS_APP_ID, notice);
    expect(body).toMatchObject({ activityType: 'scorecardDue', templateParameters: [] });
    expect((body.previewText as { content: string }).content).toHaveLength(150);
  });
});
