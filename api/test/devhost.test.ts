import { afterAll, beforeAll, expect, test } from 'vitest';
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
