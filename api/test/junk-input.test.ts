import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_SPACE_ID, DEMO_TENANT, DEMO_USERS } from '../src/devhost/demo.js';
import { spacePk, userPk } from '../src/features/spaces/model.js';
import { buildRoutes } from '../src/http/routes.js';
import type { Stored } from '../src/store/port.js';
import { api, problemCode, startTestHost, tokenFor, type TestHost } from './helpers.js';
import { methodOf, pathFor, ROUTE_SAMPLES, type RouteSample } from './route-samples.js';

/** Runs per route: enough to hit every kind of junk several times, few enough to keep the suite fast. */
const RUNS_PER_ROUTE = 40;

// Handlers are never invoked through this copy of the table; it only lists the routes.
const ROUTES = buildRoutes(() => Promise.reject(new Error('not used')), { dev: true });

let env: TestHost;
let managerToken: string;
let spaceEtag: string;

beforeAll(async () => {
  env = await startTestHost();
  managerToken = await tokenFor(env.host, 'u-megan');
  const space = await api(env.host, 'GET', `/api/spaces/${DEMO_SPACE_ID}`, { token: managerToken });
  spaceEtag = String(space.headers.etag);
});

afterAll(async () => {
  await env.close();
});

/** Every document of the demo space and of every demo user's own index, read through the store. */
async function snapshot(): Promise<Stored[]> {
  const partitions = [spacePk(DEMO_TENANT, DEMO_SPACE_ID), ...DEMO_USERS.map((u) => userPk(u.tenantId, u.userId))];
  const docs: Stored[] = [];
  for (const pk of partitions) {
    for (const type of ['space', 'mySpace']) {
      let continuation: string | undefined;
      do {
        const page = await env.host.services.store.query(pk, { type, continuation });
        docs.push(...page.items);
        continuation = page.continuation;
      } while (continuation);
    }
  }
  return docs;
}

interface Junk {
  body?: { text: string; contentType?: string };
  query?: string;
  spaceId?: string;
}

/** Content types the API reads as JSON; everything else must be refused with 415. */
const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/problem+json'];
const OTHER_TYPES = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=junk',
  'application/xml',
  'application/jsonp',
  'json',
  '',
];
const contentType = fc.option(fc.constantFrom(...JSON_TYPES, ...OTHER_TYPES), { nil: undefined });
const wrongContentType = fc.option(fc.constantFrom(...OTHER_TYPES), { nil: undefined });

const anyValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** Bodies that are wrong in one of the ways clients get them wrong, built around the route's valid body. */
function junkBodyText(sample: RouteSample): fc.Arbitrary<string> {
  const base = (): Record<string, unknown> => {
    const body = sample.body?.();
    return typeof body === 'object' && body !== null
      ? { ...(body as Record<string, unknown>) }
      : { name: 'Valid name' };
  };
  const wrongType = fc.tuple(fc.nat(), anyValue).map(([i, value]) => {
    const body = base();
    const keys = Object.keys(body);
    body[keys[i % keys.length] ?? 'name'] = value;
    return JSON.stringify(body);
  });
  const unknownField = fc
    .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, value]) => JSON.stringify({ ...base(), [`x${key}`]: value }));
  const hugeString = fc
    .tuple(fc.nat(), fc.integer({ min: 81, max: 1_200_000 }), fc.constantFrom('a', 'é', '𝄞', ' '))
    .map(([i, length, char]) => {
      const body = base();
      const keys = Object.keys(body);
      body[keys[i % keys.length] ?? 'name'] = char.repeat(length);
      return JSON.stringify(body);
    });
  const nonJson = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
    fc.constantFrom('{', '{"name":', "{'name':'x'}", 'name=x', '<name>x</name>', 'undefined', 'NaN', '\u0000'),
  );
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    wrongType,
    unknownField,
    hugeString,
    nonJson,
    fc.constantFrom('null', '[]', '{}', '""', '0', 'true', '{"__proto__":{"name":"x"}}'),
  );
}

const junkQuery = fc.oneof(
  fc
    .dictionary(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }), fc.string({ maxLength: 40 }), {
      minKeys: 1,
      maxKeys: 4,
    })
    .map((pairs) => new URLSearchParams(pairs).toString()),
  fc.constantFrom('%', '%zz=1', 'a=1&a=2', '=', '__proto__=x', 'constructor=1', 'limit=-1', 'continuation=%00'),
);

/**
 * Junk for one route. GET routes get no body: @azure/functions discards the body of a GET before the
 * handler runs (in Azure as in the dev host), so it cannot be refused; a test below pins that down.
 */
function junkRequest(sample: RouteSample, method: string): fc.Arbitrary<Junk> {
  const body = fc.oneof(
    fc.record({ text: junkBodyText(sample), contentType }),
    // A valid body under the wrong content type (or none) is junk too.
    fc.record({
      text: fc.constant(null).map(() => JSON.stringify(sample.body?.() ?? {})),
      contentType: wrongContentType,
    }),
  );
  return fc
    .record(
      {
        ...(method === 'GET' ? {} : { body }),
        query: junkQuery,
        spaceId: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 140 }),
      },
      { requiredKeys: [] },
    )
    .filter((junk: Junk) => junk.body !== undefined || junk.query !== undefined);
}

/** A body the route would accept is not junk: a request carrying one may legitimately succeed. */
function isValidRequest(sample: RouteSample, junk: Junk): boolean {
  if (junk.query !== undefined || !junk.body || !sample.schema) return false;
  if (!JSON_TYPES.includes(junk.body.contentType ?? '')) return false;
  try {
    return sample.schema.safeParse(JSON.parse(junk.body.text)).success;
  } catch {
    return false;
  }
}

test('every route of the table has a sample', () => {
  expect(Object.keys(ROUTE_SAMPLES).sort()).toEqual(ROUTES.map((r) => r.name).sort());
});

describe.for(ROUTES.map((route) => ({ name: route.name, route })))('junk sent to $name', ({ route }) => {
  test('is answered 4xx problem+json, never 5xx, and changes nothing', async () => {
    const sample = ROUTE_SAMPLES[route.name] ?? {};
    const before = await snapshot();
    const writesBefore = env.writes.length;

    await fc.assert(
      fc.asyncProperty(junkRequest(sample, methodOf(route)), async (junk) => {
        fc.pre(!isValidRequest(sample, junk));
        const path = pathFor(route, { spaceId: junk.spaceId ?? DEMO_SPACE_ID, userId: 'u-lynne' });
        const headers: Record<string, string> = {};
        if (sample.ifMatch) headers['if-match'] = spaceEtag;
        if (junk.body?.contentType !== undefined) headers['content-type'] = junk.body.contentType;
        const res = await api(env.host, methodOf(route), junk.query === undefined ? path : `${path}?${junk.query}`, {
          token: managerToken,
          rawBody: junk.body?.text,
          headers,
        });
        expect(res.status, res.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
        expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
        expect(problemCode(res)).toEqual(expect.any(String));
      }),
      { numRuns: RUNS_PER_ROUTE },
    );

    expect(env.writes.slice(writesBefore)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

test('a GET ignores its body, as Azure Functions does, and changes nothing', async () => {
  const before = await snapshot();
  const res = await api(env.host, 'GET', `/api/spaces/${DEMO_SPACE_ID}`, {
    token: managerToken,
    rawBody: '{"name":"Hijacked"}',
    headers: { 'content-type': 'application/json' },
  });
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({ id: DEMO_SPACE_ID, name: 'Northwind Sales' });
  expect(await snapshot()).toEqual(before);
});

test.for(['limit', 'constructor', '__proto__', 'toString'])(
  'an unknown query parameter %s is refused with a 400 that names it',
  async (key) => {
    const res = await api(env.host, 'GET', `/api/spaces/${DEMO_SPACE_ID}?${key}=1`, { token: managerToken });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ code: 'validation_failed' });
    expect((res.json as { detail?: string }).detail).toContain(key);
    expect(res.text).not.toContain('must be given once');
  },
);
