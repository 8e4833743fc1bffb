/** The test host, demo users and request helpers that roleplays.test.ts and roleplays-run.test.ts share. */
import { afterAll, beforeAll, expect } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import {
  RoleplayResponse,
  type RoleplayRunBody,
  RoleplayStateResponse,
  STARTER_SCENARIOS,
} from '../src/domain/index.js';
import { api, startTestHost, tokensFor, type ApiResponse, type TestHost } from './helpers.js';
import { buildRoleplayBody } from './roleplay-samples.js';

export const space = `/api/spaces/${DEMO_SPACE_ID}`;
export const users = ['u-megan', 'u-alex', 'u-lynne', 'u-diego', 'u-isaiah', 'u-adele', 'u-fiona'] as const;
export type User = (typeof users)[number];

export let t: TestHost;
export let tok: Record<User, string>;

/** Starts a test host with the demo data for the calling test file, and signs in the demo users. */
export function useRoleplayHost(): void {
  beforeAll(async () => {
    t = await startTestHost();
    tok = await tokensFor(t.host, users);
  });
  afterAll(async () => {
    await t.close();
  });
}

export const ALL_OBJECTIONS = STARTER_SCENARIOS.flatMap((s) => s.scenario.objections);
export const objectionsOf = (key: string): readonly string[] =>
  STARTER_SCENARIOS.find((s) => s.key === key)?.scenario.objections ?? [];

/** Raw JSON answers, checked as text, never as parsed objects a presenter could have shaped. */
export function expectNoneOf(res: ApiResponse, secrets: readonly string[]): void {
  for (const secret of secrets) expect(res.text, secret).not.toContain(JSON.stringify(secret).slice(1, -1));
}

export function ok<T>(res: ApiResponse, status = 200): T {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  return res.json as T;
}

export const get = (path: string, who: User = 'u-megan') => api(t.host, 'GET', path, { token: tok[who] });

export async function createRoleplay(
  body: object = {},
  who: User = 'u-megan',
  base = space,
): Promise<RoleplayResponse> {
  return ok<RoleplayResponse>(
    await api(t.host, 'POST', `${base}/roleplays`, { token: tok[who], body: buildRoleplayBody(body) }),
    201,
  );
}

export async function stateOf(id: string, who: User = 'u-megan', base = space): Promise<RoleplayStateResponse> {
  return ok<RoleplayStateResponse>(await get(`${base}/roleplays/${id}/state`, who));
}

export function run(id: string, etag: string, body: RoleplayRunBody, token: string = tok['u-megan'], base = space) {
  return api(t.host, 'POST', `${base}/roleplays/${id}/state`, { token, body, headers: { 'if-match': etag } });
}

/** Moves a role-play on with the latest etag, as its facilitator. */
export async function step(id: string, body: RoleplayRunBody, base = space): Promise<RoleplayStateResponse> {
  const current = await stateOf(id, 'u-megan', base);
  return ok<RoleplayStateResponse>(await run(id, current.etag, body, tok['u-megan'], base));
}
