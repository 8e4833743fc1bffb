import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, formatViolations, runAxe, startHarness, type Harness, type OpenedSurface } from './harness.js';

/*
 * Correct and retire, from the screens, at 1280 px: a manager archives an account board (asked once),
 * it leaves the list; she restores it from "Archived boards" and it is back unchanged. She edits a
 * meeting's title and length, then deletes the draft (asked once). Every state passes axe.
 */

let harness: Harness;
let page: Page;

interface BoardSummary {
  id: string;
  name: string;
}
interface Board {
  account: unknown;
  sections: unknown;
  archivedAt: string | null;
}

const channelPlace = {
  teamId: DEMO.teamId,
  groupId: DEMO.groupId,
  channelId: DEMO.channelId,
  entityId: `space:${DEMO.spaceId}`,
};

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  return harness.api<T>('u-megan', 'GET', `spaces/${DEMO.spaceId}/${path}`);
}

async function axeClean(surface: OpenedSurface, label: string): Promise<void> {
  const violations = await runAxe(surface.tab);
  expect(violations, `${label}:\n${formatViolations(violations)}`).toEqual([]);
}

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
});

afterAll(async () => {
  await harness?.close();
});

describe('archiving and restoring a board', () => {
  it('asks once, takes the board out of the list, and brings it back unchanged', async () => {
    const before = (await get<{ items: BoardSummary[] }>('boards')).body.items;
    const target = before[0];
    if (!target) throw new Error('The demo has no boards.');
    const boardBefore = (await get<Board>(`boards/${target.id}`)).body;

    const channel = await harness.openSurface({
      surface: `/channel?section=boards&spaceId=${DEMO.spaceId}`,
      user: 'u-megan',
      page,
      ...channelPlace,
    });
    const { tab } = channel;
    await tab.getByRole('button', { name: `Open ${target.name}` }).click();
    await tab.getByRole('button', { name: 'Archive board' }).click();
    const dialog = tab.getByRole('alertdialog', { name: `Archive ${target.name}?` });
    await dialog.waitFor();
    await axeClean(channel, 'archive dialog');
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await dialog.waitFor({ state: 'detached' });
    await tab.getByRole('button', { name: 'Restore board' }).waitFor();
    await tab.getByText('This board is archived: it is out of the list and read-only.').waitFor();
    expect((await get<Board>(`boards/${target.id}`)).body.archivedAt).toEqual(expect.any(String));
    await axeClean(channel, 'archived board');

    // Out of the list and its count.
    await tab.getByRole('button', { name: 'Back to all boards' }).click();
    const table = tab.getByRole('table', { name: 'Account boards' });
    await table.waitFor();
    await expect.poll(() => table.getByRole('button', { name: `Open ${target.name}` }).count()).toBe(0);
    expect((await get<{ items: BoardSummary[] }>('boards')).body.items).toHaveLength(before.length - 1);

    // Restored from "Archived boards", unchanged.
    await tab.getByRole('button', { name: 'Archived boards' }).click();
    const archived = tab.getByRole('region', { name: 'Archived boards' });
    await archived.getByRole('button', { name: `Open ${target.name}` }).click();
    await tab.getByRole('button', { name: 'Restore board' }).click();
    await tab.getByRole('button', { name: 'Archive board' }).waitFor();
    const boardAfter = (await get<Board>(`boards/${target.id}`)).body;
    expect(boardAfter.archivedAt).toBeNull();
    expect(boardAfter.account).toEqual(boardBefore.account);
    expect(boardAfter.sections).toEqual(boardBefore.sections);
    const after = (await get<{ items: BoardSummary[] }>('boards')).body.items;
    expect(after.map((b) => b.id).sort()).toEqual(before.map((b) => b.id).sort());
    await tab.getByRole('button', { name: 'Back to all boards' }).click();
    await table.getByRole('button', { name: `Open ${target.name}` }).waitFor();
    await axeClean(channel, 'board list');
    expect(channel.errors()).toEqual([]);
  });
});

describe('editing a meeting', () => {
  it('changes title and length from the details tab, then deletes the draft after asking once', async () => {
    const created = await harness.api<{ meeting: { id: string } }>(
      'u-megan',
      'POST',
      `spaces/${DEMO.spaceId}/meetings`,
      {
        title: 'Pipeline review',
        scheduledStart: '2026-12-14T15:00:00.000Z',
        lengthMinutes: 30,
      },
    );
    expect(created.status).toBe(201);
    const meetingId = created.body.meeting.id;
    const details = await harness.openSurface({
      surface: `/details?spaceId=${DEMO.spaceId}&meetingId=${meetingId}`,
      user: 'u-megan',
      page,
      ...channelPlace,
    });
    const { tab } = details;
    await tab.getByRole('button', { name: 'Edit meeting' }).click();
    const form = tab.getByRole('form', { name: 'Edit meeting' });
    await form.waitFor();
    await axeClean(details, 'meeting form');
    await form.getByRole('textbox', { name: 'Title' }).fill('Pipeline review (moved)');
    await form.getByRole('spinbutton', { name: 'Length (minutes)' }).fill('45');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await tab.getByText(/^Pipeline review \(moved\): .*, 45 minutes\.$/).waitFor();
    const saved = await harness.api<{ meeting: { title: string; lengthMinutes: number; scheduledStart: string } }>(
      'u-megan',
      'GET',
      `spaces/${DEMO.spaceId}/meetings/${meetingId}`,
    );
    expect(saved.body.meeting).toMatchObject({
      title: 'Pipeline review (moved)',
      lengthMinutes: 45,
      scheduledStart: '2026-12-14T15:00:00.000Z',
    });
    await axeClean(details, 'edited meeting');

    await tab.getByRole('button', { name: 'Delete meeting' }).click();
    const dialog = tab.getByRole('alertdialog', { name: 'Delete Pipeline review (moved)?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await dialog.waitFor({ state: 'detached' });
    await tab.getByText('The meeting was deleted.').waitFor();
    expect((await harness.api('u-megan', 'GET', `spaces/${DEMO.spaceId}/meetings/${meetingId}`)).status).toBe(404);
    // The tab then shows the team's next meeting: its agenda's own views are covered by the meeting suites.
    expect(details.errors()).toEqual([]);
  });
});
