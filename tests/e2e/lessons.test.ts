import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInLesson } from '../../api/src/features/lessons/catalogue/index.js';
import { formatViolations, hasHorizontalScroll, runAxe, setTheme, startHarness, type Harness } from './harness.js';

/*
 * Isaiah, a contributor from service, reads "Asking open questions" in his personal tab in a 280 px
 * frame and passes its check with the keyboard only; the pass then shows in his personal tab and
 * beside his name in the team's member list. Megan, the manager, finds the editor in the channel tab.
 */

const LESSON_ID = 'builtin-open-questions';
const LESSON = builtInLesson(LESSON_ID);
let harness: Harness;
let isaiah: Page;
let megan: Page;
let spaceId: string;
const SPACE_NAME = `Lessons ${Date.now()}`;

beforeAll(async () => {
  harness = await startHarness();
  [isaiah, megan] = await Promise.all([harness.newPage(), harness.newPage()]);
  const space = await harness.api<{ id: string }>('u-megan', 'POST', 'spaces', { name: SPACE_NAME });
  spaceId = space.body.id;
  const invited = await harness.api('u-megan', 'POST', `spaces/${spaceId}/members`, {
    userId: 'u-isaiah',
    name: 'Isaiah Langer',
    role: 'contributor',
  });
  expect(invited.status).toBe(201);
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

async function expectAxeClean(page: Page, tab: Frame, where: string): Promise<void> {
  for (const theme of ['default', 'dark', 'contrast'] as const) {
    await setTheme(page, tab, theme);
    const violations = await runAxe(tab);
    expect(violations, `${where}, ${theme}:\n${formatViolations(violations)}`).toEqual([]);
  }
  await setTheme(page, tab, 'default');
}

describe('consultative-skills lessons', () => {
  it('a contributor reads a lesson and passes its check by keyboard; the pass shows in his profile', async () => {
    if (!LESSON) throw new Error(`no built-in lesson ${LESSON_ID}`);
    const { tab } = await harness.openSurface({ surface: 'personal', user: 'u-isaiah', page: isaiah, width: 280 });
    const lessons = tab.getByRole('region', { name: 'Lessons', exact: true });
    await lessons.getByText(`0 of 8 lessons passed in ${SPACE_NAME}`).waitFor();
    // The demo team: Isaiah passed "Listening for needs" there already (demo data).
    await lessons.getByText('1 of 8 lessons passed in Northwind Sales').waitFor();
    const list = lessons.getByRole('list', { name: `Lessons in ${SPACE_NAME}` });

    // Keyboard only: focus reaches "Read" by Tab order from the list's first button; Enter opens it.
    await list.getByRole('button', { name: 'Read: Listening for needs' }).focus();
    await isaiah.keyboard.press('Tab');
    await expect
      .poll(() => tab.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Read: ${LESSON.title}`);
    await isaiah.keyboard.press('Enter');
    const title = lessons.getByRole('heading', { level: 3, name: LESSON.title });
    await title.waitFor();
    await expect.poll(() => tab.evaluate(() => document.activeElement?.textContent)).toBe(LESSON.title);
    expect(await hasHorizontalScroll(tab)).toBe(false);
    await expectAxeClean(isaiah, tab, 'lesson reader at 280 px');

    // Each question: Tab into its radio group, arrow keys to the right choice (Space for the first).
    for (const question of LESSON.questions) {
      await isaiah.keyboard.press('Tab');
      if (question.correct === 0) await isaiah.keyboard.press('Space');
      for (let i = 0; i < question.correct; i++) await isaiah.keyboard.press('ArrowDown');
      await expect
        .poll(() => tab.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked))
        .toBe(true);
    }
    await isaiah.keyboard.press('Tab');
    await expect.poll(() => tab.evaluate(() => document.activeElement?.textContent)).toBe('Check my answers');
    await isaiah.keyboard.press('Enter');
    const total = LESSON.questions.length;
    await lessons.getByText(`Passed: ${total} of ${total} right.`, { exact: false }).waitFor();
    expect(await hasHorizontalScroll(tab)).toBe(false);
    await expectAxeClean(isaiah, tab, 'check result at 280 px');

    // Back in the list: passed, in the personal tab.
    await lessons.getByRole('button', { name: 'Back to the lessons' }).click();
    await lessons.getByText(`1 of 8 lessons passed in ${SPACE_NAME}`).waitFor();
    await list.getByRole('listitem').filter({ hasText: LESSON.title }).getByText('Passed', { exact: true }).waitFor();

    // And beside his name in the team's member list.
    const channel = await harness.openSurface({ surface: 'channel', user: 'u-megan', page: megan, spaceId });
    const members = channel.tab.getByRole('list', { name: 'Team members' });
    const row = members.getByRole('listitem').filter({ hasText: 'Isaiah Langer' });
    await row.getByText('1 lesson passed').waitFor();
    await row.getByText(`Passed: ${LESSON.title}`).waitFor();
    await expectAxeClean(megan, channel.tab, 'member list with a pass');
  });

  it('the manager finds the lessons and the editor in the channel tab', async () => {
    const { tab } = await harness.openSurface({ surface: 'channel', user: 'u-megan', page: megan, spaceId });
    await tab.getByRole('tab', { name: 'Lessons' }).click();
    const section = tab.getByRole('region', { name: 'Lessons for colleagues outside sales' });
    await section.getByRole('button', { name: 'Read: Listening for needs' }).waitFor();
    await section.getByRole('button', { name: 'Write a lesson' }).click();
    await section.getByRole('heading', { name: 'New lesson' }).waitFor();
    await expectAxeClean(megan, tab, 'lesson editor');
  });
});
