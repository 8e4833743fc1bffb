import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT } from '../src/devhost/demo.js';
import type { InboxResponse, Principal } from '../src/domain/index.js';
import type { Notice } from '../src/notify/port.js';
import { api, STORE_BACKENDS, startTestHost, tokensFor, type TestHost } from './helpers.js';

const megan: Principal = { tenantId: DEMO_TENANT, userId: 'u-megan', name: 'Megan Bowen' };

function noticeFor(recipientId: string, eventKey: string): Notice {
  return {
    spaceId: 'space-1',
    recipientId,
    kind: 'actionAssigned',
    eventKey,
    title: 'Megan Bowen assigned you an action',
    target: { page: 'personal', section: 'actions', itemId: eventKey },
  };
}

describe.for(STORE_BACKENDS)('the in-app inbox (%s store)', (backend) => {
  let env: TestHost;
  let tok: Record<'u-megan' | 'u-alex' | 'u-lynne', string>;

  beforeAll(async () => {
    env = await startTestHost({ SEED_DEMO: 'false' }, { backend });
    tok = await tokensFor(env.host, ['u-megan', 'u-alex', 'u-lynne']);
  });
  afterAll(async () => {
    await env.close();
  });

  const inbox = async (token: string): Promise<InboxResponse> =>
    (await api(env.host, 'GET', '/api/me/inbox', { token })).json as InboxResponse;

  it('keeps one notice per event per person, even when the event is told twice at once', async () => {
    const notifier = env.host.services.notifier;
    const event = `action-${backend}-1`;
    await Promise.all(Array.from({ length: 8 }, () => notifier.notify(megan, [noticeFor('u-alex', event)])));
    const alex = await inbox(tok['u-alex']);
    expect(alex.items.filter((item) => item.target.itemId === event)).toHaveLength(1);
    expect(alex.items[0]).toMatchObject({ kind: 'actionAssigned', actorName: 'Megan Bowen', spaceId: 'space-1' });
    expect(alex.unread).toBe(1);
  });

  it('never notifies the actor and shows a notice to its recipient only', async () => {
    await env.host.services.notifier.notify(megan, [noticeFor('u-megan', `self-${backend}`)]);
    expect((await inbox(tok['u-megan'])).items).toHaveLength(0);
    expect((await inbox(tok['u-lynne'])).items).toHaveLength(0);
    const [notice] = (await inbox(tok['u-alex'])).items;
    const lynneReads = await api(env.host, 'POST', `/api/me/inbox/${notice!.id}/read`, { token: tok['u-lynne'] });
    expect(lynneReads.status).toBe(404);
  });

  it('marks a notice read once; marking it again changes nothing', async () => {
    const [notice] = (await inbox(tok['u-alex'])).items;
    const first = await api(env.host, 'POST', `/api/me/inbox/${notice!.id}/read`, { token: tok['u-alex'] });
    expect(first.status).toBe(200);
    const readAt = (first.json as { readAt: string }).readAt;
    expect(readAt).toBeTruthy();
    const again = await api(env.host, 'POST', `/api/me/inbox/${notice!.id}/read`, { token: tok['u-alex'] });
    expect((again.json as { readAt: string }).readAt).toBe(readAt);
    expect((await inbox(tok['u-alex'])).unread).toBe(0);
  });

  it('answers 404 for a notice that does not exist', async () => {
    const res = await api(env.host, 'POST', '/api/me/inbox/notice:nothing/read', { token: tok['u-alex'] });
    expect(res.status).toBe(404);
  });
});
