import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { RoleplayClock } from './RoleplayClock';

describe('The round clock', () => {
  it('warns softly in the last 30 seconds and announces it politely', () => {
    stubApi({});
    renderWithApp(<RoleplayClock clock={{ phase: 'warning', remainingMs: 24_400, overrunMs: 0 }} />);
    expect(screen.getByTestId('roleplay-countdown')).toHaveTextContent('0:25');
    expect(screen.getByTestId('roleplay-countdown')).toHaveAttribute('data-remaining-ms', '24400');
    expect(screen.getByRole('status')).toHaveTextContent('30 seconds left in the round.');
  });

  it('says clearly when time is up, with the overrun', () => {
    stubApi({});
    renderWithApp(<RoleplayClock clock={{ phase: 'timeUp', remainingMs: 0, overrunMs: 12_000 }} density="stage" />);
    expect(screen.getByTestId('roleplay-countdown')).toHaveTextContent('0:00');
    expect(screen.getByText(/Time’s up · 0:12 over/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Time’s up.');
  });

  it('shows a paused round without announcing every second', () => {
    stubApi({});
    renderWithApp(<RoleplayClock clock={{ phase: 'paused', remainingMs: 200_000, overrunMs: 0 }} />);
    expect(screen.getByText('Paused')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The round is paused.');
  });
});
