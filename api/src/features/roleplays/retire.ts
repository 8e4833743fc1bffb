import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  checkCoachingQuestion,
  Conflict,
  Forbidden,
  mayRunRoleplay,
  NotFound,
  PreconditionFailed,
} from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { backoff } from '../../store/retry.js';
import { invalid, viewerOf } from './commands.js';
import { coachingQuestionEtag, type RoleplayDoc, type StoredRoleplay } from './model.js';
import { getRoleplay } from './queries.js';

// Taking things back: deleting a role-play before it starts, editing and deleting coaching questions.

/**
 * Deletes a role-play that has not started, with the etag its facilitator saw: a start (or any
 * other change) since then makes it a 412, so a role-play that started is never deleted.
 */
export async function deleteRoleplay(
  store: DocumentStore,
  access: SpaceAccess,
  roleplayId: string,
  ifMatch: string,
): Promise<void> {
  const roleplay = await getRoleplay(store, access.space.pk, roleplayId);
  if (!mayRunRoleplay(viewerOf(access), roleplay.facilitatorId))
    throw new Forbidden('Only a manager or the role-play’s facilitator can do this.');
  if (roleplay.status !== 'setup')
    throw new Conflict('The role-play has started; it stays in the record and can no longer be deleted.');
  if (roleplay._etag !== ifMatch) throw new PreconditionFailed();
  await store.delete(access.space.pk, roleplay.id, { ifMatch });
}

/** Enough for a few managers editing the debrief's questions in the same moment. */
const QUESTION_ATTEMPTS = 16;

type QuestionChange = { kind: 'edit'; text: string } | { kind: 'delete' };

/**
 * Edits or deletes one coaching question of a debrief, with that question's etag (412 when someone
 * changed or deleted it since). Other writes to the role-play are re-read and kept.
 */
export async function changeCoachingQuestion(
  store: DocumentStore,
  access: SpaceAccess,
  roleplayId: string,
  questionId: string,
  change: QuestionChange,
  ifMatch: string,
  now: number = Date.now(),
): Promise<StoredRoleplay> {
  if (change.kind === 'edit') {
    const blocking = checkCoachingQuestion(change.text).findings.filter((f) => f.severity === 'required');
    if (blocking.length > 0) throw invalid(blocking.map((f) => ({ field: `body.${f.field}`, message: f.message })));
  }
  const pk = access.space.pk;
  for (let attempt = 1; ; attempt++) {
    const roleplay = await getRoleplay(store, pk, roleplayId);
    const question = roleplay.coachingQuestions.find((q) => q.id === questionId);
    if (!question) throw new NotFound('coaching question');
    if (coachingQuestionEtag(question) !== ifMatch) throw new PreconditionFailed();
    if (roleplay.status !== 'roundEnded' && roleplay.status !== 'debrief')
      throw new Conflict('The debrief is closed; its coaching questions stay as they were asked.');
    const coachingQuestions =
      change.kind === 'delete'
        ? roleplay.coachingQuestions.filter((q) => q.id !== questionId)
        : roleplay.coachingQuestions.map((q) =>
            q.id === questionId
              ? { ...q, text: change.text, editedAt: new Date(now).toISOString(), rev: randomUUID() }
              : q,
          );
    try {
      return await store.replace<RoleplayDoc>(
        { ...stripStored(roleplay), coachingQuestions },
        { ifMatch: roleplay._etag },
      );
    } catch (error) {
      // Another write to the role-play (a timer move, another question): re-read and check again.
      if (!(error instanceof PreconditionFailed) || attempt >= QUESTION_ATTEMPTS) throw error;
    }
    await backoff(attempt);
  }
}
