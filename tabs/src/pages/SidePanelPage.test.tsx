import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMeeting, buildRunningState, MEETING_ID } from '../features/meetings/factories';
import { buildSpace, buildTeam, SPACE_ID } from '../test/factories';
import { stubApi } from '../test/fakeApi';
import { renderWithApp } from '../test/render';
import { SidePanelPage } from './SidePanelPage';

type Callback = (error: { errorCode: number; message?: string } | null, result: unknown) => void;

const host = vi.hoisted(() => ({
  mayShare: true,
  shareAppContentToStage: vi.fn((callback: Callback, _url: string) => callback(null, true)),
}));

vi.mock('@microsoft/teams-js', () => ({
  meeting: {
    getAppContentStageSharingCapabilities: (callback: Callback) =>
      callback(null, { doesAppHaveSharePermission: host.mayShare }),
    shareAppContentToStage: host.shareAppContentToStage,
  },
}));

beforeEach(() => {
  host.mayShare = true;
  host.shareAppContentToStage.mockClear();
  stubApi({
    'GET /api/spaces': { body: { items: [buildSpace()] } },
    [`GET /api/spaces/${SPACE_ID}`]: { body: buildSpace() },
    [`GET /api/spaces/${SPACE_ID}/members`]: { body: { items: buildTeam() } },
  });
});

const sidePanel = { inTeams: true, frameContext: 'sidePanel', pageId: `space:${SPACE_ID}` };

describe('Meeting side panel', () => {
  it('takes the team from the tab entity id and shares the stage view when the meeting allows it', async () => {
    const user = userEvent.setup();
    renderWithApp(<SidePanelPage />, { info: sidePanel });

    expect(await screen.findByRole('heading', { level: 2, name: 'Northwind Sales' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Share to stage' }));

    expect(host.shareAppContentToStage).toHaveBeenCalledWith(
      expect.any(Function),
      `${window.location.origin}/stage?spaceId=${SPACE_ID}`,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Shared to the meeting stage.');
  });

  it('offers no sharing when the host says the app may not share', async () => {
    host.mayShare = false;
    renderWithApp(<SidePanelPage />, { info: sidePanel });

    expect(await screen.findByRole('list', { name: 'Team members' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share to stage' })).not.toBeInTheDocument();
  });

  it('says why sharing failed', async () => {
    host.shareAppContentToStage.mockImplementationOnce((callback: Callback) =>
      callback({ errorCode: 1000, message: 'Permission denied' }, null),
    );
    const user = userEvent.setup();
    renderWithApp(<SidePanelPage />, { info: sidePanel });

    await user.click(await screen.findByRole('button', { name: 'Share to stage' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Sharing to the stage did not work: Permission denied');
  });

  it('uses the only team of the user when the tab names none, and lists members with roles', async () => {
    renderWithApp(<SidePanelPage />, { info: { inTeams: true, frameContext: 'sidePanel' } });

    const list = await screen.findByRole('list', { name: 'Team members' });
    expect(list).toHaveTextContent(/Megan Bowen.*Manager.*Alex Wilber.*Sales rep.*Isaiah Langer.*Contributor/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Share to stage' })).toBeEnabled());
    expect(host.shareAppContentToStage).not.toHaveBeenCalled();
  });

  it('loads the role-plays after the first screen', async () => {
    stubApi({
      'GET /api/spaces': { body: { items: [buildSpace()] } },
      [`GET /api/spaces/${SPACE_ID}`]: { body: buildSpace() },
      [`GET /api/spaces/${SPACE_ID}/members`]: { body: { items: buildTeam() } },
      [`GET /api/spaces/${SPACE_ID}/roleplays`]: { body: { items: [] } },
    });
    renderWithApp(<SidePanelPage />, { info: sidePanel });

    const section = await screen.findByRole('region', { name: 'Role-plays' });
    expect(await within(section).findByText('No role-play is open in this team.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Set up a role-play' })).toBeInTheDocument();
  });

  describe('during a meeting whose current item is a role-play', () => {
    beforeEach(() => {
      // The polls' clock only: lazy code, promises and the panel's own delays run for real.
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('asks for the meeting state once a second, although the agenda and the role-plays both show it', async () => {
      const statePath = `/api/spaces/${SPACE_ID}/meetings/${MEETING_ID}/state`;
      const requests = stubApi({
        'GET /api/spaces': { body: { items: [buildSpace()] } },
        [`GET /api/spaces/${SPACE_ID}`]: { body: buildSpace() },
        [`GET /api/spaces/${SPACE_ID}/members`]: { body: { items: buildTeam() } },
        [`GET /api/spaces/${SPACE_ID}/meetings`]: { body: { items: [buildMeeting({ status: 'running' })] } },
        [`GET /api/spaces/${SPACE_ID}/meetings/${MEETING_ID}/captures`]: { body: { items: [] } },
        [`GET /api/spaces/${SPACE_ID}/roleplays`]: { body: { items: [] } },
        [`GET ${statePath}`]: {
          body: buildRunningState(Date.now(), {
            current: {
              itemId: 'item-2',
              title: 'Role-play: price pushback',
              kind: 'rolePlay',
              ownerId: 'u-alex',
              ownerName: 'Alex Wilber',
              timeboxMinutes: 15,
              link: null,
              index: 1,
              count: 3,
            },
          }),
        },
      });
      // The role-play section shows the meeting once its list arrives: hold it, so that it starts
      // following the meeting out of step with the agenda, as it does in Teams.
      const answer = globalThis.fetch;
      let releaseRoleplays = (): void => undefined;
      const roleplaysHeld = new Promise<void>((resolve) => (releaseRoleplays = resolve));
      vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
        if (input.endsWith(`/spaces/${SPACE_ID}/roleplays`)) await roleplaysHeld;
        return answer(input, init);
      });
      const { queryClient } = renderWithApp(<SidePanelPage />, { info: sidePanel });
      expect(await screen.findByRole('group', { name: 'Move the agenda' })).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(400));
      releaseRoleplays();
      expect(await screen.findByRole('button', { name: 'Set up the role-play for this item' })).toBeInTheDocument();

      const polls = () => requests.filter((r) => r.method === 'GET' && r.path === statePath).length;
      const before = polls();
      // Half-second steps, each waiting for the answers, so that two polls out of step would both show.
      for (let step = 0; step < 10; step++) {
        await act(() => vi.advanceTimersByTimeAsync(500));
        await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
      }
      expect(polls() - before).toBe(5);
    });
  });
});
