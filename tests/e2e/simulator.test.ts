import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
// Types only: the probe runs the library's own bundle, loaded into the page (STYLE.md rule 7 is about runtime code).
// eslint-disable-next-line no-restricted-imports
import type * as TeamsJs from '@microsoft/teams-js';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  formatViolations,
  runAxe,
  saveConfig,
  startHarness,
  waitForNotifySuccess,
  type Harness,
  type OpenSurfaceOptions,
} from './harness.js';

/*
 * The simulator answers the real teams-js library, not our idea of it: a probe page loads the
 * library's own bundle and calls its public API, so a protocol mistake fails here before it can
 * hide behind (or be blamed on) the tabs.
 */

const require = createRequire(import.meta.url);
const PROBE_PATH = '/__probe/index.html';
const PROBE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>teams-js probe</title>
<script src="/__probe/teams.js"></script></head>
<body><main><h1>teams-js probe</h1></main></body></html>`;

type Teams = typeof TeamsJs;
declare global {
  interface Window {
    microsoftTeams: Teams;
    probeLog: unknown[];
  }
}

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness({ needsTabs: false });
  page = await harness.newPage();
  const library = await readFile(require.resolve('@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js'), 'utf8');
  await page.context().route(`${harness.baseUrl}/__probe/**`, (route) => {
    const isLibrary = new URL(route.request().url()).pathname.endsWith('/teams.js');
    return route.fulfill({
      contentType: isLibrary ? 'text/javascript' : 'text/html',
      body: isLibrary ? library : PROBE_HTML,
    });
  });
});

afterAll(async () => {
  await harness?.close();
});

/** Opens the probe inside the simulator and initializes teams-js in it. */
async function probe(options: Partial<OpenSurfaceOptions> = {}): Promise<Frame> {
  const { tab } = await harness.openSurface({ surface: PROBE_PATH, page, waitFor: 'none', ...options });
  await tab.waitForFunction(() => 'microsoftTeams' in window);
  await tab.evaluate(async () => {
    window.probeLog = [];
    await window.microsoftTeams.app.initialize();
  });
  return tab;
}

describe('Teams host simulator against the real teams-js', () => {
  it('initializes the library with the frame context, host client type and a runtime', async () => {
    const tab = await probe({
      frameContext: 'sidePanel',
      hostClientType: 'desktop',
      entityId: `space:${DEMO.spaceId}`,
    });
    const state = await tab.evaluate(() => {
      const teams = window.microsoftTeams;
      return {
        frameContext: teams.app.getFrameContext(),
        pagesConfig: teams.pages.config.isSupported(),
        dialog: teams.dialog.isSupported(),
      };
    });
    expect(state).toEqual({ frameContext: 'sidePanel', pagesConfig: true, dialog: false });
    const context = await tab.evaluate(() => window.microsoftTeams.app.getContext());
    expect(context.app.host.clientType).toBe('desktop');
    const init = (await page.evaluate(() => window.simulator.calls)).find((c) => c.func === 'initialize');
    expect(init?.args[0]).toMatch(/^2\.\d+\.\d+/);
    expect(init?.apiVersionTag).toMatch(/^v\d+_/);
  });

  it('answers getContext with a legacy context that teams-js maps to app.Context', async () => {
    const tab = await probe({
      frameContext: 'meetingStage',
      user: 'u-alex',
      theme: 'dark',
      locale: 'de-de',
      entityId: `space:${DEMO.spaceId}`,
      chatId: DEMO.chatId,
      meetingId: DEMO.meetingId,
    });
    const context = await tab.evaluate(() => window.microsoftTeams.app.getContext());
    expect(context.page).toMatchObject({ id: `space:${DEMO.spaceId}`, frameContext: 'meetingStage' });
    expect(context.app).toMatchObject({ theme: 'dark', locale: 'de-de', host: { name: 'Teams', clientType: 'web' } });
    expect(context.user).toMatchObject({ id: 'u-alex', displayName: 'Alex Wilber', tenant: { id: DEMO.tenantId } });
    expect(context.user?.userPrincipalName).toContain('@');
    expect(context.meeting?.id).toBe(DEMO.meetingId);
    expect(context.chat?.id).toBe(DEMO.chatId);
    expect(context.team).toBeUndefined();
    expect(context.channel).toBeUndefined();
  });

  it('gives channel tabs their team and channel', async () => {
    const tab = await probe({ teamId: DEMO.teamId, groupId: DEMO.groupId, channelId: DEMO.channelId });
    const context = await tab.evaluate(() => window.microsoftTeams.app.getContext());
    expect(context.team).toMatchObject({ internalId: DEMO.teamId, groupId: DEMO.groupId });
    expect(context.channel?.id).toBe(DEMO.channelId);
    expect(context.page.id).toBeUndefined();
  });

  it('opens a tab on a subPageId, given directly or by following a Teams deep link', async () => {
    const direct = await probe({ subPageId: 'actions/c-1' });
    expect((await direct.evaluate(() => window.microsoftTeams.app.getContext())).page.subPageId).toBe('actions/c-1');
    const context = encodeURIComponent(JSON.stringify({ subEntityId: 'roleplays/r-9' }));
    const linked = await probe({
      deepLink: `https://teams.microsoft.com/l/entity/2f1d7a3c-5b6e-4c8d-9e0f-1a2b3c4d5e6f/my-coaching?label=My%20coaching&context=${context}`,
    });
    const page = (await linked.evaluate(() => window.microsoftTeams.app.getContext())).page;
    expect(page).toMatchObject({ id: 'my-coaching', subPageId: 'roleplays/r-9' });
  });

  it('issues an SSO token for the chosen user that the API accepts', async () => {
    const tab = await probe({ user: 'u-fiona' });
    const me = await tab.evaluate(async () => {
      const token = await window.microsoftTeams.authentication.getAuthToken();
      const response = await fetch('/api/me', { headers: { authorization: `Bearer ${token}` } });
      return (await response.json()) as { userId: string; tenantId: string };
    });
    expect(me).toMatchObject({ userId: 'u-fiona', tenantId: DEMO.otherTenantId });
  });

  it('records notifySuccess and resolves ready', async () => {
    const tab = await probe();
    await tab.evaluate(() => window.microsoftTeams.app.notifySuccess());
    const settled = await waitForNotifySuccess(page);
    expect(settled.sinceLoadMs).toBeGreaterThan(0);
    const funcs = (await page.evaluate(() => window.simulator.calls)).map((c) => c.func);
    expect(funcs).toEqual(expect.arrayContaining(['initialize', 'appInitialization.success']));
  });

  it('pushes theme changes to the registered handler and reports the new theme in the context', async () => {
    const tab = await probe();
    await tab.evaluate(() =>
      window.microsoftTeams.app.registerOnThemeChangeHandler((theme) => window.probeLog.push(theme)),
    );
    await page.waitForFunction(() => window.simulator.registeredHandlers.includes('themeChange'));
    await page.evaluate(() => window.simulator.setTheme('contrast'));
    await tab.waitForFunction(() => window.probeLog.length > 0);
    expect(await tab.evaluate(() => window.probeLog)).toEqual(['contrast']);
    const context = await tab.evaluate(() => window.microsoftTeams.app.getContext());
    expect(context.app.theme).toBe('contrast');
  });

  it('runs the configuration save protocol: validity, save, setConfig, success', async () => {
    const tab = await probe({ frameContext: 'settings', teamId: DEMO.teamId, channelId: DEMO.channelId });
    expect((await saveConfig(page)).outcome).toBe('invalid');
    await tab.evaluate(() => {
      const { pages } = window.microsoftTeams;
      pages.config.registerOnSaveHandler((event) => {
        window.probeLog.push(event.result);
        pages.config
          .setConfig({
            entityId: 'space:probe',
            contentUrl: `${location.origin}/channel?spaceId=probe`,
            suggestedDisplayName: 'Probe',
          })
          .then(
            () => event.notifySuccess(),
            (error: unknown) => event.notifyFailure(String(error)),
          );
      });
      pages.config.setValidityState(true);
    });
    await page.waitForFunction(() => window.simulator.validityState);
    const result = await saveConfig(page);
    expect(result.outcome).toBe('success');
    expect(result.settings).toMatchObject({ entityId: 'space:probe', suggestedDisplayName: 'Probe' });
    expect(result.settings?.contentUrl).toBe(`${harness.baseUrl}/channel?spaceId=probe`);
    expect(await tab.evaluate(() => window.probeLog)).toEqual([{}]);
    const config = await tab.evaluate(() => window.microsoftTeams.pages.getConfig());
    expect(config.entityId).toBe('space:probe');
  });

  it('reports a save the tab refuses', async () => {
    const tab = await probe({ frameContext: 'settings' });
    await tab.evaluate(() => {
      const { pages } = window.microsoftTeams;
      pages.config.registerOnSaveHandler((event) => event.notifyFailure('no space picked'));
      pages.config.setValidityState(true);
    });
    await page.waitForFunction(() => window.simulator.validityState);
    expect(await saveConfig(page)).toMatchObject({ outcome: 'failure', reason: 'no space picked' });
  });

  it('lets the side panel share to the stage when the host allows it', async () => {
    const tab = await probe({ frameContext: 'sidePanel', chatId: DEMO.chatId, meetingId: DEMO.meetingId });
    const outcome = await tab.evaluate(async () => {
      const { meeting } = window.microsoftTeams;
      const capabilities = await new Promise<unknown>((resolve) =>
        meeting.getAppContentStageSharingCapabilities((error, result) => resolve(error ?? result)),
      );
      const shared = await new Promise<unknown>((resolve) =>
        meeting.shareAppContentToStage((error, result) => resolve(error ?? result), `${location.origin}/stage?x=1`),
      );
      return { capabilities, shared };
    });
    expect(outcome).toEqual({ capabilities: { doesAppHaveSharePermission: true }, shared: true });
    expect(await page.evaluate(() => window.simulator.stageUrl)).toBe(`${harness.baseUrl}/stage?x=1`);
  });

  it('refuses stage sharing when the host denies it or lacks meetings', async () => {
    const capabilities = (tab: Frame): Promise<unknown> =>
      tab.evaluate(
        () =>
          new Promise<unknown>((resolve) =>
            window.microsoftTeams.meeting.getAppContentStageSharingCapabilities((error, result) =>
              resolve(error ?? result),
            ),
          ),
      );
    expect(await capabilities(await probe({ frameContext: 'sidePanel', stageSharing: 'deny' }))).toEqual({
      doesAppHaveSharePermission: false,
    });
    expect(await capabilities(await probe({ frameContext: 'sidePanel', without: ['meeting'] }))).toMatchObject({
      errorCode: 100,
    });
  });

  it('answers an API it does not model with an error instead of silence', async () => {
    const tab = await probe();
    const message = await tab.evaluate(() =>
      window.microsoftTeams.app.openLink('https://teams.microsoft.com/l/chat/0/0').then(
        () => 'resolved',
        (error: unknown) => String(error),
      ),
    );
    expect(message).toContain('not supported by the Teams host simulator');
    const unhandled = await page.evaluate(() => window.simulator.unhandled.map((c) => c.func));
    expect(unhandled).toEqual(['executeDeepLink']);
  });

  it('loads another URL in the same frame with a new frame context', async () => {
    await probe({ frameContext: 'settings' });
    await page.evaluate(
      (url) => void window.simulator.navigate(url, { frameContext: 'content', entityId: 'space:next' }),
      `${harness.baseUrl}${PROBE_PATH}?next=1`,
    );
    expect(await page.evaluate(() => window.simulator.load)).toBe(2);
    const frameHandle = await page.locator('iframe#tab').elementHandle();
    const tab = await frameHandle?.contentFrame();
    if (!tab) throw new Error('no tab frame');
    await tab.waitForURL(/next=1/);
    await tab.waitForFunction(() => 'microsoftTeams' in window);
    const context = await tab.evaluate(async () => {
      await window.microsoftTeams.app.initialize();
      return window.microsoftTeams.app.getContext();
    });
    expect(context.page).toMatchObject({ frameContext: 'content', id: 'space:next' });
  });

  it('is itself accessible, so it never disturbs scans of the tab', async () => {
    await probe();
    const violations = await runAxe(page.mainFrame());
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(await page.getByTitle('Coachboard tab').count()).toBe(1);
  });
});
