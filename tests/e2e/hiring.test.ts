import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe, setTheme, startHarness, type Harness } from './harness.js';

/*
 * A hiring loop as its people live it: Megan defines a role profile with a role-play case and starts
 * a loop with Alex and Lynne on the panel. Lynne submits first; Alex sees none of her card (UI and raw
 * API) until he submitted his own, one competency at a time. The debrief shows both, Megan records
 * "hire", and the housekeeping run on a simulated clock deletes the candidate's data after retention.
 */

let harness: Harness;
let megan: Page;
let alex: Page;
let spaceId: string;
const CANDIDATE = `Jordan ${Date.now()}`;
const LYNNE_EVIDENCE = 'Lynne saw: pitched before asking a single question';

beforeAll(async () => {
  harness = await startHarness();
  [megan, alex] = await Promise.all([harness.newPage(), harness.newPage()]);
  const space = await harness.api<{ id: string }>('u-megan', 'POST', 'spaces', { name: `Hiring ${Date.now()}` });
  spaceId = space.body.id;
  for (const [userId, name] of [
    ['u-alex', 'Alex Wilber'],
    ['u-lynne', 'Lynne Robbins'],
  ]) {
    const invited = await harness.api('u-megan', 'POST', `spaces/${spaceId}/members`, { userId, name, role: 'rep' });
    expect(invited.status).toBe(201);
  }
  expect([200, 201]).toContain((await harness.api('u-megan', 'POST', `spaces/${spaceId}/scenario-starters`)).status);
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

async function expectAxeClean(tab: Frame, where: string): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

async function openHiring(user: string, page: Page): Promise<Frame> {
  const { tab } = await harness.openSurface({ surface: 'channel', user, page, spaceId });
  await tab.getByRole('tab', { name: 'Hiring' }).click();
  await tab.getByRole('heading', { name: 'Hiring loops' }).waitFor();
  return tab;
}

interface Loop {
  id: string;
  purgeAt: string | null;
}

describe('hiring', () => {
  it('profile, loop, independent scorecards, debrief, hire, purge after retention', async () => {
    // Megan defines the role with a role-play case from the library.
    let tab = await openHiring('u-megan', megan);
    await expectAxeClean(tab, 'hiring section, empty');
    await tab.getByRole('button', { name: 'New role profile' }).click();
    await tab.getByRole('textbox', { name: 'Role' }).fill('Account executive');
    await tab.getByRole('checkbox', { name: 'Discovery questions' }).check();
    await tab.getByRole('combobox', { name: 'Weight of Discovery questions' }).selectOption('3');
    await tab.getByRole('checkbox', { name: 'Listening' }).check();
    await tab.getByRole('combobox', { name: /Role-play case/ }).selectOption({ index: 1 });
    await tab.getByRole('button', { name: 'Save role profile' }).click();
    await tab.getByText(/^Role-play case: /).waitFor();

    // The loop: Alex covers discovery, Lynne listening.
    await tab.getByRole('button', { name: 'Start a hiring loop' }).click();
    await tab.getByRole('textbox', { name: 'Candidate’s name' }).fill(CANDIDATE);
    await tab.getByRole('combobox', { name: 'Interviewer 1' }).selectOption({ label: 'Alex Wilber' });
    await tab
      .getByRole('group', { name: 'Competencies Alex Wilber covers' })
      .getByRole('checkbox', { name: 'Discovery questions' })
      .check();
    await tab.getByRole('button', { name: 'Add an interviewer' }).click();
    await tab.getByRole('combobox', { name: 'Interviewer 2' }).selectOption({ label: 'Lynne Robbins' });
    await tab
      .getByRole('group', { name: 'Competencies Lynne Robbins covers' })
      .getByRole('checkbox', { name: 'Listening' })
      .check();
    await expectAxeClean(tab, 'new loop form');
    await tab.getByRole('button', { name: 'Start the loop' }).click();
    await tab.getByRole('heading', { name: new RegExp(CANDIDATE) }).waitFor();

    const loops = await harness.api<{ items: Loop[] }>('u-megan', 'GET', `spaces/${spaceId}/hiring/loops`);
    const loopId = loops.body.items[0]!.id;
    const loopPath = `spaces/${spaceId}/hiring/loops/${loopId}`;

    // Lynne submits first.
    const lynne = await harness.api('u-lynne', 'POST', `${loopPath}/scorecard`, {
      ratings: [{ key: 'activeListening', rating: 1, evidence: LYNNE_EVIDENCE }],
      recommendation: 'noHire',
      developmentPoints: ['Let the customer finish'],
    });
    expect(lynne.status).toBe(201);

    // Alex reads nothing of Lynne's card before his own is in: not in the UI, not in any raw answer.
    for (const path of [loopPath, `spaces/${spaceId}/hiring/loops`, 'me/scorecards-due']) {
      const raw = await harness.api('u-alex', 'GET', path);
      expect(raw.status).toBe(200);
      expect(JSON.stringify(raw.body)).not.toContain(LYNNE_EVIDENCE);
    }
    tab = await openHiring('u-alex', alex);
    await tab.getByRole('button', { name: `Open ${CANDIDATE}` }).click();
    await tab.getByText('Others’ scorecards stay hidden until you submit your own.').waitFor();
    expect(await tab.getByText(LYNNE_EVIDENCE).count()).toBe(0);
    await tab.getByRole('radio', { name: /^3 Solid/ }).check();
    await tab.getByRole('textbox', { name: /Evidence/ }).fill('Asked what the outage cost them before proposing');
    await expectAxeClean(tab, 'scorecard');
    await tab.getByRole('button', { name: 'Next competency' }).click();
    await tab.getByRole('combobox', { name: /Overall recommendation/ }).selectOption({ label: 'Hire' });
    await tab.getByRole('button', { name: 'Submit my scorecard' }).click();
    await tab.getByText(LYNNE_EVIDENCE).waitFor();

    // The debrief shows both cards side by side; Megan records the decision.
    tab = await openHiring('u-megan', megan);
    await tab.getByRole('button', { name: `Open ${CANDIDATE}` }).click();
    const table = tab.getByRole('table', { name: 'Panel debrief' });
    await table.getByRole('columnheader', { name: 'Alex Wilber' }).waitFor();
    await table.getByRole('columnheader', { name: 'Lynne Robbins' }).waitFor();
    await tab.getByText(/^Weighted total: /).waitFor();
    for (const theme of ['dark', 'contrast', 'default'] as const) {
      await setTheme(megan, tab, theme);
      await expectAxeClean(tab, `debrief (${theme})`);
    }
    await tab.getByRole('radio', { name: 'Hire', exact: true }).check();
    await tab.getByRole('textbox', { name: /Reason/ }).fill('Strong discovery; listening can be coached');
    await tab.getByRole('button', { name: 'Record the decision' }).click();
    await tab.getByText(/^Decision: Hire\./).waitFor();

    // Housekeeping on a simulated clock: kept until the day, deleted on it.
    const decided = await harness.api<Loop>('u-megan', 'GET', loopPath);
    const purgeAt = Date.parse(decided.body.purgeAt!);
    const run = (at: number) =>
      harness.api<{ purged: number }>('u-megan', 'POST', 'dev/housekeeping', { now: new Date(at).toISOString() });
    await run(purgeAt - 60_000);
    expect((await harness.api('u-megan', 'GET', loopPath)).status).toBe(200);
    expect((await run(purgeAt + 1000)).body.purged).toBeGreaterThanOrEqual(1);
    expect((await harness.api('u-megan', 'GET', loopPath)).status).toBe(404);
    const after = await harness.api<{ items: Loop[] }>('u-megan', 'GET', `spaces/${spaceId}/hiring/loops`);
    expect(after.body.items.map((l) => l.id)).not.toContain(loopId);
  });
});
