import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_CLIENT_ID } from '../../api/src/config.js';
import type { InboxResponse } from '../../api/src/domain/index.js';
import { startGraphFake, type GraphFake } from '../../api/test/graph-fake.js';
import { DEMO, formatViolations, hasHorizontalScroll, runAxe, startHarness, type Harness } from './harness.js';

/*
 * Notifications end to end: Megan assigns Alex an action; Alex's inbox in the personal tab shows it, the
 * local Graph recorded one activity notification whose deep link, followed in the host simulator, opens
 * the personal tab on that action, highlighted.
 */

const TEAMS_APP_ID = '2f1d7a3c-5b6e-4c8d-9e0f-1a2b3c4d5e6f';
const SECRET = 'e2e-client-secret';

let fake: GraphFake;
let harness: Harness;

beforeAll(async () => {
  fake = await startGraphFake({ clientId: DEV_CLIENT_ID, clientSecret: SECRET });
  harness = await startHarness({
    env: { TEAMS_APP_ID, AAD_APP_CLIENT_SECRET: SECRET, GRAPH_ENDPOINT: fake.url, AUTHORITY_HOST: fake.url },
  });
});

afterAll(async () => {
  await harness?.close();
  await fake?.close();
});

async function expectAxeClean(tab: Frame): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/** Megan assigns Alex an action in the demo meeting; returns the action's id. */
async function assignAlex(text: string): Promise<string> {
  const meetings = await harness.api<{ items: { id: string }[] }>('u-megan', 'GET', `spaces/${DEMO.spaceId}/meetings`);
  const meetingId = meetings.body.items[0]?.id ?? '';
  const created = await harness.api<{ id: string }>(
    'u-megan',
    'POST',
    `spaces/${DEMO.spaceId}/meetings/${meetingId}/captures`,
    { kind: 'action', text, ownerId: 'u-alex' },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

function deliveredFor(text: string) {
  return fake.delivered().filter((d) => (d.body.previewText as { content: string }).content === text);
}

describe('notifications', () => {
  it('shows Alex the action Megan assigned, in his inbox and once in his activity feed', async () => {
    const text = 'Send Contoso the pricing sheet before Friday';
    const captureId = await assignAlex(text);
    const sent = deliveredFor(text);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.recipientId).toBe('u-alex');
    expect(sent[0]?.body.activityType).toBe('actionAssigned');

    for (const width of [1280, 280]) {
      const { tab } = await harness.openSurface({ surface: 'personal', user: 'u-alex', width });
      const inbox = tab.getByRole('region', { name: 'Notifications' });
      const item = inbox.getByRole('listitem').filter({ hasText: text });
      await item.waitFor();
      await expect.poll(() => item.innerText()).toContain('Megan Bowen assigned you an action');
      expect(await item.getAttribute('data-unread')).toBe('true');
      // Unread first.
      expect(await inbox.getByRole('listitem').first().innerText()).toContain(text);
      await tab.getByRole('region', { name: 'My action items' }).getByText(text).waitFor();
      expect(await hasHorizontalScroll(tab), `horizontal scroll at ${width} px`).toBe(false);
      await expectAxeClean(tab);
    }
    const inbox = await harness.api<InboxResponse>('u-alex', 'GET', 'me/inbox');
    expect(inbox.body.items.find((i) => i.target.itemId === captureId)?.readAt).toBeUndefined();
  });

  it('opens the action from the activity feed’s deep link, highlighted, and marks the notice read', async () => {
    const text = 'Book the Fabrikam QBR room';
    const captureId = await assignAlex(text);
    const [sent] = deliveredFor(text);
    const webUrl = (sent?.body.topic as { webUrl: string }).webUrl;
    expect(webUrl).toMatch(new RegExp(`^https://teams\\.microsoft\\.com/l/entity/${TEAMS_APP_ID}/my-coaching\\?`));

    const opened = await harness.openSurface({ surface: 'personal', user: 'u-alex', deepLink: webUrl });
    const action = opened.tab.locator(`[id="open-actions-${captureId}"]`);
    await expect.poll(() => action.getAttribute('data-highlighted')).toBe('true');
    expect(await action.innerText()).toContain(text);
    await expect.poll(() => action.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect
      .poll(async () => {
        const inbox = await harness.api<InboxResponse>('u-alex', 'GET', 'me/inbox');
        return Boolean(inbox.body.items.find((i) => i.target.itemId === captureId)?.readAt);
      })
      .toBe(true);
    await expectAxeClean(opened.tab);
  });

  it('a new team: Megan adds Alex and Lynne with the Teams picker, assigns Alex an action, and its deep link opens it', async () => {
    const teamId = '19:south-region@thread.tacv2';
    const channelId = '19:south-sales-room@thread.tacv2';
    const created = await harness.api<{ id: string }>('u-megan', 'POST', 'spaces', {
      name: 'South region',
      binding: { kind: 'channel', teamId, channelId },
    });
    expect(created.status).toBe(201);
    const spaceId = created.body.id;

    // Megan picks Alex and Lynne in the (simulated) Teams people picker and adds them.
    const { page, tab } = await harness.openSurface({ surface: 'channel', spaceId, teamId, channelId });
    const section = tab.getByRole('region', { name: 'Add people' });
    await page.evaluate(() => window.simulator.setPeoplePicks(['u-alex', 'u-lynne']));
    await section.getByRole('button', { name: 'Choose people' }).click();
    await section.getByRole('button', { name: 'Add 2 people' }).click();
    await section.getByText('Added Alex Wilber and Lynne Robbins.').waitFor();

    // She assigns Alex an action in the team's weekly meeting.
    const meeting = await harness.api<{ meeting: { id: string } }>('u-megan', 'POST', `spaces/${spaceId}/meetings`, {
      title: 'South weekly',
      scheduledStart: new Date().toISOString(),
      lengthMinutes: 30,
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    const text = 'Call Wingtip about the renewal date';
    const capture = await harness.api<{ id: string }>(
      'u-megan',
      'POST',
      `spaces/${spaceId}/meetings/${meeting.body.meeting.id}/captures`,
      { kind: 'action', text, ownerId: 'u-alex' },
    );
    expect(capture.status, JSON.stringify(capture.body)).toBe(201);

    // One activity notification, to Alex only, whose deep link opens the action in his personal tab.
    const sent = deliveredFor(text);
    expect(sent.map((d) => d.recipientId)).toEqual(['u-alex']);
    const webUrl = (sent[0]?.body.topic as { webUrl: string }).webUrl;
    const opened = await harness.openSurface({ surface: 'personal', user: 'u-alex', deepLink: webUrl });
    await opened.tab.getByRole('region', { name: 'Notifications' }).getByText(text).waitFor();
    const action = opened.tab.locator(`[id="open-actions-${capture.body.id}"]`);
    await expect.poll(() => action.getAttribute('data-highlighted')).toBe('true');
    expect(await action.innerText()).toContain(text);
  });

  it('opens an item from the inbox and lets Alex mute a kind for a team', async () => {
    const text = 'Call procurement about the renewal terms';
    const captureId = await assignAlex(text);
    const { tab } = await harness.openSurface({ surface: 'personal', user: 'u-alex' });
    await tab.getByRole('button', { name: `Open: ${text}` }).click();
    const action = tab.locator(`[id="open-actions-${captureId}"]`);
    await expect.poll(() => action.getAttribute('data-highlighted')).toBe('true');
    const item = tab.getByRole('region', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: text });
    await expect.poll(() => item.getAttribute('data-unread')).toBeNull();

    await tab.getByRole('button', { name: 'Notification settings' }).click();
    const box = tab.getByRole('group', { name: `Tell me in ${DEMO.spaceName} when` }).getByRole('checkbox', {
      name: 'an action is assigned to me',
    });
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.click();
    await expect
      .poll(async () => (await harness.api('u-alex', 'GET', 'me/notification-settings')).body)
      .toEqual({ spaces: [{ spaceId: DEMO.spaceId, muted: ['actionAssigned'] }] });
    await expectAxeClean(tab);

    const muted = 'A muted action';
    await assignAlex(muted);
    expect(deliveredFor(muted)).toHaveLength(0);
    await box.click();
    await expect
      .poll(async () => (await harness.api('u-alex', 'GET', 'me/notification-settings')).body)
      .toEqual({ spaces: [] });
  });
});
