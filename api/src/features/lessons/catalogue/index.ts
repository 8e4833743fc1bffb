import { LISTENING_LESSONS } from './listening.js';
import { NOTICING_LESSONS } from './noticing.js';
import type { BuiltInLesson } from './types.js';

export type { BuiltInLesson } from './types.js';

/**
 * The consultative-skills lessons every space has, for colleagues outside sales (service, support,
 * finance, delivery): principle 9, "leverage your non-sales resources". Server-side only, so the
 * tabs never carry the right answers.
 */
export const BUILT_IN_LESSONS: readonly BuiltInLesson[] = [...LISTENING_LESSONS, ...NOTICING_LESSONS];

export function builtInLesson(id: string): BuiltInLesson | undefined {
  return BUILT_IN_LESSONS.find((lesson) => lesson.id === id);
}
