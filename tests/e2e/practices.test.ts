import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, formatViolations, hasHorizontalScroll, runAxe, startHarness, type Harness } from './harness.js';

/*
 * The practice exchange across surfaces: a rep posts a practice in the channel tab, a peer adopts
 * it in the meeting side panel and later records how it went in the personal tab, and the manager
 * shows its spotlight on the stage. Markup typed into a practice stays text everywhere.
 */

const HOSTILE = '<img src=x onerror="window.__xss=1">';
const TITLE = `Reference call before the proposal ${HOSTILE}`;
const RESULT = 'Won the Tailspin renewal 3 weeks sooner than the last two.';
const STEPS = [
  `Asked the champion which peer they would trust ${HOSTILE}`,
  'Booked a 20-minute reference call with a Contoso champion before sending the proposal.',
];
const NOTE = 'Worked with Fabrikam too: they signed in 9 days.';

let harness: Harness;
let alex: Page;
let lynne: Page;
let megan: Page;
let practiceId = '';

beforeAll(async () => {
  harness = await startHarness();
  [alex, lynne, megan] = await Promise.all([harness.newPage(), harness.newPage(), harness.newPage()]);
});

afterAll(async () => {
  await harness?.close();
});

/** Fails when markup from a practice ran in any frame of the page. */
async function expectNoXss(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const xss = await frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
    expect(xss, `window.__xss in ${frame.url()}`).toBeUndefined();
  }
}

async function expectAxeClean(tab: Frame): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('practice exchange', () => {
  it('lets a rep post a practice in the channel tab, shown literally', async () => {
    const { tab } = await harness.openSurface({ surface: 'channel', user: 'u-alex', page: alex });
    await tab.getByRole('tab', { name: 'Practices' }).click();
    await tab.getByRole('heading', { name: 'Practices from the team' }).waitFor();
    await tab.getByRole('list', { name: 'Practices from the team' }).waitFor();
    await expectAxeClean(tab);

    await tab.getByRole('button', { name: 'Post a practice' }).click();
    await tab.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await tab.getByRole('textbox', { name: 'What happened' }).fill(RESULT);
    await tab.getByText('You wrote the result. Now add the specific actions', { exact: false }).waitFor();
    await tab.getByRole('textbox', { name: 'Step 1' }).fill(STEPS[0] ?? '');
    await tab.getByRole('button', { name: 'Add a step' }).click();
    await tab.getByRole('textbox', { name: 'Step 2' }).fill(STEPS[1] ?? '');
    await tab.getByRole('combobox', { name: /Segment/ }).selectOption('enterprise');
    await tab.getByRole('combobox', { name: /Deal stage/ }).selectOption('proposal');
    await tab.getByRole('checkbox', { name: 'Closing' }).check();
    await expectAxeClean(tab);

    const posted = alex.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/practices'),
    );
    await tab.getByRole('button', { name: 'Post practice' }).click();
    const response = await posted;
    expect(response.status()).toBe(201);
    practiceId = ((await response.json()) as { id: string }).id;

    await tab.getByText('Your practice is posted.').waitFor();
    await tab.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    const main = await tab.locator('main').innerText();
    expect(main).toContain(TITLE);
    expect(main).toContain(STEPS[0]);
    expect(main).toContain('You posted this practice.');
    expect(await tab.locator('main img').count()).toBe(0);
    await expectAxeClean(tab);
    await expectNoXss(alex);
  });

  it('lets a peer adopt it from the meeting side panel at 300 px', async () => {
    const { tab } = await harness.openSurface({ surface: 'sidepanel', user: 'u-lynne', page: lynne });
    expect(await tab.evaluate(() => window.innerWidth)).toBe(300);
    await tab.getByRole('button', { name: 'Practices' }).click();
    const card = tab.getByRole('listitem').filter({ has: tab.getByRole('heading', { name: TITLE }) });
    await card.waitFor();
    await card.getByRole('button', { name: `I'll try this: ${TITLE}` }).click();
    await card.getByRole('button', { name: "You're trying this" }).waitFor();
    expect(await hasHorizontalScroll(tab)).toBe(false);
    await expectAxeClean(tab);
    await expectNoXss(lynne);
  });

  it('lets the peer record the outcome in the personal tab', async () => {
    const { tab } = await harness.openSurface({ surface: 'personal', user: 'u-lynne', page: lynne });
    const form = tab.getByRole('form', { name: `Record the outcome of ${TITLE}` });
    await form.waitFor();
    await expectAxeClean(tab);
    await form.getByRole('radio', { name: 'Worked' }).check();
    await form.getByRole('textbox', { name: 'Note (optional)' }).fill(NOTE);
    await form.getByRole('button', { name: 'Record outcome' }).click();
    await tab.getByText('Your outcome: Worked', { exact: false }).first().waitFor();
    expect(await tab.locator('main').innerText()).toContain(TITLE);
    await expectAxeClean(tab);
    await expectNoXss(lynne);
  });

  it('shows the manager the spotlight on the stage: result, steps and the outcome', async () => {
    expect(practiceId).not.toBe('');
    const { tab } = await harness.openSurface({
      surface: `/stage?spaceId=${encodeURIComponent(DEMO.spaceId)}&practiceId=${encodeURIComponent(practiceId)}`,
      frameContext: 'meetingStage',
      spaceId: DEMO.spaceId,
      chatId: DEMO.chatId,
      meetingId: DEMO.meetingId,
      user: 'u-megan',
      page: megan,
    });
    await tab.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    const text = await tab.locator('main').innerText();
    expect(text).toContain(RESULT);
    for (const step of STEPS) expect(text).toContain(step);
    expect(text).toContain(`Lynne Robbins: Worked — ${NOTE}`);
    expect(await tab.locator('main img').count()).toBe(0);
    await expectAxeClean(tab);
    await expectNoXss(megan);
  });
  it('lets the manager see suggested spotlights, hear why it is not proven yet, and put it on the agenda', async () => {
    const { tab } = await harness.openSurface({ surface: 'channel', user: 'u-megan', page: megan });
    await tab.getByRole('tab', { name: 'Practices' }).click();
    await tab.getByRole('heading', { name: 'Suggested spotlights' }).waitFor();
    await tab.getByRole('table', { name: 'Contributions' }).waitFor();
    await expectAxeClean(tab);

    await tab.getByRole('button', { name: TITLE }).first().click();
    await tab.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    expect(await tab.getByRole('list', { name: 'Who adopted it' }).innerText()).toContain(
      `Lynne Robbins: Worked — ${NOTE}`,
    );
    await tab.getByRole('button', { name: 'Mark proven' }).click();
    expect(await tab.getByRole('alert').innerText()).toContain('Needs at least 3 peers');

    await tab.getByRole('button', { name: 'Link to agenda' }).click();
    await tab.getByText('Added to the agenda.').waitFor();
    await expectAxeClean(tab);
    await expectNoXss(megan);
  });
});
