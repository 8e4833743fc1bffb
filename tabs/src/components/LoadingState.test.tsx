import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LazyMyActions } from '../features/meetings/lazyViews';
import { PersonalPage } from '../pages/PersonalPage';
import { buildSpace } from '../test/factories';
import { renderWithApp } from '../test/render';
import { LoadingState } from './LoadingState';

/*
 * Every loading indicator has an accessible name (axe rule aria-progressbar-name): a screen reader
 * says what is loading, and the browser tests' axe scans never meet a nameless spinner.
 */

/** Fails on any progress bar in the document without an accessible name. */
function expectEveryProgressBarNamed(): void {
  const bars = screen.queryAllByRole('progressbar');
  for (const bar of bars) expect(bar, bar.outerHTML).toHaveAccessibleName();
}

/** A fetch that answers the list of teams and leaves everything else loading. */
function stubTeamsThenPending(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
      if (url.pathname !== '/api/spaces') return new Promise<Response>(() => undefined);
      const body = JSON.stringify({ items: [buildSpace({ myRole: 'rep' })] });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    }),
  );
}

describe('loading indicators', () => {
  it('LoadingState names its spinner with its label', () => {
    renderWithApp(<LoadingState label="Loading the board…" />);
    expect(screen.getByRole('progressbar', { name: 'Loading the board…' })).toBeInTheDocument();
  });

  it('a lazily loaded view names the spinner shown while its code loads', () => {
    stubTeamsThenPending();
    renderWithApp(<LazyMyActions />);
    expect(screen.getByRole('progressbar', { name: 'Loading Coachboard…' })).toBeInTheDocument();
  });

  it('the personal tab names every spinner while its sections load', async () => {
    stubTeamsThenPending();
    renderWithApp(<PersonalPage />);
    expectEveryProgressBarNamed();
    // Actions, practices and role-plays: each section shows its own indicator once the teams are known.
    await waitFor(() => expect(screen.getAllByRole('progressbar').length).toBeGreaterThanOrEqual(3));
    expectEveryProgressBarNamed();
  });
});
