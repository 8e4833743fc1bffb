import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import { api, problemCode, startTestHost, tokenFor, type TestHost } from './helpers.js';

let t: TestHost;
let token: string;

beforeAll(async () => {
  t = await startTestHost();
  token = await tokenFor(t.host, 'u-megan');
});
afterAll(async () => {
  await t.close();
});

test('an unknown API path is a 404 problem and a known path with the wrong method a 405 naming the allowed ones', async () => {
  const missing = await api(t.host, 'GET', '/api/nothing/here', { token });
  expect(missing.status).toBe(404);
  expect(problemCode(missing)).toBe('not_found');

  const wrong = await api(t.host, 'PUT', `/api/spaces/${DEMO_SPACE_ID}`, { token, body: { name: 'x' } });
  expect(wrong.status).toBe(405);
  expect(problemCode(wrong)).toBe('method_not_allowed');
  expect(String(wrong.headers.allow).split(', ').sort()).toEqual(['GET', 'PATCH']);
});

test('a body over the dev host’s limit is refused with 413 before any handler runs', async () => {
  const res = await api(t.host, 'POST', '/api/spaces', {
    token,
    rawBody: 'x'.repeat(2 * 1024 * 1024),
    headers: { 'content-type': 'application/json' },
  });
  expect(res.status).toBe(413);
  expect(problemCode(res)).toBe('payload_too_large');
});

test('every API answer reports its store operations for the benchmarks', async () => {
  const res = await api(t.host, 'GET', `/api/spaces/${DEMO_SPACE_ID}`, { token });
  expect(res.status).toBe(200);
  expect(res.headers['x-store-ops']).toBe('1');
});

describe('the local sign-in answers loopback host names only', () => {
  const signIn = (host: string, extra: Record<string, string> = {}) =>
    api(t.host, 'POST', '/api/dev/token', { body: { userId: 'u-alex' }, headers: { host, ...extra } });

  test.for(['localhost', '127.0.0.1', '[::1]'])('%s, with any port', async (name) => {
    expect((await signIn(`${name}:${t.host.port}`)).status).toBe(201);
    expect((await signIn(name)).status).toBe(201);
  });

  test('a rebound DNS name, a LAN address or a tunnel gets a 403 problem and no token', async () => {
    const refused = [
      await signIn(`attacker.example:${t.host.port}`),
      await signIn('localhost.attacker.example'),
      await signIn(`192.168.1.20:${t.host.port}`),
      await signIn('abc123.ngrok-free.app'),
      await signIn(`localhost:${t.host.port}`, { 'x-forwarded-host': 'abc123.ngrok-free.app' }),
      await api(t.host, 'GET', '/api/dev/users', { headers: { host: 'attacker.example' } }),
    ];
    for (const res of refused) {
      expect(res.status).toBe(403);
      expect(problemCode(res)).toBe('forbidden');
      expect(res.text).toMatch(/localhost, 127\.0\.0\.1 or \[::1\]/);
      expect(res.text).not.toMatch(/"token"|u-alex/);
    }
  });
});

describe('security headers', () => {
  test('every error answer, to a signed-in caller or not, is never stored by a cache', async () => {
    const answers = [
      await api(t.host, 'GET', '/api/spaces/no-such-space', { token }),
      await api(t.host, 'GET', `/api/spaces/${DEMO_SPACE_ID}/meetings?bogus=1`, { token }),
      await api(t.host, 'PATCH', `/api/spaces/${DEMO_SPACE_ID}`, { token, body: { name: 'x' } }),
      await api(t.host, 'GET', '/api/nothing/here', { token }),
      await api(t.host, 'GET', '/api/spaces'),
    ];
    expect(answers.map((a) => a.status)).toEqual([404, 400, 428, 404, 401]);
    for (const res of answers) expect(res.headers['cache-control']).toBe('no-store');
  });

  test('the tabs’ pages carry a CSP that Teams can frame and a referrer policy', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'coachboard-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>tab</title>');
    const served = await startTestHost({ TABS_DIST: dist });
    try {
      const page = await api(served.host, 'GET', '/channel');
      expect(page.status).toBe(200);
      const csp = String(page.headers['content-security-policy']);
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(
        expect.arrayContaining([
          "'self'",
          'https://teams.microsoft.com',
          'https://*.teams.microsoft.com',
          'https://*.cloud.microsoft',
          'https://*.office.com',
          'https://outlook.office.com',
        ]),
      );
      expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    } finally {
      await served.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
