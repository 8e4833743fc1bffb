import { describe, expect, test } from 'vitest';
import { LESSON_LIMITS, parseLessonMarkup, readingMinutes, WriteLessonBody } from '../../../domain/index.js';
import { BUILT_IN_LESSONS } from './index.js';

const words = (s: string): number => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

describe('the built-in lessons', () => {
  test('there are eight, with distinct ids and titles', () => {
    expect(BUILT_IN_LESSONS).toHaveLength(8);
    expect(new Set(BUILT_IN_LESSONS.map((l) => l.id)).size).toBe(8);
    expect(new Set(BUILT_IN_LESSONS.map((l) => l.title)).size).toBe(8);
  });

  test.each(BUILT_IN_LESSONS.map((l) => [l.title, l] as const))('%s reads in about three minutes', (_, lesson) => {
    const count = words(lesson.body);
    expect(count).toBeGreaterThanOrEqual(350);
    expect(count).toBeLessThanOrEqual(500);
    expect(readingMinutes(lesson.body)).toBeGreaterThanOrEqual(2);
    expect(readingMinutes(lesson.body)).toBeLessThanOrEqual(3);
  });

  test.each(BUILT_IN_LESSONS.map((l) => [l.title, l] as const))(
    '%s obeys the rules a manager-written lesson obeys',
    (_, lesson) => {
      const { id: _id, ...body } = lesson;
      expect(WriteLessonBody.safeParse(body).success).toBe(true);
      expect(lesson.questions.length).toBeGreaterThanOrEqual(LESSON_LIMITS.questionsMin);
      expect(lesson.questions.length).toBeLessThanOrEqual(LESSON_LIMITS.questionsMax);
      // Headings and lists in the markup, never HTML.
      const blocks = parseLessonMarkup(lesson.body);
      expect(blocks.some((b) => b.kind === 'heading')).toBe(true);
      expect(blocks.some((b) => b.kind === 'list')).toBe(true);
      expect(lesson.body).not.toMatch(/<[a-z]/i);
    },
  );

  test('the right answers are not always in the same place', () => {
    const positions = new Set(BUILT_IN_LESSONS.flatMap((l) => l.questions.map((q) => q.correct)));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });
});
