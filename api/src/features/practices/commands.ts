import { createHash, randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  activeSkillKeys,
  type AddToAgendaBody,
  can,
  checkPracticeDraft,
  Conflict,
  Forbidden,
  NotFound,
  type PracticeDraft,
  type PracticeInput,
  PreconditionFailed,
  provenSupport,
  type RecordOutcomeBody,
  type Skill,
  skillListChangeIssues,
  summariseAdoptions,
  toPracticeInput,
  type UpdatePracticeBody,
  ValidationError,
} from '../../domain/index.js';
import { queryAll, stripStored } from '../../store/documents.js';
import type { DocumentStore, Stored } from '../../store/port.js';
import { backoff, saveDefaultable, updateWithRetry } from '../../store/retry.js';
import { addAgendaItem, getMeeting, itemDocId, listAgenda, type StoredItem } from '../meetings/index.js';
import {
  adoptionDocId,
  contributionDocId,
  newPracticeDoc,
  practiceContent,
  practiceDocId,
  SKILL_LIST_ID,
  skillFlags,
  withoutSkillFlags,
  type AdoptionDoc,
  type ContributionDoc,
  type PracticeDoc,
  type SkillListDoc,
  type StoredAdoption,
  type StoredPractice,
} from './model.js';
import { DEFAULT_SKILLS_ETAG, getPractice, getPracticeArchivedOrNot, getSkills } from './queries.js';

/** Recounts under contention retry this often; most adopters find themselves counted on the first re-read. */
const RECOUNT_ATTEMPTS = 40;

/** Refuses a draft the checks do not find ready, naming every missing part. */
function rejectFindings(draft: PracticeDraft): void {
  const blocking = checkPracticeDraft(draft).findings.filter((f) => f.severity === 'required');
  const first = blocking[0];
  if (!first) return;
  throw new ValidationError(
    `body.${first.field}: ${first.message}`,
    blocking.map((f) => ({ field: `body.${f.field}`, message: f.message })),
  );
}

/**
 * Brings a practice's adoption counts up to date from its adoption documents. The recount reads
 * the practice, then queries the adoptions, then writes with the etag it read: whichever write
 * lands last was computed after every earlier one, so the final counts are exact. `mine` is the
 * caller's own adoption as they wrote it: once a recount by anyone has included that revision, the
 * caller is done. A withdrawal passes none and always recounts, since a tally without the caller
 * may be older than their adoption.
 */
export async function recountPractice(
  store: DocumentStore,
  pk: string,
  practiceId: string,
  mine?: { userId: string; rev: string | undefined },
): Promise<StoredPractice> {
  for (let attempt = 1; ; attempt++) {
    const current = await getPracticeArchivedOrNot(store, pk, practiceId);
    if (mine?.rev && current.tally.some((t) => t.userId === mine.userId && t.rev === mine.rev)) return current;
    const adoptions = await queryAll<AdoptionDoc>(store, pk, {
      type: 'practiceAdoption',
      where: { practiceId },
      orderBy: { field: 'adoptedAt' },
      limit: 1000,
    });
    const next: PracticeDoc = {
      ...stripStored(current),
      ...summariseAdoptions(adoptions.map((a) => a.outcome)),
      tally: adoptions.map((a) => ({ userId: a.userId, outcome: a.outcome, ...(a.rev ? { rev: a.rev } : {}) })),
    };
    try {
      return await store.replace(next, { ifMatch: current._etag });
    } catch (error) {
      if (!(error instanceof PreconditionFailed) || attempt >= RECOUNT_ATTEMPTS) throw error;
    }
    await backoff(attempt);
  }
}

/**
 * Recounts one member's posts, or their adoptions and reported outcomes, in a space; the other
 * counts are kept as they are.
 */
export async function recountContribution(
  store: DocumentStore,
  pk: string,
  userId: string,
  what: 'posts' | 'adoptions',
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.read<ContributionDoc>(pk, contributionDocId(userId));
    const counts = {
      posts: current?.posts ?? 0,
      adoptions: current?.adoptions ?? 0,
      outcomesReported: current?.outcomesReported ?? 0,
    };
    if (what === 'posts') {
      counts.posts = (
        await queryAll<PracticeDoc>(store, pk, { type: 'practice', where: { authorId: userId }, limit: 1000 })
      ).length;
    } else {
      // Adoptions of an archived practice leave the counts with it.
      const [all, archived] = await Promise.all([
        queryAll<AdoptionDoc>(store, pk, { type: 'practiceAdoption', where: { userId }, limit: 1000 }),
        queryAll<PracticeDoc>(store, pk, { type: 'archivedPractice', limit: 1000 }),
      ]);
      const archivedIds = new Set(archived.map((p) => p.practiceId));
      const adoptions = all.filter((a) => !archivedIds.has(a.practiceId));
      counts.adoptions = adoptions.length;
      counts.outcomesReported = adoptions.filter((a) => a.outcome !== null).length;
    }
    const next: ContributionDoc = {
      id: contributionDocId(userId),
      pk,
      type: 'practiceContribution',
      userId,
      ...counts,
      updatedAt: new Date().toISOString(),
    };
    try {
      if (current) await store.replace(next, { ifMatch: current._etag });
      else await store.create(next);
      return;
    } catch (error) {
      const raced = error instanceof PreconditionFailed || error instanceof Conflict;
      if (!raced || attempt >= RECOUNT_ATTEMPTS) throw error;
    }
    await backoff(attempt);
  }
}

/** Tags must be skills in use; `known` are tags the practice already carries (a retired skill stays on it). */
function assertKnownSkills(tags: readonly string[], skills: readonly Skill[], known: readonly string[] = []): void {
  const keys = activeSkillKeys(skills);
  const issues = tags.flatMap((tag, i) =>
    keys.includes(tag) || known.includes(tag)
      ? []
      : [{ field: `body.tags.${i}`, message: `"${tag}" is not one of this space's skills` }],
  );
  const first = issues[0];
  if (first) throw new ValidationError(`${first.field}: ${first.message}`, issues);
}

/** Posts a practice; the body has already passed the draft checks. */
export async function createPractice(
  store: DocumentStore,
  access: SpaceAccess,
  input: PracticeInput,
  now: number = Date.now(),
): Promise<StoredPractice> {
  const pk = access.space.pk;
  assertKnownSkills(input.tags, (await getSkills(store, pk)).skills);
  const doc = newPracticeDoc(pk, randomUUID(), access.member.userId, input, new Date(now).toISOString());
  const created = await store.create(doc);
  await recountContribution(store, pk, access.member.userId, 'posts');
  return created;
}

/** The practice as the form would hold it, so that an edit can be checked like a new post. */
function toDraft(practice: PracticeDoc): PracticeDraft {
  return {
    title: practice.title,
    result: { text: practice.result.text, measure: practice.result.measure },
    actions: practice.actions,
    context: {
      segment: practice.segment,
      stage: practice.stage,
      dealSize: practice.dealSize,
      customerRole: practice.customerRole,
    },
    evidence: practice.evidence,
    tags: practice.tags,
  };
}

/**
 * Edits a practice: its author, or a manager. Nested `result` and `context` are merged field by
 * field; lists are replaced. The merged practice must still pass the draft checks.
 */
export async function updatePractice(
  store: DocumentStore,
  access: SpaceAccess,
  practiceId: string,
  body: UpdatePracticeBody,
  ifMatch: string,
  now: number = Date.now(),
): Promise<StoredPractice> {
  const pk = access.space.pk;
  const current = await getPractice(store, pk, practiceId);
  if (current.authorId !== access.member.userId && !can(access.member.role, 'practices.editAny'))
    throw new Forbidden('Only the practice’s author or a manager can edit it.');
  const before = toDraft(current);
  const merged: PracticeDraft = {
    ...before,
    ...(body.title !== undefined ? { title: body.title } : {}),
    ...(body.result !== undefined ? { result: { ...before.result, ...body.result } } : {}),
    ...(body.actions !== undefined ? { actions: body.actions } : {}),
    ...(body.context !== undefined ? { context: { ...before.context, ...body.context } } : {}),
    ...(body.evidence !== undefined ? { evidence: body.evidence } : {}),
    ...(body.tags !== undefined ? { tags: body.tags } : {}),
  };
  rejectFindings(merged);
  const input = toPracticeInput(merged);
  // A skill removed from the list since does not block editing the practices that carry it.
  if (body.tags) assertKnownSkills(input.tags, (await getSkills(store, pk)).skills, current.tags);
  const next: PracticeDoc = {
    ...withoutSkillFlags(current),
    ...practiceContent(input),
    ...skillFlags(input.tags),
    updatedAt: new Date(now).toISOString(),
  };
  return store.replace(next, { ifMatch });
}

/**
 * "I'll try this": creates the caller's adoption (idempotent: pressing twice keeps the first) and
 * brings the practice's counts and the caller's contribution counts up to date.
 */
export async function adoptPractice(
  store: DocumentStore,
  access: SpaceAccess,
  practiceId: string,
  now: number = Date.now(),
): Promise<{ adoption: StoredAdoption; created: boolean }> {
  const pk = access.space.pk;
  const userId = access.member.userId;
  const practice = await getPractice(store, pk, practiceId);
  if (practice.authorId === userId)
    throw new Conflict('You posted this practice; the peers who try it report how it went.');
  let adoption: StoredAdoption;
  let created = true;
  try {
    adoption = await store.create<AdoptionDoc>({
      id: adoptionDocId(practiceId, userId),
      pk,
      type: 'practiceAdoption',
      practiceId,
      userId,
      practiceAuthorId: practice.authorId,
      adoptedAt: new Date(now).toISOString(),
      outcome: null,
      note: '',
      outcomeAt: null,
      rev: randomUUID(),
    });
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    const existing = await store.read<AdoptionDoc>(pk, adoptionDocId(practiceId, userId));
    if (!existing) throw error;
    adoption = existing;
    created = false;
  }
  await recountPractice(store, pk, practiceId, { userId, rev: adoption.rev });
  await recountContribution(store, pk, userId, 'adoptions');
  return { adoption, created };
}

/** Records (or changes) what happened when the caller tried a practice. */
export async function recordOutcome(
  store: DocumentStore,
  access: SpaceAccess,
  practiceId: string,
  body: RecordOutcomeBody,
  now: number = Date.now(),
): Promise<StoredAdoption> {
  const pk = access.space.pk;
  const userId = access.member.userId;
  const id = adoptionDocId(practiceId, userId);
  if (!(await store.read<AdoptionDoc>(pk, id))) {
    await getPractice(store, pk, practiceId);
    throw new Conflict('You have not tried this practice yet. Press “I’ll try this” first.');
  }
  const adoption = await updateWithRetry<AdoptionDoc>(store, pk, id, (current) => ({
    ...current,
    outcome: body.outcome,
    note: body.note ?? '',
    outcomeAt: new Date(now).toISOString(),
    rev: randomUUID(),
  }));
  await recountPractice(store, pk, practiceId, { userId, rev: adoption.rev });
  await recountContribution(store, pk, userId, 'adoptions');
  return adoption;
}

/** Marks a practice proven (only when its outcomes support it) or takes the mark away. */
export async function setProven(
  store: DocumentStore,
  access: SpaceAccess,
  practiceId: string,
  proven: boolean,
  now: number = Date.now(),
): Promise<StoredPractice> {
  return updateWithRetry<PracticeDoc>(store, access.space.pk, practiceDocId(practiceId), (current) => {
    if (current.type !== 'practice') throw new NotFound('practice');
    if (proven && !current.proven) {
      const support = provenSupport(current);
      if (!support.supported) throw new Conflict(`Not proven yet: ${support.reason}`);
    }
    if (proven === current.proven) return stripStored(current);
    return {
      ...stripStored(current),
      proven,
      provenAt: proven ? new Date(now).toISOString() : null,
      provenBy: proven ? access.member.userId : null,
    };
  });
}

/** Marks a practice discussed in a meeting (so it leaves the spotlight suggestions), or not. */
export async function setDiscussed(
  store: DocumentStore,
  access: SpaceAccess,
  practiceId: string,
  discussed: boolean,
  meetingId: string | null,
  now: number = Date.now(),
): Promise<StoredPractice> {
  const pk = access.space.pk;
  if (discussed && meetingId) await getMeeting(store, pk, meetingId);
  return updateWithRetry<PracticeDoc>(store, pk, practiceDocId(practiceId), (current) => {
    if (current.type !== 'practice') throw new NotFound('practice');
    return {
      ...stripStored(current),
      discussedAt: discussed ? (current.discussedAt ?? new Date(now).toISOString()) : null,
      discussedInMeetingId: discussed ? (meetingId ?? current.discussedInMeetingId) : null,
    };
  });
}

/**
 * The agenda item a practice gets on a meeting's agenda: one id per practice, so that two requests
 * at once cannot both add it (the second create gets 409 from the store).
 */
const practiceItemId = (practiceId: string): string =>
  `practice-${createHash('sha256').update(practiceId).digest('hex').slice(0, 40)}`;

/**
 * Puts a practice on a meeting's agenda as a best-practice item linked to it, owned by its author
 * when they are still in the team. A meeting gets each practice once: the query finds an item
 * linked to it (copied from last week's agenda, say), the item id catches two adds at once.
 */
export async function addPracticeToAgenda(
  store: DocumentStore,
  access: SpaceAccess,
  practiceId: string,
  meetingId: string,
  body: AddToAgendaBody,
): Promise<StoredItem> {
  const pk = access.space.pk;
  const practice = await getPractice(store, pk, practiceId);
  await getMeeting(store, pk, meetingId);
  const agenda = await listAgenda(store, pk, meetingId);
  if (agenda.some((i) => i.link?.kind === 'practice' && i.link.id === practiceId))
    throw new Conflict('This practice is already on that meeting’s agenda.');
  const authorIsMember = access.space.members.some((m) => m.userId === practice.authorId);
  const itemId = practiceItemId(practiceId);
  try {
    return await addAgendaItem(
      store,
      access,
      meetingId,
      {
        title: `Best practice: ${practice.title}`.slice(0, 200),
        kind: 'bestPractice',
        ownerId: authorIsMember ? practice.authorId : null,
        timeboxMinutes: body.timeboxMinutes ?? 10,
        link: { kind: 'practice', id: practiceId },
        notes: practice.result.text.slice(0, 4000),
      },
      itemId,
    );
  } catch (error) {
    // Another request added it first (rather than, say, the meeting having ended).
    if (error instanceof Conflict && (await store.read(pk, itemDocId(meetingId, itemId))))
      throw new Conflict('This practice is already on that meeting’s agenda.');
    throw error;
  }
}

/**
 * Replaces the space's skill list: adds, renames, retires and restores skills. Every key stays
 * (see `skillListChangeIssues`). `ifMatch` is the etag of the list the manager edited.
 */
export async function updateSkills(
  store: DocumentStore,
  access: SpaceAccess,
  skills: Skill[],
  ifMatch: string,
): Promise<Stored<SkillListDoc>> {
  const current = await getSkills(store, access.space.pk);
  // Checked against the list the manager edited: a stale etag is a 412 whatever the body says.
  if (current.etag === ifMatch) {
    const issues = skillListChangeIssues(current.skills, skills);
    const first = issues[0];
    if (first) throw new ValidationError(`${first.field}: ${first.message}`, issues);
  }
  const doc: SkillListDoc = {
    id: SKILL_LIST_ID,
    pk: access.space.pk,
    type: 'skillList',
    skills,
    updatedAt: new Date().toISOString(),
    updatedBy: access.member.userId,
  };
  return saveDefaultable(store, doc, ifMatch, DEFAULT_SKILLS_ETAG);
}
