import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lessonMessages } from '../../i18n/en.lessons';
import { withMessages } from '../../i18n/withMessages';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { LessonReader } from './LessonReader';
import { buildLesson } from './testFactories';

const Reader = withMessages(lessonMessages)(LessonReader);
const LESSON = `/api/spaces/${SPACE_ID}/lessons/builtin-open-questions`;

function attemptReply(passed: boolean) {
  return {
    lessonId: 'builtin-open-questions',
    correct: passed ? 3 : 1,
    total: 3,
    passed,
    maxWrong: 1,
    results: [
      { chosen: 1, right: 1, correct: true, explanation: 'It invites a story.' },
      { chosen: passed ? 0 : 1, right: 0, correct: passed, explanation: 'Closed questions confirm facts.' },
      { chosen: passed ? 0 : 1, right: 0, correct: passed, explanation: 'Silence is thinking time.' },
    ],
    progress: { attempts: 1, passed, passedAt: passed ? '2026-12-05T09:00:00.000Z' : null, bestCorrect: 3 },
  };
}

async function answer(user: ReturnType<typeof userEvent.setup>, picks: string[]) {
  for (const [i, pick] of picks.entries()) {
    const group = screen.getByRole('radiogroup', { name: new RegExp(`^Question ${i + 1} of 3`) });
    await user.click(within(group).getByRole('radio', { name: pick }));
  }
}

describe('LessonReader', () => {
  it('shows the lesson, sends the answers with the version read, and shows the server’s result', async () => {
    const requests = stubApi({
      [`GET ${LESSON}`]: { body: buildLesson() },
      [`POST ${LESSON}/attempts`]: { status: 201, body: attemptReply(true) },
    });
    const user = userEvent.setup();
    renderWithApp(<Reader spaceId={SPACE_ID} lessonId="builtin-open-questions" onBack={vi.fn()} />);

    expect(await screen.findByRole('heading', { level: 3, name: 'Asking open questions' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 4, name: 'Open questions' })).toBeInTheDocument();
    expect(screen.getByText(/You pass with at most one wrong answer/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByText('Answer every question first.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toEqual([]);

    await answer(user, ['How is it going?', 'To confirm a fact', 'Wait']);
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));

    expect(await screen.findByText(/Passed: 3 of 3 right/)).toBeInTheDocument();
    expect(screen.getByText('Silence is thinking time.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ version: 'v1', answers: [1, 0, 0] });
  });

  it('names the right answer when one was wrong, and offers another try', async () => {
    stubApi({
      [`GET ${LESSON}`]: { body: buildLesson() },
      [`POST ${LESSON}/attempts`]: { status: 201, body: attemptReply(false) },
    });
    const user = userEvent.setup();
    renderWithApp(<Reader spaceId={SPACE_ID} lessonId="builtin-open-questions" onBack={vi.fn()} />);
    await screen.findByRole('heading', { level: 3, name: 'Asking open questions' });
    await answer(user, ['How is it going?', 'Always', 'Talk']);
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));

    expect(await screen.findByText(/Not passed yet: 1 of 3 right/)).toBeInTheDocument();
    expect(screen.getByText('Not quite. The answer: To confirm a fact')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
  });

  it('tells the reader when the check changed meanwhile (409)', async () => {
    stubApi({
      [`GET ${LESSON}`]: { body: buildLesson() },
      [`POST ${LESSON}/attempts`]: {
        status: 409,
        body: { type: 'about:blank', title: 'Changed.', status: 409, code: 'conflict' },
      },
    });
    const user = userEvent.setup();
    renderWithApp(<Reader spaceId={SPACE_ID} lessonId="builtin-open-questions" onBack={vi.fn()} />);
    await screen.findByRole('heading', { level: 3, name: 'Asking open questions' });
    await answer(user, ['How is it going?', 'Always', 'Talk']);
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(await screen.findByText(/check was changed meanwhile/)).toBeInTheDocument();
  });
});
