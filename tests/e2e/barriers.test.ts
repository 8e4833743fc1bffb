import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, hasHorizontalScroll, runAxe, startHarness, type Harness } from './harness.js';

/*
 * The barrier register end to end, with two participants: Alex raises a barrier from the meeting side
 * panel (280 px, keyboard only), Megan moves it to removed with a resource link on the channel tab's
 * barrier board, Alex confirms it in his personal tab; Lynne, a peer, gets 404 on the private barrier.
 */

let harness: Harness;
let megan: Page;
let alex: Page;

beforeAll(async () => {
  harness = await startHarness();
  [megan, alex] = await Promise.all([harness.newPage(), harness.newPage()]);
});

afterAll(async () => {
  await harness?.close();
});

async function expectAxeClean(tab: Frame, where: string): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, `${where}: ${formatViolations(violations)}`).toEqual([]);
}

/** A team of its own: Megan manages, Alex and Lynne are reps. */
async function buildTeam(name: string): Promise<string> {
  const created = await harness.api<{ id: string }>('u-megan', 'POST', 'spaces', { name });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  for (const [userId, memberName] of [
    ['u-alex', 'Alex Wilber'],
    ['u-lynne', 'Lynne Robbins'],
  ] as const) {
    const invited = await harness.api('u-megan', 'POST', `spaces/${created.body.id}/members`, {
      userId,
      name: memberName,
      role: 'rep',
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  }
  return created.body.id;
}

const TEXT = 'Discounts above 10% wait a week for approval';

describe('barrier register', () => {
  it('Alex raises from the side panel, Megan removes it with a link, Alex confirms; Lynne gets 404', async () => {
    const spaceId = await buildTeam(`Barrier team ${Date.now()}`);

    // Alex, in the meeting side panel at its narrowest, with the keyboard only.
    const { tab: panel } = await harness.openSurface({
      surface: 'sidepanel',
      user: 'u-alex',
      page: alex,
      spaceId,
      width: 280,
    });
    const raise = panel.getByRole('button', { name: 'Raise a barrier' });
    await raise.focus();
    await alex.keyboard.press('Enter');
    const text = panel.getByRole('textbox', { name: /^What blocks you/ });
    await text.waitFor();
    await alex.keyboard.type(TEXT);
    await alex.keyboard.press('Tab');
    await panel.getByRole('combobox', { name: 'What kind of barrier' }).selectOption({ label: 'Pricing approval' });
    await expectAxeClean(panel, 'raise form in the side panel');
    expect(await hasHorizontalScroll(panel), 'the form fits a 280 px side panel').toBe(false);
    await text.focus();
    await alex.keyboard.press('Enter');
    await panel.getByText('Barrier raised. Your managers were told.').waitFor();

    const list = await harness.api<{ items: { id: string; text: string }[] }>(
      'u-alex',
      'GET',
      `spaces/${spaceId}/barriers`,
    );
    const barrierId = list.body.items.find((b) => b.text === TEXT)?.id;
    expect(barrierId).toEqual(expect.any(String));

    // Lynne, a peer: the same 404 as for nothing, naming nothing.
    const peer = await harness.api('u-lynne', 'GET', `spaces/${spaceId}/barriers/${barrierId}`);
    expect(peer.status).toBe(404);
    const raw = JSON.stringify(peer.body);
    expect(raw).not.toContain(String(barrierId));
    expect(raw).not.toContain('Discounts');
    expect(raw.toLowerCase()).not.toContain('barrier');

    // Megan, on the channel tab's barrier board (dark theme): removed, with a resource link.
    const { tab: channel } = await harness.openSurface({
      surface: 'channel',
      user: 'u-megan',
      page: megan,
      spaceId,
      theme: 'dark',
    });
    await channel.getByRole('tab', { name: 'Barriers' }).click();
    const onBoard = channel.locator(`[data-barrier-id="${barrierId}"]`);
    await onBoard.getByText(TEXT).waitFor();
    await channel.getByText(/No barrier was removed in the last 90 days/).waitFor();
    await expectAxeClean(channel, 'barrier board');
    await onBoard.getByRole('button', { name: `Mark removed: ${TEXT}` }).click();
    await onBoard.getByRole('textbox', { name: 'What was done' }).fill('Approved up to 15% for this quarter.');
    await onBoard
      .getByRole('textbox', { name: /^Link to a playbook/ })
      .fill('https://contoso.example/playbooks/discounts');
    await onBoard.getByRole('textbox', { name: /^Link name/ }).fill('Discount playbook');
    await onBoard.getByRole('button', { name: 'Save' }).click();
    await channel.getByText(/Median time to remove over the last 90 days/).waitFor();
    expect(await channel.locator(`[data-barrier-id="${barrierId}"]`).count()).toBe(0);

    // Alex, in his personal tab (high contrast): the resolution and the link, then confirms.
    const { tab: personal } = await harness.openSurface({
      surface: 'personal',
      user: 'u-alex',
      page: alex,
      theme: 'contrast',
    });
    const mine = personal.locator(`[data-barrier-id="${barrierId}"]`);
    await mine.getByText('Resolution: Approved up to 15% for this quarter.').waitFor();
    expect(await mine.getByRole('link', { name: 'Discount playbook' }).getAttribute('href')).toBe(
      'https://contoso.example/playbooks/discounts',
    );
    await expectAxeClean(personal, 'my barriers in the personal tab');
    await mine.getByRole('button', { name: `Confirm it is removed: ${TEXT}` }).click();
    await mine.getByText('Removed · confirmed').waitFor();
    const stored = await harness.api<{ confirmedAt: string | null; status: string }>(
      'u-alex',
      'GET',
      `spaces/${spaceId}/barriers/${barrierId}`,
    );
    expect(stored.body.status).toBe('removed');
    expect(typeof stored.body.confirmedAt).toBe('string');
  });
});
