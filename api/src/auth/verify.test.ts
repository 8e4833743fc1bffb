import {
  createLocalJWKSet,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { buildClaims, signToken, unsignedToken } from '../../test/factories.js';
import { Unauthenticated } from '../domain/index.js';
import { createVerifier, type Verifier } from './verify.js';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
const API_DOMAIN = 'coachboard.example.com';
const TENANT = 'aaaaaaaa-0000-4000-8000-000000000001';
const SECOND_TENANT = 'aaaaaaaa-0000-4000-8000-000000000002';
const FOREIGN_TENANT = 'bbbbbbbb-0000-4000-8000-000000000003';
const KID = 'test-key';
const T0 = Date.UTC(2026, 5, 1, 9, 0, 0);
const seconds = (ms: number): number => Math.floor(ms / 1000);

let signingKey: CryptoKey;
let otherKey: CryptoKey;
let publicPem: string;
let jwks: JWTVerifyGetKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  publicPem = await exportSPKI(pair.publicKey);
  jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' }] });
  otherKey = (await generateKeyPair('RS256')).privateKey;
});

/** A verifier over the local key set, with a clock the test moves and a spy on key look-ups. */
function makeVerifier(): { verify: Verifier; keys: ReturnType<typeof vi.fn<JWTVerifyGetKey>>; clock: { now: number } } {
  const clock = { now: T0 };
  const keys = vi.fn<JWTVerifyGetKey>((header, token) => jwks(header, token));
  const verify = createVerifier({
    clientId: CLIENT_ID,
    apiDomain: API_DOMAIN,
    allowedTenants: [TENANT, SECOND_TENANT],
    keys,
    now: () => clock.now,
  });
  return { verify, keys, clock };
}

/** Claims of a valid v2 token for this suite's app and clock. */
const claims = (overrides: JWTPayload = {}): JWTPayload =>
  buildClaims({
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    tid: TENANT,
    oid: 'user-1',
    name: 'Ann Example',
    iat: seconds(T0),
    nbf: seconds(T0),
    exp: seconds(T0) + 3600,
    ...overrides,
  });

const bearer = (token: string): string => `Bearer ${token}`;
const signed = async (overrides: JWTPayload = {}): Promise<string> =>
  bearer(await signToken(signingKey, claims(overrides), { kid: KID }));

describe('createVerifier rejects', () => {
  const cases: { name: string; header: () => Promise<string | undefined> }[] = [
    { name: 'a missing header', header: async () => undefined },
    { name: 'an empty header', header: async () => '' },
    { name: 'a header without the Bearer scheme', header: async () => (await signed()).slice('Bearer '.length) },
    { name: 'a Basic header', header: async () => 'Basic dXNlcjpwYXNz' },
    { name: 'a token that is not a JWT', header: async () => 'Bearer not-a-token' },
    { name: 'a token with a tampered payload', header: async () => tamper(await signed(), { oid: 'someone-else' }) },
    { name: 'alg none', header: async () => bearer(unsignedToken(claims())) },
    {
      name: 'HS256 signed with the public key as the secret',
      header: async () =>
        bearer(await signToken(new TextEncoder().encode(publicPem), claims(), { alg: 'HS256', kid: KID })),
    },
    {
      name: 'a token signed by another key',
      header: async () => bearer(await signToken(otherKey, claims(), { kid: KID })),
    },
    { name: 'an expired token', header: () => signed({ exp: seconds(T0) - 3600, nbf: seconds(T0) - 7200 }) },
    { name: 'a token without exp', header: () => signed({ exp: undefined }) },
    { name: 'a token not yet valid (nbf)', header: () => signed({ nbf: seconds(T0) + 3600 }) },
    { name: 'a wrong audience', header: () => signed({ aud: 'api://someone-elses-app' }) },
    { name: 'an audience of another domain', header: () => signed({ aud: `api://evil.example.com/${CLIENT_ID}` }) },
    {
      name: 'an issuer that does not match tid',
      header: () => signed({ iss: `https://login.microsoftonline.com/${SECOND_TENANT}/v2.0` }),
    },
    {
      name: 'a v1 issuer of another tenant',
      header: () => signed({ iss: `https://sts.windows.net/${SECOND_TENANT}/` }),
    },
    {
      name: 'a tenant that is not allowed',
      header: () => signed({ tid: FOREIGN_TENANT, iss: `https://login.microsoftonline.com/${FOREIGN_TENANT}/v2.0` }),
    },
    { name: 'a missing scp', header: () => signed({ scp: undefined }) },
    { name: 'scp without access_as_user', header: () => signed({ scp: 'User.Read openid' }) },
    { name: 'an app-only token (roles, no scp)', header: () => signed({ scp: undefined, roles: ['access_as_user'] }) },
    { name: 'a missing oid', header: () => signed({ oid: undefined }) },
    { name: 'a missing tid', header: () => signed({ tid: undefined }) },
  ];

  test.for(cases)('$name', async ({ header }) => {
    const { verify } = makeVerifier();
    await expect(verify(await header())).rejects.toBeInstanceOf(Unauthenticated);
  });
});

/** Swaps claims in a signed token while keeping its signature, as an attacker would. */
function tamper(authorization: string, changes: JWTPayload): string {
  const [head, payload, signature] = authorization.slice('Bearer '.length).split('.');
  const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as JWTPayload;
  const forged = Buffer.from(JSON.stringify({ ...decoded, ...changes })).toString('base64url');
  return bearer(`${head}.${forged}.${signature}`);
}

describe('createVerifier accepts', () => {
  test('a v2 token (aud = client id, v2 issuer)', async () => {
    const { verify } = makeVerifier();
    await expect(verify(await signed())).resolves.toEqual({ tenantId: TENANT, userId: 'user-1', name: 'Ann Example' });
  });

  test('a v1 token (aud = api://<domain>/<clientId>, sts.windows.net issuer)', async () => {
    const { verify } = makeVerifier();
    const header = await signed({
      aud: `api://${API_DOMAIN}/${CLIENT_ID}`,
      iss: `https://sts.windows.net/${SECOND_TENANT}/`,
      tid: SECOND_TENANT,
      ver: '1.0',
      scp: 'User.Read access_as_user',
    });
    await expect(verify(header)).resolves.toEqual({ tenantId: SECOND_TENANT, userId: 'user-1', name: 'Ann Example' });
  });

  test('a token that expired within the clock skew', async () => {
    const { verify, clock } = makeVerifier();
    const header = await signed();
    clock.now = T0 + 3600_000 + 60_000;
    await expect(verify(header)).resolves.toMatchObject({ userId: 'user-1' });
  });
});

describe('createVerifier cache', () => {
  test('a verified token is answered from the cache', async () => {
    const { verify, keys } = makeVerifier();
    const header = await signed();
    const first = await verify(header);
    const second = await verify(header);
    expect(second).toEqual(first);
    expect(keys).toHaveBeenCalledTimes(1);
  });

  test('a cached token is rejected once it has expired', async () => {
    const { verify, keys, clock } = makeVerifier();
    const header = await signed({ exp: seconds(T0) + 300 });
    await expect(verify(header)).resolves.toMatchObject({ userId: 'user-1' });
    clock.now = T0 + 300_000 + 121_000;
    await expect(verify(header)).rejects.toBeInstanceOf(Unauthenticated);
    expect(keys).toHaveBeenCalledTimes(2);
  });

  test('a rejected token is not cached as valid', async () => {
    const { verify, clock } = makeVerifier();
    const header = await signed({ nbf: seconds(T0) + 600 });
    await expect(verify(header)).rejects.toBeInstanceOf(Unauthenticated);
    clock.now = T0 + 600_000;
    await expect(verify(header)).resolves.toMatchObject({ userId: 'user-1' });
  });
});
