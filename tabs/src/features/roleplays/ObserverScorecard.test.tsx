import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProblem } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { ObserverScorecard } from './ObserverScorecard';
import {
  buildDebrief,
  buildDebriefRound,
  buildFeedbackResponse,
  buildObserverCard,
  CHECK_DRAFT,
  checkDraftReply,
  DEBRIEF,
  PUT_FEEDBACK,
} from './debriefFactories';
import { buildRoleplay } from './testFactories';

/** Megan observes price objections in round 1 of a running role-play. */
const observing = () =>
  buildRoleplay({
    status: 'running',
    round: 1,
    customer: { userId: 'u-lynne', name: 'Lynne Robbins' },
    observers: [
      {
        userId: 'u-megan',
        name: 'Megan Bowen',
        criterion: 'priceObjections',
        criterionLabel: 'Handling price objections',
      },
    ],
    myRole: 'observer',
    myCriterion: 'priceObjections',
  });

const noCardsYet = buildDebrief({
  access: 'observer',
  status: 'running',
  rounds: [buildDebriefRound({ criteria: [] })],
});

describe('ObserverScorecard', () => {
  it('shows the behavioural anchors and sends the rating with the observed behaviours', async () => {
    const requests = stubApi({
      [DEBRIEF]: { body: noCardsYet },
      [CHECK_DRAFT]: checkDraftReply,
      [PUT_FEEDBACK]: { body: buildFeedbackResponse() },
    });
    const user = userEvent.setup();
    renderWithApp(<ObserverScorecard roleplay={observing()} round={1} />);

    expect(screen.getByRole('heading', { name: 'Your scorecard: Handling price objections' })).toBeInTheDocument();
    const ratings = screen.getByRole('radiogroup', { name: 'Rating for Handling price objections' });
    const solid = within(ratings).getByRole('radio', { name: /^3 · Solid/ });
    expect(solid).toHaveAccessibleName(
      '3 · Solid Asked what the price was being compared with and tied the answer to the value the customer had stated.',
    );
    expect(within(ratings).getAllByRole('radio')).toHaveLength(4);

    await user.click(solid);
    await user.type(
      screen.getByRole('textbox', { name: 'Strength 1' }),
      'Asked what the 30% was compared with before answering.',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Development point 1' }),
      'Confirm the next meeting’s date before hanging up.',
    );
    await user.click(screen.getByRole('button', { name: 'Add a strength' }));
    expect(screen.getByRole('textbox', { name: 'Strength 2' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));

    await expect
      .poll(() => requests.find((r) => r.method === 'PUT')?.body)
      .toEqual({
        round: 1,
        rating: 3,
        strengths: ['Asked what the 30% was compared with before answering.'],
        developments: ['Confirm the next meeting’s date before hanging up.'],
      });
    expect(await screen.findByText(/Scorecard saved for round 1/)).toBeInTheDocument();
  });

  it('does not send a scorecard without a strength and a development point', async () => {
    const requests = stubApi({ [DEBRIEF]: { body: noCardsYet }, [CHECK_DRAFT]: checkDraftReply });
    const user = userEvent.setup();
    renderWithApp(<ObserverScorecard roleplay={observing()} round={1} />);

    await user.click(screen.getByRole('radio', { name: /^2 · Developing/ }));
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));

    expect(screen.getByRole('textbox', { name: 'Strength 1' })).toHaveAccessibleDescription(
      'Write at least one strength.',
    );
    expect(screen.getByRole('textbox', { name: 'Development point 1' })).toHaveAccessibleDescription(
      'Write at least one development point.',
    );
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('checks the wording as the observer types', async () => {
    stubApi({ [DEBRIEF]: { body: noCardsYet }, [CHECK_DRAFT]: checkDraftReply });
    const user = userEvent.setup();
    renderWithApp(<ObserverScorecard roleplay={observing()} round={1} />);

    await user.type(screen.getByRole('textbox', { name: 'Strength 1' }), 'He was pushy about the price');

    expect(await screen.findByText(/^Strength 1: “pushy” judges rather than describes/)).toBeInTheDocument();
    const needed = screen.getByRole('list', { name: 'Needed before you send' });
    expect(within(needed).getByText(/Name at least one development point/)).toBeInTheDocument();
    expect(within(needed).queryByText(/Name at least one strength/)).not.toBeInTheDocument();
  });

  it('shows the server’s objection next to the row it is about', async () => {
    stubApi({
      [DEBRIEF]: { body: noCardsYet },
      [CHECK_DRAFT]: { body: { ready: true, findings: [] } },
      [PUT_FEEDBACK]: {
        status: 400,
        body: buildProblem(400, 'validation_failed', {
          issues: [{ field: 'body.strengths.0', message: 'must be at most 500 characters' }],
        }),
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ObserverScorecard roleplay={observing()} round={1} />);

    await user.click(screen.getByRole('radio', { name: /^3 · Solid/ }));
    await user.click(screen.getByRole('button', { name: 'Add a strength' }));
    await user.type(screen.getByRole('textbox', { name: 'Strength 2' }), 'Named the cost of a late go-live.');
    await user.type(screen.getByRole('textbox', { name: 'Development point 1' }), 'Ask for the date in the call.');
    await user.click(screen.getByRole('button', { name: 'Submit scorecard' }));

    expect(await screen.findByText('must be at most 500 characters')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Strength 2' })).toHaveAccessibleDescription(
      'must be at most 500 characters',
    );
  });

  it('opens the card sent before, to replace it', async () => {
    const mine = buildObserverCard({ observer: { userId: 'u-megan', name: 'Megan Bowen' }, rating: 4 });
    stubApi({
      [DEBRIEF]: {
        body: buildDebrief({
          access: 'observer',
          status: 'running',
          rounds: [
            buildDebriefRound({
              criteria: [
                {
                  criterion: 'priceObjections',
                  label: 'Handling price objections',
                  selfRating: null,
                  feedback: [mine],
                },
              ],
            }),
          ],
        }),
      },
    });
    renderWithApp(<ObserverScorecard roleplay={observing()} round={1} />);

    expect(await screen.findByRole('button', { name: 'Update scorecard' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^4 · Role model/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Strength 1' })).toHaveValue(mine.strengths[0]);
  });

  it('keeps a closed role-play’s card as the record', async () => {
    const mine = buildObserverCard({ observer: { userId: 'u-megan', name: 'Megan Bowen' }, rating: 3 });
    stubApi({
      [DEBRIEF]: {
        body: buildDebrief({
          access: 'observer',
          status: 'closed',
          rounds: [
            buildDebriefRound({
              criteria: [
                {
                  criterion: 'priceObjections',
                  label: 'Handling price objections',
                  selfRating: null,
                  feedback: [mine],
                },
              ],
            }),
          ],
        }),
      },
    });
    renderWithApp(<ObserverScorecard roleplay={{ ...observing(), status: 'closed' }} round={1} />);

    expect(await screen.findByText('Your rating: 3 · Solid')).toBeInTheDocument();
    expect(screen.getByText('This role-play is closed; your scorecard is the record.')).toBeInTheDocument();
    expect(screen.getByText(mine.strengths[0] ?? '')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('renders nothing for someone who does not observe', () => {
    stubApi({});
    renderWithApp(
      <ObserverScorecard roleplay={buildRoleplay({ status: 'running', round: 1, myRole: 'rep' })} round={1} />,
    );
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});
