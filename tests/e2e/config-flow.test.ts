import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, saveConfig, startHarness, waitForNotifySuccess, type Harness, type HostCall } from './harness.js';

/*
 * Adding the tab as Teams does: the settings frame, Save, the saved contentUrl opened as a tab;
 * and what someone outside the team sees when they open that contentUrl.
 */

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.newPage();
});

afterAll(async () => {
  await harness?.close();
});

async function spaceAsManager(spaceId: string): Promise<{ bindings: unknown[]; name: string }> {
  const tokenResponse = await fetch(`${harness.baseUrl}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'u-megan' }),
  });
  const { token } = (await tokenResponse.json()) as { token: string };
  const response = await fetch(`${harness.baseUrl}/api/spaces/${spaceId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as { bindings: unknown[]; name: string };
}

function callsOf(calls: HostCall[], func: string): HostCall[] {
  return calls.filter((c) => c.func === func);
}

describe('configuring a channel tab', () => {
  it('picks the space, saves a contentUrl for it, and opens as the channel tab showing that space', async () => {
    const { tab } = await harness.openSurface({ surface: 'config', user: 'u-megan', page });
    expect((await saveConfig(page)).outcome).toBe('invalid');

    await tab.getByRole('radio', { name: /Northwind Sales/ }).check();
    await page.waitForFunction(() => window.simulator.validityState);
    const result = await saveConfig(page);
    expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'success' });

    const expectedUrl = `${harness.baseUrl}/channel?spaceId=${DEMO.spaceId}`;
    expect(result.settings).toMatchObject({ entityId: `space:${DEMO.spaceId}`, contentUrl: expectedUrl });
    expect(result.settings?.suggestedDisplayName).toBeTruthy();
    const calls = await page.evaluate(() => window.simulator.calls);
    expect(callsOf(calls, 'settings.setSettings')).toHaveLength(1);
    expect(callsOf(calls, 'settings.save.success')).toHaveLength(1);
    expect(callsOf(calls, 'settings.save.failure')).toHaveLength(0);

    // The manager's Save also tied the space to this channel.
    const channelBinding = (await spaceAsManager(DEMO.spaceId)).bindings.find(
      (b) => (b as { kind: string }).kind === 'channel',
    ) as { teamId: string; channelId: string } | undefined;
    expect(channelBinding?.channelId).toBe(DEMO.channelId);
    expect([DEMO.groupId, DEMO.teamId]).toContain(channelBinding?.teamId);

    await page.evaluate(() => void window.simulator.openSaved());
    await waitForNotifySuccess(page);
    expect(tab.url()).toBe(expectedUrl);
    await tab.getByRole('heading', { level: 1, name: 'Sales room', exact: true }).waitFor();
    await tab.getByRole('heading', { level: 2, name: DEMO.spaceName }).waitFor();
    await tab.getByText('Your role: Manager').waitFor();
  });

  it('creates a new team from the settings frame and opens it', async () => {
    const { tab } = await harness.openSurface({ surface: 'config', user: 'u-lynne', page });
    await tab.getByRole('radio', { name: 'Create a new sales team' }).check();
    await tab.getByRole('textbox', { name: /Team name/ }).fill('Enterprise East');
    await page.waitForFunction(() => window.simulator.validityState);
    const result = await saveConfig(page);
    expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'success' });
    const contentUrl = new URL(result.settings?.contentUrl ?? '');
    const newId = contentUrl.searchParams.get('spaceId');
    expect(contentUrl.pathname).toBe('/channel');
    expect(newId).toBeTruthy();
    expect(newId).not.toBe(DEMO.spaceId);
    expect(result.settings?.entityId).toBe(`space:${newId}`);

    await page.evaluate(() => void window.simulator.openSaved());
    await waitForNotifySuccess(page);
    await tab.getByRole('heading', { level: 2, name: 'Enterprise East' }).waitFor();
    await tab.getByText('Your role: Manager').waitFor();
    await tab.getByText('1 member', { exact: true }).waitFor();
  });

  it('reports a failed save to Teams and says why', async () => {
    const { tab } = await harness.openSurface({ surface: 'config', user: 'u-lynne', page });
    await tab.getByRole('radio', { name: 'Create a new sales team' }).check();
    await tab.getByRole('textbox', { name: /Team name/ }).fill('Field Sales');
    await page.waitForFunction(() => window.simulator.validityState);
    // The API goes away between the check and the save.
    await page
      .context()
      .route(`${harness.baseUrl}/api/spaces`, (route) =>
        route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback(),
      );
    try {
      const result = await saveConfig(page);
      expect(result.outcome).toBe('failure');
      expect(String(result.reason)).toMatch(/cannot reach/i);
      await tab.getByText(/The tab could not be saved/).waitFor();
    } finally {
      await page.context().unroute(`${harness.baseUrl}/api/spaces`);
    }
  });
});

describe('configuring a meeting tab', () => {
  const meeting = { chatId: DEMO.chatId, meetingId: DEMO.meetingId, teamId: '', groupId: '', channelId: '' };

  it('saves the meeting details URL for the space', async () => {
    const { tab } = await harness.openSurface({ surface: 'config', user: 'u-megan', page, ...meeting });
    await tab.getByRole('radio', { name: /Northwind Sales/ }).check();
    await page.waitForFunction(() => window.simulator.validityState);
    const result = await saveConfig(page);
    expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'success' });
    expect(result.settings?.contentUrl).toBe(`${harness.baseUrl}/details?spaceId=${DEMO.spaceId}`);
    expect((await spaceAsManager(DEMO.spaceId)).bindings).toContainEqual({ kind: 'chat', chatId: DEMO.chatId });

    await page.evaluate(() => void window.simulator.openSaved());
    await waitForNotifySuccess(page);
    await tab.getByRole('heading', { level: 1, name: 'Meeting prep', exact: true }).waitFor();
  });

  // Teams loads a configurable tab's one contentUrl in every context the manifest lists for it:
  // the meeting details tab and chat tab (content), the side panel (sidePanel) and the stage when
  // opened from the share tray (meetingStage). Only the frame context tells them apart.
  it.each([
    ['sidePanel', 'Run the meeting'],
    ['meetingStage', DEMO.spaceName],
  ] as const)('shows the %s view when Teams opens the saved contentUrl there', async (frameContext, title) => {
    const { tab } = await harness.openSurface({
      surface: `/details?spaceId=${DEMO.spaceId}`,
      frameContext,
      entityId: `space:${DEMO.spaceId}`,
      user: 'u-alex',
      page,
      ...meeting,
    });
    await expect.poll(() => tab.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual([title]);
  });
});

describe('someone outside the team opening its tab', () => {
  it.each([
    ['u-fiona', 'of another tenant'],
    ['u-adele', 'of the same tenant, not a member'],
  ])('%s (%s) sees none of its data and is told they have no access', async (user) => {
    const opened = await harness.openSurface({
      surface: `/channel?spaceId=${DEMO.spaceId}`,
      entityId: `space:${DEMO.spaceId}`,
      teamId: DEMO.teamId,
      channelId: DEMO.channelId,
      user,
      page,
      waitFor: 'settled',
    });
    const { tab } = opened;
    await tab
      .getByRole('alert')
      .filter({ hasText: /not a member/ })
      .waitFor();

    const html = await tab.content();
    for (const secret of [DEMO.spaceName, 'Megan Bowen', 'Alex Wilber', 'Lynne Robbins', 'Diego Siciliani']) {
      expect(html).not.toContain(secret);
    }
    const spaceCalls = opened.apiResponses().filter((r) => r.path.startsWith(`/api/spaces/${DEMO.spaceId}`));
    expect(spaceCalls.length).toBeGreaterThan(0);
    for (const call of spaceCalls) expect(call.status, call.path).toBe(404);
  });

  it('the other tenant’s personal tab lists no team', async () => {
    const { tab } = await harness.openSurface({ surface: 'personal', user: 'u-fiona', page });
    await tab.getByRole('heading', { name: 'You are not in a sales team yet' }).waitFor();
    expect(await tab.content()).not.toContain(DEMO.spaceName);
  });
});
