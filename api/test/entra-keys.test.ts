import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { remoteKeys } from '../src/auth/entraKeys.js';
import { createVerifier, type Verifier } from '../src/auth/verify.js';
import { Unauthenticated } from '../src/domain/index.js';
import { buildClaims, signToken, unsignedToken } from './factories.js';
import { api, startTestHost } from './helpers.js';

/**
 * Production sign-in against a real HTTP key server: the key set is fetched, cached, refetched for a
 * new key id (rotation), and kept through a server that answers 500 or never answers; nothing is ever
 * accepted without a key the server published.
 */

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const TENANT = 'aaaaaaaa-0000-4000-8000-000000000001';
const HOUR = 3_600_000;

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function newKey(kid: string): Promise<SigningKey> {
  const pair = await generateKeyPair('RS256', { extractable: true });
  return {
    kid,
    privateKey: pair.privateKey,
    jwk: { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' },
  };
}

/** A key server as Entra's: `GET /keys` answers the published keys, or fails as the test says. */
interface KeyServer {
  url: string;
  published: SigningKey[];
  mode: 'ok' | 'error' | 'hang';
  requests: number;
  close: () => Promise<void>;
}

async function startKeyServer(published: SigningKey[]): Promise<KeyServer> {
  const hanging = new Set<() => void>();
  const server: Server = createServer((req, res) => {
    state.requests += 1;
    if (req.url !== '/keys') {
      res.writeHead(404).end();
      return;
    }
    if (state.mode === 'error') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
      return;
    }
    if (state.mode === 'hang') {
      // Never answers; the socket is closed when the test ends.
      hanging.add(() => res.destroy());
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ keys: state.published.map((k) => k.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const state: KeyServer = {
    url: `http://127.0.0.1:${port}/keys`,
    published,
    mode: 'ok',
    requests: 0,
    close: async () => {
      for (const end of hanging) end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return state;
}

const claims = () =>
  buildClaims({ aud: CLIENT_ID, tid: TENANT, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, oid: 'u-ann' });
const tokenBy = async (key: SigningKey, kid = key.kid): Promise<string> =>
  `Bearer ${await signToken(key.privateKey, claims(), { kid })}`;

let first: SigningKey;
let second: SigningKey;
let stranger: SigningKey;
let server: KeyServer;

beforeAll(async () => {
  [first, second, stranger] = await Promise.all([newKey('key-1'), newKey('key-2'), newKey('key-x')]);
});

/** A verifier over the key server with a clock the test moves (timeouts use real time). */
function setup(options: { timeoutMs?: number } = {}): { verify: Verifier; clock: { now: number }; errors: string[] } {
  const clock = { now: Date.now() };
  const errors: string[] = [];
  const keys = remoteKeys({
    url: server.url,
    freshMs: 6 * HOUR,
    staleIfErrorMs: 5 * 24 * HOUR,
    cooldownMs: 30_000,
    timeoutMs: options.timeoutMs ?? 2_000,
    now: () => clock.now,
    onFetchError: (reason) => errors.push(reason),
  });
  // The verifier's token cache is per verifier: a new one per check, so that every call reaches the keys.
  const verify: Verifier = (authorization) =>
    createVerifier({ clientId: CLIENT_ID, allowedTenants: [TENANT], keys })(authorization);
  return { verify, clock, errors };
}

describe('Entra key set over HTTP', () => {
  beforeAll(async () => {
    server = await startKeyServer([first]);
  });
  afterEach(() => {
    server.mode = 'ok';
    server.published = [first];
  });
  afterAll(async () => {
    await server.close();
  });

  test('fetches once and answers later tokens from the cached key set', async () => {
    const { verify } = setup();
    const before = server.requests;
    await expect(verify(await tokenBy(first))).resolves.toMatchObject({ userId: 'u-ann', tenantId: TENANT });
    await expect(verify(await tokenBy(first))).resolves.toMatchObject({ userId: 'u-ann' });
    expect(server.requests - before).toBe(1);
  });

  test('rotation: a token signed with a newly published key is accepted after one refetch', async () => {
    const { verify, clock } = setup();
    await verify(await tokenBy(first));
    server.published = [first, second];
    clock.now += 31_000;
    const before = server.requests;
    await expect(verify(await tokenBy(second))).resolves.toMatchObject({ userId: 'u-ann' });
    expect(server.requests - before).toBe(1);
    // The retired key goes when the server stops publishing it (and the set is refetched).
    server.published = [second];
    clock.now += 6 * HOUR;
    await expect(verify(await tokenBy(first))).rejects.toBeInstanceOf(Unauthenticated);
    await expect(verify(await tokenBy(second))).resolves.toMatchObject({ userId: 'u-ann' });
  });

  test('an unknown key id refetches at most once per cooldown, then is refused', async () => {
    const { verify, clock } = setup();
    await verify(await tokenBy(first));
    clock.now += 31_000;
    const before = server.requests;
    await expect(verify(await tokenBy(stranger))).rejects.toBeInstanceOf(Unauthenticated);
    await expect(verify(await tokenBy(stranger))).rejects.toBeInstanceOf(Unauthenticated);
    expect(server.requests - before).toBe(1);
  });

  test('the server answers 500: cached keys keep verifying, unknown keys are refused', async () => {
    const { verify, clock, errors } = setup();
    await verify(await tokenBy(first));
    server.mode = 'error';
    clock.now += 7 * HOUR; // past freshness: the next verification tries to refetch and fails
    const before = server.requests;
    await expect(verify(await tokenBy(first))).resolves.toMatchObject({ userId: 'u-ann' });
    expect(server.requests - before).toBe(1);
    expect(errors.at(-1)).toContain('500');
    // A new key cannot be learnt while the server fails: refused, never accepted unverified.
    clock.now += 31_000;
    await expect(verify(await tokenBy(second))).rejects.toBeInstanceOf(Unauthenticated);
    // The same key id with another key's signature is refused too.
    await expect(verify(await tokenBy(stranger, first.kid))).rejects.toBeInstanceOf(Unauthenticated);
    await expect(verify(`Bearer ${unsignedToken(claims())}`)).rejects.toBeInstanceOf(Unauthenticated);
    // Once the server is back, the new key is learnt.
    server.mode = 'ok';
    server.published = [first, second];
    clock.now += 31_000;
    await expect(verify(await tokenBy(second))).resolves.toMatchObject({ userId: 'u-ann' });
  });

  test('the server times out: cached keys keep verifying within the timeout, unknown keys are refused', async () => {
    const { verify, clock, errors } = setup({ timeoutMs: 300 });
    await verify(await tokenBy(first));
    server.mode = 'hang';
    clock.now += 7 * HOUR;
    const started = Date.now();
    await expect(verify(await tokenBy(first))).resolves.toMatchObject({ userId: 'u-ann' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(errors.at(-1)).toContain('timed out');
    clock.now += 31_000;
    await expect(verify(await tokenBy(second))).rejects.toBeInstanceOf(Unauthenticated);
  });

  test('a key set too old to trust is not used when the server keeps failing', async () => {
    const { verify, clock } = setup();
    await verify(await tokenBy(first));
    server.mode = 'error';
    clock.now += 5 * 24 * HOUR + 1;
    await expect(verify(await tokenBy(first))).rejects.toBeInstanceOf(Unauthenticated);
  });

  test('with no key set ever fetched nothing is accepted', async () => {
    server.mode = 'error';
    const { verify } = setup();
    await expect(verify(await tokenBy(first))).rejects.toBeInstanceOf(Unauthenticated);
    await expect(verify(`Bearer ${unsignedToken(claims())}`)).rejects.toBeInstanceOf(Unauthenticated);
  });

  test('the API in Entra mode reads its key set from ENTRA_JWKS_URL', async () => {
    const host = await startTestHost({
      AUTH_MODE: 'entra',
      AAD_APP_CLIENT_ID: CLIENT_ID,
      ALLOWED_TENANTS: TENANT,
      ENTRA_JWKS_URL: server.url,
      SEED_DEMO: 'false',
    });
    try {
      const before = server.requests;
      const ok = await api(host.host, 'GET', '/api/spaces', { headers: { authorization: await tokenBy(first) } });
      expect(ok.status).toBe(200);
      expect(server.requests - before).toBe(1);
      const forged = await api(host.host, 'GET', '/api/spaces', {
        headers: { authorization: await tokenBy(stranger, first.kid) },
      });
      expect(forged.status).toBe(401);
    } finally {
      await host.close();
    }
  });
});
