import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildProblem, buildSpace, buildTeam, SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { buildMeeting, buildRunningState, MEETING_ID } from '../meetings/testing';
import RoleplayPanel from './RoleplayPanel';
import { buildRoleplay, buildRoleplayState, buildRoleplaySummary, buildScenarioSummary } from './testFactories';

const base = `/api/spaces/${SPACE_ID}/roleplays`;
const serverNow = Date.parse('2026-03-10T10:00:00.000Z');
const OBJECTION = 'Open with: “You’re 30% more than the other quote. Can you match it?”';
const running = buildRoleplayState({
  status: 'running',
  round: 1,
  rounds: 2,
  timer: { status: 'running', durationMs: 420_000, startedAt: serverNow - 60_000, elapsedMs: 0 },
  serverNow,
  etag: '"rps-7"',
});

function stubRoleplay(detail: Parameters<typeof buildRoleplay>[0], state = running) {
  return stubApi({
    [`GET ${base}`]: {
      body: { items: [buildRoleplaySummary({ status: state.status, myRole: detail?.myRole ?? 'none' })] },
    },
    [`GET ${base}/rp-1`]: { body: buildRoleplay({ status: state.status, round: state.round, rounds: 2, ...detail }) },
    [`GET ${base}/rp-1/state`]: { body: state },
  });
}

const renderPanel = (role: 'manager' | 'rep' = 'manager') =>
  renderWithApp(<RoleplayPanel space={buildSpace({ myRole: role })} members={buildTeam()} />);

describe('The side panel’s role-play', () => {
  it('opens the role-play I play the customer in, with my private brief of hidden objections', async () => {
    stubRoleplay({
      myRole: 'customer',
      customerBrief: { objections: [OBJECTION] },
      canRun: false,
    });
    renderPanel('rep');

    expect(await screen.findByText('You play the customer, Dana Whitfield.')).toBeInTheDocument();
    const brief = screen.getByRole('region', { name: 'Private: only you see this' });
    expect(within(brief).getByText(OBJECTION)).toBeInTheDocument();
    expect(screen.getByText('Wingtip Toys ran a three-week trial and the feedback was good.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Run the role-play' })).not.toBeInTheDocument();
    expect(screen.getByText('You and the managers run the timer.')).toBeInTheDocument();
  });

  it('shows the rep the public situation only, and the round clock everyone shares', async () => {
    stubRoleplay({ myRole: 'rep', canRun: false });
    renderPanel('rep');

    expect(await screen.findByText('You play the rep.')).toBeInTheDocument();
    expect(screen.queryByText(/Private/)).not.toBeInTheDocument();
    expect(screen.queryByText(OBJECTION)).not.toBeInTheDocument();
    expect(await screen.findByText('Round 1 of 2')).toBeInTheDocument();
    const clock = await screen.findByTestId('roleplay-countdown');
    const remaining = Number(clock.getAttribute('data-remaining-ms'));
    expect(remaining).toBeGreaterThan(355_000);
    expect(remaining).toBeLessThanOrEqual(360_000);
  });

  it('shows an observer their focus criterion with its anchors', async () => {
    stubRoleplay({ myRole: 'observer', myCriterion: 'priceObjections', canRun: false });
    renderPanel('rep');

    expect(await screen.findByText('You observe: Handling price objections.')).toBeInTheDocument();
    const anchors = screen.getByRole('list', { name: 'What each rating looks like' });
    expect(within(anchors).getAllByRole('listitem')).toHaveLength(4);
    expect(anchors).toHaveTextContent('Not yet: Offered a discount or defended the price straight away.');
  });

  it('sends a pause with the state the facilitator saw, and explains when someone moved first', async () => {
    const requests = stubApi({
      [`GET ${base}`]: { body: { items: [buildRoleplaySummary({ status: 'running' })] } },
      [`GET ${base}/rp-1`]: { body: buildRoleplay({ status: 'running', round: 1, rounds: 2, canRun: true }) },
      [`GET ${base}/rp-1/state`]: { body: running },
      [`POST ${base}/rp-1/state`]: { status: 412, body: buildProblem(412, 'precondition_failed') },
    });
    const user = userEvent.setup();
    renderPanel();

    const controls = await screen.findByRole('group', { name: 'Run the role-play' });
    await user.click(within(controls).getByRole('button', { name: 'Pause' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else moved the role-play first.');
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ action: 'pause' });
    expect(post?.headers.get('if-match')).toBe('"rps-7"');
  });

  it('lists the open role-plays when I have no part, and offers to set one up', async () => {
    stubApi({
      [`GET ${base}`]: {
        body: {
          items: [
            buildRoleplaySummary({ id: 'rp-1', status: 'setup' }),
            buildRoleplaySummary({ id: 'rp-2', status: 'running' }),
            buildRoleplaySummary({ id: 'rp-3', status: 'closed' }),
          ],
        },
      },
    });
    renderPanel();

    const list = await screen.findByRole('list', { name: 'Open role-plays' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Set up a role-play' })).toBeInTheDocument();
  });

  it('offers to set up the role-play of the meeting’s current role-play item, with its scenario', async () => {
    const requests = stubApi({
      [`GET ${base}`]: { body: { items: [] } },
      [`GET /api/spaces/${SPACE_ID}/meetings`]: { body: { items: [buildMeeting({ status: 'running' })] } },
      [`GET /api/spaces/${SPACE_ID}/meetings/${MEETING_ID}/state`]: {
        body: buildRunningState(serverNow, {
          current: {
            itemId: 'item-2',
            title: 'Role-play: price pushback',
            kind: 'rolePlay',
            ownerId: 'u-alex',
            ownerName: 'Alex Wilber',
            timeboxMinutes: 15,
            link: { kind: 'scenario', id: 'starter-price-pushback' },
            index: 1,
            count: 3,
          },
        }),
      },
      [`GET /api/spaces/${SPACE_ID}/scenarios`]: { body: { items: [buildScenarioSummary()] } },
      [`POST ${base}`]: { status: 201, body: buildRoleplay({ id: 'rp-9' }) },
    });
    const user = userEvent.setup();
    renderPanel();

    await user.click(await screen.findByRole('button', { name: 'Set up the role-play for this item' }));
    expect(await screen.findByText('For the agenda item Role-play: price pushback')).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: /^Scenario/ })).toHaveValue('starter-price-pushback');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Rep/ }), 'Alex Wilber');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Customer/ }), 'Isaiah Langer');
    await user.click(screen.getByRole('button', { name: 'Set up role-play' }));

    await vi.waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')?.body).toMatchObject({
        meeting: { meetingId: MEETING_ID, itemId: 'item-2' },
        scenarioId: 'starter-price-pushback',
      }),
    );
  });
});
