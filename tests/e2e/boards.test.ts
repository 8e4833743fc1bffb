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
 * Account boards edited together in a meeting: a rep in the side panel and the manager in the
 * channel tab change cards of the same board while the stage follows; a same-card conflict is
 * resolved without losing either change; every board view passes axe in every theme.
 */

let harness: Harness;
let boardId: string;
let lynnePage: Page;
let meganPage: Page;
let stagePage: Page;
let panel: OpenedSurface;
let channel: OpenedSurface;
let stage: OpenedSurface;

interface Card {
  id: string;
  content: Record<string, unknown>;
}
interface Board {
  sections: { stakeholders: Card[]; risks: Card[] };
}

async function api<T>(user: string, path: string): Promise<T> {
  const response = await harness.api<T>(user, 'GET', `spaces/${DEMO.spaceId}/${path}`);
  expect(response.status).toBe(200);
  return response.body;
}

/** Tom's stakeholder card as the API holds it now. */
async function tomNow(): Promise<Card | undefined> {
  const board = await api<Board>('u-megan', `boards/${boardId}`);
  return board.sections.stakeholders.find((s) => s.content.name === TOM);
}

const meeting = { chatId: DEMO.chatId, meetingId: DEMO.meetingId, entityId: `space:${DEMO.spaceId}` };
const channelPlace = {
  teamId: DEMO.teamId,
  groupId: DEMO.groupId,
  channelId: DEMO.channelId,
  entityId: `space:${DEMO.spaceId}`,
};
const query = (): string => `spaceId=${DEMO.spaceId}&boardId=${boardId}`;

const FABRIKAM = 'Fabrikam — regional rollout';
const TOM = 'Tom Becker';
const RISK = /IT prefers the ERP vendor/;

async function editCard(tab: Frame, name: string | RegExp): Promise<ReturnType<Frame['getByRole']>> {
  const label = typeof name === 'string' ? `Edit ${name}` : new RegExp(`^Edit ${name.source}`);
  await tab.getByRole('button', { name: label }).click();
  const form = tab.getByRole('form', { name: label });
  await form.waitFor();
  return form;
}

beforeAll(async () => {
  harness = await startHarness();
  const list = await api<{ items: { id: string; name: string }[] }>('u-megan', 'boards');
  const fabrikam = list.items.find((b) => b.name === FABRIKAM);
  if (!fabrikam) throw new Error('The demo has no Fabrikam board.');
  boardId = fabrikam.id;
  [lynnePage, meganPage, stagePage] = await Promise.all([harness.newPage(), harness.newPage(), harness.newPage()]);
  stage = await harness.openSurface({
    surface: `/stage?${query()}`,
    frameContext: 'meetingStage',
    user: 'u-diego',
    page: stagePage,
    ...meeting,
  });
  panel = await harness.openSurface({
    surface: `/details?${query()}`,
    frameContext: 'sidePanel',
    user: 'u-lynne',
    page: lynnePage,
    ...meeting,
  });
  channel = await harness.openSurface({
    surface: `/channel?section=boards&${query()}`,
    user: 'u-megan',
    page: meganPage,
    ...channelPlace,
  });
  await Promise.all([
    stage.tab.getByRole('heading', { level: 2, name: FABRIKAM }).waitFor(),
    panel.tab.getByRole('button', { name: `Edit ${TOM}` }).waitFor(),
    channel.tab.getByRole('button', { name: `Edit ${TOM}` }).waitFor(),
  ]);
});

afterAll(async () => {
  await harness?.close();
});

describe('a board edited together in a meeting', () => {
  it('shows the rep’s stakeholder edit (side panel) and the manager’s risk edit (channel) on the stage within seconds', async () => {
    const lynne = async (): Promise<void> => {
      const form = await editCard(panel.tab, TOM);
      await form.getByRole('combobox', { name: 'Stance' }).selectOption('supportive');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.waitFor({ state: 'detached' });
    };
    const megan = async (): Promise<void> => {
      const form = await editCard(channel.tab, RISK);
      await form.getByRole('combobox', { name: 'Likelihood' }).selectOption('low');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.waitFor({ state: 'detached' });
    };
    await Promise.all([lynne(), megan()]);

    // The stage polls every second; it shows both edits without a reload (its sync delay is a bench figure).
    await Promise.all([
      stage.tab
        .getByText(/IT prefers the ERP vendor.s own module: likelihood Low, impact High/)
        .waitFor({ timeout: 5000 }),
      stage.tab
        .getByText(`${TOM} (technical evaluator, high influence) is skeptical.`)
        .waitFor({ state: 'detached', timeout: 5000 }),
    ]);
    // Tom now sits in the "Supportive" column of the high-influence row.
    const cell = stage.tab.getByRole('cell', { name: new RegExp(TOM) });
    await expect.poll(() => cell.evaluate((td) => (td as HTMLTableCellElement).cellIndex)).toBe(4);
    expect(stage.errors()).toEqual([]);
    expect(await hasHorizontalScroll(panel.tab)).toBe(false);
  });

  it('resolves a same-card conflict without losing either change', async () => {
    const before = await tomNow();
    expect(before?.content).toMatchObject({ title: 'IT director' });
    // Both open Tom's card; Lynne saves a new job title first.
    const meganForm = await editCard(channel.tab, TOM);
    const lynneForm = await editCard(panel.tab, TOM);
    await lynneForm.getByRole('textbox', { name: 'Job title' }).fill('CIO');
    await lynneForm.getByRole('button', { name: 'Save' }).click();
    await lynneForm.waitFor({ state: 'detached' });

    await meganForm.getByRole('textbox', { name: 'Notes' }).fill('Met him at the summit');
    await meganForm.getByRole('button', { name: 'Save' }).click();
    const dialog = channel.tab.getByRole('alertdialog', { name: 'Someone else changed this card' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Lynne Robbins saved a newer version first');
    const titleRow = dialog.getByRole('row', { name: /Job title/ });
    expect(await titleRow.innerText()).toContain('IT director');
    expect(await titleRow.innerText()).toContain('CIO');
    // Merge: their title (preselected, since Megan did not change it), her notes.
    expect(
      await dialog
        .getByRole('radiogroup', { name: 'Keep for Job title' })
        .getByRole('radio', { name: 'Theirs' })
        .isChecked(),
    ).toBe(true);
    await dialog.getByRole('button', { name: 'Save merge' }).click();
    await dialog.waitFor({ state: 'detached' });
    await meganForm.waitFor({ state: 'detached' });

    const tom = await tomNow();
    // Lynne's title, Megan's notes, and every other field as it was.
    expect(tom?.content).toEqual({ ...before?.content, title: 'CIO', notes: 'Met him at the summit' });
    await panel.tab.getByText('Met him at the summit').waitFor();
  });
});

describe('accessibility of the board views', () => {
  it.each([
    ['channel', () => channel, () => meganPage],
    ['side panel', () => panel, () => lynnePage],
    ['stage', () => stage, () => stagePage],
  ] as const)(
    '%s: no serious or critical axe violation in light, dark and high contrast',
    async (_name, surface, page) => {
      const { tab } = surface();
      for (const theme of ['default', 'dark', 'contrast'] as const) {
        await setTheme(page(), tab, theme);
        const violations = await runAxe(tab);
        expect(violations, `${theme}:\n${formatViolations(violations)}`).toEqual([]);
      }
    },
  );
});

describe('the space’s stages and their exit criteria', () => {
  it('lets Megan add an exit criterion to a stage; it is there after a reload; axe clean', async () => {
    const CRITERION = 'Buyer introduced us to their procurement team';
    const page = await harness.newPage();
    const open = async (): Promise<Frame> => {
      const { tab } = await harness.openSurface({
        surface: '/channel?section=boards',
        user: 'u-megan',
        page,
        ...channelPlace,
      });
      await tab.getByRole('button', { name: 'Show stages and exit criteria' }).click();
      await tab.getByRole('list', { name: 'Stages and exit criteria' }).waitFor();
      return tab;
    };
    let tab = await open();
    await tab.getByRole('button', { name: 'Edit stages' }).click();
    const form = tab.getByRole('form', { name: 'Edit stages' });
    const discover = form.getByRole('group', { name: 'Stage 2' });
    await discover.getByRole('button', { name: 'Add exit criterion to Discover' }).click();
    await discover.getByRole('textbox', { name: 'Exit criterion 4' }).fill(CRITERION);
    const editing = await runAxe(tab);
    expect(editing, formatViolations(editing)).toEqual([]);
    await form.getByRole('button', { name: 'Save stages' }).click();
    await tab.getByText('Stages saved.').waitFor();

    tab = await open();
    const stages = tab.getByRole('list', { name: 'Stages and exit criteria' });
    await stages.getByRole('listitem').filter({ hasText: 'Discover' }).getByText(CRITERION).waitFor();
    const saved = await harness.api<{ stages: { id: string; exitCriteria: { text: string }[] }[] }>(
      'u-megan',
      'GET',
      `spaces/${DEMO.spaceId}/board-stages`,
    );
    expect(saved.body.stages.find((s) => s.id === 'discover')?.exitCriteria.map((c) => c.text)).toContain(CRITERION);
    const reading = await runAxe(tab);
    expect(reading, formatViolations(reading)).toEqual([]);
  });
});
