import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  formatViolations,
  hasHorizontalScroll,
  runAxe,
  setTheme,
  startHarness,
  type Harness,
  type OpenedSurface,
} from './harness.js';

/*
 * A live role-play in a Teams meeting, as its people live it: the manager sets it up from her side
 * panel and shares it to the stage; Alex plays the rep, Lynne the customer and Diego observes, each
 * in their own browser. Everyone sees the same round clock (Alex even after reloading mid-round), a
 * pause on one device pauses it everywhere, Alex assesses himself and Diego scores each round, and
 * the debrief on the stage sets Alex's own words next to Diego's feedback. Only Lynne's panel ever
 * shows the customer's hidden objections.
 */

let harness: Harness;
let facilitator: Page;
let stagePage: Page;
let rep: Page;
let customer: Page;
let observer: Page;

beforeAll(async () => {
  harness = await startHarness();
  [facilitator, stagePage, rep, customer, observer] = await Promise.all([
    harness.newPage(),
    harness.newPage(),
    harness.newPage(),
    harness.newPage(),
    harness.newPage(),
  ]);
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

const SCENARIO = 'Price pushback: “You’re 30% more than the other quote”';
const SELF_STRENGTH = 'I asked what the other quote includes before I talked about our price.';
const SELF_DEVELOPMENT = 'I want to name the next meeting and its date before the call ends.';
const OBSERVER_STRENGTH = 'Asked Dana what the other quote covered before defending the price.';
const OBSERVER_DEVELOPMENT = 'Try proposing a dated call with the CFO instead of “I’ll send options”.';
const QUESTION = 'What did you notice when Dana compared the two quotes?';
const NEXT_STEP = 'Ask for a dated follow-up with the CFO on my next three discovery calls.';

async function expectAxeClean(tab: Frame, where: string): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

/** The round clock a surface shows now. */
async function clockOf(tab: Frame): Promise<{ remainingMs: number; phase: string }> {
  return tab.evaluate(() => {
    const el = document.querySelector('[data-testid="roleplay-countdown"]');
    return {
      remainingMs: Number(el?.getAttribute('data-remaining-ms') ?? NaN),
      phase: el?.getAttribute('data-phase') ?? '',
    };
  });
}

/** Waits until a surface's clock is in this phase; surfaces poll every second, so within a few seconds. */
async function waitForPhase(tab: Frame, phase: string, timeout = 8000): Promise<void> {
  await tab.waitForFunction(
    (p) => document.querySelector('[data-testid="roleplay-countdown"]')?.getAttribute('data-phase') === p,
    phase,
    { timeout },
  );
}

/** Everything a surface's document says, to check that a secret is not in it. */
const textOf = (tab: Frame): Promise<string> => tab.evaluate(() => document.documentElement.textContent ?? '');

async function expectNoObjections(surfaces: [string, Frame][], objections: readonly string[]): Promise<void> {
  for (const [who, tab] of surfaces) {
    const text = await textOf(tab);
    for (const objection of objections) expect(text, `${who} shows a hidden objection`).not.toContain(objection);
    expect(text, `${who} shows the private brief`).not.toContain('Private: only you see this');
  }
}

const controls = (tab: Frame) => tab.getByRole('group', { name: 'Run the role-play' });
const sidePanel = (user: string, page: Page): Promise<OpenedSurface> =>
  harness.openSurface({ surface: 'sidepanel', user, page });

describe('running a role-play in a meeting', () => {
  it('keeps four devices on one clock, from set-up to debrief and the rep’s personal tab, and the customer’s brief private', async () => {
    const started = Date.now();
    // Everyone opens the side panel before anything is set up.
    const [meganPanel, alexPanel, lynnePanel, diegoPanel] = await Promise.all([
      sidePanel('u-megan', facilitator),
      sidePanel('u-alex', rep),
      sidePanel('u-lynne', customer),
      sidePanel('u-diego', observer),
    ]);
    const roleplays = (tab: Frame) => tab.getByRole('region', { name: 'Role-plays' });
    await roleplays(meganPanel.tab).getByText('No role-play is open in this team.').waitFor();

    // The manager sets one up: Alex as the rep, Lynne as the customer, Diego observing price objections.
    await roleplays(meganPanel.tab).getByRole('button', { name: 'Set up a role-play' }).click();
    const form = meganPanel.tab.getByRole('form', { name: 'Set up a role-play' });
    await form.getByRole('combobox', { name: /^Scenario/ }).selectOption({ label: SCENARIO });
    await expect.poll(() => form.getByRole('spinbutton', { name: /^Minutes per round/ }).inputValue()).toBe('7');
    await form.getByRole('combobox', { name: /^Rep/ }).selectOption({ label: 'Alex Wilber' });
    await form.getByRole('combobox', { name: /^Customer/ }).selectOption({ label: 'Lynne Robbins' });
    await form.getByRole('button', { name: 'Add an observer' }).click();
    await form.getByRole('combobox', { name: /^Observer 1/ }).selectOption({ label: 'Diego Siciliani' });
    await form
      .getByRole('combobox', { name: /^Focus for observer 1/ })
      .selectOption({ label: 'Handling price objections' });
    await form.getByRole('spinbutton', { name: /^Rounds/ }).fill('2');
    await expectAxeClean(meganPanel.tab, 'set-up form in the side panel');
    expect(await hasHorizontalScroll(meganPanel.tab), 'the set-up form fits the 300 px side panel').toBe(false);
    await form.getByRole('button', { name: 'Set up role-play' }).click();
    await controls(meganPanel.tab).getByRole('button', { name: 'Start round 1' }).waitFor();

    // The cast's panels open it by themselves within a few seconds, each with their own part.
    await alexPanel.tab.getByText('You play the rep.').waitFor();
    await lynnePanel.tab.getByText('You play the customer, Dana Whitfield.').waitFor();
    await diegoPanel.tab.getByText('You observe: Handling price objections.').waitFor();
    const brief = lynnePanel.tab.getByRole('list', { name: 'Hidden objections' });
    await brief.getByRole('listitem').first().waitFor();
    const objections = (await brief.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
    expect(objections.length).toBeGreaterThan(0);

    // The manager shares it to the stage; the stage opens what the share named.
    await meganPanel.tab.getByRole('button', { name: 'Share role-play to stage' }).click();
    await meganPanel.tab.getByText('The role-play is on the meeting stage.').waitFor();
    const shared = await facilitator.evaluate(() => window.simulator.stageUrl);
    expect(shared).toContain('roleplayId=');
    const sharedUrl = new URL(shared ?? '');
    const stage = await harness.openSurface({
      surface: `${sharedUrl.pathname}${sharedUrl.search}`,
      frameContext: 'meetingStage',
      user: 'u-megan',
      page: stagePage,
      chatId: DEMO.chatId,
      meetingId: DEMO.meetingId,
      entityId: `space:${DEMO.spaceId}`,
    });
    await stage.tab.getByRole('heading', { name: `Role-play: ${SCENARIO}` }).waitFor();
    const cast = stage.tab.getByRole('region', { name: 'Who plays what' });
    await cast.getByText('Lynne Robbins, playing Dana Whitfield').waitFor();
    await cast.getByText('Diego Siciliani, watching Handling price objections').waitFor();

    // Round 1 starts; Alex reloads his panel mid-round and comes back on the same clock.
    await controls(meganPanel.tab).getByRole('button', { name: 'Start round 1' }).click();
    await Promise.all([meganPanel, lynnePanel, diegoPanel, stage].map((s) => waitForPhase(s.tab, 'running')));
    await stage.tab.getByText('Round 1 of 2').waitFor();
    const alexAgain = await sidePanel('u-alex', rep);
    await waitForPhase(alexAgain.tab, 'running');
    const surfaces: [string, Frame][] = [
      ['stage', stage.tab],
      ['rep', alexAgain.tab],
      ['customer', lynnePanel.tab],
      ['observer', diegoPanel.tab],
      ['facilitator', meganPanel.tab],
    ];
    // Every surface, the reloaded one too, shows the same time left (within 1.5 s) once it has polled.
    let values: number[] = [];
    await expect
      .poll(async () => {
        values = (await Promise.all(surfaces.map(([, tab]) => clockOf(tab)))).map((c) => c.remainingMs);
        return Math.max(...values) - Math.min(...values);
      })
      .toBeLessThan(1500);
    console.info(`round clock across ${values.length} surfaces: ${values.join(', ')} ms left`);
    expect(Math.min(...values)).toBeGreaterThan(5 * 60_000);
    expect(Math.max(...values)).toBeLessThanOrEqual(7 * 60_000);
    await expectNoObjections(
      surfaces.filter(([who]) => who !== 'customer'),
      objections,
    );
    await expectAxeClean(alexAgain.tab, 'rep’s side panel');
    await expectAxeClean(lynnePanel.tab, 'customer’s side panel');
    await expectAxeClean(diegoPanel.tab, 'observer’s side panel');
    await expectAxeClean(stage.tab, 'role-play stage');
    for (const [who, tab] of surfaces.filter(([w]) => w !== 'stage'))
      expect(await hasHorizontalScroll(tab), `${who}’s side panel scrolls sideways`).toBe(false);
    // The private brief and the clock keep their contrast in Teams' high-contrast theme too.
    await setTheme(customer, lynnePanel.tab, 'contrast');
    await setTheme(stagePage, stage.tab, 'contrast');
    await expectAxeClean(lynnePanel.tab, 'customer’s side panel, high contrast');
    await expectAxeClean(stage.tab, 'role-play stage, high contrast');
    await setTheme(customer, lynnePanel.tab, 'default');
    await setTheme(stagePage, stage.tab, 'default');

    // A pause on the facilitator's panel shows on every device, with the very same time left.
    await controls(meganPanel.tab).getByRole('button', { name: 'Pause' }).click();
    await Promise.all(surfaces.map(([, tab]) => waitForPhase(tab, 'paused')));
    const paused = await Promise.all(surfaces.map(([, tab]) => clockOf(tab)));
    expect(new Set(paused.map((c) => c.remainingMs)).size, JSON.stringify(paused)).toBe(1);
    await controls(meganPanel.tab).getByRole('button', { name: 'Resume' }).click();
    await Promise.all(surfaces.map(([, tab]) => waitForPhase(tab, 'running')));

    // End of round 1: Diego scores it, Alex assesses himself.
    await controls(meganPanel.tab).getByRole('button', { name: 'End round' }).click();
    await Promise.all(surfaces.map(([, tab]) => waitForPhase(tab, 'roundOver')));
    await alexAgain.tab.getByText('Round 1 is over.').waitFor();
    await scoreRound(diegoPanel.tab);
    await assessRound(alexAgain.tab, 1);

    // Round 2 runs and ends; then the debrief.
    await controls(meganPanel.tab).getByRole('button', { name: 'Start round 2' }).click();
    await Promise.all(surfaces.map(([, tab]) => waitForPhase(tab, 'running')));
    await stage.tab.getByText('Round 2 of 2').waitFor();
    await controls(meganPanel.tab).getByRole('button', { name: 'End round' }).click();
    await Promise.all(surfaces.map(([, tab]) => waitForPhase(tab, 'roundOver')));
    await scoreRound(diegoPanel.tab);
    await assessRound(alexAgain.tab, 2);
    await controls(meganPanel.tab).getByRole('button', { name: 'Debrief' }).click();

    // The stage's debrief sets Alex's own words next to Diego's feedback.
    const debrief = stage.tab.getByRole('region', { name: /^Debrief/ });
    await debrief.waitFor();
    await debrief.getByText(SELF_STRENGTH).first().waitFor();
    await debrief.getByText(OBSERVER_STRENGTH).first().waitFor();

    // The manager asks a coaching question; Alex chooses his next step.
    const ask = meganPanel.tab.getByRole('form', { name: 'Ask a coaching question' });
    await ask.getByRole('textbox', { name: /^Coaching question/ }).fill(QUESTION);
    await ask.getByRole('button', { name: 'Ask question' }).click();
    await meganPanel.tab.getByText('Question added to the debrief.').waitFor();
    await alexAgain.tab.getByText(QUESTION).waitFor();
    const next = alexAgain.tab.getByRole('form', { name: 'Choose my next step' });
    await next.getByRole('textbox', { name: /^What I will do next/ }).fill(NEXT_STEP);
    await next.getByRole('button', { name: 'Save my next step' }).click();
    await alexAgain.tab.getByText('Saved to your personal tab.', { exact: true }).waitFor();
    await stage.tab.getByText(NEXT_STEP).waitFor();
    await stage.tab.getByText(QUESTION).waitFor();

    await expectNoObjections(
      surfaces.filter(([who]) => who !== 'customer'),
      objections,
    );
    await expectAxeClean(stage.tab, 'debrief on the stage');
    await expectAxeClean(alexAgain.tab, 'debrief in the rep’s side panel');
    await expectAxeClean(meganPanel.tab, 'debrief in the facilitator’s side panel');
    for (const surface of [meganPanel, alexAgain, lynnePanel, diegoPanel, stage]) expect(surface.errors()).toEqual([]);

    // After the meeting, Alex's personal tab keeps his next step and his ratings over time.
    const personal = await harness.openSurface({ surface: 'personal', user: 'u-alex', page: rep });
    const mine = personal.tab.getByRole('region', { name: 'My role-plays' });
    await mine.getByText(NEXT_STEP, { exact: false }).waitFor();
    const trend = mine.getByRole('table', { name: /^Handling price objections: your rating/ });
    // The seeded role-play of April and today's, oldest first.
    await expect.poll(() => trend.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    await expectAxeClean(personal.tab, 'personal tab with the role-play history');
    expect(personal.errors()).toEqual([]);
    console.info(`role-play e2e took ${Date.now() - started} ms`);
    // Five browsers through a whole role-play: about a minute here, more on a busy machine.
  }, 240_000);
});

/** Diego's scorecard for the round that just ended: a rating, a strength and a development point. */
async function scoreRound(tab: Frame): Promise<void> {
  const card = tab.getByRole('form', { name: /^Your scorecard/ });
  await card.getByRole('radio', { name: /Solid/ }).check();
  await card.getByRole('textbox', { name: /^Strength 1/ }).fill(OBSERVER_STRENGTH);
  await card.getByRole('textbox', { name: /^Development point 1/ }).fill(OBSERVER_DEVELOPMENT);
  await card.getByRole('button', { name: /^(Submit|Update) scorecard$/ }).click();
  await tab.getByText(/^Scorecard saved for round/).waitFor();
}

/** Alex's self-assessment of the round that just ended, before he reads any feedback. */
async function assessRound(tab: Frame, round: number): Promise<void> {
  const form = tab.getByRole('form', { name: `Assess yourself: round ${round}` });
  await form.waitFor();
  for (const group of await form.getByRole('radiogroup').all())
    await group.getByRole('radio', { name: /Solid/ }).check();
  await form.getByRole('textbox', { name: /^Strength 1/ }).fill(SELF_STRENGTH);
  await form.getByRole('textbox', { name: /^Development point 1/ }).fill(SELF_DEVELOPMENT);
  await form.getByRole('button', { name: 'Submit self-assessment' }).click();
  await tab.getByText(`Sent. The observers’ feedback for round ${round} now shows in the debrief.`).waitFor();
}
