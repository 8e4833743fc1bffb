import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPage } from '../../pages/DetailsPage';
import { buildSpace, buildTeam, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { spaceIdFromEntity, spaceIdFromSearch } from './useSpaceSelection';

describe('Which sales team a surface shows', () => {
  it('reads the space id from the content URL and from a `space:` entity id', () => {
    expect(spaceIdFromSearch(`?spaceId=${SPACE_ID}`)).toBe(SPACE_ID);
    expect(spaceIdFromSearch('?spaceId=')).toBeNull();
    expect(spaceIdFromSearch('?spaceId=%3Cscript%3E')).toBeNull();
    expect(spaceIdFromEntity(`space:${SPACE_ID}`)).toBe(SPACE_ID);
    expect(spaceIdFromEntity('coachboard-personal')).toBeNull();
    expect(spaceIdFromEntity(null)).toBeNull();
  });

  it('lets someone in several teams choose, and keeps the choice in the URL', async () => {
    const other = buildSpace({ id: 'space-2', name: 'Fabrikam East', myRole: 'rep' });
    stubApi({
      'GET /api/spaces': { body: { items: [buildSpace(), other] } },
      'GET /api/spaces/space-2': { body: other },
      'GET /api/spaces/space-2/members': { body: { items: buildTeam() } },
    });
    const user = userEvent.setup();
    renderWithApp(<DetailsPage />);

    expect(await screen.findByRole('heading', { name: 'Choose a sales team' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fabrikam East' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Fabrikam East' })).toBeInTheDocument();
    expect(window.location.search).toBe('?spaceId=space-2');
  });

  it('tells someone without a team what to do', async () => {
    stubApi({ 'GET /api/spaces': { body: { items: [] } } });
    renderWithApp(<DetailsPage />);

    expect(await screen.findByRole('heading', { name: 'You are not in a sales team yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create a sales team' })).toHaveAttribute('href', '/config');
  });

  it('offers to try again when the service cannot be reached, and reports the failed load', async () => {
    window.history.replaceState(null, '', `/details?spaceId=${SPACE_ID}`);
    stubApi({
      [`GET /api/spaces/${SPACE_ID}`]: {
        status: 503,
        body: { type: 'x', title: 'Down', status: 503, code: 'internal' },
      },
      [`GET /api/spaces/${SPACE_ID}/members`]: { body: { items: buildTeam() } },
    });
    const { teams } = renderWithApp(<DetailsPage />, { info: { inTeams: true } });

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(teams.reportLoadFailed).toHaveBeenCalled();
  });
});
