import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildProblem, buildTeam, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { RoleplaySetupForm } from './RoleplaySetupForm';
import { buildRoleplay, buildScenarioSummary } from './testFactories';

const base = `/api/spaces/${SPACE_ID}`;
const scenarios = {
  items: [
    buildScenarioSummary(),
    buildScenarioSummary({ id: 'starter-angry', title: 'The angry customer', suggestedRoundMinutes: 5 }),
  ],
};

describe('Setting up a role-play', () => {
  it('posts the scenario, the cast with each observer’s focus, the rounds and the suggested round length', async () => {
    const requests = stubApi({
      [`GET ${base}/scenarios`]: { body: scenarios },
      [`POST ${base}/roleplays`]: { status: 201, body: buildRoleplay() },
    });
    const onCreated = vi.fn();
    const user = userEvent.setup();
    renderWithApp(
      <RoleplaySetupForm spaceId={SPACE_ID} members={buildTeam()} onCreated={onCreated} onCancel={vi.fn()} />,
    );

    await user.selectOptions(await screen.findByRole('combobox', { name: /^Scenario/ }), 'The angry customer');
    expect(screen.getByRole('spinbutton', { name: /^Minutes per round/ })).toHaveValue(5);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Scenario/ }), 'starter-price-pushback');
    expect(screen.getByRole('spinbutton', { name: /^Minutes per round/ })).toHaveValue(7);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Rep/ }), 'Alex Wilber');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Customer/ }), 'Megan Bowen');
    await user.click(screen.getByRole('button', { name: 'Add an observer' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Observer 1/ }), 'Isaiah Langer');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Focus for observer 1/ }), 'Next-step close');
    await user.clear(screen.getByRole('spinbutton', { name: /^Rounds/ }));
    await user.type(screen.getByRole('spinbutton', { name: /^Rounds/ }), '2');
    await user.click(screen.getByRole('button', { name: 'Set up role-play' }));

    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      scenarioId: 'starter-price-pushback',
      repId: 'u-alex',
      customerId: 'u-megan',
      observers: [{ userId: 'u-isaiah', criterion: 'nextStepClose' }],
      rounds: 2,
      roundMinutes: 7,
    });
  });

  it('says what is missing before posting', async () => {
    const requests = stubApi({ [`GET ${base}/scenarios`]: { body: scenarios } });
    const user = userEvent.setup();
    renderWithApp(
      <RoleplaySetupForm spaceId={SPACE_ID} members={buildTeam()} onCreated={vi.fn()} onCancel={vi.fn()} />,
    );
    await screen.findByRole('combobox', { name: /^Scenario/ });
    await user.selectOptions(screen.getByRole('combobox', { name: /^Rep/ }), 'Alex Wilber');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Customer/ }), 'Alex Wilber');
    await user.click(screen.getByRole('button', { name: 'Set up role-play' }));

    expect(screen.getByRole('combobox', { name: /^Scenario/ })).toHaveAccessibleDescription('Choose one.');
    expect(screen.getByRole('combobox', { name: /^Customer/ })).toHaveAccessibleDescription(
      'Pick someone other than the rep.',
    );
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('runs the agenda item’s linked scenario and shows the server’s word next to the field', async () => {
    const requests = stubApi({
      [`GET ${base}/scenarios`]: { body: scenarios },
      [`POST ${base}/roleplays`]: {
        status: 400,
        body: buildProblem(400, 'invalid_request', {
          issues: [{ field: 'body.observers.0.criterion', message: 'must be one of the scenario’s criteria' }],
        }),
      },
    });
    const user = userEvent.setup();
    renderWithApp(
      <RoleplaySetupForm
        spaceId={SPACE_ID}
        members={buildTeam()}
        meetingItem={{
          meetingId: 'm-1',
          itemId: 'i-2',
          title: 'Role-play: price pushback',
          scenarioId: 'starter-price-pushback',
        }}
        onCreated={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

    expect(await screen.findByText('For the agenda item Role-play: price pushback')).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: /^Scenario/ })).toHaveValue('starter-price-pushback');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Rep/ }), 'Alex Wilber');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Customer/ }), 'Megan Bowen');
    await user.click(screen.getByRole('button', { name: 'Add an observer' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Observer 1/ }), 'Isaiah Langer');
    await user.click(screen.getByRole('button', { name: 'Set up role-play' }));

    expect(await screen.findByText('must be one of the scenario’s criteria')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Focus for observer 1/ })).toHaveAccessibleDescription(
      'must be one of the scenario’s criteria',
    );
    expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      scenarioId: 'starter-price-pushback',
      meeting: { meetingId: 'm-1', itemId: 'i-2' },
      observers: [{ userId: 'u-isaiah', criterion: 'priceObjections' }],
      roundMinutes: 7,
    });
  });
});
