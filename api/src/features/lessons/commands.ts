import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  Conflict,
  LESSON_LIMITS,
  ValidationError,
  scoreAttempt,
  type ScoredAttempt,
  type SubmitLessonAttemptBody,
  type WriteLessonBody,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { claimSlot, type SlotSet } from '../../store/slots.js';
import { builtInLesson } from './catalogue/index.js';
import {
  attemptDocId,
  checkVersion,
  lessonDocId,
  progressDocId,
  type LessonAttemptDoc,
  type LessonDoc,
  type LessonProgressDoc,
  type StoredLesson,
  type StoredProgress,
} from './model.js';
import { getLesson, getSpaceLesson, listSpaceLessons } from './queries.js';

const iso = (at: number): string => new Date(at).toISOString();

function lessonSlots(store: DocumentStore, pk: string): SlotSet {
  return {
    pk,
    set: 'lessons',
    max: LESSON_LIMITS.perSpaceMax,
    members: async () => (await listSpaceLessons(store, pk)).map((l) => l.lessonId),
    full: () => new ValidationError(`A space can have at most ${LESSON_LIMITS.perSpaceMax} lessons of its own.`),
  };
}

/** A manager writes a new lesson for their space. */
export async function createLesson(
  store: DocumentStore,
  access: SpaceAccess,
  body: WriteLessonBody,
  now: number = Date.now(),
  lessonId: string = randomUUID(),
): Promise<StoredLesson> {
  const pk = access.space.pk;
  await claimSlot(store, lessonSlots(store, pk), lessonId);
  const at = iso(now);
  return store.create<LessonDoc>({
    id: lessonDocId(lessonId),
    pk,
    type: 'lesson',
    lessonId,
    title: body.title,
    summary: body.summary,
    body: body.body,
    questions: body.questions.map((q) => ({ ...q, choices: [...q.choices] })),
    retiredAt: null,
    createdBy: access.member.userId,
    updatedBy: access.member.userId,
    createdAt: at,
    updatedAt: at,
  });
}

function assertNotBuiltIn(lessonId: string): void {
  if (builtInLesson(lessonId)) {
    throw new Conflict('Built-in lessons are the same in every space and cannot be changed; write one of your own.');
  }
}

/**
 * A manager rewrites one of the space's lessons, guarded by the etag they edited: of two managers
 * saving at once, one wins and the other gets 412 and sees the winner's text.
 */
export async function updateLesson(
  store: DocumentStore,
  access: SpaceAccess,
  lessonId: string,
  body: WriteLessonBody,
  ifMatch: string,
  now: number = Date.now(),
): Promise<StoredLesson> {
  assertNotBuiltIn(lessonId);
  const current = await getSpaceLesson(store, access.space.pk, lessonId);
  const next: LessonDoc = {
    ...current,
    title: body.title,
    summary: body.summary,
    body: body.body,
    questions: body.questions.map((q) => ({ ...q, choices: [...q.choices] })),
    updatedBy: access.member.userId,
    updatedAt: iso(now),
  };
  return store.replace(next, { ifMatch });
}

/** Retires one of the space's lessons (it leaves the lists; passes stay) or brings it back. */
export async function setLessonRetired(
  store: DocumentStore,
  access: SpaceAccess,
  lessonId: string,
  retired: boolean,
  ifMatch: string,
  now: number = Date.now(),
): Promise<StoredLesson> {
  assertNotBuiltIn(lessonId);
  const current = await getSpaceLesson(store, access.space.pk, lessonId);
  const retiredAt = retired ? (current.retiredAt ?? iso(now)) : null;
  return store.replace<LessonDoc>(
    { ...current, retiredAt, updatedBy: access.member.userId, updatedAt: iso(now) },
    { ifMatch },
  );
}

/**
 * Scores one try at a lesson's check on the server, records it, and updates the person's progress.
 * The first pass is kept (passing again later does not move it); tries at once from two tabs are all
 * counted. A retired lesson, or a check changed since it was read, takes no tries (409).
 */
export async function submitAttempt(
  store: DocumentStore,
  access: SpaceAccess,
  lessonId: string,
  body: SubmitLessonAttemptBody,
  now: number = Date.now(),
): Promise<{ scored: ScoredAttempt; progress: StoredProgress }> {
  const pk = access.space.pk;
  const userId = access.member.userId;
  const found = await getLesson(store, pk, lessonId);
  const { lesson } = found;
  if (found.kind === 'space' && found.lesson.retiredAt) throw new Conflict('This lesson is retired.');
  if (body.version !== checkVersion(lesson.questions)) {
    throw new Conflict('The check of this lesson changed since you opened it. Open the lesson again.');
  }
  const scored = scoreAttempt(lesson.questions, body.answers);
  const at = iso(now);
  const attemptId = randomUUID();
  await store.create<LessonAttemptDoc>({
    id: attemptDocId(attemptId),
    pk,
    type: 'lessonAttempt',
    attemptId,
    lessonId,
    userId,
    version: body.version,
    answers: [...body.answers],
    correct: scored.correct,
    total: scored.total,
    passed: scored.passed,
    at,
  });
  const apply = (current: LessonProgressDoc | undefined): LessonProgressDoc => {
    const firstPass = scored.passed && !current?.passed;
    return {
      id: progressDocId(userId, lessonId),
      pk,
      type: 'lessonProgress',
      lessonId,
      userId,
      attempts: (current?.attempts ?? 0) + 1,
      bestCorrect: Math.max(current?.bestCorrect ?? 0, scored.correct),
      passed: Boolean(current?.passed) || scored.passed,
      passedAt: firstPass ? at : (current?.passedAt ?? null),
      title: firstPass ? lesson.title : (current?.title ?? lesson.title),
      updatedAt: at,
    };
  };
  let progress: StoredProgress;
  try {
    progress = await store.create(apply(undefined));
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    progress = await updateWithRetry<LessonProgressDoc>(store, pk, progressDocId(userId, lessonId), (current) => {
      const { _etag: _ignored, ...rest } = current;
      return apply(rest);
    });
  }
  return { scored, progress };
}
