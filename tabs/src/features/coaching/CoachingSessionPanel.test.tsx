import type { CoachingSessionResponse } from '@coachboard/api/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { coachingMessages } from '../../i18n/en.coaching';
import { withMessages } from '../../i18n/withMessages';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import CoachingSessionPanel from './CoachingSessionPanel';
import { PlanForm } from './PlanForm';

/** The plan form with the coaching texts, as the personal tab loads it. */
const Plan = withMessages(coachingMessages)(PlanForm);

const SESSIONS = 'POST /api/spaces/s1/coaching/sessions';
const SESSION = 'GET /api/spaces/s1/coaching/sessions/c1';
const PATCH = 'PATCH /api/spaces/s1/coaching/sessions/c1';

function buildSession(overrides: Partial<CoachingSessionResponse> = {}): CoachingSessionResponse {
  return {
    id: 'c1',
    spaceId: 's1',
    repId: 'u-alex',
    repName: 'Alex Wilber',
    managerId: 'u-megan',
    managerName: 'Megan Bowen',
    status: 'inProgress',
    scheduledFor: null,
    startedAt: '2026-12-04T09:00:00.000Z',
    finishedAt: null,
    createdAt: '2026-12-04T09:00:00.000Z',
    planGoal: null,
    step: 'goal',
    notes: {},
    advice: '',
    balance: { asked: 0, told: 0 },
    plan: null,
    commitments: [],
    suggestions: [
      {
        step: 'goal',
        key: 'goal.criterion',
        values: { criterion: 'Closing for a next step', scenario: 'Price pushback' },
        source: { kind: 'roleplay', id: 'rp1', title: 'Price pushback' },
      },
      { step: 'goal', key: 'goal.today', values: {}, source: null },
    ],
    viewer: 'manager',
    etag: '"v1"',
    ...overrides,
  };
}

describe('CoachingSessionPanel', () => {
  it('starts the session, counts asks and tells as the manager types, and saves the notes on Next', async () => {
    const user = userEvent.setup();
    const requests = stubApi({
      [SESSIONS]: { status: 201, body: buildSession() },
      [SESSION]: { body: buildSession() },
      [PATCH]: ({ body }) => ({
        body: buildSession({
          step: 'reality',
          notes: (body as { notes: CoachingSessionResponse['notes'] }).notes,
          etag: '"v2"',
        }),
      }),
    });
    renderWithApp(
      <CoachingSessionPanel spaceId="s1" repId="u-alex" repName="Alex Wilber" occurrenceKey="m1|2026-12-04" />,
    );

    await user.click(await screen.findByRole('button', { name: 'Start the session' }));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      repId: 'u-alex',
      occurrenceKey: 'm1|2026-12-04',
    });
    await screen.findByText('Asked 0, told 0');
    expect(screen.getByText(/Closing for a next step scored lowest/)).toBeInTheDocument();
    expect(screen.getByText('From the role-play “Price pushback”')).toBeInTheDocument();

    const notes = screen.getByLabelText('Your notes');
    await user.type(notes, 'What do you want from today? ');
    expect(screen.getByText('Asked 1, told 0')).toBeInTheDocument();
    await user.type(notes, 'You should call the CFO. Send the deck. Lead with ROI.');
    expect(screen.getByText('Asked 1, told 3')).toBeInTheDocument();
    expect(screen.getByText(/Mostly telling/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Reality' });
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers.get('if-match')).toBe('"v1"');
    expect(patch?.body).toEqual({
      notes: { goal: 'What do you want from today? You should call the CFO. Send the deck. Lead with ROI.' },
      step: 'reality',
    });
  });

  it('adds a suggested question to the notes', async () => {
    const user = userEvent.setup();
    stubApi({ [SESSIONS]: { status: 201, body: buildSession() }, [SESSION]: { body: buildSession() } });
    renderWithApp(<CoachingSessionPanel spaceId="s1" repId="u-alex" repName="Alex Wilber" />);
    await user.click(await screen.findByRole('button', { name: 'Start the session' }));
    await user.click(await screen.findByRole('button', { name: /Add to notes: What do you want to get out/ }));
    expect(screen.getByLabelText('Your notes')).toHaveValue('What do you want to get out of our time today?');
    expect(screen.getByText('Asked 1, told 0')).toBeInTheDocument();
  });

  it('opens the session scheduled with the rep instead of starting another', async () => {
    const user = userEvent.setup();
    const scheduled = buildSession({ status: 'scheduled', startedAt: null, scheduledFor: '2026-12-04T09:00:00.000Z' });
    const requests = stubApi({
      'GET /api/spaces/s1/coaching/sessions': { body: { items: [scheduled] } },
      [SESSION]: { body: scheduled },
      [PATCH]: { body: buildSession({ etag: '"v2"' }) },
    });
    renderWithApp(<CoachingSessionPanel spaceId="s1" repId="u-alex" repName="Alex Wilber" />);
    await screen.findByText(/A session is scheduled for/);
    await user.click(screen.getByRole('button', { name: 'Start the session' }));
    await screen.findByText('Step 1 of 4');
    expect(requests.filter((r) => r.method !== 'GET').map((r) => [r.method, r.body])).toEqual([
      ['PATCH', { status: 'inProgress' }],
    ]);
  });

  it('keeps the GROW steps closed until last time’s commitments are reviewed', async () => {
    const user = userEvent.setup();
    const commitment = {
      planSessionId: 'c0',
      actionId: 'a1',
      owner: 'rep' as const,
      ownerName: 'Alex Wilber',
      cadence: null,
      agreementId: null,
      text: 'Ask Dana for the CFO',
      dueDate: '2026-12-01',
      due: 'overdue' as const,
      review: null,
    };
    stubApi({
      [SESSIONS]: { status: 201, body: buildSession({ step: 'review', commitments: [commitment] }) },
      [SESSION]: { body: buildSession({ step: 'review', commitments: [commitment] }) },
    });
    renderWithApp(<CoachingSessionPanel spaceId="s1" repId="u-alex" repName="Alex Wilber" />);
    await user.click(await screen.findByRole('button', { name: 'Start the session' }));
    await screen.findByText('Step 1 of 5');
    expect(screen.getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Not done' }));
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(await screen.findByText('Say in a word why.')).toBeInTheDocument();
  });
});

describe('PlanForm', () => {
  it('asks for a goal and a text and date per action before it sends the rep’s plan', async () => {
    const user = userEvent.setup();
    const requests = stubApi({
      'PUT /api/spaces/s1/coaching/sessions/c1/plan': { status: 201, body: buildSession({ viewer: 'rep' }) },
    });
    renderWithApp(<Plan spaceId="s1" sessionId="c1" plan={null} />);
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect(screen.getByText('Write a goal and give every action a text and a date.')).toBeInTheDocument();
    expect(requests).toEqual([]);

    await user.type(screen.getByLabelText('My goal'), 'Hold the price');
    await user.type(screen.getByLabelText('Action 1'), 'Ask what the other quote includes');
    await user.type(screen.getByLabelText('Action 1 by'), '2026-12-11');
    await user.click(screen.getByRole('button', { name: 'Save my plan' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.body).toEqual({
      goal: 'Hold the price',
      actions: [{ text: 'Ask what the other quote includes', dueDate: '2026-12-11' }],
    });
    expect(await screen.findByText(/Your plan is saved/)).toBeInTheDocument();
  });
});
