import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildMyRoleplays, MINE } from '../features/roleplays/debriefFactories';
import { buildDevUser, buildMember, buildSpace, buildTeam, SPACE_ID } from '../test/factories';
import { stubApi } from '../test/fakeApi';
import { renderWithApp } from '../test/render';
import { PersonalPage } from './PersonalPage';

describe('Personal tab "My coaching"', () => {
  it('shows my role-plays over time once my teams are loaded', async () => {
    stubApi({
      'GET /api/spaces': { body: { items: [buildSpace({ myRole: 'rep' })] } },
      'GET /api/me/actions': { body: { items: [] } },
      'GET /api/me/practice-adoptions': { body: { items: [], dueCount: 0 } },
      [MINE]: { body: buildMyRoleplays() },
    });
    renderWithApp(<PersonalPage />);

    // The role-plays load on demand: their first transform is slow on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'My role-plays' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /^Handling price objections/ })).toBeInTheDocument();
  });

  it('lets a manager add people to one of their teams, choosing which', async () => {
    const east = 'space-east';
    const requests = stubApi({
      'GET /api/spaces': {
        body: {
          items: [
            buildSpace(),
            buildSpace({ id: east, name: 'Fabrikam East' }),
            buildSpace({ id: 'space-rep', name: 'Contoso West', myRole: 'rep' }),
            buildSpace({ id: 'space-old', name: 'Old Team', archivedAt: '2026-04-01T10:00:00.000Z' }),
          ],
        },
      },
      'GET /api/me/actions': { body: { items: [] } },
      'GET /api/me/practice-adoptions': { body: { items: [], dueCount: 0 } },
      [MINE]: { body: buildMyRoleplays() },
      [`GET /api/spaces/${SPACE_ID}/members`]: { body: { items: buildTeam() } },
      [`GET /api/spaces/${east}/members`]: {
        body: { items: [buildMember({ userId: 'u-megan', name: 'Megan Bowen', role: 'manager' })] },
      },
      'GET /api/dev/users': {
        body: {
          items: [buildDevUser(), buildDevUser({ userId: 'u-alex', name: 'Alex Wilber', demoRole: 'rep' })],
        },
      },
      [`POST /api/spaces/${east}/members`]: {
        status: 201,
        body: { items: [], added: ['u-alex'], alreadyMembers: [] },
      },
    });
    const user = userEvent.setup();
    renderWithApp(<PersonalPage />);

    // The section loads on demand (its first transform is slow on a busy machine).
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Add people' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    // Only the teams I manage and that are not archived are offered (other sections have a team field too).
    const section = screen.getByRole('region', { name: 'Add people' });
    const team = within(section).getByRole('combobox', { name: 'Team' });
    expect(
      within(team)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Northwind Sales', 'Fabrikam East']);
    await user.click(await screen.findByRole('button', { name: 'Choose people' }));
    // Alex is in Northwind Sales already...
    expect(
      within(await screen.findByRole('list', { name: 'Demo directory' })).getByRole('checkbox', {
        name: /Alex Wilber/,
      }),
    ).toBeDisabled();

    // ...but not in Fabrikam East: there he can be added.
    await user.selectOptions(team, east);
    const directory = await screen.findByRole('list', { name: 'Demo directory' });
    await waitFor(() => expect(within(directory).getByRole('checkbox', { name: /Alex Wilber/ })).toBeEnabled());
    expect(team).toHaveFocus();
    await user.click(within(directory).getByRole('checkbox', { name: /Alex Wilber/ }));
    await user.click(screen.getByRole('button', { name: 'Add 1 person' }));

    expect(await screen.findByText('Added Alex Wilber.')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.path).toBe(`/api/spaces/${east}/members`);
    expect(post?.body).toEqual({ people: [{ userId: 'u-alex', name: 'Alex Wilber', role: 'rep' }] });
  });

  it('offers a rep no adding of people', async () => {
    stubApi({
      'GET /api/spaces': { body: { items: [buildSpace({ myRole: 'rep' })] } },
      'GET /api/me/actions': { body: { items: [] } },
      'GET /api/me/practice-adoptions': { body: { items: [], dueCount: 0 } },
      [MINE]: { body: buildMyRoleplays() },
    });
    renderWithApp(<PersonalPage />);

    expect(await screen.findByRole('heading', { level: 2, name: 'My role-plays' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add people' })).not.toBeInTheDocument();
  });

  it('leaves the role-plays out for someone without a team', async () => {
    const requests = stubApi({ 'GET /api/spaces': { body: { items: [] } } });
    renderWithApp(<PersonalPage />);

    expect(await screen.findByText('You are not in a sales team yet')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'My role-plays' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/me/roleplays')).toBe(false);
  });
});
