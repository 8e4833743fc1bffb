import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, hasHorizontalScroll, memberList, setTheme, startHarness, type Harness } from './harness.js';

/*
 * The meeting surfaces with several participants, each in their own browser context: the side
 * panel at its real width, sharing to the stage, and everyone's view of the stage.
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

const stageUrl = (): string => `${harness.baseUrl}/stage?spaceId=${DEMO.spaceId}`;

describe('side panel', () => {
  it('fits 300 px without sideways scrolling, in every theme', async () => {
    const { tab } = await harness.openSurface({ surface: 'sidepanel', user: 'u-megan', page: megan });
    expect(await tab.evaluate(() => window.innerWidth)).toBe(300);
    await tab.getByRole('button', { name: 'Share to stage' }).waitFor();
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      if (theme !== 'default') await setTheme(megan, tab, theme);
      expect(await hasHorizontalScroll(tab), `sideways scroll in ${theme}`).toBe(false);
    }
  });

  it('shares the stage view of the space with "Share to stage"', async () => {
    const { tab, calls } = await harness.openSurface({ surface: 'sidepanel', user: 'u-megan', page: megan });
    const share = tab.getByRole('button', { name: 'Share to stage' });
    await share.click();
    await tab.getByText('Shared to the meeting stage.').waitFor();

    const shareCalls = (await calls()).filter((c) => c.func === 'meeting.shareAppContentToStage');
    expect(shareCalls).toHaveLength(1);
    expect(shareCalls[0]?.args[0]).toBe(stageUrl());
    expect(await megan.evaluate(() => window.simulator.stageUrl)).toBe(stageUrl());
    expect(await hasHorizontalScroll(tab)).toBe(false);
  });

  it('offers no "Share to stage" when the app may not share', async () => {
    const { tab, calls } = await harness.openSurface({
      surface: 'sidepanel',
      user: 'u-megan',
      stageSharing: 'deny',
      page: megan,
    });
    await tab.getByRole('heading', { level: 2, name: DEMO.spaceName }).waitFor();
    await megan.waitForFunction(() =>
      window.simulator.calls.some((c) => c.func === 'meeting.getAppContentStageSharingCapabilities'),
    );
    expect(await tab.getByRole('button', { name: 'Share to stage' }).count()).toBe(0);
    expect((await calls()).some((c) => c.func === 'meeting.shareAppContentToStage')).toBe(false);
  });
});

describe('several participants', () => {
  it('each sees the meeting from their own seat: side panel, then the shared stage', async () => {
    const [meganPanel, alexPanel] = await Promise.all([
      harness.openSurface({ surface: 'sidepanel', user: 'u-megan', page: megan }),
      harness.openSurface({ surface: 'sidepanel', user: 'u-alex', page: alex, theme: 'dark' }),
    ]);
    await meganPanel.tab.getByText('Your role: Manager').waitFor();
    await alexPanel.tab.getByText('Your role: Sales rep').waitFor();
    const meInList = async (tab: typeof meganPanel.tab, name: string): Promise<string> =>
      memberList(tab, 'Team members').getByRole('listitem').filter({ hasText: name }).innerText();
    expect(await meInList(meganPanel.tab, 'Megan Bowen')).toContain('(you)');
    expect(await meInList(meganPanel.tab, 'Alex Wilber')).not.toContain('(you)');
    expect(await meInList(alexPanel.tab, 'Alex Wilber')).toContain('(you)');

    await meganPanel.tab.getByRole('button', { name: 'Share to stage' }).click();
    await meganPanel.tab.getByText('Shared to the meeting stage.').waitFor();
    const shared = await megan.evaluate(() => window.simulator.stageUrl);
    expect(shared).toBe(stageUrl());

    // Teams opens the shared URL on every participant's stage.
    const stages = await Promise.all(
      [
        { page: megan, user: 'u-megan', role: 'Manager' },
        { page: alex, user: 'u-alex', role: 'Sales rep' },
      ].map(async (p) => ({
        ...p,
        opened: await harness.openSurface({
          surface: new URL(shared ?? '').pathname + new URL(shared ?? '').search,
          frameContext: 'meetingStage',
          entityId: `space:${DEMO.spaceId}`,
          chatId: DEMO.chatId,
          meetingId: DEMO.meetingId,
          user: p.user,
          page: p.page,
        }),
      })),
    );
    for (const { opened, role } of stages) {
      expect(await opened.tab.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([1280, 720]);
      await expect.poll(() => opened.tab.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual([DEMO.spaceName]);
      await opened.tab.getByText(`Your role: ${role}`).waitFor();
      expect(await hasHorizontalScroll(opened.tab)).toBe(false);
    }
  });
});
