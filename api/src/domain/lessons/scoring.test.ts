import { describe, expect, test } from 'vitest';
import { ValidationError } from '../common/errors.js';
import { passMark, readingMinutes, scoreAttempt, type AnswerKey } from './scoring.js';

const key = (correct: number): AnswerKey => ({ choices: ['a', 'b', 'c'], correct, explanation: `because ${correct}` });

describe('lesson check scoring', () => {
  test('the pass mark allows one wrong answer', () => {
    expect([3, 4, 5].map(passMark)).toEqual([2, 3, 4]);
  });

  test('all right passes, one wrong passes, two wrong fail', () => {
    const keys = [key(0), key(1), key(2), key(0)];
    expect(scoreAttempt(keys, [0, 1, 2, 0])).toMatchObject({ correct: 4, total: 4, passed: true });
    expect(scoreAttempt(keys, [0, 1, 2, 1])).toMatchObject({ correct: 3, passed: true });
    expect(scoreAttempt(keys, [0, 1, 0, 1])).toMatchObject({ correct: 2, passed: false });
  });

  test('each result names the chosen and the right choice and why', () => {
    expect(scoreAttempt([key(2), key(0), key(1)], [1, 0, 1]).results).toEqual([
      { chosen: 1, right: 2, correct: false, explanation: 'because 2' },
      { chosen: 0, right: 0, correct: true, explanation: 'because 0' },
      { chosen: 1, right: 1, correct: true, explanation: 'because 1' },
    ]);
  });

  test('too few answers, or a choice the question does not have, is refused', () => {
    expect(() => scoreAttempt([key(0), key(0), key(0)], [0, 0])).toThrow(ValidationError);
    expect(() => scoreAttempt([key(0), key(0), key(0)], [0, 0, 3])).toThrow(/body.answers.2/);
  });

  test('reading time rounds to whole minutes', () => {
    expect(readingMinutes('word '.repeat(420))).toBe(2);
    expect(readingMinutes('word '.repeat(520))).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });
});
