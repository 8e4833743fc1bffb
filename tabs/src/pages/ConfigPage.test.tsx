import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDevUser, buildMember, buildSpace, buildTeam, SPACE_ID } from '../test/factories';
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
  // What the host returns from teams-js people.selectPeople (its PeoplePickerResult field names); the UI shows names only.
  selectPeople: vi.fn(),
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
  people: { isSupported: () => true, selectPeople: host.selectPeople },
}));

beforeEach(() => {
  host.saveHandler = null;
  host.setValidityState.mockClear();
  host.setConfig.mockClear();
  host.selectPeople.mockReset();
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

  it('lets a manager add people to the team they choose, from the demo directory', async () => {
    let members = buildTeam();
    const requests = stubApi({
      'GET /api/spaces': {
        body: { items: [buildSpace(), buildSpace({ id: 'space-2', name: 'Fabrikam East', myRole: 'rep' })] },
      },
      [`GET /api/spaces/${SPACE_ID}/members`]: () => ({ body: { items: members } }),
      'GET /api/dev/users': {
        body: {
          items: [
            buildDevUser(),
            buildDevUser({ userId: 'u-alex', name: 'Alex Wilber', demoRole: 'rep' }),
            buildDevUser({ userId: 'u-lynne', name: 'Lynne Robbins', demoRole: 'rep' }),
          ],
        },
      },
      [`POST /api/spaces/${SPACE_ID}/members`]: () => {
        members = [...members, buildMember({ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' })];
        return { status: 201, body: { items: members, added: ['u-lynne'], alreadyMembers: [] } };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ConfigPage />);

    // A team I am a rep in: nothing to add people with.
    await user.click(await screen.findByRole('radio', { name: /Fabrikam East/ }));
    expect(screen.queryByRole('heading', { name: 'Add people' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Northwind Sales/ }));
    // The section loads on demand (its first transform is slow on a busy machine).
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Add people' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose people' }));
    const directory = await screen.findByRole('list', { name: 'Demo directory' });
    // Members of the chosen team are marked, not offered again.
    expect(within(directory).getByRole('checkbox', { name: /Alex Wilber/ })).toBeDisabled();
    await user.click(within(directory).getByRole('checkbox', { name: /Lynne Robbins/ }));
    await user.click(screen.getByRole('button', { name: 'Add 1 person' }));

    expect(await screen.findByText('Added Lynne Robbins.')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe(`/api/spaces/${SPACE_ID}/members`);
    expect(post?.body).toEqual({ people: [{ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' }] });
    // Adding people is not saving the tab: the choice of team is still there to save.
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('offers no adding of people for an archived team or a new one', async () => {
    stubApi({ 'GET /api/spaces': { body: { items: [buildSpace({ archivedAt: '2026-04-01T10:00:00.000Z' })] } } });
    const user = userEvent.setup();
    renderWithApp(<ConfigPage />);

    await user.click(await screen.findByRole('radio', { name: /Northwind Sales/ }));
    expect(screen.queryByRole('heading', { name: 'Add people' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Create a new sales team' }));
    expect(screen.queryByRole('heading', { name: 'Add people' })).not.toBeInTheDocument();
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

  it('lets a manager add people with the Teams people picker, which the configuration frame allows', async () => {
    const requests = stubApi({
      'GET /api/spaces': { body: { items: [buildSpace()] } },
      [`GET /api/spaces/${SPACE_ID}/members`]: { body: { items: buildTeam() } },
      [`POST /api/spaces/${SPACE_ID}/members`]: {
        status: 201,
        body: { items: buildTeam(), added: ['u-lynne'], alreadyMembers: [] },
      },
    });
    host.selectPeople.mockResolvedValue([
      { objectId: 'u-lynne', displayName: 'Lynne Robbins', email: 'lynner@contoso.example' },
      { objectId: 'u-alex', displayName: 'Alex Wilber' },
    ]);
    const user = userEvent.setup();
    renderWithApp(<ConfigPage />, { info: channel });

    await user.click(await screen.findByRole('radio', { name: /Northwind Sales/ }));
    expect(
      await screen.findByText('Teams lists the members of this channel or chat.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose people' }));

    expect(host.selectPeople).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Add people to Northwind Sales', singleSelect: false }),
    );
    // Alex is already in the team: named, not added twice.
    expect(await screen.findByText('Alex Wilber is already in the team.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role for Lynne Robbins' }), 'contributor');
    await user.click(screen.getByRole('button', { name: 'Add 1 person' }));

    expect(await screen.findByText('Added Lynne Robbins.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      people: [{ userId: 'u-lynne', name: 'Lynne Robbins', role: 'contributor' }],
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
