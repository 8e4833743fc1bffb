import { z } from 'zod';
import { DEMO_USERS } from '../../devhost/demo.js';
import { NotFound } from '../../domain/errors.js';
import { Id, type HealthResponse } from '../../domain/spaces.js';
import { defineEndpoint } from '../../http/handle.js';

const VERSION = '0.1.0';

export const health = defineEndpoint({
  name: 'health-get',
  method: 'GET',
  route: 'health',
  access: 'public',
  async run({ services }) {
    const started = performance.now();
    let ok = true;
    try {
      await services.store.ping();
    } catch {
      ok = false;
    }
    const body: HealthResponse = {
      status: ok ? 'ok' : 'degraded',
      store: { kind: services.store.kind, ok, latencyMs: Math.round((performance.now() - started) * 100) / 100 },
      authMode: services.config.auth.mode,
      version: VERSION,
    };
    return { status: ok ? 200 : 503, body };
  },
});

export const me = defineEndpoint({
  name: 'me-get',
  method: 'GET',
  route: 'me',
  access: 'self',
  async run({ principal }) {
    return { body: { tenantId: principal.tenantId, userId: principal.userId, name: principal.name } };
  },
});

const DevTokenBody = z.strictObject({ userId: Id });

/** Local sign-in: the demo users the "sign in as" picker offers. Registered only in dev mode. */
export const devUsers = defineEndpoint({
  name: 'dev-users-list',
  method: 'GET',
  route: 'dev/users',
  access: 'loopback',
  async run() {
    return { body: { items: DEMO_USERS } };
  },
});

/** Local sign-in: a token for one demo user, verified later by the same code as Entra tokens. */
export const devToken = defineEndpoint({
  name: 'dev-token-create',
  method: 'POST',
  route: 'dev/token',
  access: 'loopback',
  body: DevTokenBody,
  async run({ body, services }) {
    const user = DEMO_USERS.find((u) => u.userId === body.userId);
    if (!user || !services.devIdentity) throw new NotFound('demo user');
    const token = await services.devIdentity.issueToken(user);
    return { status: 201, body: { token, expiresInSec: 3600 } };
  },
});
