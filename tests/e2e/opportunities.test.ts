import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatViolations,
  hasHorizontalScroll,
  runAxe,
  setTheme,
  startHarness,
  THEMES,
  type Harness,
} from './harness.js';

/*
 * Opportunities end to end: Isaiah (a contributor) passes one on from his personal tab, on an account
 * Alex owns; it lands at the top of Alex's personal tab, Alex qualifies it, Megan approves the points in
 * the channel tab, and Isaiah sees the status and his balance. Isaiah gets 404 on another contributor's.
 */

let harness: Harness;
let megan: Page;
let alex: Page;
let isaiah: Page;

beforeAll(async () => {
  harness = await startHarness();
  [megan, alex, isaiah] = await Promise.all([harness.newPage(), harness.newPage(), harness.newPage()]);
});

afterAll(async () => {
  await harness?.close();
});

async function expectAxeClean(tab: Frame, where: string): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, `${where}: ${formatViolations(violations)}`).toEqual([]);
}

/** A team of its own: Megan manages, Alex is a rep, Isaiah and Adele contribute; Alex owns one account. */
async function buildTeam(name: string, account: string): Promise<string> {
  const created = await harness.api<{ id: string }>('u-megan', 'POST', 'spaces', { name });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const spaceId = created.body.id;
  for (const [userId, memberName, role] of [
    ['u-alex', 'Alex Wilber', 'rep'],
    ['u-isaiah', 'Isaiah Langer', 'contributor'],
    ['u-adele', 'Adele Vance', 'contributor'],
  ] as const) {
    const invited = await harness.api('u-megan', 'POST', `spaces/${spaceId}/members`, {
      userId,
      name: memberName,
      role,
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  }
  const board = await harness.api('u-megan', 'POST', `spaces/${spaceId}/boards`, { name: account, ownerId: 'u-alex' });
  expect(board.status, JSON.stringify(board.body)).toBe(201);
  return spaceId;
}

describe('opportunities', () => {
  it('a contributor passes one on, the owner qualifies it, a manager approves the points, the contributor sees it all', async () => {
    const stamp = Date.now();
    const teamName = `Support team ${stamp}`;
    const account = `Woodgrove Bank ${stamp}`;
    const spaceId = await buildTeam(teamName, account);

    // Isaiah, from the top of his personal tab.
    let personal = (await harness.openSurface({ surface: 'personal', user: 'u-isaiah', page: isaiah })).tab;
    const form = personal.getByRole('form', { name: 'Pass on an opportunity' });
    await form.getByRole('combobox', { name: /^Team/ }).selectOption({ label: teamName });
    await form.getByRole('combobox', { name: /^Customer/ }).selectOption({ label: account });
    await form
      .getByRole('textbox', { name: /^What did they say/ })
      .fill('“Can your app also cover our branches in Canada? We open three next spring.”');
    await form.getByRole('textbox', { name: /^Why it may matter/ }).fill('Three more branches to license.');
    await form.getByRole('radio', { name: 'Urgent' }).check();
    await form.getByRole('textbox', { name: /^How to reach them/ }).fill('Their IT lead, via the support ticket');
    await form.getByRole('button', { name: 'Pass it on' }).click();
    await form.getByText('Passed on to Alex Wilber, who owns the account.').waitFor();
    await expectAxeClean(personal, 'personal tab, contributor');

    // It lands at the top of Alex's personal tab; he qualifies it.
    const alexTab = (await harness.openSurface({ surface: 'personal', user: 'u-alex', page: alex })).tab;
    const waiting = alexTab.getByRole('region', { name: 'Waiting for you' });
    const card = waiting.getByRole('article', { name: new RegExp(account) });
    await card.getByText('Can your app also cover our branches in Canada?', { exact: false }).waitFor();
    await card.getByRole('combobox', { name: /^Move to/ }).selectOption({ label: 'Qualified' });
    await card.getByRole('textbox', { name: /^Note for Isaiah Langer/ }).fill('Call booked with their IT lead.');
    await card.getByRole('button', { name: 'Save status' }).click();
    await card.getByText('Qualified: 10 points waiting for a manager’s approval').waitFor();

    // Megan approves the points in the channel tab's Opportunities section.
    const channel = (await harness.openSurface({ surface: 'channel', user: 'u-megan', page: megan, spaceId })).tab;
    await channel.getByRole('tab', { name: 'Opportunities' }).click();
    const pending = channel.getByRole('region', { name: 'Points to approve' });
    await pending.getByRole('button', { name: 'Approve 10 points (Qualified)' }).click();
    await channel.getByRole('region', { name: 'Points to approve' }).getByText('Nothing here.').waitFor();
    await expectAxeClean(channel, 'channel tab, opportunities, manager');

    // Isaiah sees the status, the note and his balance.
    personal = (await harness.openSurface({ surface: 'personal', user: 'u-isaiah', page: isaiah })).tab;
    const mine = personal
      .getByRole('region', { name: 'What I passed on' })
      .getByRole('article', { name: new RegExp(account) });
    await mine.getByText('Qualified', { exact: true }).waitFor();
    await mine.getByText('Note: Call booked with their IT lead.').waitFor();
    await mine.getByText('Qualified: 10 points credited').waitFor();
    const balance = personal.getByRole('region', { name: `My points · ${teamName}` });
    await balance.getByText('Balance: 10 points').waitFor();
    for (const theme of THEMES) {
      await setTheme(isaiah, personal, theme);
      await expectAxeClean(personal, `personal tab, contributor, ${theme} theme`);
    }

    // Another contributor's opportunity: a 404 that names nothing.
    const adeles = await harness.api<{ id: string }>('u-adele', 'POST', `spaces/${spaceId}/opportunities`, {
      customerName: 'Litware Secret Project',
      noticed: 'They asked about a second site.',
    });
    expect(adeles.status).toBe(201);
    const peek = await harness.api('u-isaiah', 'GET', `spaces/${spaceId}/opportunities/${adeles.body.id}`);
    expect(peek.status).toBe(404);
    const raw = JSON.stringify(peek.body);
    for (const word of ['Litware', 'Adele', 'second site', 'opportunit', adeles.body.id])
      expect(raw).not.toContain(word);
  });

  it('the side panel opens the short form in a compact button, at 280 px', async () => {
    const stamp = Date.now();
    const teamName = `Panel team ${stamp}`;
    const spaceId = await buildTeam(teamName, `Northwind Traders ${stamp}`);
    const { tab } = await harness.openSurface({
      surface: 'sidepanel',
      user: 'u-isaiah',
      page: isaiah,
      spaceId,
      width: 280,
    });
    await tab.getByRole('button', { name: 'Pass on an opportunity' }).click();
    const form = tab.getByRole('form', { name: 'Pass on an opportunity' });
    await form.getByRole('textbox', { name: /^Customer’s name/ }).fill('Fourth Coffee');
    await form.getByRole('textbox', { name: /^What did they say/ }).fill('“We need the reports in French too.”');
    await form.getByRole('button', { name: 'Pass it on' }).click();
    await form.getByText('Passed on to the team’s managers, who will assign it.').waitFor();
    expect(await hasHorizontalScroll(tab), 'the form fits the side panel').toBe(false);
    await expectAxeClean(tab, 'side panel, opportunity form');
  });
});
