import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import MyRoleplays from './MyRoleplays';
import { buildMyRoleplays, MINE } from './debriefFactories';

describe('MyRoleplays', () => {
  it('shows each criterion over time, oldest first, with my rating next to the observers’', async () => {
    stubApi({ [MINE]: { body: buildMyRoleplays() } });
    renderWithApp(<MyRoleplays />);

    const price = await screen.findByRole('table', {
      name: 'Handling price objections: your rating and the observers’ average, oldest first',
    });
    const rows = within(price).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['2 · Developing', '2 of 4'],
      ['3 · Solid', '3.5 of 4'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Price pushback');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Procurement wants 15% off');

    const close = screen.getByRole('table', { name: /^Next-step close/ });
    expect(within(close).getByText('not rated')).toBeInTheDocument();
  });

  it('lists my role-plays with their results and the next step I chose', async () => {
    stubApi({ [MINE]: { body: buildMyRoleplays() } });
    renderWithApp(<MyRoleplays />);

    const list = await screen.findByRole('list', { name: 'Role-plays' });
    const latest = within(list).getAllByRole('listitem')[0]!;
    expect(within(latest).getByRole('heading', { name: 'Procurement wants 15% off' })).toBeInTheDocument();
    expect(within(latest).getByText('Done')).toBeInTheDocument();
    expect(
      within(latest).getByText(/^Northwind Sales · Apr 14, 2026 · Negotiation, Intermediate$/),
    ).toBeInTheDocument();
    expect(
      within(latest).getByText('Handling price objections: you 3 · Solid; observers 3.5 of 4 (1 observer)'),
    ).toBeInTheDocument();
    expect(
      within(latest).getByText('My next step: Ask what the discount is compared with before answering.'),
    ).toBeInTheDocument();
    expect(within(latest).getByText('Works on Handling price objections · due Apr 30, 2026')).toBeInTheDocument();
  });

  it('says observer ratings wait for my own assessment', async () => {
    const data = buildMyRoleplays();
    const first = data.items[0]!;
    stubApi({
      [MINE]: {
        body: {
          ...data,
          items: [
            {
              ...first,
              results: first.results.map((r) => ({ ...r, observerRating: null, observerCount: 0, revealed: false })),
            },
          ],
        },
      },
    });
    renderWithApp(<MyRoleplays />);

    expect(
      await screen.findByText('Handling price objections: you 3 · Solid; observers shown once you assess yourself'),
    ).toBeInTheDocument();
  });

  it('explains the empty history', async () => {
    stubApi({ [MINE]: { body: { items: [], criteria: [] } } });
    renderWithApp(<MyRoleplays />);

    expect(await screen.findByText(/You have not been the rep in a role-play yet/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My role-plays' })).toBeInTheDocument();
  });
});
