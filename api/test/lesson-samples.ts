import { RetireLessonBody, SubmitLessonAttemptBody, WriteLessonBody } from '../src/domain/index.js';
import { builtInLesson } from '../src/features/lessons/catalogue/index.js';
import { checkVersion } from '../src/features/lessons/model.js';
import { api } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** The built-in lesson the samples take the check of. */
export const SAMPLE_BUILT_IN = 'builtin-open-questions';

/** A lesson a manager could write: three questions, the right answers at 1, 0, 2. */
export function buildLessonBody(overrides: Partial<WriteLessonBody> = {}): WriteLessonBody {
  return {
    title: 'Noticing a renewal coming',
    summary: 'What finance sees before a contract ends.',
    body: '# Why it matters\n\nFinance sees **renewal dates** first.\n\n- Note the date\n- Tell the account owner',
    questions: [
      { prompt: 'Who sees renewal dates first?', choices: ['Sales', 'Finance'], correct: 1, explanation: 'Invoices.' },
      { prompt: 'What do you note?', choices: ['The date', 'The weather'], correct: 0, explanation: 'Timing.' },
      {
        prompt: 'Whom do you tell?',
        choices: ['Nobody', 'The customer', 'The account owner'],
        correct: 2,
        explanation: 'They act on it.',
      },
    ],
    ...overrides,
  };
}

/** A right-answered try at a built-in lesson's check. */
export function buildAttemptBody(lessonId = SAMPLE_BUILT_IN): SubmitLessonAttemptBody {
  const lesson = builtInLesson(lessonId);
  if (!lesson) throw new Error(`no built-in lesson ${lessonId}`);
  return { version: checkVersion(lesson.questions), answers: lesson.questions.map((q) => q.correct) };
}

/** Megan writes a lesson in the space under test. */
export async function writeLesson(
  ctx: PrepareContext,
  body = buildLessonBody(),
): Promise<{ id: string; etag: string }> {
  const res = await api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/lessons`, { token: ctx.token, body });
  if (res.status !== 201) throw new Error(`lesson not written: ${res.status} ${res.text}`);
  return { id: (res.json as { id: string }).id, etag: String(res.headers.etag) };
}

async function oneLesson(ctx: PrepareContext): Promise<Prepared> {
  const { id, etag } = await writeLesson(ctx);
  return { params: { lessonId: id }, etag };
}

const builtIn = (): Promise<Prepared> => Promise.resolve({ params: { lessonId: SAMPLE_BUILT_IN } });

export const LESSON_SAMPLES: Record<string, RouteSample> = {
  'lessons-list': {},
  'lessons-create': { schema: WriteLessonBody, body: () => buildLessonBody() },
  'lessons-get': { prepare: builtIn },
  'lesson-source-get': { prepare: oneLesson },
  'lessons-update': {
    schema: WriteLessonBody,
    body: () => buildLessonBody({ title: 'Noticing a renewal coming (edited)' }),
    ifMatch: true,
    prepare: oneLesson,
  },
  'lesson-retired-put': {
    schema: RetireLessonBody,
    body: () => ({ retired: true }),
    ifMatch: true,
    prepare: oneLesson,
  },
  'lesson-attempts-create': { schema: SubmitLessonAttemptBody, body: () => buildAttemptBody(), prepare: builtIn },
  'lesson-passes-list': {},
  'my-lessons-get': {},
};
