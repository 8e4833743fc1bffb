import { LESSON_LIMITS, NotFound } from '../../domain/index.js';
import { queryAll } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { BUILT_IN_LESSONS, builtInLesson, type BuiltInLesson } from './catalogue/index.js';
import {
  lessonDocId,
  type LessonDoc,
  type LessonProgressDoc,
  type StoredLesson,
  type StoredProgress,
} from './model.js';

/** A lesson as the feature handles it: one of the catalogue's, or one a manager wrote for the space. */
export type AnyLesson = { kind: 'builtIn'; lesson: BuiltInLesson } | { kind: 'space'; lesson: StoredLesson };

/** The lessons a manager wrote for a space, retired ones included. */
export async function listSpaceLessons(store: DocumentStore, pk: string): Promise<StoredLesson[]> {
  return queryAll<LessonDoc>(store, pk, { type: 'lesson', limit: LESSON_LIMITS.perSpaceMax });
}

/** Every lesson of a space: the built-in ones first, then the space's own (oldest first). */
export async function listLessons(store: DocumentStore, pk: string): Promise<AnyLesson[]> {
  const own = (await listSpaceLessons(store, pk)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return [
    ...BUILT_IN_LESSONS.map((lesson): AnyLesson => ({ kind: 'builtIn', lesson })),
    ...own.map((lesson): AnyLesson => ({ kind: 'space', lesson })),
  ];
}

/** One lesson of a space (built-in or the space's own), or 404. */
export async function getLesson(store: DocumentStore, pk: string, lessonId: string): Promise<AnyLesson> {
  const builtIn = builtInLesson(lessonId);
  if (builtIn) return { kind: 'builtIn', lesson: builtIn };
  const own = await store.read<LessonDoc>(pk, lessonDocId(lessonId));
  if (!own) throw new NotFound('lesson');
  return { kind: 'space', lesson: own };
}

/** One of the space's own lessons, or 404 (built-in lessons are not edited). */
export async function getSpaceLesson(store: DocumentStore, pk: string, lessonId: string): Promise<StoredLesson> {
  const own = await store.read<LessonDoc>(pk, lessonDocId(lessonId));
  if (!own) throw new NotFound('lesson');
  return own;
}

/** One person's progress on every lesson of a space (one query). */
export async function listProgress(store: DocumentStore, pk: string, userId: string): Promise<StoredProgress[]> {
  return queryAll<LessonProgressDoc>(store, pk, { type: 'lessonProgress', where: { userId }, limit: 500 });
}

/** Every pass in a space (one query): at most one per member and lesson. */
export async function listPasses(store: DocumentStore, pk: string): Promise<StoredProgress[]> {
  return queryAll<LessonProgressDoc>(store, pk, { type: 'lessonProgress', where: { passed: true }, limit: 1000 });
}
