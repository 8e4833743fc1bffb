import type { LessonResponse, LessonSourceResponse } from '@coachboard/api/domain';
import { SPACE_ID } from '../../test/factories';

/** A lesson as a reader gets it: three questions, no answer key. */
export function buildLesson(overrides: Partial<LessonResponse> = {}): LessonResponse {
  return {
    id: 'builtin-open-questions',
    spaceId: SPACE_ID,
    title: 'Asking open questions',
    summary: 'Questions that let customers tell you more.',
    builtIn: true,
    minutes: 3,
    questionCount: 3,
    retiredAt: null,
    progress: { attempts: 0, passed: false, passedAt: null, bestCorrect: null },
    body: '# Open questions\n\nAsk **how** and *what*.\n\n- Wait\n- Listen',
    questions: [
      { prompt: 'Which question is open?', choices: ['Is it OK?', 'How is it going?'] },
      { prompt: 'When is a closed question right?', choices: ['To confirm a fact', 'Always'] },
      { prompt: 'The customer goes quiet. Now?', choices: ['Wait', 'Talk'] },
    ],
    version: 'v1',
    maxWrong: 1,
    ...overrides,
  };
}

/** One of the team's own lessons as a manager edits it. */
export function buildSource(overrides: Partial<LessonSourceResponse> = {}): LessonSourceResponse {
  return {
    id: 'l-renewals',
    title: 'Renewals',
    summary: 'What finance sees first.',
    body: 'Finance sees renewal dates first.',
    questions: [0, 1, 2].map((n) => ({
      prompt: `Question ${n + 1}?`,
      choices: ['Yes', 'No'],
      correct: n % 2,
      explanation: `Because ${n + 1}.`,
    })),
    retiredAt: null,
    updatedAt: '2026-12-01T09:00:00.000Z',
    etag: '"v1"',
    ...overrides,
  };
}
