import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { SelfAssessmentForm } from './SelfAssessmentForm';
import {
  buildDebrief,
  buildDebriefRound,
  buildSelfAssessmentResponse,
  CHECK_DRAFT,
  checkDraftReply,
  DEBRIEF,
  POST_SELF,
} from './debriefFactories';
import { buildRoleplay } from './testFactories';

/** Megan played the rep; round 1 is over. */
const asRep = (overrides: Parameters<typeof buildRoleplay>[0] = {}) =>
  buildRoleplay({
    status: 'roundEnded',
    round: 1,
    rep: { userId: 'u-megan', name: 'Megan Bowen' },
    customer: { userId: 'u-alex', name: 'Alex Wilber' },
    myRole: 'rep',
    ...overrides,
  });

describe('SelfAssessmentForm', () => {
  it('sends a rating per criterion with strengths and developments, then shows it is done', async () => {
    const sent = buildSelfAssessmentResponse();
    let assessed = false;
    const requests = stubApi({
      [DEBRIEF]: () => ({
        body: buildDebrief({
          access: 'rep',
          status: 'roundEnded',
          rep: { userId: 'u-megan', name: 'Megan Bowen' },
          rounds: [
            buildDebriefRound({
              feedbackWithheld: !assessed,
              selfAssessment: assessed
                ? {
                    ratings: sent.ratings,
                    strengths: sent.strengths,
                    developments: sent.developments,
                    submittedAt: sent.submittedAt,
                  }
                : null,
            }),
          ],
        }),
      }),
      [CHECK_DRAFT]: checkDraftReply,
      [POST_SELF]: () => {
        assessed = true;
        return { status: 201, body: sent };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<SelfAssessmentForm roleplay={asRep()} round={1} />);

    expect(await screen.findByRole('heading', { name: 'Assess yourself: round 1' })).toBeInTheDocument();
    const price = screen.getByRole('radiogroup', { name: 'Your rating for Handling price objections' });
    const close = screen.getByRole('radiogroup', { name: 'Your rating for Next-step close' });
    await user.click(within(price).getByRole('radio', { name: /^2 · Developing/ }));
    await user.click(within(close).getByRole('radio', { name: /^3 · Solid/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Strength 1' }),
      'Held the price and asked what it was compared with.',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Development point 1' }),
      'Ask for a dated next meeting before hanging up.',
    );
    await user.click(screen.getByRole('button', { name: 'Submit self-assessment' }));

    await expect
      .poll(() => requests.find((r) => r.method === 'POST' && r.path.endsWith('/self-assessments'))?.body)
      .toEqual({
        round: 1,
        ratings: [
          { criterion: 'priceObjections', rating: 2 },
          { criterion: 'nextStepClose', rating: 3 },
        ],
        strengths: sent.strengths,
        developments: sent.developments,
      });
    expect(await screen.findByRole('heading', { name: 'Your self-assessment: round 1' })).toBeInTheDocument();
    expect(screen.getByText(/The observers’ feedback for round 1 now shows in the debrief/)).toBeInTheDocument();
    expect(screen.getByText('Next-step close: 3 · Solid')).toBeInTheDocument();
  });

  it('asks for every rating before sending', async () => {
    const requests = stubApi({
      [DEBRIEF]: { body: buildDebrief({ access: 'rep', status: 'roundEnded' }) },
      [CHECK_DRAFT]: checkDraftReply,
    });
    const user = userEvent.setup();
    renderWithApp(<SelfAssessmentForm roleplay={asRep()} round={1} />);

    await user.click(await screen.findByRole('button', { name: 'Submit self-assessment' }));

    expect(screen.getByRole('radiogroup', { name: 'Your rating for Next-step close' })).toHaveAccessibleDescription(
      expect.stringContaining('Rate yourself on Next-step close.'),
    );
    expect(requests.some((r) => r.method === 'POST' && r.path.endsWith('/self-assessments'))).toBe(false);
  });

  it('waits for the round to end', () => {
    stubApi({ [DEBRIEF]: { body: buildDebrief({ access: 'rep', status: 'running' }) } });
    renderWithApp(<SelfAssessmentForm roleplay={asRep({ status: 'running' })} round={1} />);

    expect(screen.getByText('You assess round 1 once it is over.')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});
