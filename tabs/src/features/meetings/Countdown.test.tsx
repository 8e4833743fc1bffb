import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { Countdown } from './Countdown';
import { buildRunningState } from './factories';
import { remainingAt } from './useMeetingState';

const SERVER_START = 1_800_000_000_000;

describe('Countdown of the current item', () => {
  it('counts from the server clock: a local clock 30 s behind still shows the same time left', () => {
    const { timer } = buildRunningState(SERVER_START);
    // 70 s into the item by the server's clock; this device's clock runs 30 s behind it.
    const localNow = SERVER_START + 70_000 - 30_000;
    renderWithApp(<Countdown remainingMs={remainingAt(timer, localNow, 30_000)} />);

    const countdown = screen.getByTestId('countdown');
    expect(countdown).toHaveTextContent('18:50');
    expect(countdown).toHaveAttribute('data-remaining-ms', String(18 * 60_000 + 50_000));
    expect(screen.getByText('Time left')).toBeInTheDocument();
  });

  it('says how far over the timebox the item is, in words and not only in colour', () => {
    const { timer } = buildRunningState(SERVER_START);
    const localNow = SERVER_START + 20 * 60_000 + 130_000;
    renderWithApp(<Countdown remainingMs={remainingAt(timer, localNow, 0)} />);

    expect(screen.getByTestId('countdown')).toHaveTextContent('2:10 over');
    expect(screen.getByText('Over time')).toBeInTheDocument();
  });
});
