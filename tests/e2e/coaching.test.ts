import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, hasHorizontalScroll, runAxe, startHarness, type Harness } from './harness.js';

/*
 * A 1:1 coaching session as its people live it: Megan runs it from her side panel (280 px), and the
 * ask/tell balance moves as she types her notes; Alex writes his own plan in his personal tab, where
 * its actions show as his commitments (one overdue); at the next session Megan's panel starts with
 * reviewing them, done or not done, each with a word why. Lynne, a peer, gets 404 on Alex's session.
 */

let harness: Harness;
let megan: Page;
let alex: Page;
let spaceId: string;
const SPACE_NAME = `Coaching ${Date.now()}`;

const GOAL = 'Get a dated CFO meeting on every deal above 50k';
const LATE_ACTION = 'Ask Dana for an introduction to the Tailspin CFO';
const NEXT_ACTION = 'Prepare three ROI questions for finance buyers';

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

async function expectAxeClean(tab: Frame, where: string): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

/** Sets the width of the tab's frame in the simulator, as Teams sizes the side panel or a wide tab. */
async function frameWidth(page: Page, width: number): Promise<void> {
  await page.evaluate((w) => {
    const frame = document.querySelector('iframe');
    if (frame) frame.style.width = `${w}px`;
  }, width);
}

/**
 * Megan's side panel in a 1:1 meeting with Alex, bound to the test's team, with a coaching session
 * started (one session per meeting occurrence, so each session here has its own meeting).
 */
async function startSession(meeting: string): Promise<Frame> {
  const panel = await harness.openSurface({
    surface: 'sidepanel',
    user: 'u-megan',
    page: megan,
    spaceId,
    chatId: `19:meeting_${meeting}@thread.v2`,
    meetingId: Buffer.from(`0#19:meeting_${meeting}@thread.v2#0`).toString('base64'),
  });
  await frameWidth(megan, 280);
  const tab = panel.tab;
  await tab.getByRole('button', { name: 'Coaching session' }).click();
  await tab.getByLabel('Rep').selectOption({ label: 'Alex Wilber' });
  await tab.getByRole('button', { name: 'Start the session' }).click();
  await tab.getByRole('heading', { name: 'Coaching Alex Wilber' }).waitFor();
  return tab;
}

describe('a coaching session', () => {
  it('asks instead of tells, leaves the plan to the rep, and reviews it next time', async () => {
    // Megan's first session with Alex: the balance follows her notes as she types.
    const tab = await startSession('alex-1on1-first');
    await tab.getByText('Step 1 of 4').waitFor();
    await tab.getByText('Asked 0, told 0').waitFor();
    const notes = tab.getByLabel('Your notes');
    await notes.fill('What do you want to get out of today?');
    await tab.getByText('Asked 1, told 0').waitFor();
    await notes.fill('What do you want to get out of today?\nYou should call the CFO. Send the deck tonight.');
    await tab.getByText('Asked 1, told 2').waitFor();
    expect(await hasHorizontalScroll(tab)).toBe(false);
    await expectAxeClean(tab, 'side panel at 280 px, goal step');

    for (const step of ['Reality', 'Options', 'Will']) {
      await tab.getByRole('button', { name: 'Next', exact: true }).click();
      await tab.getByRole('heading', { name: step, exact: true }).waitFor();
    }
    await tab.getByLabel(/Your advice/).fill('Bring the Contoso case study to the CFO call.');
    await tab.getByText('Alex Wilber has not written the plan yet.').waitFor();
    await tab.getByRole('button', { name: 'Record the session' }).click();
    await tab.getByText('Session recorded. Alex Wilber writes the plan in My coaching.').waitFor();
    await expectAxeClean(tab, 'side panel at 280 px, session recorded');

    // Alex writes his own plan in his personal tab; its actions become his commitments.
    const personal = await harness.openSurface({ surface: 'personal', user: 'u-alex', page: alex });
    await frameWidth(alex, 1280);
    // Alex's coaching in the test's team (the demo team holds his earlier sessions).
    const mine = personal.tab
      .getByRole('region', { name: 'Coaching sessions' })
      .getByRole('region', { name: SPACE_NAME });
    await mine.getByRole('heading', { name: 'Write your plan' }).waitFor();
    await mine.getByLabel('My goal').fill(GOAL);
    await mine.getByLabel('Action 1', { exact: true }).fill(LATE_ACTION);
    await mine.getByLabel('Action 1 by').fill(day(-1));
    await mine.getByRole('button', { name: 'Add an action' }).click();
    await mine.getByLabel('Action 2', { exact: true }).fill(NEXT_ACTION);
    await mine.getByLabel('Action 2 by').fill(day(6));
    await mine.getByRole('button', { name: 'Save my plan' }).click();
    const commitments = mine.getByRole('list', { name: 'My plan and commitments' });
    await commitments.getByText(LATE_ACTION).waitFor();
    await expect.poll(() => commitments.getByRole('listitem').count()).toBe(2);
    await commitments.getByRole('listitem').filter({ hasText: LATE_ACTION }).getByText('Overdue').waitFor();
    await commitments.getByRole('listitem').filter({ hasText: NEXT_ACTION }).getByText(/^Due /).waitFor();
    await mine.getByText(`My goal: ${GOAL}`).waitFor();
    await expectAxeClean(personal.tab, 'personal tab at 1280 px with the plan and commitments');
    await frameWidth(alex, 280);
    await mine.getByText(LATE_ACTION).waitFor();
    await expectAxeClean(personal.tab, 'personal tab at 280 px');

    // Lynne, a peer, gets 404 on Alex's session and never sees his plan.
    const sessions = await harness.api<{ items: { id: string; repId: string }[] }>(
      'u-megan',
      'GET',
      `spaces/${spaceId}/coaching/sessions?repId=u-alex`,
    );
    const sessionId = sessions.body.items[0]?.id ?? '';
    const asLynne = await harness.api('u-lynne', 'GET', `spaces/${spaceId}/coaching/sessions/${sessionId}`);
    expect(asLynne.status).toBe(404);
    expect(JSON.stringify(asLynne.body)).not.toContain(GOAL);
    const lynneMine = await harness.api('u-lynne', 'GET', 'me/coaching');
    expect(JSON.stringify(lynneMine.body)).not.toContain(GOAL);

    // The next session starts by reviewing Alex's commitments: each needs an outcome and a word why.
    const next = await startSession('alex-1on1-second');
    await next.getByText('Step 1 of 5').waitFor();
    await next.getByRole('heading', { name: 'Review', exact: true }).waitFor();
    expect(await next.getByRole('button', { name: 'Next', exact: true }).isDisabled()).toBe(true);
    const late = next.getByRole('listitem').filter({ hasText: LATE_ACTION });
    await late.getByRole('radio', { name: 'Not done' }).check();
    await late.getByRole('button', { name: 'Save the review' }).click();
    await late.getByText('Say in a word why.').waitFor();
    await late.getByLabel(/A word why/).fill('Dana was on leave; asking again Monday');
    await late.getByRole('button', { name: 'Save the review' }).click();
    await late.getByText('Why: Dana was on leave; asking again Monday').waitFor();
    const upcoming = next.getByRole('listitem').filter({ hasText: NEXT_ACTION });
    await upcoming.getByRole('radio', { name: 'Done', exact: true }).check();
    await upcoming.getByLabel(/A word why/).fill('Used them with Contoso finance');
    await upcoming.getByRole('button', { name: 'Save the review' }).click();
    await upcoming.getByText('Why: Used them with Contoso finance').waitFor();
    await expectAxeClean(next, 'side panel at 280 px, review step');
    await next.getByRole('button', { name: 'Next', exact: true }).click();
    await next.getByRole('heading', { name: 'Goal', exact: true }).waitFor();

    // Alex sees how his commitments were reviewed.
    await personal.page.reload();
    const reviewed = await harness.openSurface({ surface: 'personal', user: 'u-alex', page: alex });
    const list = reviewed.tab
      .getByRole('region', { name: 'Coaching sessions' })
      .getByRole('region', { name: SPACE_NAME })
      .getByRole('list', { name: 'My plan and commitments' });
    await list.getByRole('listitem').filter({ hasText: LATE_ACTION }).getByText('Not done').waitFor();
    await list.getByRole('listitem').filter({ hasText: NEXT_ACTION }).getByText('Done', { exact: true }).waitFor();
  }, 180_000);

  it('lets a manager in several teams pick the team when the meeting is not bound', async () => {
    const panel = await harness.openSurface({
      surface: 'sidepanel',
      user: 'u-megan',
      page: megan,
      spaceId: null,
      entityId: '',
    });
    await frameWidth(megan, 280);
    await panel.tab.getByRole('button', { name: 'Coaching session' }).click();
    const team = panel.tab.getByLabel('Team', { exact: true });
    await team.waitFor();
    const options = await team.locator('option').allInnerTexts();
    expect(options).toContain('Northwind Sales');
    expect(options.some((o) => o.startsWith('Coaching '))).toBe(true);
    await expectAxeClean(panel.tab, 'side panel at 280 px, team and rep picker');
  }, 60_000);
});
