import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import type {
  AgendaResponse,
  MeetingStateResponse,
  OccurrenceBody,
  OccurrenceResponse,
  SpaceResponse,
} from '../src/domain/index.js';
import { spacePk } from '../src/features/spaces/model.js';
import type { DocumentStore, Stored } from '../src/store/port.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type ApiResponse, type TestHost } from './helpers.js';
import { buildItemBody, buildMeetingBody } from './meeting-samples.js';
import { buildOccurrenceBody } from './occurrence-samples.js';

async function storedOfType(store: DocumentStore, pk: string, type: string): Promise<Stored[]> {
  const out: Stored[] = [];
  let continuation: string | undefined;
  do {
    const page = await store.query(pk, { type, limit: 1000, continuation });
    out.push(...page.items);
    continuation = page.continuation;
  } while (continuation);
  return out;
}

/**
 * The occurrences of a Teams series under concurrent opens (concurrency.test.ts style): whoever
 * opens a new occurrence at the same moment — every participant's side panel as the meeting starts —
 * gets the same meeting, and one agenda is stored per occurrence, on both store adapters.
 */
describe.for(STORE_BACKENDS)('occurrences under concurrent requests (%s store)', (backend) => {
  const N = 20;
  const people = ['u-megan', 'u-alex', 'u-lynne', 'u-isaiah'] as const;
  let env: TestHost;
  let tok: Record<(typeof people)[number], string>;
  let store: DocumentStore;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tok = await tokensFor(env.host, people);
    store = env.host.services.store;
  });

  afterAll(async () => {
    await env.close();
  });

  /** A space Megan manages, with Alex, Lynne and Isaiah as reps. */
  async function newSpace(): Promise<{ id: string; pk: string; base: string }> {
    const space = (await api(env.host, 'POST', '/api/spaces', { token: tok['u-megan'], body: buildSpaceBody() }))
      .json as SpaceResponse;
    for (const [userId, name] of [
      ['u-alex', 'Alex Wilber'],
      ['u-lynne', 'Lynne Robbins'],
      ['u-isaiah', 'Isaiah Langer'],
    ] as const) {
      const res = await api(env.host, 'POST', `/api/spaces/${space.id}/members`, {
        token: tok['u-megan'],
        body: buildInviteBody({ userId, name, role: 'rep' }),
      });
      expect(res.status).toBe(201);
    }
    return { id: space.id, pk: spacePk(DEMO_TENANT, space.id), base: `/api/spaces/${space.id}` };
  }

  const post = (path: string, body?: unknown, who: (typeof people)[number] = 'u-megan', etag?: string) =>
    api(env.host, 'POST', path, { token: tok[who], body, ...(etag ? { headers: { 'if-match': etag } } : {}) });

  async function created<T>(res: Promise<ApiResponse>): Promise<T> {
    const done = await res;
    expect(done.status, done.text).toBeLessThan(300);
    return done.json as T;
  }

  /** Everyone opens the occurrence at once (each of the four people five times). */
  async function openAtOnce(base: string, body: OccurrenceBody): Promise<OccurrenceResponse[]> {
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => post(`${base}/meeting-occurrences`, body, people[i % people.length])),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    return answers.map((a) => a.json as OccurrenceResponse);
  }

  /** Week 1 of a series: set up, three items, held, one action left open. */
  async function heldFirstWeek(base: string, series: OccurrenceBody): Promise<{ meetingId: string; action: string }> {
    const first = await created<OccurrenceResponse>(
      post(`${base}/meeting-occurrences/setup`, {
        ...series,
        title: 'Weekly sales',
        scheduledStart: series.details?.scheduledStart ?? '2026-12-03T09:00:00Z',
        lengthMinutes: 60,
      }),
    );
    const meetingId = first.meeting?.id ?? '';
    for (const title of ['Pipeline', 'Role-play', 'Fabrikam']) {
      await created(post(`${base}/meetings/${meetingId}/items`, buildItemBody({ title })));
    }
    const url = `${base}/meetings/${meetingId}/state`;
    let state = (await api(env.host, 'GET', url, { token: tok['u-megan'] })).json as MeetingStateResponse;
    state = await created<MeetingStateResponse>(post(url, { action: 'start' }, 'u-megan', state.etag));
    const action = await created<{ id: string }>(
      post(`${base}/meetings/${meetingId}/captures`, { kind: 'action', text: 'Send the quote', ownerId: 'u-alex' }),
    );
    await created(post(url, { action: 'end' }, 'u-megan', state.etag));
    return { meetingId, action: action.id };
  }

  test(`${N} first opens of a new occurrence at once: one meeting, one agenda copy, actions carried once`, async () => {
    const space = await newSpace();
    const series = buildOccurrenceBody({ localDate: '2026-12-03' });
    const week1 = await heldFirstWeek(space.base, series);
    const answers = await openAtOnce(space.base, { ...series, localDate: '2026-12-10' });

    const ids = new Set(answers.map((a) => a.meeting?.id));
    expect(ids.size).toBe(1);
    const [meetingId] = [...ids];
    expect(meetingId).toBeDefined();
    expect(meetingId).not.toBe(week1.meetingId);
    for (const answer of answers) expect(answer.carriedActions.map((c) => c.id)).toEqual([week1.action]);
    expect(await storedOfType(store, space.pk, 'meeting')).toHaveLength(2);
    expect(await storedOfType(store, space.pk, 'meetingOccurrence')).toHaveLength(2);
    expect(await storedOfType(store, space.pk, 'meetingState')).toHaveLength(2);
    const agenda = await created<AgendaResponse>(
      api(env.host, 'GET', `${space.base}/meetings/${meetingId}`, { token: tok['u-megan'] }),
    );
    expect(agenda.items.map((i) => i.title)).toEqual(['Pipeline', 'Role-play', 'Fabrikam']);
    expect(await storedOfType(store, space.pk, 'agendaItem')).toHaveLength(6);
  });

  test(`${N} first opens at once take over last week's "next week" draft once`, async () => {
    const space = await newSpace();
    const series = buildOccurrenceBody({ localDate: '2026-12-03' });
    const week1 = await heldFirstWeek(space.base, series);
    const draft = await created<AgendaResponse>(post(`${space.base}/meetings/${week1.meetingId}/next-week`));
    const answers = await openAtOnce(space.base, { ...series, localDate: '2026-12-10' });

    expect(new Set(answers.map((a) => a.meeting?.id))).toEqual(new Set([draft.meeting.id]));
    expect(answers.every((a) => a.meeting?.teamsMeetingId === series.teamsMeetingId)).toBe(true);
    expect(await storedOfType(store, space.pk, 'meeting')).toHaveLength(2);
    expect(await storedOfType(store, space.pk, 'meetingOccurrence')).toHaveLength(2);
  });

  test(`${N} set-ups of a series' first occurrence at once: one meeting for all`, async () => {
    const space = await newSpace();
    const series = buildOccurrenceBody();
    const body = { ...series, ...buildMeetingBody({ title: 'Weekly sales' }) };
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        post(`${space.base}/meeting-occurrences/setup`, body, i % 2 === 0 ? 'u-megan' : 'u-alex'),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(new Set(answers.map((a) => (a.json as OccurrenceResponse).meeting?.id)).size).toBe(1);
    expect(await storedOfType(store, space.pk, 'meeting')).toHaveLength(1);
    expect(await storedOfType(store, space.pk, 'meetingOccurrence')).toHaveLength(1);
  });
});
