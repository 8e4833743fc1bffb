import { z } from 'zod';
import { Id } from '../common/contract.js';
import { text } from '../common/text.js';
import { Role, SpaceParams } from '../spaces/contract.js';

/** Sizes of lessons and their checks. */
export const LESSON_LIMITS = {
  titleMax: 120,
  summaryMax: 300,
  bodyMax: 12_000,
  questionsMin: 3,
  questionsMax: 5,
  promptMax: 300,
  choicesMin: 2,
  choicesMax: 5,
  choiceMax: 200,
  explanationMax: 600,
  /** Lessons a space may write for itself (retired ones included). */
  perSpaceMax: 100,
} as const;
const L = LESSON_LIMITS;

export const LessonParams = SpaceParams.extend({ lessonId: Id });
export type LessonParams = z.infer<typeof LessonParams>;

/** One question of a lesson's check as its author writes it: the choices, the right one, and why. */
export const LessonQuestionBody = z
  .strictObject({
    prompt: text(L.promptMax),
    choices: z.array(text(L.choiceMax)).min(L.choicesMin).max(L.choicesMax),
    /** The index of the right choice. */
    correct: z
      .number()
      .int()
      .min(0)
      .max(L.choicesMax - 1),
    explanation: text(L.explanationMax, { multiline: true }),
  })
  .refine((q) => q.correct < q.choices.length, { message: 'must name one of the choices', path: ['correct'] });
export type LessonQuestionBody = z.infer<typeof LessonQuestionBody>;

/**
 * A lesson a manager writes for their space: a title, a one-line summary, the text in the lesson
 * markup (paragraphs, `#` headings, `-` and `1.` lists, `**strong**` and `*emphasis*`; never HTML) and a check.
 */
export const WriteLessonBody = z.strictObject({
  title: text(L.titleMax),
  summary: text(L.summaryMax),
  body: text(L.bodyMax, { multiline: true }),
  questions: z.array(LessonQuestionBody).min(L.questionsMin).max(L.questionsMax),
});
export type WriteLessonBody = z.infer<typeof WriteLessonBody>;

/** Retires a lesson (it leaves the lists; passes stay) or brings it back. */
export const RetireLessonBody = z.strictObject({ retired: z.boolean() });
export type RetireLessonBody = z.infer<typeof RetireLessonBody>;

/**
 * A try at a lesson's check: one chosen index per question, in order, and the version of the lesson
 * that was read (a check changed since is refused with 409, so nobody is scored on questions they never saw).
 */
export const SubmitLessonAttemptBody = z.strictObject({
  version: z.string().min(1).max(200),
  answers: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(L.choicesMax - 1),
    )
    .min(L.questionsMin)
    .max(L.questionsMax),
});
export type SubmitLessonAttemptBody = z.infer<typeof SubmitLessonAttemptBody>;

/** How one person stands with one lesson. */
export const LessonProgress = z.object({
  attempts: z.number().int(),
  passed: z.boolean(),
  passedAt: z.string().nullable(),
  bestCorrect: z.number().int().nullable(),
});
export type LessonProgress = z.infer<typeof LessonProgress>;

/** A lesson in lists. */
export const LessonSummary = z.object({
  id: z.string(),
  spaceId: z.string(),
  title: z.string(),
  summary: z.string(),
  builtIn: z.boolean(),
  minutes: z.number().int(),
  questionCount: z.number().int(),
  retiredAt: z.string().nullable(),
  progress: LessonProgress,
});
export type LessonSummary = z.infer<typeof LessonSummary>;

export const LessonListResponse = z.object({ items: z.array(LessonSummary) });
export type LessonListResponse = z.infer<typeof LessonListResponse>;

/** A lesson as a reader gets it: the text and the check's questions, never which choice is right. */
export const LessonResponse = LessonSummary.extend({
  body: z.string(),
  questions: z.array(z.object({ prompt: z.string(), choices: z.array(z.string()) })),
  /** Sent back with an attempt. */
  version: z.string(),
  /** Wrong answers a pass allows. */
  maxWrong: z.number().int(),
});
export type LessonResponse = z.infer<typeof LessonResponse>;

/** A lesson of the space as its managers edit it, right answers included. */
export const LessonSourceResponse = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  questions: z.array(
    z.object({ prompt: z.string(), choices: z.array(z.string()), correct: z.number(), explanation: z.string() }),
  ),
  retiredAt: z.string().nullable(),
  updatedAt: z.string(),
  etag: z.string(),
});
export type LessonSourceResponse = z.infer<typeof LessonSourceResponse>;

/** A scored try: per question whether it was right, the right choice and why, and the progress after it. */
export const LessonAttemptResponse = z.object({
  lessonId: z.string(),
  correct: z.number().int(),
  total: z.number().int(),
  passed: z.boolean(),
  maxWrong: z.number().int(),
  results: z.array(
    z.object({ chosen: z.number().int(), right: z.number().int(), correct: z.boolean(), explanation: z.string() }),
  ),
  progress: LessonProgress,
});
export type LessonAttemptResponse = z.infer<typeof LessonAttemptResponse>;

/** Lessons each member of a space has passed: shown beside them in the member list. */
export const LessonPassesResponse = z.object({
  items: z.array(
    z.object({
      userId: z.string(),
      passes: z.array(z.object({ lessonId: z.string(), title: z.string(), passedAt: z.string() })),
    }),
  ),
});
export type LessonPassesResponse = z.infer<typeof LessonPassesResponse>;

/** "My lessons", per space I am in. */
export const MyLessonsResponse = z.object({
  spaces: z.array(
    z.object({ spaceId: z.string(), spaceName: z.string(), role: Role, lessons: z.array(LessonSummary) }),
  ),
});
export type MyLessonsResponse = z.infer<typeof MyLessonsResponse>;
