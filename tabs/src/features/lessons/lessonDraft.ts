import { LESSON_LIMITS, WriteLessonBody, type LessonSourceResponse } from '@coachboard/api/domain';

/** A question while it is being written: choices as typed, the right one by index. */
export interface QuestionDraft {
  prompt: string;
  choices: string[];
  correct: number;
  explanation: string;
}

/** A lesson while it is being written. */
export interface LessonDraft {
  title: string;
  summary: string;
  body: string;
  questions: QuestionDraft[];
}

export const emptyQuestion = (): QuestionDraft => ({ prompt: '', choices: ['', '', ''], correct: 0, explanation: '' });

/** A new lesson starts with the smallest check allowed. */
export function emptyDraft(): LessonDraft {
  return {
    title: '',
    summary: '',
    body: '',
    questions: Array.from({ length: LESSON_LIMITS.questionsMin }, emptyQuestion),
  };
}

export function draftOf(source: LessonSourceResponse): LessonDraft {
  return {
    title: source.title,
    summary: source.summary,
    body: source.body,
    questions: source.questions.map((q) => ({ ...q, choices: [...q.choices] })),
  };
}

/** The request body, or null while something required is missing or too long (the server checks the same rules). */
export function bodyOf(draft: LessonDraft): WriteLessonBody | null {
  const parsed = WriteLessonBody.safeParse(draft);
  return parsed.success ? parsed.data : null;
}
