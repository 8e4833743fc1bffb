import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildMyRoleplays, MINE } from '../features/roleplays/debriefFactories';
import { buildSpace } from '../test/factories';
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

    expect(await screen.findByRole('heading', { level: 2, name: 'My role-plays' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /^Handling price objections/ })).toBeInTheDocument();
  });

  it('leaves the role-plays out for someone without a team', async () => {
    const requests = stubApi({ 'GET /api/spaces': { body: { items: [] } } });
    renderWithApp(<PersonalPage />);

    expect(await screen.findByText('You are not in a sales team yet')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'My role-plays' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/me/roleplays')).toBe(false);
  });
});
