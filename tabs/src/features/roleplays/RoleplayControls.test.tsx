import type { RoleplayStateResponse } from '@coachboard/api/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { RoleplayControls } from './RoleplayControls';
import { buildRoleplayState } from './testFactories';

const now = Date.parse('2026-03-10T10:00:00.000Z');
const runningTimer = { status: 'running', durationMs: 420_000, startedAt: now - 10_000, elapsedMs: 0 } as const;

function buttonsFor(state: RoleplayStateResponse): string[] {
  stubApi({});
  const { unmount } = renderWithApp(<RoleplayControls spaceId={SPACE_ID} roleplayId="rp-1" state={state} />);
  const names = screen.queryAllByRole('button').map((b) => b.textContent ?? '');
  unmount();
  return names;
}

describe('The facilitator’s role-play controls', () => {
  it('offer only the moves that fit the status', () => {
    expect(buttonsFor(buildRoleplayState({ status: 'setup' }))).toEqual(['Start round 1']);
    expect(buttonsFor(buildRoleplayState({ status: 'running', round: 1, rounds: 2, timer: runningTimer }))).toEqual([
      'Pause',
      '+30 s',
      '+1 min',
      '+2 min',
      'End round',
      'Start round 2',
      'Debrief',
    ]);
    expect(
      buttonsFor(
        buildRoleplayState({
          status: 'running',
          round: 2,
          rounds: 2,
          timer: { ...runningTimer, status: 'paused', startedAt: null, elapsedMs: 10_000 },
        }),
      ),
    ).toEqual(['Resume', '+30 s', '+1 min', '+2 min', 'End round', 'Debrief']);
    expect(buttonsFor(buildRoleplayState({ status: 'roundEnded', round: 1, rounds: 2 }))).toEqual([
      'Start round 2',
      'Debrief',
    ]);
    expect(buttonsFor(buildRoleplayState({ status: 'roundEnded', round: 2, rounds: 2 }))).toEqual(['Debrief']);
    expect(buttonsFor(buildRoleplayState({ status: 'debrief', round: 2, rounds: 2 }))).toEqual(['Close role-play']);
    expect(buttonsFor(buildRoleplayState({ status: 'closed', round: 2, rounds: 2 }))).toEqual([]);
  });
});
