import { generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TENANT, OTHER_TENANT } from '../src/devhost/demo.js';
import { buildClaims, buildSpaceBody, signToken, unsignedToken } from './factories.js';
import { api, devSigningKey, problemCode, startTestHost, tokenFor, type TestHost } from './helpers.js';

const FOREIGN_TENANT = 'cccccccc-0000-4000-8000-00000000000c';
const now = (): number => Math.floor(Date.now() / 1000);

let env: TestHost;
let devKey: { key: CryptoKey; kid: string; publicPem: string };
let strangerKey: CryptoKey;

beforeAll(async () => {
  env = await startTestHost();
  devKey = await devSigningKey(env.dataDir);
  strangerKey = (await generateKeyPair('RS256')).privateKey;
});

afterAll(async () => {
  await env.close();
});

/** A token the dev host would accept, but for the one claim changed. */
const forged = async (overrides: JWTPayload): Promise<string> =>
  `Bearer ${await signToken(devKey.key, buildClaims(overrides), { kid: devKey.kid })}`;

const CASES: { name: string; authorization: () => Promise<string | undefined> }[] = [
  { name: 'no Authorization header', authorization: async () => undefined },
  { name: 'a malformed header', authorization: async () => 'Bearer' },
  { name: 'a non-Bearer scheme', authorization: async () => 'Basic bWVnYW46cGFzcw==' },
  { name: 'a token that is not a JWT', authorization: async () => 'Bearer abc.def' },
  { name: 'alg none', authorization: async () => `Bearer ${unsignedToken(buildClaims())}` },
  {
    name: 'HS256 with the host’s public key as the secret',
    authorization: async () =>
      `Bearer ${await signToken(new TextEncoder().encode(devKey.publicPem), buildClaims(), { alg: 'HS256', kid: devKey.kid })}`,
  },
  {
    name: 'a token signed by another key',
    authorization: async () => `Bearer ${await signToken(strangerKey, buildClaims(), { kid: devKey.kid })}`,
  },
  { name: 'an expired token', authorization: () => forged({ exp: now() - 3600, nbf: now() - 7200 }) },
  { name: 'a token not yet valid', authorization: () => forged({ nbf: now() + 3600 }) },
  { name: 'a wrong audience', authorization: () => forged({ aud: 'api://another-app' }) },
  {
    name: 'an issuer that does not match tid',
    authorization: () => forged({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }),
  },
  {
    name: 'a tenant that is not allowed',
    authorization: () =>
      forged({ tid: FOREIGN_TENANT, iss: `https://login.microsoftonline.com/${FOREIGN_TENANT}/v2.0` }),
  },
  { name: 'a missing scope', authorization: () => forged({ scp: undefined }) },
  { name: 'scp without access_as_user', authorization: () => forged({ scp: 'User.Read' }) },
  { name: 'a missing oid', authorization: () => forged({ oid: undefined }) },
  { name: 'a missing tid', authorization: () => forged({ tid: undefined }) },
];

describe('a request with', () => {
  test.for(CASES)('$name is answered 401 problem+json and writes nothing', async ({ authorization }) => {
    const writesBefore = env.writes.length;
    const headers = await authorization();
    const name = `Should not exist ${Math.random()}`;
    const res = await api(env.host, 'POST', '/api/spaces', {
      body: buildSpaceBody({ name }),
      headers: headers === undefined ? {} : { authorization: headers },
    });

    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(problemCode(res)).toBe('unauthenticated');
    expect(env.writes.length).toBe(writesBefore);
    const megan = await api(env.host, 'GET', '/api/spaces', { token: await tokenFor(env.host, 'u-megan') });
    expect(megan.text).not.toContain(name);
  });

  test.for(CASES)('$name cannot read anything either', async ({ authorization }) => {
    const headers = await authorization();
    const res = await api(env.host, 'GET', '/api/me', {
      headers: headers === undefined ? {} : { authorization: headers },
    });
    expect(res.status).toBe(401);
    expect(problemCode(res)).toBe('unauthenticated');
    expect(res.text).not.toContain('u-megan');
  });
});

test('the same forging helper makes a token the host accepts, so each case above fails for its one defect', async () => {
  const res = await api(env.host, 'GET', '/api/me', { headers: { authorization: await forged({}) } });
  expect(res.status).toBe(200);
  expect(res.json).toEqual({ tenantId: DEMO_TENANT, userId: 'u-megan', name: 'Megan Bowen' });
});
