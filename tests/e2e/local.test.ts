import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, formatViolations, runAxe, startHarness, type Harness } from './harness.js';

/* The tabs in a plain browser tab (not framed by Teams): the local "sign in as" picker. */

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.newPage();
});

afterAll(async () => {
  await harness?.close();
});

describe('outside Teams', () => {
  it('shows the sign-in picker, and signing in as Megan shows her sales team', async () => {
    await page.goto(`${harness.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Coachboard', exact: true }).waitFor();
    const megan = page.getByRole('button', { name: 'Sign in as Megan Bowen' });
    await megan.waitFor();
    for (const name of ['Alex Wilber', 'Adele Vance', 'Fiona Fabrikam']) {
      await page.getByRole('button', { name: `Sign in as ${name}` }).waitFor();
    }
    const pickerViolations = await runAxe(page.mainFrame());
    expect(pickerViolations, formatViolations(pickerViolations)).toEqual([]);

    await megan.click();
    const teamPicker = page.getByRole('combobox', { name: 'Sales team shown on the surfaces' });
    await teamPicker.waitFor();
    await expect.poll(() => teamPicker.locator('option:checked').innerText()).toBe(DEMO.spaceName);
    await page.getByText('Signed in as Megan Bowen').waitFor();

    await page.getByRole('link', { name: 'Sales room' }).click();
    await page.waitForURL(`**/channel?spaceId=${DEMO.spaceId}`);
    await page.getByRole('heading', { level: 2, name: DEMO.spaceName }).waitFor();
    await page.getByText('Your role: Manager').waitFor();
    const roomViolations = await runAxe(page.mainFrame());
    expect(roomViolations, formatViolations(roomViolations)).toEqual([]);
  });

  it('keeps people outside the team out of its data', async () => {
    const other = await harness.newPage();
    await other.goto(`${harness.baseUrl}/channel?spaceId=${DEMO.spaceId}`);
    await other.getByRole('button', { name: 'Sign in as Fiona Fabrikam' }).click();
    await other
      .getByRole('alert')
      .filter({ hasText: /not a member/ })
      .waitFor();
    expect(await other.content()).not.toContain('Megan Bowen');
  });
});
