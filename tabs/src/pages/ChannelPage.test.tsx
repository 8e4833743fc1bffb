import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildMember, buildProblem, buildSpace, buildTeam, SPACE_ID } from '../test/factories';
import { stubApi } from '../test/fakeApi';
import { renderWithApp } from '../test/render';
import { ChannelPage } from './ChannelPage';

const spacePath = `/api/spaces/${SPACE_ID}`;

function openTab(): void {
  window.history.replaceState(null, '', `/channel?spaceId=${SPACE_ID}`);
}

describe('Channel tab "Sales room"', () => {
  it('shows the team, my role and every member with their role', async () => {
    openTab();
    stubApi({
      [`GET ${spacePath}`]: { body: buildSpace({ myRole: 'rep' }) },
      [`GET ${spacePath}/members`]: { body: { items: buildTeam() } },
    });

    const { teams } = renderWithApp(<ChannelPage />);

    expect(screen.getByRole('heading', { level: 1, name: 'Sales room' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Northwind Sales' })).toBeInTheDocument();
    expect(screen.getByText('Your role: Sales rep')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Team members' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/Megan Bowen.*Manager/),
      expect.stringMatching(/Alex Wilber.*Sales rep/),
      expect.stringMatching(/Isaiah Langer.*Contributor/),
    ]);
    // A rep sees the roster but not the manager's controls.
    expect(screen.queryByRole('heading', { name: 'Manage the team' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument();
    expect(teams.reportLoaded).toHaveBeenCalled();
  });

  it('tells a non-member whom to ask when the tab belongs to a team they are not in', async () => {
    openTab();
    stubApi({
      [`GET ${spacePath}`]: { status: 404, body: buildProblem(404, 'not_found') },
      [`GET ${spacePath}/members`]: { status: 404, body: buildProblem(404, 'not_found') },
    });

    const { teams } = renderWithApp(<ChannelPage />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This tab is linked to a sales team you are not a member of. Ask its manager to add you.',
    );
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    // The explained error is a usable screen, not a failed load.
    expect(teams.reportLoaded).toHaveBeenCalled();
    expect(teams.reportLoadFailed).not.toHaveBeenCalled();
  });

  it('lets a manager rename the team and explains a conflicting edit (412) with the latest name', async () => {
    openTab();
    let current = buildSpace();
    const requests = stubApi({
      [`GET ${spacePath}`]: () => ({ body: current }),
      [`GET ${spacePath}/members`]: { body: { items: buildTeam() } },
      [`PATCH ${spacePath}`]: () => {
        // Someone else renamed it first.
        current = buildSpace({ name: 'Northwind Enterprise', etag: '"etag-2"' });
        return { status: 412, body: buildProblem(412, 'precondition_failed') };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ChannelPage />);

    const name = await screen.findByRole('textbox', { name: 'Team name' });
    await user.clear(name);
    await user.type(name, 'Northwind West');
    await user.click(screen.getByRole('button', { name: 'Rename' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/Someone else changed this team while you were editing/);
    expect(requests.find((r) => r.method === 'PATCH')?.headers.get('if-match')).toBe('"etag-1"');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Team name' })).toHaveValue('Northwind Enterprise'));
    expect(screen.getByRole('heading', { level: 2, name: 'Northwind Enterprise' })).toBeInTheDocument();
  });

  it('lets a manager add a member, and checks the fields first', async () => {
    openTab();
    let members = buildTeam();
    const requests = stubApi({
      [`GET ${spacePath}`]: { body: buildSpace() },
      [`GET ${spacePath}/members`]: () => ({ body: { items: members } }),
      [`POST ${spacePath}/members`]: () => {
        members = [...members, buildMember({ userId: 'u-adele', name: 'Adele Vance', role: 'contributor' })];
        return { status: 201, body: { items: members } };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ChannelPage />);

    await user.click(await screen.findByRole('button', { name: 'Add member' }));
    expect(screen.getAllByText('This field is required.')).toHaveLength(2);
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /User ID/ }), 'u-adele');
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Adele Vance');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'contributor');
    await user.click(screen.getByRole('button', { name: 'Add member' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Adele Vance was added as Contributor.');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      userId: 'u-adele',
      name: 'Adele Vance',
      role: 'contributor',
    });
    expect(within(screen.getByRole('list', { name: 'Team members' })).getByText('Adele Vance')).toBeInTheDocument();
  });

  it('explains why the last manager cannot step down', async () => {
    openTab();
    stubApi({
      [`GET ${spacePath}`]: { body: buildSpace() },
      [`GET ${spacePath}/members`]: { body: { items: buildTeam() } },
      [`PATCH ${spacePath}/members/u-megan`]: { status: 409, body: buildProblem(409, 'last_manager') },
    });
    const user = userEvent.setup();
    renderWithApp(<ChannelPage />);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Megan Bowen' }), 'rep');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A sales team needs at least one manager. Make someone else a manager first.',
    );
    expect(screen.getByRole('combobox', { name: 'Role of Megan Bowen' })).toHaveValue('manager');
  });

  it('asks for confirmation before removing a member', async () => {
    openTab();
    let members = buildTeam();
    const requests = stubApi({
      [`GET ${spacePath}`]: { body: buildSpace() },
      [`GET ${spacePath}/members`]: () => ({ body: { items: members } }),
      [`DELETE ${spacePath}/members/u-alex`]: () => {
        members = members.filter((m) => m.userId !== 'u-alex');
        return { status: 204 };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ChannelPage />);

    await user.click(await screen.findByRole('button', { name: 'Remove Alex Wilber' }));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    expect(screen.getByRole('button', { name: 'Yes, remove Alex Wilber' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, remove Alex Wilber' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Alex Wilber was removed from the team.');
    expect(within(screen.getByRole('list', { name: 'Team members' })).queryByText('Alex Wilber')).toBeNull();
  });
});
