import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, formatViolations, runAxe, startHarness, type Harness } from './harness.js';

/*
 * Correcting and retiring a practice from the channel tab: its author edits it, archives it (the
 * dialog asks once) and restores it unchanged; a peer who tried it takes their adoption back and
 * the counts follow.
 */

let harness: Harness;
let alex: Page;
let lynne: Page;

beforeAll(async () => {
  harness = await startHarness();
  [alex, lynne] = await Promise.all([harness.newPage(), harness.newPage()]);
});

afterAll(async () => {
  await harness?.close();
});

async function expectAxeClean(tab: Frame): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/** Alex posts a practice through the API under a title of this test's own; returns its id. */
async function postPractice(title: string): Promise<string> {
  const posted = await harness.api<{ id: string }>('u-alex', 'POST', `spaces/${DEMO.spaceId}/practices`, {
    title,
    result: { text: 'Won the Tailspin renewal 3 weeks sooner than the last two.' },
    actions: [
      'Asked the champion which peer they would trust.',
      'Booked a 20-minute reference call with a Contoso champion before sending the proposal.',
    ],
    context: { segment: 'enterprise', stage: 'proposal' },
  });
  expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  return posted.body.id;
}

/** The practice list of the channel tab's Practices section, and the practice opened from it. */
async function openPractice(tab: Frame, title: string): Promise<void> {
  await tab.getByRole('tab', { name: 'Practices' }).click();
  await tab.getByRole('list', { name: 'Practices from the team' }).waitFor();
  await tab.getByRole('button', { name: title, exact: true }).click();
  await tab.getByRole('heading', { level: 2, name: title }).waitFor();
}

async function listedTitles(): Promise<string[]> {
  const list = await harness.api<{ items: { title: string }[] }>('u-alex', 'GET', `spaces/${DEMO.spaceId}/practices`);
  return list.body.items.map((p) => p.title);
}

describe('correct and retire practices', () => {
  it('lets the author edit a practice, archive it after confirming, and restore it unchanged', async () => {
    const title = `Reference call before the proposal ${Date.now()}`;
    const edited = `${title} (edited)`;
    await postPractice(title);
    const { tab } = await harness.openSurface({ surface: 'channel', user: 'u-alex', page: alex });
    await openPractice(tab, title);

    await tab.getByRole('button', { name: 'Edit' }).click();
    await tab.getByRole('heading', { name: 'Edit the practice' }).waitFor();
    await tab.getByRole('textbox', { name: 'Title' }).fill(edited);
    await expectAxeClean(tab);
    await tab.getByRole('button', { name: 'Save changes' }).click();
    await tab.getByText('Your changes are saved.').waitFor();
    await tab.getByRole('heading', { level: 2, name: edited }).waitFor();

    // Archiving asks once; "Cancel" leaves the practice where it was.
    await tab.getByRole('button', { name: 'Archive' }).click();
    const dialog = tab.getByRole('alertdialog', { name: 'Archive this practice?' });
    await dialog.waitFor();
    await expectAxeClean(tab);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await listedTitles()).toContain(edited);

    await tab.getByRole('button', { name: 'Archive' }).click();
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await dialog.waitFor({ state: 'detached' });
    await tab.getByText('This practice is archived', { exact: false }).waitFor();
    expect(await listedTitles()).not.toContain(edited);

    // Back in the list it is gone, and found under "Archived practices", from where it is restored.
    await tab.getByRole('button', { name: 'Back to practices' }).click();
    await tab.getByRole('heading', { name: 'Archived practices' }).waitFor();
    expect(await tab.getByRole('list', { name: 'Practices from the team' }).innerText()).not.toContain(edited);
    await expectAxeClean(tab);
    await tab.getByRole('button', { name: `Open ${edited}` }).click();
    await tab.getByRole('button', { name: 'Restore' }).click();
    await tab.getByText('The practice is restored.').waitFor();
    await tab.getByRole('button', { name: 'Edit' }).waitFor();
    expect(await listedTitles()).toContain(edited);
    await expectAxeClean(tab);
  });

  it('lets a peer take back their adoption after confirming, and the counts follow', async () => {
    const title = `Reference call before the renewal ${Date.now()}`;
    const practiceId = await postPractice(title);
    const adopted = await harness.api('u-lynne', 'POST', `spaces/${DEMO.spaceId}/practices/${practiceId}/adoptions`);
    expect(adopted.status).toBe(201);
    const { tab } = await harness.openSurface({ surface: 'channel', user: 'u-lynne', page: lynne });
    await openPractice(tab, title);
    await tab.getByRole('button', { name: "You're trying this" }).waitFor();

    await tab.getByRole('button', { name: 'Stop trying this' }).click();
    const dialog = tab.getByRole('alertdialog', { name: 'Stop trying this practice?' });
    await dialog.waitFor();
    await expectAxeClean(tab);
    await dialog.getByRole('button', { name: 'Stop trying this' }).click();
    await dialog.waitFor({ state: 'detached' });
    await tab.getByRole('button', { name: "I'll try this" }).waitFor();

    const detail = await harness.api<{ adoption: { adoptionCount: number }; myAdoption: unknown }>(
      'u-lynne',
      'GET',
      `spaces/${DEMO.spaceId}/practices/${practiceId}`,
    );
    expect(detail.body.adoption.adoptionCount).toBe(0);
    expect(detail.body.myAdoption).toBeNull();
    await expectAxeClean(tab);
  });
});
