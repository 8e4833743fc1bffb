import type { SpaceAccess } from '../../auth/policy.js';
import type { DocumentStore } from '../../store/port.js';
import { builtInLesson } from './catalogue/index.js';
import { submitAttempt } from './commands.js';
import { checkVersion, progressDocId } from './model.js';

const DAY = 24 * 60 * 60_000;
const DEMO_LESSON_ID = 'builtin-listening-for-needs';

/**
 * Isaiah (contributor) passed "Listening for needs" two days ago, at the second try: his pass shows
 * beside him in the team and in his personal tab. Idempotent: skipped once he has tried it.
 */
export async function seedLessonsDemo(store: DocumentStore, access: SpaceAccess, now: number): Promise<void> {
  const isaiah = access.space.members.find((m) => m.userId === 'u-isaiah');
  const lesson = builtInLesson(DEMO_LESSON_ID);
  if (!isaiah || !lesson) return;
  if (await store.read(access.space.pk, progressDocId(isaiah.userId, DEMO_LESSON_ID))) return;
  const asIsaiah: SpaceAccess = { space: access.space, member: isaiah };
  const version = checkVersion(lesson.questions);
  const right = lesson.questions.map((q) => q.correct);
  // First try: two wrong (one more than a pass allows); second try: all right.
  const first = right.map((c, i) => (i < 2 ? (c + 1) % (lesson.questions[i]?.choices.length ?? 2) : c));
  await submitAttempt(store, asIsaiah, DEMO_LESSON_ID, { version, answers: first }, now - 2 * DAY - 30 * 60_000);
  await submitAttempt(store, asIsaiah, DEMO_LESSON_ID, { version, answers: right }, now - 2 * DAY);
}
