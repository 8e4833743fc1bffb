/** The test host, demo users and request helpers that practices.test.ts and practices-exchange.test.ts share. */
import { afterAll, beforeAll, expect } from 'vitest';
import {
  type PracticeDraft,
  type PracticeListResponse,
  type PracticeResponse,
  type SpaceResponse,
} from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, startTestHost, tokensFor, type ApiResponse, type TestHost } from './helpers.js';
import { buildPracticeBody } from './practice-samples.js';

export const users = ['u-megan', 'u-alex', 'u-lynne', 'u-diego', 'u-isaiah', 'u-adele', 'u-fiona'] as const;
export type User = (typeof users)[number];

export let t: TestHost;
export let tok: Record<User, string>;

/** Starts a test host with the demo data for the calling test file, and signs in the demo users. */
export function usePracticesHost(): void {
  beforeAll(async () => {
    t = await startTestHost();
    tok = await tokensFor(t.host, users);
  });
  afterAll(async () => {
    await t.close();
  });
}

/** A fresh space of Megan's with the demo team in it, so each test controls its own practices. */
export async function buildTeam(): Promise<string> {
  const res = await api(t.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: buildSpaceBody() });
  const spaceId = (res.json as SpaceResponse).id;
  const team = [
    buildInviteBody({ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }),
    buildInviteBody({ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' }),
    buildInviteBody({ userId: 'u-diego', name: 'Diego Siciliani', role: 'rep' }),
    buildInviteBody({ userId: 'u-isaiah', name: 'Isaiah Langer', role: 'contributor' }),
  ];
  for (const body of team) {
    expect((await api(t.host, 'POST', `/api/spaces/${spaceId}/members`, { token: tok['u-megan'], body })).status).toBe(
      201,
    );
  }
  return spaceId;
}

export const practicesUrl = (spaceId: string): string => `/api/spaces/${spaceId}/practices`;

export async function post(
  spaceId: string,
  user: User,
  overrides: Partial<PracticeDraft> = {},
): Promise<PracticeResponse> {
  const res = await api(t.host, 'POST', practicesUrl(spaceId), {
    token: tok[user],
    body: buildPracticeBody(overrides),
  });
  expect(res.status, res.text).toBe(201);
  return res.json as PracticeResponse;
}

export const adopt = (spaceId: string, practiceId: string, token: string): Promise<ApiResponse> =>
  api(t.host, 'POST', `${practicesUrl(spaceId)}/${practiceId}/adoptions`, { token });

export const report = (
  spaceId: string,
  practiceId: string,
  user: User,
  outcome: string,
  note = '',
): Promise<ApiResponse> =>
  api(t.host, 'PUT', `${practicesUrl(spaceId)}/${practiceId}/outcome`, { token: tok[user], body: { outcome, note } });

export async function detail(spaceId: string, practiceId: string, user: User = 'u-megan'): Promise<PracticeResponse> {
  const res = await api(t.host, 'GET', `${practicesUrl(spaceId)}/${practiceId}`, { token: tok[user] });
  expect(res.status, res.text).toBe(200);
  return res.json as PracticeResponse;
}

export async function list(spaceId: string, query = '', user: User = 'u-alex'): Promise<PracticeListResponse> {
  const res = await api(t.host, 'GET', `${practicesUrl(spaceId)}${query ? `?${query}` : ''}`, { token: tok[user] });
  expect(res.status, res.text).toBe(200);
  return res.json as PracticeListResponse;
}
