import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import type { AgendaResponse, SpaceResponse } from '../src/domain/index.js';
import { spacePk } from '../src/features/spaces/model.js';
import type { DocumentStore } from '../src/store/port.js';
import { buildSpaceBody } from './factories.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';
import { buildItemBody, buildMeetingBody } from './meeting-samples.js';

/**
 * "Start next week from this agenda" makes one draft per next occurrence (concurrency.test.ts style):
 * managers clicking at once, or again later, all get the same draft, with its agenda copied once, on
 * both store adapters.
 */
describe.for(STORE_BACKENDS)('next week’s draft under concurrent requests (%s store)', (backend) => {
  const N = 12;
  let env: TestHost;
  let tok: Record<'u-megan', string>;
  let store: DocumentStore;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tok = await tokensFor(env.host, ['u-megan']);
    store = env.host.services.store;
  });

  afterAll(async () => {
    await env.close();
  });

  const post = (path: string, body?: unknown) => api(env.host, 'POST', path, { token: tok['u-megan'], body });

  async function countOf(pk: string, type: string): Promise<number> {
    return (await store.query(pk, { type, limit: 1000 })).items.length;
  }

  test(`${N} clicks at once, then one more: one draft, one copy of the agenda`, async () => {
    const space = (await post('/api/spaces', buildSpaceBody())).json as SpaceResponse;
    const base = `/api/spaces/${space.id}/meetings`;
    const week1 = (await post(base, buildMeetingBody())).json as AgendaResponse;
    await post(`${base}/${week1.meeting.id}/items`, buildItemBody({ title: 'Role-play: price pushback' }));
    await post(`${base}/${week1.meeting.id}/items`, buildItemBody({ title: 'Skill: value questions', kind: 'skill' }));

    const answers = await Promise.all(Array.from({ length: N }, () => post(`${base}/${week1.meeting.id}/next-week`)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    const ids = new Set(answers.map((a) => (a.json as AgendaResponse).meeting.id));
    expect(ids.size).toBe(1);

    const again = await post(`${base}/${week1.meeting.id}/next-week`);
    expect(again.status).toBe(200);
    const draft = again.json as AgendaResponse;
    expect(ids.has(draft.meeting.id)).toBe(true);
    expect(draft.meeting).toMatchObject({ status: 'draft', scheduledStart: '2026-12-08T09:00:00.000Z' });
    expect(draft.items.map((i) => i.title)).toEqual(['Role-play: price pushback', 'Skill: value questions']);

    const pk = spacePk(DEMO_TENANT, space.id);
    expect(await countOf(pk, 'meeting')).toBe(2);
    expect(await countOf(pk, 'meetingState')).toBe(2);
    expect(await countOf(pk, 'agendaItem')).toBe(4);
  });

  test('a meeting the series already has at that time is the one answered', async () => {
    const space = (await post('/api/spaces', buildSpaceBody())).json as SpaceResponse;
    const base = `/api/spaces/${space.id}/meetings`;
    const week1 = (await post(base, buildMeetingBody())).json as AgendaResponse;
    const planned = (await post(base, buildMeetingBody({ scheduledStart: '2026-12-08T09:00:00Z' })))
      .json as AgendaResponse;
    const res = await post(`${base}/${week1.meeting.id}/next-week`);
    expect(res.status).toBe(200);
    expect((res.json as AgendaResponse).meeting.id).toBe(planned.meeting.id);
    expect(await countOf(spacePk(DEMO_TENANT, space.id), 'meeting')).toBe(2);
  });
});
