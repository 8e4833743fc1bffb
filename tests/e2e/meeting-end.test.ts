import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, formatViolations, hasHorizontalScroll, runAxe, startHarness, type Harness } from './harness.js';

/*
 * No accidents in the side panel at 280 px: a role-play left open in last week's meeting never
 * opens by itself in this one; a rep's panel opened before the meeting started offers to set up the
 * role-play as soon as its item is current; ending the meeting asks once, and "Undo" puts everyone
 * back on the same item.
 */

let harness: Harness;
let megan: Page;
let alex: Page;

beforeAll(async () => {
  harness = await startHarness();
  [megan, alex] = await Promise.all([harness.newPage(), harness.newPage()]);
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

const ROLEPLAY_ITEM = 'Role-play: price pushback';
const PANEL_WIDTH = 280;

async function expectAxeClean(tab: Frame, where: string): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

async function addItem(tab: Frame, item: { title: string; kind: string; owner: string; minutes: string }) {
  const form = tab.getByRole('form', { name: 'Add an item' });
  await form.getByRole('textbox', { name: /^Item/ }).fill(item.title);
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: item.kind });
  await form.getByRole('combobox', { name: 'Owner' }).selectOption({ label: item.owner });
  await form.getByRole('spinbutton', { name: 'Timebox (minutes)' }).fill(item.minutes);
  await form.getByRole('button', { name: 'Add item' }).click();
  await tab.getByRole('list', { name: 'Agenda' }).getByText(item.title, { exact: true }).waitFor();
}

/** A role-play Alex plays the rep in, left in set-up in last week's (ended) meeting. */
async function leaveRoleplayOpenLastWeek(): Promise<string> {
  const meetings = await harness.api<{ items: { id: string; status: string }[] }>(
    'u-megan',
    'GET',
    `spaces/${DEMO.spaceId}/meetings`,
  );
  const lastWeek = meetings.body.items.find((m) => m.status === 'ended');
  expect(lastWeek, 'the demo has an ended meeting').toBeDefined();
  const agenda = await harness.api<{ items: { id: string; kind: string }[] }>(
    'u-megan',
    'GET',
    `spaces/${DEMO.spaceId}/meetings/${lastWeek?.id}`,
  );
  const item = agenda.body.items.find((i) => i.kind === 'rolePlay') ?? agenda.body.items[0];
  const created = await harness.api<{ id: string }>('u-megan', 'POST', `spaces/${DEMO.spaceId}/roleplays`, {
    scenarioId: 'starter-price-pushback',
    repId: 'u-alex',
    customerId: 'u-lynne',
    observers: [{ userId: 'u-isaiah', criterion: 'discoveryQuestions' }],
    rounds: 1,
    roundMinutes: 5,
    meeting: { meetingId: lastWeek?.id, itemId: item?.id },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('the side panel at 280 px, without accidents', () => {
  it('keeps last week’s role-play out, offers set-up on the role-play item, and undoes an end', async () => {
    const leftOver = await leaveRoleplayOpenLastWeek();

    const details = await harness.openSurface({ surface: 'details', user: 'u-megan', page: megan });
    await details.tab.getByRole('button', { name: 'Set up the agenda' }).click();
    await details.tab.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    await addItem(details.tab, {
      title: 'Account strategy: Fabrikam expansion',
      kind: 'Account strategy',
      owner: 'Megan Bowen',
      minutes: '20',
    });
    await addItem(details.tab, { title: ROLEPLAY_ITEM, kind: 'Role-play', owner: 'Alex Wilber', minutes: '15' });

    // Alex opens his side panel before the meeting starts.
    const alexPanel = await harness.openSurface({
      surface: 'sidepanel',
      user: 'u-alex',
      page: alex,
      width: PANEL_WIDTH,
    });
    await alexPanel.tab.getByText('The meeting has not started yet.').waitFor();
    await alexPanel.tab.getByRole('button', { name: 'Set up a role-play' }).waitFor();
    // Last week's open role-play, in which Alex is the rep, does not open by itself (nor is it listed).
    expect(await alexPanel.tab.locator(`[data-roleplay-id="${leftOver}"]`).count()).toBe(0);
    expect(await alexPanel.tab.getByTestId('roleplay-my-role').count()).toBe(0);

    const meganPanel = await harness.openSurface({
      surface: 'sidepanel',
      user: 'u-megan',
      page: megan,
      width: PANEL_WIDTH,
    });
    await meganPanel.tab.getByRole('button', { name: 'Start meeting' }).click();
    await meganPanel.tab.getByTestId('current-item').getByText('Account strategy: Fabrikam expansion').waitFor();
    expect(await alexPanel.tab.getByRole('button', { name: 'Set up the role-play for this item' }).count()).toBe(0);
    await meganPanel.tab.getByRole('button', { name: 'Next' }).click();

    // Within one poll (a second), plus the network: Alex's panel, opened before the start, offers set-up.
    await alexPanel.tab.getByRole('button', { name: 'Set up the role-play for this item' }).waitFor({ timeout: 3000 });
    expect(await hasHorizontalScroll(alexPanel.tab)).toBe(false);
    expect(await alexPanel.tab.locator(`[data-roleplay-id="${leftOver}"]`).count()).toBe(0);

    // Ending asks once; cancelling leaves the meeting running.
    await meganPanel.tab.getByRole('button', { name: 'End meeting' }).click();
    const dialog = meganPanel.tab.getByRole('alertdialog', { name: 'End the meeting for everyone?' });
    await dialog.waitFor();
    await expectAxeClean(meganPanel.tab, 'end-meeting confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await meganPanel.tab.getByTestId('current-item').getByText(ROLEPLAY_ITEM).count()).toBe(1);

    // Confirmed, it ends for everyone; "Undo" restores the same item everywhere.
    await meganPanel.tab.getByRole('button', { name: 'End meeting' }).click();
    await dialog.getByRole('button', { name: 'End meeting' }).click();
    await meganPanel.tab.getByText('The meeting has ended.').waitFor();
    await alexPanel.tab.getByText('The meeting has ended.').waitFor({ timeout: 5000 });
    const undo = meganPanel.tab.getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    // Only the manager who may end it can undo it.
    expect(await alexPanel.tab.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    expect(await hasHorizontalScroll(meganPanel.tab)).toBe(false);
    await expectAxeClean(meganPanel.tab, 'ended, undo offered');
    await undo.click();
    await meganPanel.tab.getByTestId('current-item').getByText(ROLEPLAY_ITEM).waitFor();
    await alexPanel.tab.getByTestId('current-item').getByText(ROLEPLAY_ITEM).waitFor({ timeout: 5000 });
    await alexPanel.tab.getByRole('button', { name: 'Set up the role-play for this item' }).waitFor();
    expect(await alexPanel.tab.locator(`[data-roleplay-id="${leftOver}"]`).count()).toBe(0);
  });
});
