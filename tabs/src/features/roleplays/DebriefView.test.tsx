import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { DebriefView } from './DebriefView';
import {
  buildDebrief,
  buildDebriefRound,
  buildObserverCard,
  CHECK_DRAFT,
  checkDraftReply,
  DEBRIEF,
  POST_QUESTION,
  PUT_NEXT_STEP,
} from './debriefFactories';
import { buildRoleplay } from './testFactories';

const MEGAN = { userId: 'u-megan', name: 'Megan Bowen' };

/** Megan is the rep; the role-play is in its debrief. */
const repRoleplay = () =>
  buildRoleplay({
    status: 'debrief',
    round: 1,
    rep: MEGAN,
    customer: { userId: 'u-alex', name: 'Alex Wilber' },
    myRole: 'rep',
    canCoach: false,
    canRun: false,
  });

/** Megan manages the space and watched Alex play the rep. */
const managerRoleplay = () => buildRoleplay({ status: 'debrief', round: 1, canCoach: true });

const scoredRound = (selfAssessed: boolean) =>
  buildDebriefRound({
    selfAssessment: selfAssessed
      ? {
          ratings: [{ criterion: 'priceObjections', rating: 3 }],
          strengths: ['Held the price.'],
          developments: ['Ask for a date.'],
          submittedAt: '2026-03-10T10:09:00.000Z',
        }
      : null,
    feedbackWithheld: !selfAssessed,
    criteria: [
      {
        criterion: 'priceObjections',
        label: 'Handling price objections',
        selfRating: selfAssessed ? 3 : null,
        feedback: selfAssessed ? [buildObserverCard()] : [],
      },
      { criterion: 'nextStepClose', label: 'Next-step close', selfRating: null, feedback: [] },
    ],
  });

describe('DebriefView', () => {
  it('asks the rep to assess themselves before showing the observers’ feedback', async () => {
    stubApi({ [DEBRIEF]: { body: buildDebrief({ access: 'rep', rep: MEGAN, rounds: [scoredRound(false)] }) } });
    renderWithApp(<DebriefView roleplay={repRoleplay()} density="panel" />);

    expect(await screen.findByText('Assess yourself first; the observers’ feedback then appears.')).toBeInTheDocument();
    expect(screen.getByText('Feedback from the observers is waiting for you.')).toBeInTheDocument();
    expect(screen.queryByText(/Isaiah Langer/)).not.toBeInTheDocument();
  });

  it('shows the rep their self rating next to the observers’ feedback once assessed', async () => {
    stubApi({ [DEBRIEF]: { body: buildDebrief({ access: 'rep', rep: MEGAN, rounds: [scoredRound(true)] }) } });
    renderWithApp(<DebriefView roleplay={repRoleplay()} density="panel" />);

    const criterion = (await screen.findByRole('heading', { name: 'Handling price objections' })).closest('li')!;
    expect(within(criterion).getByText('Self-assessment: 3 · Solid')).toBeInTheDocument();
    expect(within(criterion).getByText('Isaiah Langer: 2 · Developing')).toBeInTheDocument();
    expect(within(criterion).getByRole('list', { name: 'Strengths' })).toHaveTextContent(
      'Asked what the 30% was compared with before answering.',
    );
    expect(within(criterion).getByRole('list', { name: 'Development points' })).toHaveTextContent(
      'Tie the price back to the go-live date she mentioned.',
    );
    expect(screen.queryByText('Assess yourself first; the observers’ feedback then appears.')).not.toBeInTheDocument();
  });

  it('lets a manager ask a coaching question', async () => {
    const question = 'What did you notice when she mentioned the budget?';
    const requests = stubApi({
      [DEBRIEF]: { body: buildDebrief({ rounds: [scoredRound(true)] }) },
      [CHECK_DRAFT]: checkDraftReply,
      [POST_QUESTION]: {
        status: 201,
        body: buildDebrief({
          rounds: [scoredRound(true)],
          coachingQuestions: [
            { id: 'q-1', text: question, askedBy: MEGAN, askedAt: '2026-03-10T10:12:00.000Z', etag: '"q-1"' },
          ],
        }),
      },
    });
    const user = userEvent.setup();
    renderWithApp(<DebriefView roleplay={managerRoleplay()} density="panel" />);

    const field = await screen.findByRole('textbox', { name: 'Coaching question' });
    await user.type(field, 'Why didn’t you ask about the budget?');
    expect(await screen.findByText(/This carries the answer/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, question);
    await user.click(screen.getByRole('button', { name: 'Ask question' }));

    await expect
      .poll(() => requests.find((r) => r.method === 'POST' && r.path.endsWith('/coaching-questions'))?.body)
      .toEqual({
        text: question,
      });
    const list = await screen.findByRole('list', { name: 'Coaching questions' });
    expect(within(list).getByText(question)).toBeInTheDocument();
    expect(field).toHaveValue('');
  });

  it('lets the rep choose their next step', async () => {
    const requests = stubApi({
      [DEBRIEF]: { body: buildDebrief({ access: 'rep', rep: MEGAN, rounds: [scoredRound(true)] }) },
      [PUT_NEXT_STEP]: {
        body: buildDebrief({
          access: 'rep',
          rep: MEGAN,
          rounds: [scoredRound(true)],
          nextStep: {
            text: 'Ask what the price is compared with before answering.',
            criterion: 'priceObjections',
            dueDate: '2026-03-24',
            setAt: '2026-03-10T10:15:00.000Z',
          },
        }),
      },
    });
    const user = userEvent.setup();
    renderWithApp(<DebriefView roleplay={repRoleplay()} density="panel" />);

    await user.type(
      await screen.findByRole('textbox', { name: 'What I will do next' }),
      'Ask what the price is compared with before answering.',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Criterion it works on (optional)' }),
      'Handling price objections',
    );
    await user.type(screen.getByLabelText('Due date (optional)'), '2026-03-24');
    await user.click(screen.getByRole('button', { name: 'Save my next step' }));

    await expect
      .poll(() => requests.find((r) => r.method === 'PUT')?.body)
      .toEqual({
        text: 'Ask what the price is compared with before answering.',
        criterion: 'priceObjections',
        dueDate: '2026-03-24',
      });
    expect(await screen.findByText('Saved to your personal tab.')).toBeInTheDocument();
    expect(screen.getByText('Works on: Handling price objections')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update my next step' })).toBeInTheDocument();
  });

  it('shows a peer only the coaching questions', async () => {
    stubApi({
      [DEBRIEF]: {
        body: buildDebrief({
          access: 'none',
          rounds: [],
          coachingQuestions: [
            {
              id: 'q-1',
              text: 'What options did you see?',
              askedBy: MEGAN,
              askedAt: '2026-03-10T10:12:00.000Z',
              etag: '"q-1"',
            },
          ],
        }),
      },
    });
    renderWithApp(
      <DebriefView roleplay={buildRoleplay({ status: 'debrief', round: 1, canCoach: false })} density="stage" />,
    );

    expect(await screen.findByText('What options did you see?')).toBeInTheDocument();
    expect(
      screen.getByText('The scores are shared with Alex Wilber and the team’s managers only.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Self-assessment/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /next step/i })).not.toBeInTheDocument();
  });

  it('shows an observer only their own cards', async () => {
    stubApi({
      [DEBRIEF]: {
        body: buildDebrief({
          access: 'observer',
          rounds: [
            buildDebriefRound({
              criteria: [
                {
                  criterion: 'priceObjections',
                  label: 'Handling price objections',
                  selfRating: null,
                  feedback: [buildObserverCard({ observer: MEGAN })],
                },
              ],
            }),
          ],
        }),
      },
    });
    renderWithApp(
      <DebriefView roleplay={buildRoleplay({ status: 'debrief', round: 1, canCoach: false })} density="panel" />,
    );

    expect(await screen.findByRole('heading', { name: 'Your scorecards: round 1' })).toBeInTheDocument();
    expect(screen.getByText('Megan Bowen: 2 · Developing')).toBeInTheDocument();
    expect(screen.queryByText(/Self-assessment/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Next-step close' })).not.toBeInTheDocument();
  });

  it('is read-only on the stage', async () => {
    stubApi({ [DEBRIEF]: { body: buildDebrief({ rounds: [scoredRound(true)] }) } });
    renderWithApp(<DebriefView roleplay={managerRoleplay()} density="stage" />);

    expect(await screen.findByText('Isaiah Langer: 2 · Developing')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
