/** A lesson that ships with Coachboard: the same in every space, written here in the lesson markup. */
export interface BuiltInLesson {
  /** Stable across releases (passes refer to it); starts with `builtin-` so it never meets a space's own ids. */
  id: `builtin-${string}`;
  title: string;
  summary: string;
  body: string;
  questions: { prompt: string; choices: string[]; correct: number; explanation: string }[];
}

/** Joins the lines of a lesson body (kept one paragraph or item per line in the source). */
export const lines = (...parts: string[]): string => parts.join('\n');
