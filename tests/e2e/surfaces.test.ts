import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  formatViolations,
  memberList,
  providerColors,
  runAxe,
  setTheme,
  startHarness,
  SURFACES,
  THEME_COLORS,
  type Harness,
  type OpenedSurface,
  type Surface,
} from './harness.js';

/*
 * Every surface, framed by the Teams host simulator as Teams frames it: it initializes teams-js,
 * reports success, shows the right team to the right person, follows the Teams theme, and has no
 * serious or critical accessibility violation in any theme.
 */

/** The demo team as the API holds it (api/src/devhost/demo.ts). */
const TEAM = ['Megan Bowen', 'Alex Wilber', 'Lynne Robbins', 'Diego Siciliani', 'Isaiah Langer'];

interface SurfaceCase {
  surface: Surface;
  /** Who opens it. */
  user: string;
  userName: string;
  /** The page's one h1. */
  title: string;
  /** How the page says the user's role. */
  roleText: string;
  /** The heading of the member list, when the surface shows one. */
  membersHeading: string | null;
}

const CASES: SurfaceCase[] = [
  {
    surface: 'config',
    user: 'u-megan',
    userName: 'Megan Bowen',
    title: 'Set up Coachboard',
    roleText: 'Northwind Sales (Manager, 5 members)',
    membersHeading: null,
  },
  {
    surface: 'channel',
    user: 'u-alex',
    userName: 'Alex Wilber',
    title: 'Sales room',
    roleText: 'Your role: Sales rep',
    membersHeading: 'Team members',
  },
  {
    surface: 'details',
    user: 'u-megan',
    userName: 'Megan Bowen',
    title: 'Meeting prep',
    roleText: 'Your role: Manager',
    membersHeading: 'Who this meeting is for',
  },
  {
    surface: 'sidepanel',
    user: 'u-lynne',
    userName: 'Lynne Robbins',
    title: 'Run the meeting',
    roleText: 'Your role: Sales rep',
    membersHeading: 'Team members',
  },
  {
    surface: 'stage',
    user: 'u-diego',
    userName: 'Diego Siciliani',
    title: DEMO.spaceName,
    roleText: 'Your role: Sales rep',
    membersHeading: 'Team',
  },
  {
    surface: 'chat',
    user: 'u-isaiah',
    userName: 'Isaiah Langer',
    title: 'Meeting recap',
    roleText: 'Your role: Contributor',
    membersHeading: 'Who can own actions',
  },
  {
    surface: 'personal',
    user: 'u-alex',
    userName: 'Alex Wilber',
    title: 'My coaching',
    roleText: 'Your role: Sales rep',
    membersHeading: null,
  },
];

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.newPage();
});

afterAll(async () => {
  await harness?.close();
});

describe.each(CASES)('$surface surface', (c) => {
  let opened: OpenedSurface;

  beforeAll(async () => {
    opened = await harness.openSurface({ surface: c.surface, user: c.user, page });
  });

  it(`loads in frame context ${SURFACES[c.surface].frameContext}: initialize, context, SSO, notifySuccess`, async () => {
    const calls = await opened.calls();
    const funcs = calls.map((call) => call.func);
    expect(funcs[0]).toBe('initialize');
    expect(funcs).toEqual(
      expect.arrayContaining(['getContext', 'authentication.getAuthToken', 'appInitialization.success']),
    );
    expect(funcs.indexOf('appInitialization.success')).toBeGreaterThan(funcs.indexOf('initialize'));
    expect(await page.evaluate(() => window.simulator.registeredHandlers)).toContain('themeChange');
    expect(await page.evaluate(() => window.simulator.unhandled)).toEqual([]);
    expect(opened.errors()).toEqual([]);
    const failedCalls = opened.apiResponses().filter((r) => r.status >= 400);
    expect(failedCalls).toEqual([]);
  });

  it(`shows ${c.userName} the Northwind team with their role`, async () => {
    const { tab } = opened;
    await tab.getByText(c.roleText, { exact: true }).first().waitFor();
    expect(await tab.locator('main').count()).toBe(1);
    const h1 = tab.getByRole('heading', { level: 1 });
    await expect.poll(() => h1.allInnerTexts()).toEqual([c.title]);
    await tab.locator('main').getByText(DEMO.spaceName).first().waitFor();
    if (c.membersHeading) {
      const list = memberList(tab, c.membersHeading);
      await expect.poll(() => list.getByRole('listitem').count()).toBe(TEAM.length);
      const listText = await list.innerText();
      for (const name of TEAM) expect(listText).toContain(name);
      const me = list.getByRole('listitem').filter({ hasText: c.userName });
      expect(await me.innerText()).toContain('(you)');
    }
    const text = await tab.locator('main').innerText();
    // Adele works at Northwind but is not in the sales team.
    expect(text).not.toContain('Adele Vance');
  });

  it('follows the Teams theme to dark and high contrast, with no serious or critical axe violation', async () => {
    const { tab } = opened;
    await expect.poll(() => providerColors(tab)).toEqual(THEME_COLORS.default);
    const violations = { default: await runAxe(tab), dark: [] as unknown[], contrast: [] as unknown[] };
    expect(violations.default, formatViolations(violations.default)).toEqual([]);

    await setTheme(page, tab, 'dark');
    expect(await providerColors(tab)).toEqual(THEME_COLORS.dark);
    const dark = await runAxe(tab);
    expect(dark, formatViolations(dark)).toEqual([]);

    await setTheme(page, tab, 'contrast');
    expect(await providerColors(tab)).toEqual(THEME_COLORS.contrast);
    const contrast = await runAxe(tab);
    expect(contrast, formatViolations(contrast)).toEqual([]);

    await setTheme(page, tab, 'default');
    expect(await providerColors(tab)).toEqual(THEME_COLORS.default);
  });
});

describe('theme from the Teams context', () => {
  it.each(['dark', 'contrast'] as const)('starts in %s when Teams opens the tab in it', async (theme) => {
    const { tab } = await harness.openSurface({ surface: 'sidepanel', theme, page });
    await expect.poll(() => providerColors(tab)).toEqual(THEME_COLORS[theme]);
  });
});

describe('channel surface for a manager', () => {
  it('offers role changes and member management, and passes axe in every theme', async () => {
    const { tab } = await harness.openSurface({ surface: 'channel', user: 'u-megan', page });
    await tab.getByRole('heading', { name: 'Manage the team' }).waitFor();
    await tab.getByRole('combobox', { name: 'Role of Alex Wilber' }).waitFor();
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      if (theme !== 'default') await setTheme(page, tab, theme);
      const violations = await runAxe(tab);
      expect(violations, `${theme}:\n${formatViolations(violations)}`).toEqual([]);
    }
  });
});

describe('when Teams cannot sign the user in', () => {
  it('says so and reports the failed load to Teams', async () => {
    const { tab } = await harness.openSurface({
      surface: 'channel',
      authFailure: 'resourceRequiresConsent',
      page,
      waitFor: 'settled',
    });
    expect(await page.evaluate(() => window.simulator.initOutcome)).toBe('failure');
    await tab.getByRole('alert').filter({ hasText: 'Teams could not confirm who you are' }).waitFor();
    expect(await tab.content()).not.toContain('Megan Bowen');
  });
});

describe('content security policy', () => {
  it('frames the tab under its CSP, which refuses inline script, with no violation while it works', async () => {
    const fresh = await harness.newPage();
    const violations: string[] = [];
    fresh.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const documentPolicies: string[] = [];
    fresh.on('response', (response) => {
      if (response.request().resourceType() === 'document' && response.frame() !== fresh.mainFrame())
        documentPolicies.push(response.headers()['content-security-policy'] ?? '');
    });
    const { tab } = await harness.openSurface({ surface: 'channel', user: 'u-alex', page: fresh });
    await tab.getByText('Your role: Sales rep', { exact: true }).first().waitFor();
    expect(violations).toEqual([]);
    expect(documentPolicies).toHaveLength(1);
    expect(documentPolicies[0]).toContain("script-src 'self';");
    expect(documentPolicies[0]).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);

    const ranInline = await tab.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran"';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return document.body.dataset.inline ?? null;
    });
    expect(ranInline).toBeNull();
    expect(violations.join('\n')).toMatch(/inline script/i);
  });
});
