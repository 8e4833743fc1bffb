import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, hasHorizontalScroll, runAxe, startHarness, type Harness } from './harness.js';

/*
 * Field observations end to end: the manager observes Alex's call from a meeting's side panel (the
 * meeting is not bound: she picks the team there), Alex assesses himself first in his personal tab,
 * the manager's feedback is refused without a strength and a development point and then shared,
 * Alex writes his next step, and the coverage gauge moves. Lynne, a peer, gets 404 on it.
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

/** The side panel of a meeting bound to no team: the manager picks the team there. */
async function openSidePanel(teamName: string): Promise<Frame> {
  const { tab } = await harness.openSurface({ surface: 'sidepanel', user: 'u-megan', page: megan, spaceId: null });
  await tab.getByRole('button', { name: teamName }).click();
  return tab;
}

/** The channel tab's Coaching section of the team. */
async function openCoaching(spaceId: string): Promise<Frame> {
  const { tab } = await harness.openSurface({ surface: 'channel', user: 'u-megan', page: megan, spaceId });
  await tab.getByRole('tab', { name: 'Coaching' }).click();
  await tab.getByTestId('coverage-gauge').waitFor();
  return tab;
}

const gaugeMinutes = async (tab: Frame): Promise<string | null> =>
  tab.getByTestId('coverage-gauge').getAttribute('data-minutes');

describe('field observations', () => {
  it('observe a call from the side panel, self-assessment first, feedback by the rules, a next step, coverage', async () => {
    const teamName = `Field team ${Date.now()}`;
    const spaceId = await buildTeam(teamName);

    let coaching = await openCoaching(spaceId);
    expect(await gaugeMinutes(coaching)).toBe('0');
    await coaching.getByText('Alex Wilber').first().waitFor();
    await expectAxeClean(coaching, 'coaching section, empty');

    // The side panel: one entry button, then the observation view.
    let panel = await openSidePanel(teamName);
    await panel.getByRole('button', { name: 'Observe this call' }).click();
    await panel.getByRole('combobox', { name: /^Rep/ }).selectOption({ label: 'Alex Wilber' });
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('heading', { name: 'Observing Alex Wilber' }).waitFor();
    await panel.getByRole('combobox', { name: /^Competency/ }).selectOption({ label: 'Next-step close' });
    await panel
      .getByRole('textbox', { name: /^What you saw/ })
      .fill('Agreed a site visit with the operations lead for Thursday at 10.');
    await panel.getByRole('button', { name: 'Save note' }).click();
    await panel.getByRole('list', { name: 'Notes so far' }).getByText('Agreed a site visit').waitFor();
    await panel.getByRole('button', { name: 'Pause' }).click();
    await panel.getByText('Paused').waitFor();
    await expectAxeClean(panel, 'observing in the side panel');
    expect(await hasHorizontalScroll(panel), 'the observation view fits the side panel').toBe(false);

    // A reload of the side panel loses nothing: the call is still being observed, notes included.
    panel = await openSidePanel(teamName);
    await panel.getByRole('button', { name: 'Observing Alex Wilber — open' }).click();
    await panel.getByRole('list', { name: 'Notes so far' }).getByText('Agreed a site visit').waitFor();
    await panel.getByRole('button', { name: 'Continue' }).click();
    await panel.getByText('Counting the minutes observed').waitFor();
    await panel.getByRole('button', { name: 'Stop and save' }).click();
    await panel.getByText('Saved: 1 minute observed. Alex Wilber is asked to assess themself first.').waitFor();

    const list = await harness.api<{ items: { id: string }[] }>('u-megan', 'GET', `spaces/${spaceId}/observations`);
    const observationId = list.body.items[0]?.id;
    expect(observationId).toEqual(expect.any(String));
    // A peer gets 404, the raw answer naming nothing of it.
    const peer = await harness.api('u-lynne', 'GET', `spaces/${spaceId}/observations/${observationId}`);
    expect(peer.status).toBe(404);
    expect(JSON.stringify(peer.body)).not.toContain('Agreed a site visit');

    // Alex assesses himself first, in his personal tab.
    let personal = (await harness.openSurface({ surface: 'personal', user: 'u-alex', page: alex })).tab;
    let card = personal.locator(`[data-observation-id="${observationId}"]`);
    await card.getByText('Self-assess now').waitFor();
    expect(await card.textContent()).not.toContain('Agreed a site visit');
    await card
      .getByRole('radiogroup', { name: 'Next-step close' })
      .getByRole('radio', { name: /^3 · Solid/ })
      .check();
    await card
      .getByRole('textbox', { name: /^Your reflection/ })
      .fill('I got the date, but I did not ask who else should come.');
    await expectAxeClean(personal, 'self-assessment in the personal tab');
    await card.getByRole('button', { name: 'Send my self-assessment' }).click();
    await card.getByText('Feedback to come').waitFor();

    // The manager's feedback is refused without a strength and a development point, then shared.
    coaching = await openCoaching(spaceId);
    const feedback = coaching.locator(`[data-observation-id="${observationId}"]`);
    await feedback.getByRole('button', { name: 'Share feedback' }).click();
    await feedback.getByText(/Name at least one strength/).waitFor();
    await feedback.getByText(/Name at least one development point/).waitFor();
    await feedback
      .getByRole('textbox', { name: /^A strength you observed/ })
      .fill('Asked for a dated next step and got Thursday at 10 with the operations lead.');
    await feedback.getByRole('button', { name: 'Share feedback' }).click();
    await feedback.getByText(/Name at least one development point/).waitFor();
    expect(await feedback.getByText(/Name at least one strength/).count()).toBe(0);
    await feedback
      .getByRole('textbox', { name: /^A development point/ })
      .fill('Ask who else should join the site visit before agreeing the time.');
    await expectAxeClean(coaching, 'feedback form');
    await feedback.getByRole('button', { name: 'Share feedback' }).click();
    await feedback.getByText('Feedback shared').waitFor();

    // Alex reads it and writes his own next step.
    personal = (await harness.openSurface({ surface: 'personal', user: 'u-alex', page: alex })).tab;
    card = personal.locator(`[data-observation-id="${observationId}"]`);
    await card.getByText('Feedback to read').waitFor();
    await card.getByText('Ask who else should join the site visit before agreeing the time.').waitFor();
    await card
      .getByRole('textbox', { name: /^Your next step/ })
      .fill('On every visit this week, ask who else should be in the room.');
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await card.getByText('Next step: On every visit this week, ask who else should be in the room.').waitFor();
    await personal.getByRole('heading', { name: 'My competency trend' }).waitFor();
    await expectAxeClean(personal, 'personal tab after the acknowledgement');

    // The gauge moved.
    coaching = await openCoaching(spaceId);
    expect(await gaugeMinutes(coaching)).toBe('1');
    await coaching
      .getByTestId('coverage-thisWeek')
      .getByText(/1 min of 40 h/)
      .waitFor();
    await expectAxeClean(coaching, 'coaching section with coverage');
  });
});
