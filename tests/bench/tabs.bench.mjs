/**
 * Tabs benchmark: for every surface, the JavaScript and CSS its first render needs (gzip -9, as
 * served to Teams), and the time from the host loading the tab to `app.notifySuccess()` (median of
 * cold loads in the Teams host simulator). Runs after `npm run build`: the dev host comes from api/dist
 * and the tabs from tabs/dist.
 *
 * `node tests/bench/tabs.bench.mjs` runs it alone; tests/bench/run.mjs calls the default export.
 */
/* global window -- only inside page.evaluate callbacks, which run in the simulator page */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium } from '../browser/chromium.mjs';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const TABS_DIST = join(repoRoot, 'tabs/dist');
const SIMULATOR_DIR = join(repoRoot, 'tests/simulator');
const RUNS = 5;

/** The budget of PRODUCT.md / ARCHITECTURE.md: the side panel must stay small and fast. */
const JS_BUDGETS = { sidepanel: { op: '<=', limit: 200 } };

const MEETING = {
  chatId: '19:meeting_weekly-sales@thread.v2',
  meetingId: 'MCMxOTptZWV0aW5nX3dlZWtseS1zYWxlc0B0aHJlYWQudjIjMA==',
};
const CHANNEL = {
  teamId: '19:northwind-sales@thread.tacv2',
  groupId: '3c5e2a91-7f4d-4b8e-9a61-2d0c8e4f7b15',
  channelId: '19:sales-room@thread.tacv2',
};

/** Each surface as Teams shows it: its path, frame context, where it lives, and whether it is bound to a space. */
const SURFACES = [
  { name: 'config', path: '/config', frameContext: 'settings', ids: CHANNEL, bound: false },
  { name: 'channel', path: '/channel', frameContext: 'content', ids: CHANNEL, bound: true },
  { name: 'details', path: '/details', frameContext: 'content', ids: MEETING, bound: true },
  { name: 'sidepanel', path: '/sidepanel', frameContext: 'sidePanel', ids: MEETING, bound: true },
  { name: 'stage', path: '/stage', frameContext: 'meetingStage', ids: MEETING, bound: true },
  { name: 'chat', path: '/chat', frameContext: 'content', ids: MEETING, bound: true },
  { name: 'personal', path: '/personal', frameContext: 'content', ids: {}, bound: false },
];

async function importBuilt(path) {
  const file = join(repoRoot, path);
  if (!existsSync(file)) throw new Error(`${path} is missing: the benchmark runs after \`npm run build\`.`);
  return import(pathToFileURL(file).href);
}

function simulatorUrl(baseUrl, surface, spaceId) {
  const query = new URLSearchParams({
    surface: surface.bound ? `${surface.path}?spaceId=${spaceId}` : surface.path,
    frameContext: surface.frameContext,
    user: 'u-megan',
    theme: 'default',
    entityId: surface.bound ? `space:${spaceId}` : '',
    ...surface.ids,
  });
  return `${baseUrl}/__simulator/?${query.toString()}`;
}

const isCodeOrStyle = (url) => /\.(m?js|css)$/.test(new URL(url).pathname);

/**
 * One cold load (fresh browser context, empty cache) of a surface in the simulator. Returns the time
 * from the iframe load to notifySuccess and the gzip -9 bytes of the JS and CSS fetched by then.
 */
async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1320, height: 800 } });
  try {
    const page = await context.newPage();
    const responses = new Map();
    page.on('response', (response) => {
      if (response.frame() !== page.mainFrame() && isCodeOrStyle(response.url()))
        responses.set(response.url(), response);
    });
    await page.goto(url);
    await page.waitForFunction(() => window.simulator.initOutcome !== null, undefined, { timeout: 30_000 });
    const settled = await page.evaluate(() => window.simulator.settled);
    if (settled.outcome !== 'success') {
      throw new Error(`the tab reported ${settled.outcome} (${JSON.stringify(settled.args)}) instead of notifySuccess`);
    }
    const tab = await (await page.locator('iframe#tab').elementHandle())?.contentFrame();
    if (!tab) throw new Error('the simulator shows no tab frame');
    // What the tab had fully received when it reported success, from its own resource timing.
    const loadedUrls = await tab.evaluate(
      (successTime) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => performance.timeOrigin + entry.responseEnd <= successTime)
          .map((entry) => entry.name),
      settled.time,
    );
    const bytes = { js: 0, css: 0 };
    for (const loadedUrl of new Set(loadedUrls)) {
      if (!isCodeOrStyle(loadedUrl)) continue;
      const response = responses.get(loadedUrl) ?? (await page.waitForResponse(loadedUrl, { timeout: 5_000 }));
      const body = await response.body();
      const gzipped = gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;
      bytes[new URL(loadedUrl).pathname.endsWith('.css') ? 'css' : 'js'] += gzipped;
    }
    return { ms: settled.sinceLoadMs, bytes };
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** @param {(name: string, value: number, unit: string, budget?: {op: string, limit: number}) => void} report */
export default async function run(report) {
  if (!existsSync(join(TABS_DIST, 'index.html'))) {
    throw new Error('tabs/dist/index.html is missing: the benchmark runs after `npm run build`.');
  }
  const { loadConfig } = await importBuilt('api/dist/config.js');
  const { startDevHost } = await importBuilt('api/dist/devhost/server.js');
  const { DEMO_SPACE_ID, DEMO_TENANT, OTHER_TENANT } = await importBuilt('api/dist/devhost/demo.js');

  const dataDir = await mkdtemp(join(tmpdir(), 'coachboard-bench-tabs-'));
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
  });
  const host = await startDevHost(config, { quiet: true, simulatorDir: SIMULATOR_DIR });
  let browser;
  try {
    const { executablePath, args, env } = await findChromium();
    browser = await chromium.launch({ executablePath, args, env, headless: true });
    // One unmeasured load first, so the browser's and the server's start-up costs stay out of the figures.
    await coldLoad(browser, simulatorUrl(host.url, SURFACES[0], DEMO_SPACE_ID));
    for (const surface of SURFACES) {
      const url = simulatorUrl(host.url, surface, DEMO_SPACE_ID);
      const loads = [];
      for (let i = 0; i < RUNS; i += 1) loads.push(await coldLoad(browser, url));
      const first = loads[0];
      report(`tabs.${surface.name}.first-render-js-gzip`, kb(first.bytes.js), 'KB', JS_BUDGETS[surface.name]);
      report(`tabs.${surface.name}.first-render-css-gzip`, kb(first.bytes.css), 'KB', undefined);
      report(
        `tabs.${surface.name}.load-to-notify-success`,
        Math.round(median(loads.map((l) => l.ms))),
        'ms',
        undefined,
      );
    }
  } finally {
    await browser?.close();
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The line format tests/bench/run.mjs prints, for running this file alone. */
function printReport(name, value, unit, budget) {
  if (!budget) {
    console.log(`BENCH ${name} ${value} ${unit} budget none`);
    return;
  }
  const pass = budget.op === '<=' ? value <= budget.limit : budget.op === '>=' ? value >= budget.limit : false;
  if (!pass) process.exitCode = 1;
  console.log(`BENCH ${name} ${value} ${unit} budget ${budget.op}${budget.limit} ${pass ? 'PASS' : 'FAIL'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await run(printReport);
}
