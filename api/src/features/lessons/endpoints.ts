import {
  LessonParams,
  RetireLessonBody,
  SpaceParams,
  SubmitLessonAttemptBody,
  WriteLessonBody,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import { createLesson, setLessonRetired, submitAttempt, updateLesson } from './commands.js';
import { progressDocId, type LessonProgressDoc } from './model.js';
import { presentAttempt, presentLesson, presentSource } from './present.js';
import { getLesson, getSpaceLesson } from './queries.js';
import { lessonsFor, memberPasses, myLessons } from './reports.js';

const LESSONS = 'spaces/{spaceId}/lessons';
const LESSON = `${LESSONS}/{lessonId}`;

export const lessonsList = defineEndpoint({
  name: 'lessons-list',
  method: 'GET',
  route: LESSONS,
  access: { space: 'lessons.read' },
  params: SpaceParams,
  async run({ access: { space, member }, services }) {
    // Managers also see retired lessons, to bring them back; everyone else only the ones to take.
    return { body: { items: await lessonsFor(services.store, space, member.userId, member.role === 'manager') } };
  },
});

export const lessonsCreate = defineEndpoint({
  name: 'lessons-create',
  method: 'POST',
  route: LESSONS,
  access: { space: 'lessons.write' },
  params: SpaceParams,
  body: WriteLessonBody,
  async run({ access, body, services }) {
    const source = presentSource(await createLesson(services.store, access, body));
    return { status: 201, body: source, etag: source.etag };
  },
});

export const lessonsGet = defineEndpoint({
  name: 'lessons-get',
  method: 'GET',
  route: LESSON,
  access: { space: 'lessons.read' },
  params: LessonParams,
  async run({ access: { space, member }, params, services }) {
    const [found, progress] = await Promise.all([
      getLesson(services.store, space.pk, params.lessonId),
      services.store.read<LessonProgressDoc>(space.pk, progressDocId(member.userId, params.lessonId)),
    ]);
    return { body: presentLesson(found, space.spaceId, progress) };
  },
});

export const lessonSourceGet = defineEndpoint({
  name: 'lesson-source-get',
  method: 'GET',
  route: `${LESSON}/source`,
  access: { space: 'lessons.write' },
  params: LessonParams,
  async run({ access: { space }, params, services }) {
    const source = presentSource(await getSpaceLesson(services.store, space.pk, params.lessonId));
    return { body: source, etag: source.etag };
  },
});

export const lessonsUpdate = defineEndpoint({
  name: 'lessons-update',
  method: 'PUT',
  route: LESSON,
  access: { space: 'lessons.write' },
  params: LessonParams,
  body: WriteLessonBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const source = presentSource(await updateLesson(services.store, access, params.lessonId, body, ifMatch));
    return { body: source, etag: source.etag };
  },
});

export const lessonRetiredPut = defineEndpoint({
  name: 'lesson-retired-put',
  method: 'PUT',
  route: `${LESSON}/retired`,
  access: { space: 'lessons.write' },
  params: LessonParams,
  body: RetireLessonBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const lesson = await setLessonRetired(services.store, access, params.lessonId, body.retired, ifMatch);
    const source = presentSource(lesson);
    return { body: source, etag: source.etag };
  },
});

export const lessonAttemptsCreate = defineEndpoint({
  name: 'lesson-attempts-create',
  method: 'POST',
  route: `${LESSON}/attempts`,
  access: { space: 'lessons.read' },
  params: LessonParams,
  body: SubmitLessonAttemptBody,
  async run({ access, params, body, services }) {
    const { scored, progress } = await submitAttempt(services.store, access, params.lessonId, body);
    return { status: 201, body: presentAttempt(params.lessonId, scored, progress) };
  },
});

export const lessonPassesList = defineEndpoint({
  name: 'lesson-passes-list',
  method: 'GET',
  route: 'spaces/{spaceId}/lesson-passes',
  access: { space: 'members.read' },
  params: SpaceParams,
  async run({ access: { space }, services }) {
    return { body: await memberPasses(services.store, space) };
  },
});

export const myLessonsGet = defineEndpoint({
  name: 'my-lessons-get',
  method: 'GET',
  route: 'me/lessons',
  access: 'self',
  async run({ principal, services }) {
    return { body: await myLessons(services.store, principal) };
  },
});
