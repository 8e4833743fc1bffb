import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildDevUser, buildMember, buildProblem, buildSpace, buildTeam, SPACE_ID } from '../test/factories';
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
    expect(screen.queryByRole('heading', { name: 'Add people' })).not.toBeInTheDocument();
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

  it('lets a manager add people from the demo directory in local mode, each with a role', async () => {
    openTab();
    let members = buildTeam();
    const requests = stubApi({
      [`GET ${spacePath}`]: { body: buildSpace() },
      [`GET ${spacePath}/members`]: () => ({ body: { items: members } }),
      'GET /api/dev/users': {
        body: {
          items: [
            buildDevUser(),
            buildDevUser({ userId: 'u-alex', name: 'Alex Wilber', demoRole: 'rep', title: 'Account executive' }),
            buildDevUser({ userId: 'u-lynne', name: 'Lynne Robbins', demoRole: 'rep', title: 'Account executive' }),
            buildDevUser({ userId: 'u-adele', name: 'Adele Vance', demoRole: null, title: 'Finance' }),
            buildDevUser({ tenantId: 'other-tenant', userId: 'u-fiona', name: 'Fiona Fabrikam', demoRole: null }),
          ],
        },
      },
      [`POST ${spacePath}/members`]: () => {
        const added = [
          buildMember({ userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' }),
          buildMember({ userId: 'u-adele', name: 'Adele Vance', role: 'contributor' }),
        ];
        members = [...members, ...added];
        return { status: 201, body: { items: members, added: ['u-lynne', 'u-adele'], alreadyMembers: [] } };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ChannelPage />);

    // Nobody types an id: the directory lists people of my organization by name; members are marked.
    expect(await screen.findByRole('heading', { name: 'Add people' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /ID/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose people' }));
    const directory = await screen.findByRole('list', { name: 'Demo directory' });
    expect(within(directory).queryByText('Fiona Fabrikam')).not.toBeInTheDocument();
    expect(within(directory).getByRole('checkbox', { name: /Alex Wilber/ })).toBeDisabled();

    await user.type(screen.getByRole('searchbox', { name: 'Search the demo directory' }), 'lyn');
    expect(within(directory).queryByRole('checkbox', { name: /Adele Vance/ })).not.toBeInTheDocument();
    await user.click(within(directory).getByRole('checkbox', { name: /Lynne Robbins/ }));
    await user.clear(screen.getByRole('searchbox', { name: 'Search the demo directory' }));
    await user.click(within(directory).getByRole('checkbox', { name: /Adele Vance/ }));

    const chosen = screen.getByRole('list', { name: 'People to add' });
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role for Adele Vance' }), 'contributor');
    await user.click(screen.getByRole('button', { name: 'Add 2 people' }));

    expect(await screen.findByText('Added Lynne Robbins and Adele Vance.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      people: [
        { userId: 'u-lynne', name: 'Lynne Robbins', role: 'rep' },
        { userId: 'u-adele', name: 'Adele Vance', role: 'contributor' },
      ],
    });
    const roster = screen.getByRole('list', { name: 'Team members' });
    expect(within(roster).getByText('Adele Vance')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'People to add' })).not.toBeInTheDocument();
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
