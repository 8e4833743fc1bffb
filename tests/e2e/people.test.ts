import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberListResponse, SpaceResponse } from '../../api/src/domain/index.js';
import { formatViolations, memberList, runAxe, startHarness, waitForSettledPage, type Harness } from './harness.js';

/*
 * A new team gets its people: in a channel tab the manager opens the Teams people picker (the host
 * simulator answers people.selectPeople as Teams does), gives each person a role and adds them; in a
 * meeting's side panel, where Teams has no picker, people are chosen from the members only; outside
 * Teams the same component offers the demo directory. Nobody types an object id anywhere.
 */

/** One people picker the tab opened in the simulator (tests/simulator/peoplePicker.js). */
interface PeoplePickerRequest {
  inputs: { title?: string; singleSelect?: boolean; openOrgWideSearchInChatOrChannel?: boolean };
  frameContext: string;
  answered: 'unsupported' | 'cancel' | { objectId: string; displayName?: string; email?: string }[] | null;
}

declare module './harness.js' {
  interface SimulatorApi {
    setPeoplePicks(picks: string[] | 'cancel'): void;
    readonly peoplePickerRequests: PeoplePickerRequest[];
  }
}

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const TEAM_ID = '19:west-region@thread.tacv2';
const CHANNEL_ID = '19:west-sales-room@thread.tacv2';
const CHAT_ID = '19:meeting_west-weekly@thread.v2';
const MEETING_ID = Buffer.from(`0#${CHAT_ID}#0`).toString('base64');

/** A new sales team of Megan's alone, bound to its own channel (as the configuration page makes it). */
async function newTeam(name: string): Promise<SpaceResponse> {
  const created = await harness.api<SpaceResponse>('u-megan', 'POST', 'spaces', {
    name,
    binding: { kind: 'channel', teamId: TEAM_ID, channelId: CHANNEL_ID },
  });
  expect(created.status).toBe(201);
  return created.body;
}

async function membersOf(spaceId: string): Promise<[string, string][]> {
  const res = await harness.api<MemberListResponse>('u-megan', 'GET', `spaces/${spaceId}/members`);
  return res.body.items.map((m) => [m.name, m.role]);
}

/** Sets the tab's frame width (the simulator's iframe), then waits for the layout to settle. */
async function frameWidth(page: Page, tab: Frame, width: number): Promise<void> {
  await page.evaluate((w) => {
    const frame = document.getElementById('tab');
    if (frame) frame.style.width = `${w}px`;
  }, width);
  await tab.waitForFunction((w) => window.innerWidth === w, width);
  await waitForSettledPage(tab);
}

/**
 * What in a region reaches past the tab's right edge. (Only the region: the channel tab's row of
 * section tabs is wider than a side panel and scrolls on its own.)
 */
async function overflowsSideways(tab: Frame, region: string): Promise<string[]> {
  await waitForSettledPage(tab);
  return tab.evaluate((name) => {
    const root = [...document.querySelectorAll('section')].find(
      (s) => document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent === name,
    );
    if (!root) return [`no region ${name}`];
    const edge = document.documentElement.clientWidth + 1;
    return [root, ...root.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > edge)
      .map((el) => `${el.tagName} "${(el.textContent ?? '').slice(0, 30)}"`);
  }, region);
}

async function expectAxeClean(tab: Frame, where: string): Promise<void> {
  const violations = await runAxe(tab);
  expect(violations, `${where}:\n${formatViolations(violations)}`).toEqual([]);
}

describe('adding people to a new team', () => {
  it('in a channel tab: Megan picks Alex and Lynne with the Teams people picker, gives roles, and they are members', async () => {
    const space = await newTeam('West region');
    const channel = await harness.openSurface({
      surface: 'channel',
      spaceId: space.id,
      teamId: TEAM_ID,
      channelId: CHANNEL_ID,
      user: 'u-megan',
    });
    const { page, tab } = channel;
    const section = tab.getByRole('region', { name: 'Add people' });
    await section.waitFor();
    // No object id, no free-text user field anywhere.
    expect(await tab.getByText(/object ID/i).count()).toBe(0);
    expect(await tab.getByRole('textbox', { name: /user id/i }).count()).toBe(0);
    await section.getByText('Teams lists the members of this channel or chat.').waitFor();

    // A closed picker adds no one and says nothing went wrong.
    await page.evaluate(() => window.simulator.setPeoplePicks('cancel'));
    await section.getByRole('button', { name: 'Choose people' }).click();
    await expect.poll(() => page.evaluate(() => window.simulator.peoplePickerRequests.length)).toBe(1);
    expect(await section.getByRole('list', { name: 'People to add' }).count()).toBe(0);
    expect(await tab.getByRole('alert').count()).toBe(0);

    // Megan picks Alex and Lynne in the Teams picker.
    await page.evaluate(() => window.simulator.setPeoplePicks(['u-alex', 'u-lynne']));
    await section.getByRole('button', { name: 'Choose people' }).click();
    const chosen = section.getByRole('list', { name: 'People to add' });
    await chosen.waitFor();
    expect(await chosen.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('Alex Wilber'),
      expect.stringContaining('Lynne Robbins'),
    ]);
    const requests = await page.evaluate(() => window.simulator.peoplePickerRequests);
    expect(requests[1]).toMatchObject({
      inputs: { title: 'Add people to West region', singleSelect: false },
      frameContext: 'content',
      answered: [
        { objectId: 'u-alex', displayName: 'Alex Wilber' },
        { objectId: 'u-lynne', displayName: 'Lynne Robbins' },
      ],
    });
    // Scoped to the channel: the app never asks Teams for an organization-wide search here.
    expect(requests[1]?.inputs.openOrgWideSearchInChatOrChannel).toBeUndefined();

    await section.getByRole('combobox', { name: 'Role for Lynne Robbins' }).selectOption({ label: 'Contributor' });
    expect(await section.getByRole('combobox', { name: 'Role for Alex Wilber' }).inputValue()).toBe('rep');

    // Accessible and without sideways scrolling, at a side panel's width and on a wide screen.
    for (const width of [280, 1280]) {
      await frameWidth(page, tab, width);
      expect(await overflowsSideways(tab, 'Add people'), `"Add people" wider than ${width} px`).toEqual([]);
      await expectAxeClean(tab, `channel tab with people chosen at ${width} px`);
    }

    await section.getByRole('button', { name: 'Add 2 people' }).click();
    await section.getByText('Added Alex Wilber and Lynne Robbins.').waitFor();
    const roster = memberList(tab, 'Team members');
    await roster.getByText('Lynne Robbins').waitFor();
    expect(await roster.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/Megan Bowen[\s\S]*Manager/),
      expect.stringMatching(/Alex Wilber[\s\S]*Sales rep/),
      expect.stringMatching(/Lynne Robbins[\s\S]*Contributor/),
    ]);
    expect(await membersOf(space.id)).toEqual([
      ['Megan Bowen', 'manager'],
      ['Alex Wilber', 'rep'],
      ['Lynne Robbins', 'contributor'],
    ]);

    // Picking someone who is already in the team adds nobody and says so.
    await page.evaluate(() => window.simulator.setPeoplePicks(['u-alex']));
    await section.getByRole('button', { name: 'Choose people' }).click();
    await section.getByText('Alex Wilber is already in the team.').waitFor();
    expect(await section.getByRole('list', { name: 'People to add' }).count()).toBe(0);
    await expectAxeClean(tab, 'channel tab after adding');

    // Alex now sees the team as a member.
    const alexView = await harness.openSurface({
      surface: 'channel',
      spaceId: space.id,
      teamId: TEAM_ID,
      channelId: CHANNEL_ID,
      user: 'u-alex',
    });
    await alexView.tab.getByText('Your role: Sales rep').waitFor();
  });

  it('in a meeting chat tab: the manager adds someone from the chat with the picker', async () => {
    const chat = await harness.openSurface({ surface: 'chat', user: 'u-megan' });
    const section = chat.tab.getByRole('region', { name: 'Add people' });
    await chat.page.evaluate(() => window.simulator.setPeoplePicks(['u-adele']));
    await section.getByRole('button', { name: 'Choose people' }).click();
    await section.getByRole('combobox', { name: 'Role for Adele Vance' }).selectOption({ label: 'Contributor' });
    await section.getByRole('button', { name: 'Add 1 person' }).click();
    await section.getByText('Added Adele Vance.').waitFor();
    await memberList(chat.tab, 'Who can own actions').getByText('Adele Vance').waitFor();
    await expectAxeClean(chat.tab, 'meeting chat tab after adding');
  });

  it('in the side panel: people are chosen from the members only, and no picker opens', async () => {
    const space = await newTeam('East region');
    await harness.api('u-megan', 'POST', `spaces/${space.id}/members`, {
      people: [{ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }],
    });
    const meeting = await harness.api('u-megan', 'POST', `spaces/${space.id}/meetings`, {
      title: 'East weekly',
      scheduledStart: new Date().toISOString(),
      lengthMinutes: 30,
      teamsMeetingId: MEETING_ID,
      chatId: CHAT_ID,
    });
    expect(meeting.status).toBe(201);

    const panel = await harness.openSurface({
      surface: 'sidepanel',
      spaceId: space.id,
      chatId: CHAT_ID,
      meetingId: MEETING_ID,
      user: 'u-megan',
    });
    const capture = panel.tab.getByRole('form', { name: 'Capture a decision or an action' });
    await capture.waitFor();
    const owner = capture.getByRole('combobox', { name: /^Owner/ });
    // Diego and Lynne are in Teams (and in the demo team) but not in this team: they are not offered.
    expect(await owner.locator('option').allInnerTexts()).toEqual(['Choose an owner', 'Megan Bowen', 'Alex Wilber']);
    await capture
      .getByText('Only team members are listed. Add people from the app’s tab in the channel or chat.')
      .waitFor();
    expect(await panel.tab.getByRole('button', { name: 'Choose people' }).count()).toBe(0);
    expect(await panel.page.evaluate(() => window.simulator.peoplePickerRequests.length)).toBe(0);
    await expectAxeClean(panel.tab, 'side panel capture form');
  });
});

describe('adding people outside Teams', () => {
  it('offers the demo directory through the same component', async () => {
    const space = await newTeam('North region');
    const page = await harness.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${harness.baseUrl}/channel?spaceId=${space.id}`);
    await page.getByRole('button', { name: 'Sign in as Megan Bowen' }).click();
    const section = page.getByRole('region', { name: 'Add people' });
    await section.getByRole('button', { name: 'Choose people' }).click();

    const directory = section.getByRole('list', { name: 'Demo directory' });
    await directory.getByText('Diego Siciliani').waitFor();
    // The signed-in manager's organization only; she is already a member.
    expect(await directory.getByText('Fiona Fabrikam').count()).toBe(0);
    expect(await directory.getByRole('checkbox', { name: /Megan Bowen/ }).isDisabled()).toBe(true);

    await section.getByRole('searchbox', { name: 'Search the demo directory' }).fill('dieg');
    expect(await directory.getByRole('checkbox').count()).toBe(1);
    await directory.getByRole('checkbox', { name: /Diego Siciliani/ }).check();
    await section.getByRole('combobox', { name: 'Role for Diego Siciliani' }).selectOption({ label: 'Manager' });
    await expectAxeClean(page.mainFrame(), 'local mode, demo directory at 1280 px');
    await page.setViewportSize({ width: 280, height: 900 });
    await waitForSettledPage(page.mainFrame());
    await expectAxeClean(page.mainFrame(), 'local mode, demo directory at 280 px');

    await section.getByRole('button', { name: 'Add 1 person' }).click();
    await section.getByText('Added Diego Siciliani.').waitFor();
    await memberList(page.mainFrame(), 'Team members').getByText('Diego Siciliani').waitFor();
    expect(await membersOf(space.id)).toEqual([
      ['Diego Siciliani', 'manager'],
      ['Megan Bowen', 'manager'],
    ]);
  });
});

describe('adding people where no team is in view yet', () => {
  it('on the configuration page: Megan picks her team, then adds Lynne with the Teams picker', async () => {
    const space = await newTeam('South region');
    const { page, tab } = await harness.openSurface({ surface: 'config', user: 'u-megan' });
    // Nothing to add people to before a team is chosen.
    await tab.getByRole('radio', { name: /Northwind Sales/ }).waitFor();
    expect(await tab.getByRole('region', { name: 'Add people' }).count()).toBe(0);

    await tab.getByRole('radio', { name: /South region/ }).check();
    const section = tab.getByRole('region', { name: 'Add people' });
    await section.getByText('Teams lists the members of this channel or chat.').waitFor();
    await page.evaluate(() => window.simulator.setPeoplePicks(['u-lynne']));
    await section.getByRole('button', { name: 'Choose people' }).click();
    await section.getByRole('combobox', { name: 'Role for Lynne Robbins' }).waitFor();
    await expectAxeClean(tab, 'configuration page with a person chosen');
    await section.getByRole('button', { name: 'Add 1 person' }).click();
    await section.getByText('Added Lynne Robbins.').waitFor();

    // The picker opened in the configuration frame, where Teams allows it, titled with the team.
    const [request] = await page.evaluate(() => window.simulator.peoplePickerRequests);
    expect(request).toMatchObject({ inputs: { title: 'Add people to South region' }, frameContext: 'settings' });
    expect(await membersOf(space.id)).toEqual([
      ['Megan Bowen', 'manager'],
      ['Lynne Robbins', 'rep'],
    ]);
  });

  it('in the personal tab: Megan adds Diego to the team she chooses, searching the organization', async () => {
    const space = await newTeam('Central region');
    const { page, tab } = await harness.openSurface({ surface: 'personal', user: 'u-megan' });
    const section = tab.getByRole('region', { name: 'Add people' });
    await section.getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Central region' });
    // A personal app's picker searches the whole organization.
    await section.getByText('Teams lets you search your organization.').waitFor();
    await page.evaluate(() => window.simulator.setPeoplePicks(['u-diego']));
    await section.getByRole('button', { name: 'Choose people' }).click();
    await section.getByRole('combobox', { name: 'Role for Diego Siciliani' }).selectOption({ label: 'Contributor' });
    // A personal tab is full width; the section still fits a phone-narrow frame.
    await frameWidth(page, tab, 280);
    expect(await overflowsSideways(tab, 'Add people'), '"Add people" wider than 280 px').toEqual([]);
    await frameWidth(page, tab, 1280);
    await expectAxeClean(tab, 'personal tab with a person chosen');
    await section.getByRole('button', { name: 'Add 1 person' }).click();
    await section.getByText('Added Diego Siciliani.').waitFor();

    const [request] = await page.evaluate(() => window.simulator.peoplePickerRequests);
    expect(request).toMatchObject({ inputs: { title: 'Add people to Central region' }, frameContext: 'content' });
    expect(await membersOf(space.id)).toEqual([
      ['Megan Bowen', 'manager'],
      ['Diego Siciliani', 'contributor'],
    ]);
  });

  it('in the personal tab: a rep gets no way to add people', async () => {
    const { tab } = await harness.openSurface({ surface: 'personal', user: 'u-alex' });
    await tab.getByRole('heading', { level: 1 }).first().waitFor();
    await waitForSettledPage(tab);
    expect(await tab.getByRole('region', { name: 'Add people' }).count()).toBe(0);
  });
});
