import { createHash } from 'node:crypto';
import type { Stored } from '../../store/port.js';

/** One question of a check with its answer key; stored and scored on the server only. */
export interface LessonQuestion {
  prompt: string;
  choices: string[];
  correct: number;
  explanation: string;
}

/** A lesson a manager wrote for their space. Built-in lessons are not documents (see catalogue/). */
export interface LessonDoc {
  id: string;
  pk: string;
  type: 'lesson';
  lessonId: string;
  title: string;
  summary: string;
  body: string;
  questions: LessonQuestion[];
  retiredAt: string | null;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/**
 * One person's standing with one lesson in one space: how many tries, the best score, and the first
 * pass. One document per person and lesson (deterministic id); every try updates it with retry.
 */
export interface LessonProgressDoc {
  id: string;
  pk: string;
  type: 'lessonProgress';
  lessonId: string;
  userId: string;
  attempts: number;
  bestCorrect: number;
  passed: boolean;
  passedAt: string | null;
  /** The lesson's title when it was passed, so the pass still reads well once the lesson is retired. */
  title: string;
  updatedAt: string;
  [field: string]: unknown;
}

/** One try at a check, as it was answered and scored: the record of attempts per person. */
export interface LessonAttemptDoc {
  id: string;
  pk: string;
  type: 'lessonAttempt';
  attemptId: string;
  lessonId: string;
  userId: string;
  version: string;
  answers: number[];
  correct: number;
  total: number;
  passed: boolean;
  at: string;
  [field: string]: unknown;
}

export type StoredLesson = Stored<LessonDoc>;
export type StoredProgress = Stored<LessonProgressDoc>;

export const lessonDocId = (lessonId: string): string => `lesson|${lessonId}`;
export const progressDocId = (userId: string, lessonId: string): string => `lessonProgress|${userId}|${lessonId}`;
export const attemptDocId = (attemptId: string): string => `lessonAttempt|${attemptId}`;

/**
 * The version of a lesson's check: a hash of its questions and answer key. An attempt names the
 * version it answered; a check changed since (a question reworded, a right answer moved) refuses it.
 * Editing only the text or the title keeps the version, so readers are not sent back for a typo.
 */
export function checkVersion(questions: readonly LessonQuestion[]): string {
  const canonical = JSON.stringify(questions.map((q) => [q.prompt, q.choices, q.correct]));
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22);
}
