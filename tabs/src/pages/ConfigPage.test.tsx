import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSpace, SPACE_ID } from '../test/factories';
import { stubApi } from '../test/fakeApi';
import { renderWithApp } from '../test/render';
import { ConfigPage } from './ConfigPage';

/** The part of teams-js `pages.config.SaveEvent` the page uses. */
interface SaveEvent {
  result: object;
  notifySuccess: () => void;
  notifyFailure: (reason?: string) => void;
}

const host = vi.hoisted(() => ({
  saveHandler: null as ((event: SaveEvent) => void) | null,
  setValidityState: vi.fn(),
  setConfig: vi.fn(() => Promise.resolve()),
}));

vi.mock('@microsoft/teams-js', () => ({
  pages: {
    config: {
      registerOnSaveHandler: (handler: (event: SaveEvent) => void) => {
        host.saveHandler = handler;
      },
      setValidityState: host.setValidityState,
      setConfig: host.setConfig,
    },
  },
}));

beforeEach(() => {
  host.saveHandler = null;
  host.setValidityState.mockClear();
  host.setConfig.mockClear();
});

function pressHostSave(): { notifySuccess: ReturnType<typeof vi.fn>; notifyFailure: ReturnType<typeof vi.fn> } {
  const event = { result: {}, notifySuccess: vi.fn(), notifyFailure: vi.fn() };
  if (!host.saveHandler) throw new Error('The page registered no save handler.');
  host.saveHandler(event);
  return event;
}

describe('Configuration page, outside Teams', () => {
  it('enables Save only after a sales team is chosen', async () => {
    stubApi({
      'GET /api/spaces': { body: { items: [buildSpace(), buildSpace({ id: 'space-2', name: 'Fabrikam East' })] } },
    });
    const user = userEvent.setup();
    renderWithApp(<ConfigPage />);

    expect(await screen.findByRole('radio', { name: /Northwind Sales/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: /Fabrikam East/ }));

    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('asks for a valid name before a new team can be saved', async () => {
    stubApi({ 'GET /api/spaces': { body: { items: [buildSpace()] } } });
    const user = userEvent.setup();
    renderWithApp(<ConfigPage />);

    await user.click(await screen.findByRole('radio', { name: 'Create a new sales team' }));
    const name = screen.getByRole('textbox', { name: /Team name/ });
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.type(name, '   ');
    expect(screen.getByText('Enter a name for the team.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.type(name, 'Enterprise East');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('offers only "create" to someone without a team', async () => {
    stubApi({ 'GET /api/spaces': { body: { items: [] } } });
    renderWithApp(<ConfigPage />);

    expect(await screen.findByRole('radio', { name: 'Create a new sales team' })).toBeChecked();
    expect(screen.getByText(/You are not in any sales team yet/)).toBeInTheDocument();
  });
});

describe('Configuration page, in Teams', () => {
  const channel = {
    inTeams: true,
    frameContext: 'settings',
    teamId: 'c3f1a7e2-team',
    channelId: '19:abc@thread.tacv2',
  };

  it('lets the host enable Save once a team is chosen, then binds the channel and stores the tab', async () => {
    const requests = stubApi({
      'GET /api/spaces': { body: { items: [buildSpace()] } },
      [`POST /api/spaces/${SPACE_ID}/bindings`]: { body: buildSpace() },
    });
    const user = userEvent.setup();
    renderWithApp(<ConfigPage />, { info: channel });

    await user.click(await screen.findByRole('radio', { name: /Northwind Sales/ }));
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(host.setValidityState).toHaveBeenLastCalledWith(true);
    expect(host.setValidityState).toHaveBeenCalledWith(false);

    const event = pressHostSave();

    await waitFor(() => expect(event.notifySuccess).toHaveBeenCalled());
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      binding: { kind: 'channel', teamId: 'c3f1a7e2-team', channelId: '19:abc@thread.tacv2' },
    });
    expect(host.setConfig).toHaveBeenCalledWith({
      entityId: `space:${SPACE_ID}`,
      contentUrl: `${window.location.origin}/channel?spaceId=${SPACE_ID}`,
      websiteUrl: `${window.location.origin}/channel?spaceId=${SPACE_ID}`,
      suggestedDisplayName: 'Sales room',
    });
  });

  it('in a meeting, creates the team bound to the meeting chat and opens the details tab', async () => {
    const requests = stubApi({
      'GET /api/spaces': { body: { items: [] } },
      'POST /api/spaces': { status: 201, body: buildSpace({ id: 'new-space', name: 'Deal desk' }) },
    });
    const user = userEvent.setup();
    renderWithApp(<ConfigPage />, {
      info: { inTeams: true, frameContext: 'settings', chatId: '19:meeting_x@thread.v2', meetingId: 'MCMjMTk' },
    });

    await user.type(await screen.findByRole('textbox', { name: /Team name/ }), 'Deal desk');
    await waitFor(() => expect(host.setValidityState).toHaveBeenLastCalledWith(true));
    const event = pressHostSave();

    await waitFor(() => expect(event.notifySuccess).toHaveBeenCalled());
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Deal desk',
      binding: { kind: 'chat', chatId: '19:meeting_x@thread.v2' },
    });
    expect(host.setConfig).toHaveBeenCalledWith(
      expect.objectContaining({
        entityId: 'space:new-space',
        contentUrl: `${window.location.origin}/details?spaceId=new-space`,
      }),
    );
  });

  it('tells the host and the user when saving fails', async () => {
    stubApi({
      'GET /api/spaces': { body: { items: [] } },
      'POST /api/spaces': { status: 503, body: { type: 'x', title: 'Down', status: 503, code: 'internal' } },
    });
    const user = userEvent.setup();
    renderWithApp(<ConfigPage />, { info: { inTeams: true, frameContext: 'settings' } });

    await user.type(await screen.findByRole('textbox', { name: /Team name/ }), 'Deal desk');
    const event = pressHostSave();

    await waitFor(() =>
      expect(event.notifyFailure).toHaveBeenCalledWith('Something went wrong on our side. Try again in a moment.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The tab could not be saved');
    expect(host.setConfig).not.toHaveBeenCalled();
  });
});
