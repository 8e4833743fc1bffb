import { can, type LessonPassesResponse, type MyLessonsResponse, type Principal } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { listMySpaces, type StoredSpace } from '../spaces/index.js';
import type { StoredProgress } from './model.js';
import { presentSummary } from './present.js';
import { listLessons, listPasses, listProgress } from './queries.js';

/** The lessons of a space one person sees, with their progress: retired ones only for managers' lists. */
export async function lessonsFor(store: DocumentStore, space: StoredSpace, userId: string, withRetired: boolean) {
  const [lessons, progress] = await Promise.all([listLessons(store, space.pk), listProgress(store, space.pk, userId)]);
  const progressOf = new Map(progress.map((p) => [p.lessonId, p]));
  return lessons
    .filter((l) => withRetired || l.kind === 'builtIn' || !l.lesson.retiredAt)
    .map((l) =>
      presentSummary(l, space.spaceId, progressOf.get(l.kind === 'builtIn' ? l.lesson.id : l.lesson.lessonId)),
    );
}

/** "My lessons": per space I am in, the lessons I can take and how far I got (two queries a space). */
export async function myLessons(store: DocumentStore, principal: Principal): Promise<MyLessonsResponse> {
  const spaces: MyLessonsResponse['spaces'] = [];
  for (const space of await listMySpaces(store, principal)) {
    const me = space.members.find((m) => m.userId === principal.userId);
    if (!me || !can(me.role, 'lessons.read')) continue;
    spaces.push({
      spaceId: space.spaceId,
      spaceName: space.name,
      role: me.role,
      lessons: await lessonsFor(store, space, principal.userId, false),
    });
  }
  return { spaces };
}

/** The lessons each current member of a space has passed, newest pass first (one query). */
export async function memberPasses(store: DocumentStore, space: StoredSpace): Promise<LessonPassesResponse> {
  const passes = await listPasses(store, space.pk);
  const byUser = new Map<string, StoredProgress[]>();
  for (const pass of passes) byUser.set(pass.userId, [...(byUser.get(pass.userId) ?? []), pass]);
  return {
    items: space.members
      .filter((m) => byUser.has(m.userId))
      .map((m) => ({
        userId: m.userId,
        passes: (byUser.get(m.userId) ?? [])
          .map((p) => ({ lessonId: p.lessonId, title: p.title, passedAt: p.passedAt ?? p.updatedAt }))
          .sort((a, b) => b.passedAt.localeCompare(a.passedAt)),
      })),
  };
}
