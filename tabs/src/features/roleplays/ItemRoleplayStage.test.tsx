import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import ItemRoleplayStage from './ItemRoleplayStage';
import { buildRoleplay, buildRoleplayState, buildRoleplaySummary } from './testFactories';

const list = `/api/spaces/${SPACE_ID}/roleplays`;

describe('The meeting stage during a role-play item', () => {
  it('shows the item and its scenario while nobody has set up its role-play', async () => {
    const requests = stubApi({ [`GET ${list}`]: { body: { items: [] } } });
    renderWithApp(
      <ItemRoleplayStage spaceId={SPACE_ID} meetingId="m-1" itemId="i-7" fallback={<p>Current item: role-play</p>} />,
    );
    expect(await screen.findByText('Current item: role-play')).toBeInTheDocument();
    const asked = requests.find((r) => r.method === 'GET' && r.path === list);
    expect(asked).toBeDefined();
  });

  it('shows the newest role-play set up for the item, with its cast, in place of the item', async () => {
    stubApi({
      [`GET ${list}`]: {
        body: {
          items: [
            buildRoleplaySummary({ id: 'rp-old', createdAt: '2026-03-10T09:00:00.000Z' }),
            buildRoleplaySummary({ id: 'rp-1', createdAt: '2026-03-10T09:30:00.000Z' }),
          ],
        },
      },
      [`GET ${list}/rp-1`]: { body: buildRoleplay({ id: 'rp-1', status: 'setup', round: 0 }) },
      [`GET ${list}/rp-1/state`]: { body: buildRoleplayState({ roleplayId: 'rp-1', status: 'setup', round: 0 }) },
    });
    renderWithApp(
      <ItemRoleplayStage spaceId={SPACE_ID} meetingId="m-1" itemId="i-7" fallback={<p>Current item: role-play</p>} />,
    );
    expect(
      await screen.findByRole('heading', { name: 'Role-play: Price pushback: “You’re 30% more than the other quote”' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Megan Bowen, playing Dana Whitfield')).toBeInTheDocument();
    expect(screen.queryByText('Current item: role-play')).not.toBeInTheDocument();
  });
});
