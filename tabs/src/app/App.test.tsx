import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildDevUser, buildProblem, buildSpace, SPACE_ID } from '../test/factories';
import { stubApi } from '../test/fakeApi';
import { App } from './App';

// Outside Teams the app never calls teams-js; the mock keeps its CDN prefetch out of the tests.
vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {} }));

const demoUsers = [
  buildDevUser(),
  buildDevUser({ userId: 'u-alex', name: 'Alex Wilber', demoRole: 'rep', title: 'Account executive' }),
  buildDevUser({ userId: 'u-adele', name: 'Adele Vance', demoRole: null, title: 'Finance (not in the team)' }),
];

describe('The app outside Teams', () => {
  it('offers the demo people to sign in as, then shows the surfaces with the signed-in name', async () => {
    const requests = stubApi({
      'GET /api/dev/users': { body: { items: demoUsers } },
      'POST /api/dev/token': { status: 201, body: { token: 'token-alex', expiresInSec: 3600 } },
      'GET /api/spaces': { body: { items: [buildSpace({ myRole: 'rep' })] } },
    });
    const user = userEvent.setup();
    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Coachboard' })).toBeInTheDocument();
    const people = await screen.findByRole('list', { name: 'Demo people' });
    expect(within(people).getAllByRole('listitem')).toHaveLength(3);
    expect(within(people).getByText('Not in the demo team')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign in as Alex Wilber' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Coachboard' })).toBeInTheDocument();
    expect(await screen.findByRole('banner')).toHaveTextContent('Signed in as Alex Wilber');
    expect(await screen.findByRole('link', { name: 'Sales room' })).toHaveAttribute(
      'href',
      `/channel?spaceId=${SPACE_ID}`,
    );
    expect(requests.find((r) => r.path === '/api/spaces')?.headers.get('authorization')).toBe('Bearer token-alex');
    expect(JSON.parse(sessionStorage.getItem('coachboard.session') ?? '{}')).toMatchObject({
      token: 'token-alex',
      user: { userId: 'u-alex', name: 'Alex Wilber' },
    });
  });

  it('switches theme and signs out from the local bar', async () => {
    stubApi({
      'GET /api/dev/users': { body: { items: demoUsers } },
      'POST /api/dev/token': { status: 201, body: { token: 'token-megan', expiresInSec: 3600 } },
      'GET /api/spaces': { body: { items: [buildSpace()] } },
    });
    const user = userEvent.setup();
    render(<App />);

    await user.click(await screen.findByRole('button', { name: 'Sign in as Megan Bowen' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Theme' }), 'High contrast');
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('contrast');
    expect(localStorage.getItem('coachboard.theme')).toBe('contrast');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Coachboard' })).toBeInTheDocument();
    expect(sessionStorage.getItem('coachboard.session')).toBeNull();
  });

  it('sends the user back to the picker when the API no longer accepts the session', async () => {
    sessionStorage.setItem(
      'coachboard.session',
      JSON.stringify({
        token: 'stale',
        expiresAt: Date.now() + 3_600_000,
        user: { tenantId: 't', userId: 'u-megan', name: 'Megan Bowen', title: 'Sales manager' },
      }),
    );
    window.history.replaceState(null, '', '/personal');
    stubApi({
      'GET /api/dev/users': { body: { items: demoUsers } },
      'GET /api/spaces': { status: 401, body: buildProblem(401, 'unauthenticated') },
    });
    render(<App />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Your session ended. Sign in again to continue.');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Coachboard' })).toBeInTheDocument();
  });

  it('explains that local sign-in needs the API in development mode', async () => {
    stubApi({});
    render(<App />);

    expect(await screen.findByRole('alert')).toHaveTextContent(/only available when the API runs in development mode/);
  });
});
