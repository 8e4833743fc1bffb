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

/*
 * Each test sets up the practice it needs through the API, under a title of its own, so that it
 * passes alone, in any order, and whatever an earlier test left behind.
 */

/** Alex posts a practice with the hostile markup in its title and first step; returns its id. */
async function postPractice(title: string): Promise<string> {
  const posted = await harness.api<{ id: string }>('u-alex', 'POST', `spaces/${DEMO.spaceId}/practices`, {
    title,
    result: { text: RESULT },
    actions: STEPS,
    context: { segment: 'enterprise', stage: 'proposal' },
  });
  expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  return posted.body.id;
}

/** A peer says "I'll try this". */
async function adopt(user: string, practiceId: string): Promise<void> {
  const adopted = await harness.api(user, 'POST', `spaces/${DEMO.spaceId}/practices/${practiceId}/adoptions`);
  expect(adopted.status, JSON.stringify(adopted.body)).toBe(201);
}

/** A peer who tried it reports that it worked. */
async function reportWorked(user: string, practiceId: string, note: string): Promise<void> {
  const path = `spaces/${DEMO.spaceId}/practices/${practiceId}/outcome`;
  const recorded = await harness.api(user, 'PUT', path, { outcome: 'worked', note });
  expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
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

    await tab.getByText('Your practice is posted.').waitFor();
    await tab.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await tab.getByText('You posted this practice.').waitFor();
    const main = await tab.locator('main').innerText();
    expect(main).toContain(TITLE);
    expect(main).toContain(STEPS[0]);
    expect(await tab.locator('main img').count()).toBe(0);
    await expectAxeClean(tab);
    await expectNoXss(alex);
  });

  it('lets a peer adopt it from the meeting side panel at 300 px', async () => {
    const title = `Reference call before the renewal ${HOSTILE}`;
    await postPractice(title);
    const { tab } = await harness.openSurface({ surface: 'sidepanel', user: 'u-lynne', page: lynne });
    expect(await tab.evaluate(() => window.innerWidth)).toBe(300);
    await tab.getByRole('button', { name: 'Practices' }).click();
    const card = tab.getByRole('listitem').filter({ has: tab.getByRole('heading', { name: title, exact: true }) });
    await card.getByRole('button', { name: `I'll try this: ${title}` }).click();
    await card.getByRole('button', { name: "You're trying this" }).waitFor();
    expect(await hasHorizontalScroll(tab)).toBe(false);
    await expectAxeClean(tab);
    await expectNoXss(lynne);
  });

  it('lets the peer record the outcome in the personal tab', async () => {
    const title = `Reference call before the pricing call ${HOSTILE}`;
    const practiceId = await postPractice(title);
    await adopt('u-lynne', practiceId);
    const { tab } = await harness.openSurface({ surface: 'personal', user: 'u-lynne', page: lynne });
    const form = tab.getByRole('form', { name: `Record the outcome of ${title}` });
    await form.waitFor();
    await expectAxeClean(tab);
    await form.getByRole('radio', { name: 'Worked' }).check();
    await form.getByRole('textbox', { name: 'Note (optional)' }).fill(NOTE);
    await form.getByRole('button', { name: 'Record outcome' }).click();
    await tab.getByText('Your outcome: Worked', { exact: false }).first().waitFor();
    await form.waitFor({ state: 'detached' });
    expect(await tab.locator('main').innerText()).toContain(title);
    await expectAxeClean(tab);
    await expectNoXss(lynne);

    // The outcome is stored: the practice's spotlight reports it.
    const spotlight = await harness.api<unknown>(
      'u-megan',
      'GET',
      `spaces/${DEMO.spaceId}/practices/${practiceId}/spotlight`,
    );
    expect(spotlight.status).toBe(200);
    expect(JSON.stringify(spotlight.body)).toContain(NOTE);
  });

  it('shows the manager the spotlight on the stage: result, steps and the outcome', async () => {
    const title = `Reference call before the security review ${HOSTILE}`;
    const practiceId = await postPractice(title);
    await adopt('u-lynne', practiceId);
    await reportWorked('u-lynne', practiceId, NOTE);
    const { tab } = await harness.openSurface({
      surface: `/stage?spaceId=${encodeURIComponent(DEMO.spaceId)}&practiceId=${encodeURIComponent(practiceId)}`,
      frameContext: 'meetingStage',
      spaceId: DEMO.spaceId,
      chatId: DEMO.chatId,
      meetingId: DEMO.meetingId,
      user: 'u-megan',
      page: megan,
    });
    await tab.getByRole('heading', { level: 2, name: title }).waitFor();
    await tab.getByText(`Lynne Robbins: Worked — ${NOTE}`).waitFor();
    const text = await tab.locator('main').innerText();
    expect(text).toContain(RESULT);
    for (const step of STEPS) expect(text).toContain(step);
    expect(await tab.locator('main img').count()).toBe(0);
    await expectAxeClean(tab);
    await expectNoXss(megan);
  });

  it('lets the manager see suggested spotlights, hear why it is not proven yet, and put it on the agenda', async () => {
    // Two peers for whom it worked make it a strong suggestion; proven takes three.
    const title = `Reference call before the board meeting ${HOSTILE}`;
    const practiceId = await postPractice(title);
    for (const peer of ['u-lynne', 'u-diego']) {
      await adopt(peer, practiceId);
      await reportWorked(peer, practiceId, NOTE);
    }
    const { tab } = await harness.openSurface({ surface: 'channel', user: 'u-megan', page: megan });
    await tab.getByRole('tab', { name: 'Practices' }).click();
    await tab.getByRole('heading', { name: 'Suggested spotlights' }).waitFor();
    await tab.getByRole('table', { name: 'Contributions' }).waitFor();
    await expectAxeClean(tab);

    await tab.getByRole('button', { name: title, exact: true }).first().click();
    await tab.getByRole('heading', { level: 2, name: title }).waitFor();
    await tab.getByRole('list', { name: 'Who adopted it' }).getByText(`Lynne Robbins: Worked — ${NOTE}`).waitFor();
    await tab.getByRole('button', { name: 'Mark proven' }).click();
    await tab.getByRole('alert').filter({ hasText: 'Needs at least 3 peers' }).waitFor();

    await tab.getByRole('button', { name: 'Link to agenda' }).click();
    await tab.getByText('Added to the agenda.').waitFor();
    await expectAxeClean(tab);
    await expectNoXss(megan);
  });
});
