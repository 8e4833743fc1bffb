import { ValidationError } from '../common/errors.js';

/**
 * The pass rule of every lesson check: at most one wrong answer (3 of 3 or 2 of 3, 3 of 4, 4 of 5).
 * One rule for all lessons, so a pass means the same everywhere.
 */
export const LESSON_PASS_RULE = { maxWrong: 1 } as const;

/** Right answers a check of `total` questions needs to pass. */
export function passMark(total: number): number {
  return Math.max(1, total - LESSON_PASS_RULE.maxWrong);
}

/** What the server knows about one question: the right choice, how many choices, and why. */
export interface AnswerKey {
  choices: readonly unknown[];
  correct: number;
  explanation: string;
}

export interface ScoredAttempt {
  correct: number;
  total: number;
  passed: boolean;
  results: { chosen: number; right: number; correct: boolean; explanation: string }[];
}

/**
 * Scores one try at a check: one answer per question, each naming one of that question's choices
 * (anything else is a 400, never a silent wrong answer).
 */
export function scoreAttempt(keys: readonly AnswerKey[], answers: readonly number[]): ScoredAttempt {
  if (answers.length !== keys.length) {
    throw new ValidationError(`body.answers: must hold one answer per question (${keys.length})`, [
      { field: 'body.answers', message: `must hold ${keys.length} answers` },
    ]);
  }
  const results = keys.map((key, i) => {
    const chosen = answers[i] ?? -1;
    if (!Number.isInteger(chosen) || chosen < 0 || chosen >= key.choices.length) {
      throw new ValidationError(`body.answers.${i}: must name one of the ${key.choices.length} choices`, [
        { field: `body.answers.${i}`, message: `must be between 0 and ${key.choices.length - 1}` },
      ]);
    }
    return { chosen, right: key.correct, correct: chosen === key.correct, explanation: key.explanation };
  });
  const correct = results.filter((r) => r.correct).length;
  return { correct, total: keys.length, passed: correct >= passMark(keys.length), results };
}

/** Reading time in whole minutes (200 words a minute, at least one). */
export function readingMinutes(body: string): number {
  const words = body.split(/\s+/).filter((w) => /\w/.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}
