import { describe, expect, test } from 'vitest';
import { assertLoopbackHost, type Access, type ApiRequest, type Route } from './handle.js';
import { buildRoutes } from './routes.js';

// The table is only read here: no handler runs, so the services are never asked for.
const ROUTES = buildRoutes(() => Promise.reject(new Error('not used')), { dev: true });

const isSpaceNeed = (access: Access): boolean => typeof access === 'object';
const label = (r: Route): string => `${r.name} (${r.methods.join(',')} ${r.route})`;

/**
 * The one route under a space that a non-member may call: meeting attendees who are not members (guests)
 * see the agenda lines of the occurrence they are in, read-only, from their own tenant's partition only.
 */
const GUEST_ROUTES = ['meeting-occurrence-view'];

describe('the route table declares every route’s access', () => {
  test('every route under spaces/{spaceId} needs a space action, and only those do', () => {
    const inSpace = ROUTES.filter(
      (r) =>
        (r.route === 'spaces/{spaceId}' || r.route.startsWith('spaces/{spaceId}/')) && !GUEST_ROUTES.includes(r.name),
    );
    expect(inSpace.length).toBeGreaterThan(60);
    expect(inSpace.filter((r) => !isSpaceNeed(r.access)).map(label)).toEqual([]);
    expect(ROUTES.filter((r) => isSpaceNeed(r.access) && !inSpace.includes(r)).map(label)).toEqual([]);
  });

  test('only health is public and only the local sign-in and housekeeping are anonymous on loopback; everything else needs a token', () => {
    const anonymous = ROUTES.filter((r) => r.access === 'public' || r.access === 'loopback');
    expect(Object.fromEntries(anonymous.map((r) => [r.name, r.access]))).toEqual({
      'health-get': 'public',
      'dev-users-list': 'loopback',
      'dev-token-create': 'loopback',
      // Runs the nightly candidate purge at a simulated time; in Azure a timer runs it.
      'dev-housekeeping-run': 'loopback',
    });
    expect(ROUTES.filter((r) => r.route.startsWith('dev/') && r.access !== 'loopback').map(label)).toEqual([]);
  });

  test('the caller’s own data (me and me/…) is declared self, and nothing else is', () => {
    const mine = ROUTES.filter((r) => r.route === 'me' || r.route.startsWith('me/'));
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.filter((r) => r.access !== 'self').map(label)).toEqual([]);
    expect(ROUTES.filter((r) => r.access === 'self' && !mine.includes(r)).map(label)).toEqual([]);
  });

  test('a route only signed in is one of the few that act outside any space', () => {
    expect(ROUTES.filter((r) => r.access === 'signedIn').map((r) => r.name)).toEqual([
      'spaces-list',
      'spaces-create',
      ...GUEST_ROUTES,
    ]);
  });

  test('without the dev flag the local sign-in is not in the table at all', () => {
    const azure = buildRoutes(() => Promise.reject(new Error('not used')), { dev: false });
    expect(azure.filter((r) => r.access === 'loopback')).toEqual([]);
  });
});

function requestWith(headers: Record<string, string>): ApiRequest {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    method: 'POST',
    headers: { get: (name) => lower.get(name.toLowerCase()) ?? null },
    query: new URLSearchParams(),
    params: {},
    text: () => Promise.resolve(''),
  };
}

describe('the local sign-in’s host check', () => {
  test.for(['localhost', 'localhost:53000', '127.0.0.1', '127.0.0.1:8080', '[::1]', '[::1]:53000', 'LOCALHOST:1'])(
    'accepts %s',
    (host) => {
      expect(() => assertLoopbackHost(requestWith({ host }))).not.toThrow();
    },
  );

  test.for([
    'evil.example',
    'evil.example:53000',
    'localhost.evil.example',
    '127.0.0.1.nip.io',
    'abc123.ngrok-free.app',
    '[::1].evil',
    '192.168.1.20:53000',
    '0.0.0.0',
    'localhost:53000@evil.example',
    '',
  ])('refuses %j', (host) => {
    expect(() => assertLoopbackHost(requestWith({ host }))).toThrow(/localhost, 127\.0\.0\.1 or \[::1\]/);
  });

  test('refuses a loopback host reached through a proxy or tunnel', () => {
    for (const header of ['x-forwarded-for', 'x-forwarded-host', 'forwarded']) {
      expect(() => assertLoopbackHost(requestWith({ host: 'localhost:53000', [header]: 'x' }))).toThrow();
    }
  });
});
