import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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
});
