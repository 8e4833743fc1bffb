/*
 * Page helpers of the browser tests (split from harness.ts, which re-exports them): Teams themes,
 * waiting for a settled page, the simulated Save, axe-core scans and layout checks.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Locator, Page } from 'playwright-core';
import type { SaveResult, Theme } from './harness.js';

const require = createRequire(import.meta.url);

/** Background and text colour of the FluentProvider root per Teams theme (colorNeutralBackground1/Foreground1). */
export const THEME_COLORS: Record<Theme, { background: string; color: string }> = {
  default: { background: 'rgb(255, 255, 255)', color: 'rgb(36, 36, 36)' },
  dark: { background: 'rgb(41, 41, 41)', color: 'rgb(255, 255, 255)' },
  contrast: { background: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 255)' },
};

/** Pushes a Teams theme change and waits until the tab's FluentProvider shows that theme. */
export async function setTheme(page: Page, tab: Frame, theme: Theme): Promise<void> {
  await page.evaluate((name) => window.simulator.setTheme(name), theme);
  const expected = THEME_COLORS[theme].background;
  try {
    await tab.waitForFunction(
      (background) => {
        const root = document.querySelector('.fui-FluentProvider');
        return root !== null && getComputedStyle(root).backgroundColor === background;
      },
      expected,
      { timeout: 5_000 },
    );
  } catch {
    const actual = await providerColors(tab);
    throw new Error(`After themeChange "${theme}" the FluentProvider shows ${JSON.stringify(actual)}, not ${expected}`);
  }
  await waitForTransitions(tab);
}

/** Waits until no CSS transition runs (Fluent animates colours), so what axe measures is what stays. */
export async function waitForTransitions(tab: Frame): Promise<void> {
  await tab.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  );
}

/**
 * In the page: whether it has settled (no loading indicator, that is an indeterminate progress bar
 * such as a Fluent Spinner, is shown; no animation or transition runs; the fonts are loaded), or with
 * `describe`, what is still going on.
 */
function settledState(describe: boolean): boolean | { loading: string[]; animations: string[]; fonts: string } {
  const loading = [...document.querySelectorAll('[role="progressbar"]:not([aria-valuenow])')].filter(
    (el) => el.getClientRects().length > 0,
  );
  const animations = document.getAnimations().filter((a) => a.playState === 'running');
  if (!describe) return loading.length === 0 && animations.length === 0 && document.fonts.status === 'loaded';
  return {
    loading: loading.map((el) => (el.textContent || el.getAttribute('aria-label')) ?? el.className),
    animations: animations.map((a) => a.constructor.name),
    fonts: document.fonts.status,
  };
}

/** Waits until the page has settled (see {@link settledState}); it never waits for a fixed time. */
export async function waitForSettledPage(tab: Frame, timeoutMs = 15_000): Promise<void> {
  try {
    await tab.waitForFunction(settledState, false, { timeout: timeoutMs, polling: 'raf' });
  } catch {
    const now = await tab.evaluate(settledState, true).catch((error: unknown) => String(error));
    throw new Error(`The page did not settle within ${timeoutMs} ms: ${JSON.stringify(now)}`);
  }
}

/** Computed colours of the tab's outermost FluentProvider. */
export async function providerColors(tab: Frame): Promise<{ background: string; color: string } | null> {
  return tab.evaluate(() => {
    const root = document.querySelector('.fui-FluentProvider');
    if (!root) return null;
    const style = getComputedStyle(root);
    return { background: style.backgroundColor, color: style.color };
  });
}

/** Presses Save in the simulated configuration dialog. */
export async function saveConfig(page: Page, options: { force?: boolean } = {}): Promise<SaveResult> {
  return page.evaluate((opts) => window.simulator.save(opts), options);
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let axeSource: string | undefined;

/** Runs axe-core inside the tab's document once it has settled; returns the serious and critical violations. */
export async function runAxe(tab: Frame): Promise<AxeViolation[]> {
  await waitForSettledPage(tab);
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await tab.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol: the tab's CSP refuses inline script tags, as it should.
  if (!loaded) await tab.evaluate(axeSource);
  return tab.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<AxeResult> } }).axe;
    // Fluent's focus manager (Tabster) adds focusable aria-hidden sentinels on purpose: a documented
    // false positive of aria-hidden-focus (microsoft/tabster#288), so they are left out of the scan.
    // One document per scan: the tab's, not the simulator around it (nor frames inside it).
    const result = await axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'], iframes: false },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      }));
  });
}

/** A readable list of axe violations for assertion messages. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.slice(0, 3).join(', ')}`).join('\n');
}

/** The members listed under a heading: a list named by it (or a region named by it around the list). */
export function memberList(tab: Frame, heading: string): Locator {
  return tab
    .getByRole('list', { name: heading, exact: true })
    .or(tab.getByRole('region', { name: heading, exact: true }))
    .first();
}

/** Whether the tab's document scrolls sideways, once it has settled (a layout still loading says little). */
export async function hasHorizontalScroll(tab: Frame): Promise<boolean> {
  await waitForSettledPage(tab);
  return tab.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth + 1;
  });
}
