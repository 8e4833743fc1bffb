import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe, startHarness, type Harness } from './harness.js';

/*
 * A whole sales meeting, as its people live it: the manager builds the agenda in the details tab and
 * the linter moves a status update to the pre-read; in the meeting the manager runs the agenda from
 * the side panel while a rep follows on his, and the stage shows the same item and time; the rep
 * captures an action for himself, which the recap and his personal tab then show.
 */

let harness: Harness;
let megan: Page;
let alex: Page;
let lynne: Page;

beforeAll(async () => {
  harness = await startHarness();
  [megan, alex, lynne] = await Promise.all([harness.newPage(), harness.newPage(), harness.newPage()]);
});

afterAll(async () => {
  await harness?.close();
});

const STATUS_ITEM = 'Pipeline status update';
const ACTION = 'Send Fabrikam the revised quote';

async function addItem(tab: Frame, item: { title: string; kind: string; owner: string; minutes: string }) {
  const form = tab.getByRole('form', { name: 'Add an item' });
  await form.getByRole('textbox', { name: /^Item/ }).fill(item.title);
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: item.kind });
  await form.getByRole('combobox', { name: 'Owner' }).selectOption({ label: item.owner });
  await form.getByRole('spinbutton', { name: 'Timebox (minutes)' }).fill(item.minutes);
  await form.getByRole('button', { name: 'Add item' }).click();
  await tab.getByRole('list', { name: 'Agenda' }).getByText(item.title, { exact: true }).waitFor();
}

async function expectAxeClean(tab: Frame, where: string): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

/** What a panel or the stage shows now: the current item's title and the countdown's remaining ms. */
async function shown(tab: Frame): Promise<{ title: string; remainingMs: number }> {
  return tab.evaluate(() => ({
    title: document.querySelector('[data-testid="current-item"]')?.textContent ?? '',
    remainingMs: Number(document.querySelector('[data-remaining-ms]')?.getAttribute('data-remaining-ms') ?? NaN),
  }));
}

describe('running a sales meeting', () => {
  it('goes from agenda to recap to the rep’s completed action', async () => {
    // The manager sets up this Teams meeting's agenda in the details tab.
    const details = await harness.openSurface({ surface: 'details', user: 'u-megan', page: megan });
    await details.tab.getByRole('button', { name: 'Set up the agenda' }).click();
    await details.tab.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    await addItem(details.tab, {
      title: 'Account strategy: Fabrikam expansion',
      kind: 'Account strategy',
      owner: 'Megan Bowen',
      minutes: '20',
    });
    await addItem(details.tab, {
      title: 'Role-play: price pushback',
      kind: 'Role-play',
      owner: 'Alex Wilber',
      minutes: '15',
    });
    await addItem(details.tab, { title: STATUS_ITEM, kind: 'Status update', owner: 'Megan Bowen', minutes: '10' });

    // The linter says the status update could be an email; one click moves it to the pre-read.
    const fix = details.tab.getByRole('button', { name: `Move ${STATUS_ITEM} to pre-read` });
    await fix.waitFor();
    await fix.click();
    await details.tab
      .getByRole('list', { name: 'Agenda' })
      .getByText(STATUS_ITEM, { exact: true })
      .waitFor({ state: 'detached' });
    await details.tab.getByRole('region', { name: 'Pre-read' }).getByText(STATUS_ITEM).first().waitFor();
    const sellingTime = details.tab.getByRole('meter', { name: /Selling time/ });
    await expect.poll(() => sellingTime.getAttribute('aria-valuenow')).toBe('100');
    await expectAxeClean(details.tab, 'details tab');

    // In the meeting: two side panels and one stage, each in their own browser.
    const [meganPanel, alexPanel, stage] = await Promise.all([
      harness.openSurface({ surface: 'sidepanel', user: 'u-megan', page: megan }),
      harness.openSurface({ surface: 'sidepanel', user: 'u-alex', page: alex }),
      harness.openSurface({ surface: 'stage', user: 'u-lynne', page: lynne }),
    ]);
    await meganPanel.tab.getByRole('button', { name: 'Start meeting' }).click();
    await meganPanel.tab.getByTestId('current-item').getByText('Account strategy: Fabrikam expansion').waitFor();
    await meganPanel.tab.getByRole('button', { name: 'Next' }).click();
    await meganPanel.tab.getByTestId('current-item').getByText('Role-play: price pushback').waitFor();

    // Everyone sees the same item without a reload (the panels poll every second; the sync delay is a
    // bench figure), and the same time left within 1 s.
    await Promise.all(
      [alexPanel.tab, stage.tab].map((tab) =>
        tab.getByTestId('current-item').getByText('Role-play: price pushback').waitFor({ timeout: 5000 }),
      ),
    );
    await alexPanel.tab.locator('[data-remaining-ms]').waitFor();
    await stage.tab.locator('[data-remaining-ms]').waitFor();
    const shownEverywhere = () => Promise.all([shown(meganPanel.tab), shown(alexPanel.tab), shown(stage.tab)]);
    await expect
      .poll(async () => {
        const [fromMegan, fromAlex, fromStage] = await shownEverywhere();
        return {
          titles: [fromAlex.title, fromStage.title].map((title) => title === fromMegan.title),
          withinOneSecond: [fromAlex, fromStage].map((s) => Math.abs(s.remainingMs - fromMegan.remainingMs) < 1000),
          fullTimebox: fromMegan.remainingMs > 14 * 60_000,
        };
      })
      .toEqual({ titles: [true, true], withinOneSecond: [true, true], fullTimebox: true });
    await expectAxeClean(alexPanel.tab, 'side panel');
    await expectAxeClean(stage.tab, 'stage');

    // Alex captures an action for himself against the current item.
    const capture = alexPanel.tab.getByRole('form', { name: 'Capture a decision or an action' });
    await capture.getByRole('textbox', { name: /^What/ }).fill(ACTION);
    await capture.getByRole('combobox', { name: /^Owner/ }).selectOption({ label: 'Alex Wilber' });
    await capture.getByLabel('Due date').fill('2026-12-11');
    await capture.getByRole('button', { name: 'Add action' }).click();
    await alexPanel.tab.getByText('Captured.').waitFor();

    // The manager ends the meeting (it asks once); the recap in the meeting chat tab shows Alex's action.
    await meganPanel.tab.getByRole('button', { name: 'End meeting' }).click();
    await meganPanel.tab.getByRole('alertdialog').getByRole('button', { name: 'End meeting' }).click();
    await meganPanel.tab.getByText('The meeting has ended.').waitFor();
    const chat = await harness.openSurface({ surface: 'chat', user: 'u-megan', page: megan });
    const actions = chat.tab.getByRole('region', { name: 'Action items' });
    await actions.getByText(ACTION, { exact: false }).waitFor();
    await actions.getByText('Alex Wilber', { exact: false }).first().waitFor();

    // Alex finds it among his action items and completes it.
    const personal = await harness.openSurface({ surface: 'personal', user: 'u-alex', page: alex });
    const item = personal.tab.getByRole('checkbox', { name: ACTION });
    await item.waitFor();
    expect(await item.isChecked()).toBe(false);
    await item.click();
    await expect.poll(() => item.isChecked()).toBe(true);
    await expect
      .poll(() =>
        personal.apiResponses().some((r) => r.method === 'PATCH' && r.path.includes('/captures/') && r.status === 200),
      )
      .toBe(true);
  });
});
