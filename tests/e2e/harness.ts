import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Frame, type Page, type Response } from 'playwright-core';
import { loadConfig } from '../../api/src/config.js';
import { DEMO_SPACE_ID, DEMO_TENANT, OTHER_TENANT } from '../../api/src/devhost/demo.js';
import { startDevHost, type DevHost } from '../../api/src/devhost/server.js';
import { findChromium } from '../browser/chromium.mjs';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const TABS_DIST = join(repoRoot, 'tabs/dist');
const SIMULATOR_DIR = join(repoRoot, 'tests/simulator');

/** The Teams surfaces of the app, as the host shows them. */
export type Surface = 'config' | 'channel' | 'details' | 'sidepanel' | 'stage' | 'chat' | 'personal';
export type FrameContext = 'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'task' | 'remove';
export type Theme = 'default' | 'dark' | 'contrast';
export const THEMES: Theme[] = ['default', 'dark', 'contrast'];

/** Teams-shaped ids of the demo team, channel and weekly sales meeting. */
export const DEMO = {
  tenantId: DEMO_TENANT,
  otherTenantId: OTHER_TENANT,
  spaceId: DEMO_SPACE_ID,
  spaceName: 'Northwind Sales',
  teamId: '19:northwind-sales@thread.tacv2',
  /** The Microsoft 365 group behind the team (Teams sends it beside the thread id). */
  groupId: '3c5e2a91-7f4d-4b8e-9a61-2d0c8e4f7b15',
  channelId: '19:sales-room@thread.tacv2',
  chatId: '19:meeting_weekly-sales@thread.v2',
  meetingId: 'MCMxOTptZWV0aW5nX3dlZWtseS1zYWxlc0B0aHJlYWQudjIjMA==',
} as const;

interface SurfaceDefaults {
  path: string;
  frameContext: FrameContext;
  /** Where the tab lives: a team channel, a meeting (chat + meeting id), or neither (personal). */
  place: 'channel' | 'meeting' | 'personal';
  /** Whether the tab is bound to a space (configured tabs are; the config page and personal tab are not). */
  bound: boolean;
}

export const SURFACES: Record<Surface, SurfaceDefaults> = {
  config: { path: '/config', frameContext: 'settings', place: 'channel', bound: false },
  channel: { path: '/channel', frameContext: 'content', place: 'channel', bound: true },
  details: { path: '/details', frameContext: 'content', place: 'meeting', bound: true },
  sidepanel: { path: '/sidepanel', frameContext: 'sidePanel', place: 'meeting', bound: true },
  stage: { path: '/stage', frameContext: 'meetingStage', place: 'meeting', bound: true },
  chat: { path: '/chat', frameContext: 'content', place: 'meeting', bound: true },
  personal: { path: '/personal', frameContext: 'content', place: 'personal', bound: false },
};

/** One request the tab sent to the host. */
export interface HostCall {
  func: string;
  args: unknown[];
  /** Epoch milliseconds (high resolution). */
  time: number;
  apiVersionTag?: string;
  /** Which iframe load sent it (1 for the first). */
  load: number;
}

export interface SaveResult {
  outcome: 'success' | 'failure' | 'timeout' | 'invalid';
  reason?: unknown;
  settings: { entityId?: string; contentUrl?: string; websiteUrl?: string; suggestedDisplayName?: string } | null;
}

interface SettledResult {
  outcome: 'success' | 'failure' | 'expectedFailure';
  args: unknown[];
  time: number;
  sinceLoadMs: number;
}

/** What tests/simulator/simulator.js puts on `window.simulator`. */
export interface SimulatorApi {
  calls: HostCall[];
  pushes: { func: string; args: unknown[]; time: number; load: number }[];
  unhandled: { func: string; args: unknown[] }[];
  host: Record<string, string | undefined>;
  readonly ready: Promise<{ time: number; sinceLoadMs: number }>;
  readonly settled: Promise<SettledResult>;
  readonly initOutcome: SettledResult['outcome'] | null;
  readonly load: number;
  readonly loadStartedAt: number;
  readonly savedSettings: SaveResult['settings'];
  readonly validityState: boolean;
  readonly stageUrl: string | null;
  readonly registeredHandlers: string[];
  setTheme(theme: Theme): void;
  save(options?: { webhookUrl?: string; force?: boolean; timeoutMs?: number }): Promise<SaveResult>;
  navigate(url: string, changes?: Record<string, string | undefined>): Promise<unknown>;
  openSaved(changes?: Record<string, string | undefined>): Promise<unknown>;
  push(func: string, args: unknown[]): void;
  /** A frameless (mobile) tab's message, answered as the host would; null when no answer is due. */
  answerNative(json: string): Promise<{ id: number; uuidAsString?: string; args: unknown[] } | null>;
  setMeetingDetails(details: { scheduledStart: string; scheduledEnd?: string; type?: string } | null): void;
}

declare global {
  interface Window {
    simulator: SimulatorApi;
  }
}

export interface OpenSurfaceOptions {
  /** A {@link Surface} name, or any other tab path such as `/channel?spaceId=…` (taken as is). */
  surface: string;
  frameContext?: FrameContext;
  /** The simulator frames the tab, as Teams web and desktop do (mobile clients host it frameless). */
  hostClientType?: 'web' | 'desktop' | 'android' | 'ios';
  /** The occurrence's scheduled start `meeting.getMeetingDetails` answers (none: the host refuses). */
  meetingStart?: string;
  /** The meeting type it answers (default Recurring). */
  meetingType?: string;
  /** Loads no tab frame: a test hosts the tab frameless (a mobile client) and bridges its messages. */
  frameless?: boolean;
  /** A demo user id; default u-megan (the manager). */
  user?: string;
  theme?: Theme;
  /** The space the tab is bound to; `null` for none. Defaults to the demo space on bound surfaces. */
  spaceId?: string | null;
  /** Overrides the `space:<id>` entity id Teams passes (empty string for none). */
  entityId?: string;
  teamId?: string;
  groupId?: string;
  channelId?: string;
  chatId?: string;
  meetingId?: string;
  locale?: string;
  stageSharing?: 'allow' | 'deny';
  /** Makes authentication.getAuthToken fail with this reason (e.g. `resourceRequiresConsent`). */
  authFailure?: string;
  /** Capabilities the host lacks, e.g. ['meeting']. */
  without?: string[];
  /** What a deep link asks the tab to open (the context's `subEntityId`, read as `page.subPageId`). */
  subPageId?: string;
  /** A Teams deep link to follow: the tab gets its entity id and `subEntityId`. */
  deepLink?: string;
  /** The tab frame's width in CSS pixels (e.g. 280, the narrowest side panel). */
  width?: number;
  /** Reuse this page (same participant); otherwise a new browser context is made. */
  page?: Page;
  /** What to wait for before returning: notifySuccess (default), success or failure, or nothing. */
  waitFor?: 'success' | 'settled' | 'none';
}

export interface ApiResponse {
  method: string;
  url: string;
  path: string;
  status: number;
}

export interface OpenedSurface {
  page: Page;
  /** The tab's frame (inside the simulator); survives navigations of the iframe. */
  tab: Frame;
  /** The simulator URL that was opened. */
  url: string;
  /** Requests the tab sent to the host so far. */
  calls: () => Promise<HostCall[]>;
  /** API responses the tab received since this surface was opened. */
  apiResponses: () => ApiResponse[];
  /** Uncaught errors in the tab since this surface was opened. */
  errors: () => string[];
}

/** What {@link Harness.api} answers. */
export interface ApiResult<T> {
  status: number;
  body: T;
  etag: string | null;
}

/**
 * With reduced motion asked for, no transition or animation runs: Fluent honours the setting in most
 * of its styles, and this covers the rest (it is the same in every theme, so axe sees final colours).
 */
const REDUCED_MOTION_CSS = `@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after {
    transition-duration: 0s !important;
    transition-delay: 0s !important;
    animation-duration: 0s !important;
    animation-delay: 0s !important;
    animation-iteration-count: 1 !important;
    scroll-behavior: auto !important;
  }
}`;

/** Runs in every frame before its scripts: adds {@link REDUCED_MOTION_CSS} to the document. */
function addReducedMotionStyle(css: string): void {
  const add = (): void => {
    const style = document.createElement('style');
    style.dataset.harness = 'reduced-motion';
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
  };
  if (document.documentElement) add();
  else document.addEventListener('DOMContentLoaded', add, { once: true });
}

/** The browser tests' world: one dev host (SQLite in a temp folder, demo data) and one Chromium. */
export interface Harness {
  host: DevHost;
  browser: Browser;
  baseUrl: string;
  /**
   * Calls the API as a demo user (`u-megan`, `u-alex`, …), for tests that set up their own data.
   * `path` is below `/api/`, e.g. `spaces/<id>/practices`.
   */
  api<T = unknown>(user: string, method: string, path: string, body?: unknown): Promise<ApiResult<T>>;
  /** A new participant: a fresh browser context (own storage) with one page. */
  newPage(): Promise<Page>;
  /** Opens a tab inside the Teams host simulator and waits for it to report success. */
  openSurface(options: OpenSurfaceOptions): Promise<OpenedSurface>;
  /** The URL of the simulator for these options. */
  simulatorUrl(options: OpenSurfaceOptions): string;
  close(): Promise<void>;
}

/**
 * Starts the dev host and Chromium. `needsTabs: false` is for suites that bring their own pages
 * (the simulator's protocol test) and so run before or without a tabs build.
 */
export async function startHarness({
  needsTabs = true,
  env = {},
}: {
  needsTabs?: boolean;
  /** More configuration for the dev host (e.g. the activity feed against a local Graph). */
  env?: Record<string, string>;
} = {}): Promise<Harness> {
  if (needsTabs && !existsSync(join(TABS_DIST, 'index.html'))) {
    throw new Error(
      `${TABS_DIST}/index.html is missing: the browser tests run against the built tabs. Run \`npm run build -w tabs\` first.`,
    );
  }
  const chromiumInfo = await findChromium();
  const dataDir = await mkdtemp(join(tmpdir(), 'coachboard-e2e-'));
  const config = loadConfig({
    ...process.env,
    STORE: 'sqlite',
    DATA_DIR: dataDir,
    AUTH_MODE: 'dev',
    ALLOWED_TENANTS: `${DEMO_TENANT},${OTHER_TENANT}`,
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_DEMO: 'true',
    TABS_DIST,
    ...env,
  });
  const host = await startDevHost(config, { quiet: true, simulatorDir: SIMULATOR_DIR });
  let browser: Browser;
  try {
    const { executablePath, args, env } = chromiumInfo;
    browser = await chromium.launch({ executablePath, args, env, headless: true });
  } catch (error) {
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const contexts: BrowserContext[] = [];
  const detachLogs = new WeakMap<Page, () => void>();
  const baseUrl = host.url;

  const newPage = async (): Promise<Page> => {
    // Reduced motion, as a user can ask for it: Fluent shortens its motion, and the style below ends
    // the CSS transitions it leaves, so what a test reads or axe measures is the state that stays.
    const context = await browser.newContext({ viewport: { width: 1320, height: 800 }, reducedMotion: 'reduce' });
    await context.addInitScript(addReducedMotionStyle, REDUCED_MOTION_CSS);
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    return context.newPage();
  };

  const api = async <T = unknown>(
    user: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResult<T>> => {
    const tokenResponse = await fetch(`${baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: user }),
    });
    if (!tokenResponse.ok) throw new Error(`No dev token for ${user}: ${tokenResponse.status}`);
    const { token } = (await tokenResponse.json()) as { token: string };
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}/api/${path.replace(/^\//, '')}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      etag: response.headers.get('etag'),
    };
  };

  const simulatorUrl = (options: OpenSurfaceOptions): string => {
    const defaults = SURFACES[options.surface as Surface] as SurfaceDefaults | undefined;
    const spaceId = options.spaceId === undefined ? (defaults?.bound ? DEMO.spaceId : null) : options.spaceId;
    let path = defaults?.path ?? options.surface;
    if (defaults && spaceId) path += `?spaceId=${encodeURIComponent(spaceId)}`;
    const place = defaults?.place;
    const query: Record<string, string | undefined> = {
      surface: path,
      frameContext: options.frameContext ?? defaults?.frameContext ?? 'content',
      hostClientType: options.hostClientType ?? 'web',
      user: options.user ?? 'u-megan',
      theme: options.theme ?? 'default',
      locale: options.locale ?? 'en-us',
      teamId: options.teamId ?? (place === 'channel' ? DEMO.teamId : undefined),
      groupId: options.groupId ?? (place === 'channel' ? DEMO.groupId : undefined),
      channelId: options.channelId ?? (place === 'channel' ? DEMO.channelId : undefined),
      chatId: options.chatId ?? (place === 'meeting' ? DEMO.chatId : undefined),
      meetingId: options.meetingId ?? (place === 'meeting' ? DEMO.meetingId : undefined),
      entityId: options.entityId ?? (spaceId ? `space:${spaceId}` : ''),
      stageSharing: options.stageSharing,
      authFailure: options.authFailure,
      without: options.without?.join(','),
      meetingStart: options.meetingStart,
      meetingType: options.meetingType,
      frameless: options.frameless ? '1' : undefined,
      subPageId: options.subPageId,
      deepLink: options.deepLink,
      width: options.width === undefined ? undefined : String(options.width),
    };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, value);
    return `${baseUrl}/__simulator/?${search.toString()}`;
  };

  const openSurface = async (options: OpenSurfaceOptions): Promise<OpenedSurface> => {
    const page = options.page ?? (await newPage());
    const url = simulatorUrl(options);
    const apiLog: ApiResponse[] = [];
    const errorLog: string[] = [];
    const onResponse = (response: Response): void => {
      const responseUrl = new URL(response.url());
      if (!responseUrl.pathname.startsWith('/api/') || response.frame() === page.mainFrame()) return;
      apiLog.push({
        method: response.request().method(),
        url: response.url(),
        path: responseUrl.pathname,
        status: response.status(),
      });
    };
    const onError = (error: Error): void => {
      errorLog.push(error.message);
    };
    // The logs of an earlier surface on a reused page stop here, so each surface has its own.
    detachLogs.get(page)?.();
    page.on('response', onResponse);
    page.on('pageerror', onError);
    detachLogs.set(page, () => {
      page.off('response', onResponse);
      page.off('pageerror', onError);
    });
    // The simulator's own document; the tab in its frame is waited for below, by its notifySuccess
    // (the frame's load event says nothing about the app, and on a busy machine it comes late).
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const frameHandle = await page.locator('iframe#tab').elementHandle();
    const tab = await frameHandle?.contentFrame();
    if (!tab) throw new Error('the simulator shows no tab iframe');
    const opened: OpenedSurface = {
      page,
      tab,
      url,
      calls: () => page.evaluate(() => window.simulator.calls),
      apiResponses: () => [...apiLog],
      errors: () => [...errorLog],
    };
    const waitFor = options.waitFor ?? 'success';
    if (waitFor === 'success') await waitForNotifySuccess(page);
    else if (waitFor === 'settled') await waitForSettled(page);
    return opened;
  };

  return {
    host,
    browser,
    baseUrl,
    api,
    newPage,
    openSurface,
    simulatorUrl,
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function describeCalls(page: Page): Promise<string> {
  const calls = await page.evaluate(() => window.simulator.calls.map((c) => c.func)).catch(() => []);
  return calls.length > 0 ? calls.join(', ') : '(none)';
}

/** Waits until the current tab load reports success or failure; returns the outcome. */
export async function waitForSettled(page: Page, timeoutMs = 30_000): Promise<SettledResult> {
  try {
    await page.waitForFunction(() => window.simulator.initOutcome !== null, undefined, { timeout: timeoutMs });
  } catch {
    throw new Error(
      `The tab did not call app.notifySuccess() or notifyFailure() within ${timeoutMs} ms. ` +
        `It sent: ${await describeCalls(page)}`,
    );
  }
  return page.evaluate(() => window.simulator.settled);
}

/** Waits for the current tab load to call app.notifySuccess(); fails clearly on a failure or a timeout. */
export async function waitForNotifySuccess(page: Page, timeoutMs = 30_000): Promise<SettledResult> {
  const settled = await waitForSettled(page, timeoutMs);
  if (settled.outcome !== 'success') {
    throw new Error(
      `The tab reported ${settled.outcome} instead of success: ${JSON.stringify(settled.args)}. ` +
        `It sent: ${await describeCalls(page)}`,
    );
  }
  return settled;
}

// Page helpers (themes, settling, axe, layout) live in harness-page.ts; tests import them from here.
export * from './harness-page.js';
