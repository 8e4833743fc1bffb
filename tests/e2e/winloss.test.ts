import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, formatViolations, runAxe, startHarness, type Harness } from './harness.js';

/*
 * Win/loss end to end, on the demo team: Lynne closes a board as lost and writes its review with the
 * keyboard alone (the keys are counted), Megan adds what the customer said, the Win/loss section
 * shows the gap between reps and customers, and Megan turns the top loss theme into a role-play
 * scenario that the library shows with the customers' words as objections.
 */

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const place = {
  teamId: DEMO.teamId,
  groupId: DEMO.groupId,
  channelId: DEMO.channelId,
  entityId: `space:${DEMO.spaceId}`,
};
const QUOTE = 'We never saw who would run our migration weekend.';

async function expectAxeClean(tab: Frame): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/** The label of the focused control (its <label>, else its aria-label). */
function focused(tab: Frame): Promise<string> {
  return tab.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });
}

describe('win/loss', () => {
  it('closes a lost deal, reviews it by keyboard, hears the customer, and makes the top loss theme practice', async () => {
    const name = `Northwind Traders — logistics ${Date.now()}`;
    const created = await harness.api<{ id: string }>('u-lynne', 'POST', `spaces/${DEMO.spaceId}/boards`, {
      name,
      segment: 'Enterprise',
      value: 210_000,
      currency: 'USD',
      salesStage: 'propose',
      buyerStage: 'discover',
      nextMeetingDate: null,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const boardId = created.body.id;

    // Lynne closes the deal as lost; the board asks for its review.
    const lynne = await harness.newPage();
    const { tab } = await harness.openSurface({
      surface: `/channel?section=boards&spaceId=${DEMO.spaceId}&boardId=${boardId}`,
      user: 'u-lynne',
      page: lynne,
      ...place,
    });
    await tab.getByRole('button', { name: 'Close deal' }).click();
    const dialog = tab.getByRole('dialog', { name: `Close ${name}` });
    await dialog.getByRole('radio', { name: 'Lost' }).check();
    await dialog.getByRole('button', { name: 'Close deal' }).click();
    const form = tab.getByRole('form', { name: 'Win/loss review' });
    await form.waitFor();
    await tab.getByText('Lost on').waitFor();
    await expectAxeClean(tab);

    // The keyboard alone: Tab to a control, Space to tick, typing to answer, Enter to save.
    let keys = 0;
    const press = async (key: string): Promise<void> => {
      keys++;
      await lynne.keyboard.press(key);
    };
    const tabTo = async (label: string): Promise<void> => {
      for (let i = 0; i < 30 && (await focused(tab)) !== label; i++) await press('Tab');
      expect(await focused(tab)).toBe(label);
    };
    await form.getByRole('checkbox', { name: 'Price' }).focus();
    await press('Space');
    await tabTo('Timing');
    await press('Space');
    await tabTo('What else?');
    await lynne.keyboard.type('Their IT lead never joined a call.');
    keys++;
    await tabTo('Competitor');
    await lynne.keyboard.type('Contoso Cloud');
    keys++;
    await press('Enter');
    await tab.getByRole('button', { name: 'Edit review' }).waitFor();
    expect(keys).toBeLessThanOrEqual(20);
    await tab.getByText('Price (main), Timing').waitFor();
    await tab.getByText(/^Completed in \d+:\d\d$/).waitFor();

    // Megan adds what the customer said, in their words.
    const megan = await harness.newPage();
    const channel = await harness.openSurface({
      surface: `/channel?section=boards&spaceId=${DEMO.spaceId}&boardId=${boardId}`,
      user: 'u-megan',
      page: megan,
      ...place,
    });
    const m = channel.tab;
    await m.getByRole('button', { name: 'Add the customer’s reasons' }).click();
    const customer = m.getByRole('form', { name: 'The customer’s reasons' });
    await customer.getByRole('checkbox', { name: 'Implementation risk' }).check();
    await customer.getByRole('textbox', { name: 'Implementation risk: in the customer’s words' }).fill(QUOTE);
    await customer.getByRole('button', { name: 'Save the customer’s reasons' }).click();
    await m.getByText(QUOTE).waitFor();

    // The Win/loss section shows the gap: reps say price, customers say implementation risk.
    await m.getByRole('tab', { name: 'Win/loss' }).click();
    const gap = m.getByRole('table', { name: 'What reps say vs what customers say' });
    await gap.waitFor();
    const row = gap.getByRole('row').filter({ hasText: 'Implementation risk' });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[0]).toBe('Implementation risk');
    expect(Number.parseInt(cells[2] ?? '0', 10)).toBeGreaterThan(Number.parseInt(cells[1] ?? '0', 10));
    await expectAxeClean(m);

    // The top loss theme becomes a scenario in the library, with the customers' words as objections.
    await m.getByRole('button', { name: 'Practise Price' }).click();
    await m.getByText(/Added "Loss theme: Price" to the scenario library/).waitFor();
    await m.getByRole('tab', { name: 'Role-plays' }).click();
    await m.getByRole('button', { name: 'Loss theme: Price' }).first().click();
    const objections = m.getByRole('list', { name: /objections/i });
    await objections.getByText(QUOTE).waitFor();
    await m.getByText(new RegExp(`Built from the win/loss reviews of: .*${name.slice(0, 20)}`)).waitFor();
  });
});
