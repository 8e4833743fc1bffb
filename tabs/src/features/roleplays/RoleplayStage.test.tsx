import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import RoleplayStage from './RoleplayStage';
import { buildRoleplay, buildRoleplayState } from './testFactories';

const base = `/api/spaces/${SPACE_ID}/roleplays/rp-1`;
const serverNow = Date.parse('2026-03-10T10:00:00.000Z');
const OBJECTION = 'If the rep offers a discount straight away, take it, then ask for another 10%.';

describe('A role-play on the meeting stage', () => {
  it('shows the scenario, the cast, the round and the big clock, and never the customer’s brief', async () => {
    // The customer's own account opened the stage: the API sends the brief, the stage must drop it.
    stubApi({
      [`GET ${base}`]: {
        body: buildRoleplay({
          status: 'running',
          round: 1,
          rounds: 2,
          myRole: 'customer',
          customerBrief: { objections: [OBJECTION] },
        }),
      },
      [`GET ${base}/state`]: {
        body: buildRoleplayState({
          status: 'running',
          round: 1,
          rounds: 2,
          timer: { status: 'running', durationMs: 420_000, startedAt: serverNow - 400_000, elapsedMs: 0 },
          serverNow,
        }),
      },
    });
    const { container } = renderWithApp(<RoleplayStage spaceId={SPACE_ID} roleplayId="rp-1" />);

    expect(
      await screen.findByRole('heading', { name: 'Role-play: Price pushback: “You’re 30% more than the other quote”' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Round 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('Megan Bowen, playing Dana Whitfield')).toBeInTheDocument();
    expect(screen.getByText('Isaiah Langer, watching Handling price objections')).toBeInTheDocument();
    expect(screen.getByText('Skill: Objection handling')).toBeInTheDocument();
    expect(screen.getByText('Difficulty: Foundation')).toBeInTheDocument();
    const clock = await screen.findByTestId('roleplay-countdown');
    expect(clock).toHaveAttribute('data-phase', 'warning');
    expect(screen.getByText('Less than 30 seconds left')).toBeInTheDocument();
    expect(container).not.toHaveTextContent(OBJECTION);
    expect(container).not.toHaveTextContent(/Private/);
  });
});
