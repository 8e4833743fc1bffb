import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe, startHarness, type Harness } from './harness.js';

/*
 * A two-way agreement as Megan and Alex live it, each in their own browser: Megan proposes what she
 * expects (a commitment already overdue), Alex adds what he expects of her, both sign version 1; the
 * overdue commitment stays until Alex renegotiates it with a new date; Alex renegotiates the agreement
 * into version 2, version 1 stays readable. Lynne, a peer, gets 404 on it.
 */

let harness: Harness;
let megan: Page;
let alex: Page;
let spaceId: string;
const SPACE_NAME = `Agreements ${Date.now()}`;
const MEGAN_EXPECTS = 'Log every customer call in the board the same day';
const ALEX_EXPECTS = 'Answer pricing approvals within one working day';
const day = (offsetDays: number): string => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  harness = await startHarness();
  [megan, alex] = await Promise.all([harness.newPage(), harness.newPage()]);
  const space = await harness.api<{ id: string }>('u-megan', 'POST', 'spaces', { name: SPACE_NAME });
  spaceId = space.body.id;
  for (const [userId, name] of [
    ['u-alex', 'Alex Wilber'],
    ['u-lynne', 'Lynne Robbins'],
  ]) {
    const invited = await harness.api('u-megan', 'POST', `spaces/${spaceId}/members`, { userId, name, role: 'rep' });
    expect(invited.status).toBe(201);
  }
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

/** The personal tab's agreement of Megan and Alex in the test's team. */
async function agreementOf(user: 'u-megan' | 'u-alex', page: Page): Promise<Frame> {
  const personal = await harness.openSurface({ surface: 'personal', user, page });
  await personal.tab.getByRole('heading', { name: 'Agreement between Megan Bowen and Alex Wilber' }).first().waitFor();
  return personal.tab;
}

const card = (tab: Frame) =>
  tab.getByRole('region', { name: SPACE_NAME }).getByRole('article', {
    name: 'Agreement between Megan Bowen and Alex Wilber',
  });

async function propose(tab: Frame, side: string, text: string, due?: string): Promise<void> {
  const c = card(tab);
  await c
    .getByRole('button', { name: /Propose a change|Renegotiate/ })
    .first()
    .click();
  const group = c.getByRole('group', { name: side });
  await group.getByRole('button', { name: 'Add an expectation' }).click();
  const items = group.getByLabel('Expectation');
  await items.last().fill(text);
  if (due) await group.getByLabel('First due date (optional)').last().fill(due);
  await c.getByRole('button', { name: 'Propose this text' }).click();
  await c.getByRole('button', { name: 'Propose this text' }).waitFor({ state: 'detached' });
}

describe('a two-way agreement', () => {
  it('is drafted by both, signed, kept to, renegotiated, and private', async () => {
    const opened = await harness.api<{ id: string }>('u-megan', 'POST', `spaces/${spaceId}/agreements`, {
      withId: 'u-alex',
    });
    expect(opened.status).toBe(201);

    const m = await agreementOf('u-megan', megan);
    await propose(m, 'What Megan Bowen expects of Alex Wilber', MEGAN_EXPECTS, day(-3));
    const a = await agreementOf('u-alex', alex);
    await card(a).getByText(MEGAN_EXPECTS).waitFor();
    await expect(card(a).getByText('Proposed by Megan Bowen').count()).resolves.toBe(1);
    await propose(a, 'What Alex Wilber expects of Megan Bowen', ALEX_EXPECTS);
    await card(a).getByText('Proposed by Alex Wilber').waitFor();

    // Both sign version 1; the dated item becomes Alex's commitment, overdue at once.
    await card(a).getByRole('button', { name: 'Sign version 1' }).click();
    await card(a).getByText('Waiting for the signature of Megan Bowen').waitFor();
    await card(m).getByText(ALEX_EXPECTS).waitFor();
    await card(m).getByRole('button', { name: 'Sign version 1' }).click();
    await card(m).getByText('Version 1: signed by both').waitFor();
    const overdue = card(a).getByRole('listitem').filter({ hasText: MEGAN_EXPECTS }).filter({ hasText: 'Overdue' });
    await overdue.waitFor();

    // Overdue until renegotiated: Alex agrees a new date.
    await card(a)
      .getByRole('button', { name: `Renegotiate: ${MEGAN_EXPECTS}` })
      .click();
    await card(a).getByLabel('New due date').fill(day(5));
    await card(a).getByRole('button', { name: 'Save the new terms' }).click();
    await overdue.waitFor({ state: 'detached' });
    await card(a).getByText('Alex Wilber to Megan Bowen: 0 of 0 kept, 1 renegotiated').waitFor();

    // Alex renegotiates the agreement: version 2 waits for both, version 1 stays readable.
    await propose(a, 'What Alex Wilber expects of Megan Bowen', 'Join one customer call a month');
    await card(a).getByText('Version 2: draft').waitFor();
    await card(a).getByRole('button', { name: 'Earlier versions (1)' }).click();
    await card(a).getByRole('region', { name: 'Version 1: signed by both' }).getByText(ALEX_EXPECTS).waitFor();

    const violations = await runAxe(a);
    expect(violations, formatViolations(violations)).toEqual([]);

    // Lynne, a peer, is told nothing of it.
    const asLynne = await harness.api('u-lynne', 'GET', `spaces/${spaceId}/agreements/${opened.body.id}`);
    expect(asLynne.status).toBe(404);
    expect(JSON.stringify(asLynne.body)).not.toMatch(/Alex|Megan|Log every/);
  }, 180_000);
});
