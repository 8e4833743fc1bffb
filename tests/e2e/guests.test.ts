import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  formatViolations,
  runAxe,
  startHarness,
  waitForNotifySuccess,
  waitForSettledPage,
  type Harness,
} from './harness.js';

/*
 * People in a meeting who are not the team: a guest who is not a member, an anonymous user (no Entra
 * account, so no SSO token), and a member on a mobile client, where Teams hosts the tab frameless.
 */

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

declare global {
  interface Window {
    nativeInterface?: { framelessPostMessage: (json: string) => void };
    onNativeMessage?: (event: { data: unknown }) => void;
    nativeHost?: (json: string) => Promise<void>;
  }
}

describe('an anonymous meeting user', () => {
  it.each(['stage', 'sidepanel'] as const)(
    'gets a clear word on the %s, and no token is asked for',
    async (surface) => {
      const opened = await harness.openSurface({ surface, user: 'anonymous' });
      await opened.tab.getByRole('heading', { name: 'Coachboard needs a work account' }).waitFor();
      const calls = (await opened.calls()).map((c) => c.func);
      expect(calls).not.toContain('authentication.getAuthToken');
      expect(opened.apiResponses()).toEqual([]);
      expect(opened.errors()).toEqual([]);
      await waitForSettledPage(opened.tab);
      expect(formatViolations(await runAxe(opened.tab))).toBe('');
    },
  );
});

describe('a guest who is not a member of the team', () => {
  it('sees the stage read-only: the agenda and the item under way, without an error', async () => {
    // The demo meeting's occurrence today (the simulator gives no details: the date tells it), running.
    const now = new Date();
    const pad = (n: number): string => String(n).padStart(2, '0');
    const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const base = `spaces/${DEMO.spaceId}`;
    const setup = await harness.api<{ meeting: { id: string } }>(
      'u-megan',
      'POST',
      `${base}/meeting-occurrences/setup`,
      {
        teamsMeetingId: DEMO.meetingId,
        chatId: DEMO.chatId,
        localDate: today,
        title: 'Weekly sales meeting',
        scheduledStart: now.toISOString(),
        lengthMinutes: 30,
      },
    );
    expect(setup.status).toBe(200);
    const meetingId = setup.body.meeting.id;
    for (const title of ['Role-play: price pushback', 'Fabrikam renewal: next step']) {
      const item = await harness.api('u-megan', 'POST', `${base}/meetings/${meetingId}/items`, {
        title,
        kind: 'rolePlay',
        timeboxMinutes: 10,
      });
      expect(item.status).toBe(201);
    }
    const state = await harness.api<{ etag: string }>('u-megan', 'GET', `${base}/meetings/${meetingId}/state`);
    const token = await fetch(`${harness.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'u-megan' }),
    }).then(async (r) => ((await r.json()) as { token: string }).token);
    const started = await fetch(`${harness.baseUrl}/api/${base}/meetings/${meetingId}/state`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': state.body.etag },
      body: JSON.stringify({ action: 'start' }),
    });
    expect(started.status).toBe(200);

    const opened = await harness.openSurface({ surface: 'stage', user: 'u-adele' });
    await opened.tab.getByText('You are viewing as a guest: the agenda is read-only.').waitFor();
    await opened.tab.getByText('Now: Role-play: price pushback').waitFor();
    await opened.tab.getByRole('listitem').filter({ hasText: 'Fabrikam renewal: next step' }).waitFor();
    expect(await opened.tab.getByRole('alert').count()).toBe(0);
    expect(await opened.tab.getByRole('button').count()).toBe(0);
    expect(await opened.page.evaluate(() => window.simulator.initOutcome)).toBe('success');
    // Nothing members alone may read was asked for, beyond the refused space itself.
    const paths = opened.apiResponses().map((r) => `${r.status} ${r.path}`);
    expect(paths.filter((p) => p.startsWith('200 '))).toEqual(
      paths.filter((p) => p === `200 /api/${base}/meeting-occurrences/view`),
    );
    expect(opened.errors()).toEqual([]);
    await waitForSettledPage(opened.tab);
    expect(formatViolations(await runAxe(opened.tab))).toBe('');
  });
});

/**
 * Hosts the tab as Teams mobile does: top-level (no frame, no opener) with the host's
 * `window.nativeInterface`; its messages are answered by the simulator (frameless mode) and the
 * replies delivered through `window.onNativeMessage`, as the mobile clients do.
 */
async function openFrameless(
  surface: 'channel' | 'sidepanel',
  hostClientType: 'android' | 'ios',
): Promise<{ host: Page; tab: Page }> {
  const host = await harness.newPage();
  await host.goto(harness.simulatorUrl({ surface, hostClientType, frameless: true, user: 'u-alex' }), {
    waitUntil: 'domcontentloaded',
  });
  const surfaceUrl = await host.evaluate(() => window.simulator.host.tabUrl ?? '');
  const tab = await harness.newPage();
  await tab.exposeFunction('nativeHost', async (json: string) => {
    const reply = await host.evaluate((message) => window.simulator.answerNative(message), json);
    if (reply) await tab.evaluate((data) => window.onNativeMessage?.({ data }), reply);
  });
  await tab.addInitScript(() => {
    window.nativeInterface = {
      framelessPostMessage: (json: string) => {
        void window.nativeHost?.(json);
      },
    };
  });
  await tab.goto(surfaceUrl, { waitUntil: 'domcontentloaded' });
  await waitForNotifySuccess(host);
  return { host, tab };
}

describe('a mobile host', () => {
  it.each(['android', 'ios'] as const)('%s: signs in through teams-js, never the local picker', async (client) => {
    const { host, tab } = await openFrameless('channel', client);
    await tab.getByRole('heading', { level: 2, name: DEMO.spaceName }).waitFor();
    const calls = await host.evaluate(() => window.simulator.calls.map((c) => c.func));
    expect(calls).toContain('initialize');
    expect(calls).toContain('authentication.getAuthToken');
    expect(await tab.evaluate(() => window.parent === window)).toBe(true);
    // The local demo sign-in never shows inside Teams.
    expect(await tab.getByRole('heading', { name: 'Sign in to Coachboard' }).count()).toBe(0);
    expect(await tab.getByText('Alex Wilber').count()).toBeGreaterThan(0);
  });
});
