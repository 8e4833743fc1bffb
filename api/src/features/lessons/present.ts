import {
  LESSON_PASS_RULE,
  readingMinutes,
  type LessonAttemptResponse,
  type LessonProgress,
  type LessonResponse,
  type LessonSourceResponse,
  type LessonSummary,
  type ScoredAttempt,
} from '../../domain/index.js';
import { checkVersion, type LessonProgressDoc, type StoredLesson } from './model.js';
import type { AnyLesson } from './queries.js';

const NO_PROGRESS: LessonProgress = { attempts: 0, passed: false, passedAt: null, bestCorrect: null };

export function presentProgress(progress: LessonProgressDoc | undefined): LessonProgress {
  if (!progress) return { ...NO_PROGRESS };
  return {
    attempts: progress.attempts,
    passed: progress.passed,
    passedAt: progress.passedAt,
    bestCorrect: progress.bestCorrect,
  };
}

/** A lesson in lists, with the viewer's progress. */
export function presentSummary(
  { kind, lesson }: AnyLesson,
  spaceId: string,
  progress: LessonProgressDoc | undefined,
): LessonSummary {
  return {
    id: kind === 'builtIn' ? lesson.id : lesson.lessonId,
    spaceId,
    title: lesson.title,
    summary: lesson.summary,
    builtIn: kind === 'builtIn',
    minutes: readingMinutes(lesson.body),
    questionCount: lesson.questions.length,
    retiredAt: kind === 'space' ? lesson.retiredAt : null,
    progress: presentProgress(progress),
  };
}

/** A lesson to read and a check to take: the questions and their choices, never the answer key. */
export function presentLesson(
  found: AnyLesson,
  spaceId: string,
  progress: LessonProgressDoc | undefined,
): LessonResponse {
  const { lesson } = found;
  return {
    ...presentSummary(found, spaceId, progress),
    body: lesson.body,
    questions: lesson.questions.map((q) => ({ prompt: q.prompt, choices: [...q.choices] })),
    version: checkVersion(lesson.questions),
    maxWrong: LESSON_PASS_RULE.maxWrong,
  };
}

/** One of the space's lessons as its managers edit it, answer key included. */
export function presentSource(lesson: StoredLesson): LessonSourceResponse {
  return {
    id: lesson.lessonId,
    title: lesson.title,
    summary: lesson.summary,
    body: lesson.body,
    questions: lesson.questions.map((q) => ({ ...q, choices: [...q.choices] })),
    retiredAt: lesson.retiredAt,
    updatedAt: lesson.updatedAt,
    etag: lesson._etag,
  };
}

export function presentAttempt(
  lessonId: string,
  scored: ScoredAttempt,
  progress: LessonProgressDoc,
): LessonAttemptResponse {
  return {
    lessonId,
    correct: scored.correct,
    total: scored.total,
    passed: scored.passed,
    maxWrong: LESSON_PASS_RULE.maxWrong,
    results: scored.results.map((r) => ({ ...r })),
    progress: presentProgress(progress),
  };
}
