import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, packagedChromium, SYSTEM_CHROMIUM } from './chromium.mjs';

/*
 * The browser the e2e tests and the benchmark launch: found in the documented order, and the
 * fallback inside the @sparticuz/chromium dev dependency really runs pages on a machine like this.
 */

const saved = process.env.COACHBOARD_CHROMIUM;
afterEach(() => {
  if (saved === undefined) delete process.env.COACHBOARD_CHROMIUM;
  else process.env.COACHBOARD_CHROMIUM = saved;
});

describe('finding a Chromium', () => {
  it('takes COACHBOARD_CHROMIUM first and says so when it points nowhere', async () => {
    process.env.COACHBOARD_CHROMIUM = '/nonexistent/chromium';
    await expect(findChromium()).rejects.toThrow('COACHBOARD_CHROMIUM is set to /nonexistent/chromium');

    process.env.COACHBOARD_CHROMIUM = process.execPath;
    expect(await findChromium()).toMatchObject({ executablePath: process.execPath, source: 'env' });
  });

  it('takes Debian’s chromium next, when installed', async () => {
    delete process.env.COACHBOARD_CHROMIUM;
    const found = await findChromium();
    expect(found.source).toBe(existsSync(SYSTEM_CHROMIUM) ? 'system' : 'packaged');
  });

  it('runs pages with the Chromium from the @sparticuz/chromium dev dependency', async () => {
    const packaged = await packagedChromium();
    expect(packaged, '@sparticuz/chromium is a dev dependency of the tests workspace').not.toBeNull();
    if (!packaged) return;
    const { executablePath, args, env } = packaged;
    const browser = await chromium.launch({ executablePath, args, env, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 300, height: 600 } });
      await page.setContent('<main><p id="out">not run</p></main><script>out.textContent = String(6 * 7)</script>');
      expect(await page.locator('#out').innerText()).toBe('42');
      expect(await page.evaluate(() => window.innerWidth)).toBe(300);
    } finally {
      await browser.close();
    }
  });
});
