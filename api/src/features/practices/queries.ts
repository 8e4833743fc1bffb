import { z } from 'zod';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  type ContributionsResponse,
  DEFAULT_SKILLS,
  DomainError,
  type ListPracticesQuery,
  type MyAdoptionListResponse,
  type MyAuthoredListResponse,
  NotFound,
  PRACTICE_LIMITS,
  type Principal,
  type Skill,
  type SpotlightSuggestionsResponse,
  ValidationError,
} from '../../domain/index.js';
import { queryAll } from '../../store/documents.js';
import type { DocumentStore, Scalar } from '../../store/port.js';
import type { AgendaItemDoc, MeetingDoc } from '../meetings/index.js';
import { listMySpaces, nameOf, type StoredSpace } from '../spaces/index.js';
import {
  practiceDocId,
  SKILL_LIST_ID,
  skillFlag,
  SORT_FIELDS,
  type AdoptionDoc,
  type ContributionDoc,
  type PracticeDoc,
  type SkillListDoc,
  type StoredAdoption,
  type StoredPractice,
} from './model.js';
import { presentAdopter, presentPractice, presentSpotlightReason } from './present.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The etag of a space's skill list before a manager first edits it. */
export const DEFAULT_SKILLS_ETAG = '"default-skills"';

/** A practice in use, or 404 (an archived practice takes part in nothing until it is restored). */
export async function getPractice(store: DocumentStore, pk: string, practiceId: string): Promise<StoredPractice> {
  const practice = await getPracticeArchivedOrNot(store, pk, practiceId);
  if (practice.type !== 'practice') throw new NotFound('practice');
  return practice;
}

/** A practice whether in use or archived, or 404: for its own page, archiving and restoring. */
export async function getPracticeArchivedOrNot(
  store: DocumentStore,
  pk: string,
  practiceId: string,
): Promise<StoredPractice> {
  const practice = await store.read<PracticeDoc>(pk, practiceDocId(practiceId));
  if (!practice || (practice.type !== 'practice' && practice.type !== 'archivedPractice'))
    throw new NotFound('practice');
  return practice;
}

/** A space's archived practices, most recently archived first; the author sees their own, managers all. */
export async function listArchivedPractices(
  store: DocumentStore,
  pk: string,
  authorId: string | null,
): Promise<StoredPractice[]> {
  return queryAll<PracticeDoc>(store, pk, {
    type: 'archivedPractice',
    where: authorId ? { authorId } : {},
    orderBy: { field: 'archivedAt', direction: 'desc' },
    limit: 1000,
  });
}

/** The space's skill list and its etag (the defaults until a manager edits it). */
export async function getSkills(store: DocumentStore, pk: string): Promise<{ skills: Skill[]; etag: string }> {
  const doc = await store.read<SkillListDoc>(pk, SKILL_LIST_ID);
  return doc ? { skills: doc.skills, etag: doc._etag } : { skills: [...DEFAULT_SKILLS], etag: DEFAULT_SKILLS_ETAG };
}

/** Everyone who pressed "I'll try this" on one practice, first adopter first. */
export async function listAdoptions(store: DocumentStore, pk: string, practiceId: string): Promise<StoredAdoption[]> {
  return queryAll<AdoptionDoc>(store, pk, {
    type: 'practiceAdoption',
    where: { practiceId },
    orderBy: { field: 'adoptedAt' },
    limit: 1000,
  });
}

/* ---------- the exchange list ---------- */

/**
 * Our continuation wraps the store's with the sort and filters it belongs to, so that a token
 * reused with another sort is refused instead of silently returning the wrong page.
 */
const Envelope = z.object({ v: z.literal(1), k: z.string(), c: z.string().min(1) });

function listKey(query: ListPracticesQuery): string {
  return JSON.stringify([query.sort ?? 'newest', query.skill, query.segment, query.stage, query.proven]);
}

const badContinuation = (message: string): ValidationError =>
  new ValidationError(`query.continuation: ${message}`, [{ field: 'query.continuation', message }]);

function openContinuation(token: string, key: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw badContinuation('is not a continuation this API issued');
  }
  const envelope = Envelope.safeParse(parsed);
  if (!envelope.success) throw badContinuation('is not a continuation this API issued');
  if (envelope.data.k !== key) throw badContinuation('belongs to another sort or filter; start from the first page');
  return envelope.data.c;
}

function sealContinuation(storeToken: string, key: string): string {
  return Buffer.from(JSON.stringify({ v: 1, k: key, c: storeToken })).toString('base64url');
}

/**
 * One page of the exchange: a single single-partition query whatever the sort and filters, since
 * every filter is an equality on a top-level field and every order is one stored number or date.
 */
export async function listPractices(
  store: DocumentStore,
  pk: string,
  query: ListPracticesQuery,
): Promise<{ items: StoredPractice[]; continuation: string | null }> {
  const key = listKey(query);
  const where: Record<string, Scalar> = {};
  if (query.segment) where.segment = query.segment;
  if (query.stage) where.stage = query.stage;
  if (query.skill) where[skillFlag(query.skill)] = true;
  if (query.proven !== undefined) where.proven = query.proven;
  const storeToken = query.continuation ? openContinuation(query.continuation, key) : undefined;
  try {
    const page = await store.query<PracticeDoc>(pk, {
      type: 'practice',
      where,
      orderBy: SORT_FIELDS[query.sort ?? 'newest'],
      limit: query.limit ?? PRACTICE_LIMITS.pageSizeDefault,
      continuation: storeToken,
    });
    return { items: page.items, continuation: page.continuation ? sealContinuation(page.continuation, key) : null };
  } catch (error) {
    // A forged inner token makes the adapters throw; with no token, a failure is the store's own.
    if (storeToken === undefined || error instanceof DomainError) throw error;
    throw badContinuation('is not valid or has expired; start from the first page');
  }
}

/* ---------- spotlight suggestions ---------- */

/**
 * Practice ids linked from a best-practice agenda item of an ended meeting: those count as
 * discussed. Looked up only for the candidates, in two single-partition queries.
 */
async function discussedInMeetings(store: DocumentStore, pk: string, candidates: Set<string>): Promise<Set<string>> {
  const items = await queryAll<AgendaItemDoc>(store, pk, {
    type: 'agendaItem',
    where: { kind: 'bestPractice' },
    limit: 1000,
  });
  const linked = items.filter((i) => i.link?.kind === 'practice' && candidates.has(i.link.id));
  if (linked.length === 0) return new Set();
  const ended = await queryAll<MeetingDoc>(store, pk, { type: 'meeting', where: { status: 'ended' }, limit: 1000 });
  const endedIds = new Set(ended.map((m) => m.meetingId));
  return new Set(linked.filter((i) => endedIds.has(i.meetingId)).flatMap((i) => (i.link ? [i.link.id] : [])));
}

/**
 * Suggestions for the next meeting's spotlight: practices posted in the last 90 days that worked
 * for at least one peer and at least half of those who reported, and that were not yet discussed
 * (marked discussed, or linked from a best-practice item of an ended meeting). Proven first, then
 * by outcome score.
 */
export async function suggestSpotlights(
  store: DocumentStore,
  access: SpaceAccess,
  now: number = Date.now(),
): Promise<SpotlightSuggestionsResponse> {
  const pk = access.space.pk;
  const cutoff = new Date(now - PRACTICE_LIMITS.spotlightRecentDays * DAY_MS).toISOString();
  const recent: StoredPractice[] = [];
  let continuation: string | undefined;
  do {
    const page = await store.query<PracticeDoc>(pk, {
      type: 'practice',
      orderBy: SORT_FIELDS.newest,
      limit: 100,
      continuation,
    });
    const fresh = page.items.filter((p) => p.createdAt >= cutoff);
    recent.push(...fresh);
    continuation = fresh.length === page.items.length && recent.length < 1000 ? page.continuation : undefined;
  } while (continuation);

  const good = recent.filter((p) => p.discussedAt === null && p.workedCount > 0 && (p.successRate ?? 0) >= 0.5);
  if (good.length === 0) return { items: [] };
  const discussed = await discussedInMeetings(store, pk, new Set(good.map((p) => p.practiceId)));
  const picks = good
    .filter((p) => !discussed.has(p.practiceId))
    .sort(
      (a, b) =>
        Number(b.proven) - Number(a.proven) ||
        b.outcomeScore - a.outcomeScore ||
        b.createdAt.localeCompare(a.createdAt),
    )
    .slice(0, PRACTICE_LIMITS.spotlightSuggestionsMax);
  return {
    items: picks.map((p) => ({ practice: presentPractice(p, access.space), reason: presentSpotlightReason(p) })),
  };
}

/* ---------- contributions ---------- */

/** Posts and adoptions per current member, in name order; one query over the summary documents. */
export async function listContributions(store: DocumentStore, space: StoredSpace): Promise<ContributionsResponse> {
  const docs = await queryAll<ContributionDoc>(store, space.pk, { type: 'practiceContribution', limit: 1000 });
  const byUser = new Map(docs.map((d) => [d.userId, d]));
  const items = [...space.members]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => {
      const doc = byUser.get(m.userId);
      return {
        userId: m.userId,
        name: m.name,
        role: m.role,
        posts: doc?.posts ?? 0,
        adoptions: doc?.adoptions ?? 0,
        outcomesReported: doc?.outcomesReported ?? 0,
      };
    });
  const sum = (field: 'posts' | 'adoptions' | 'outcomesReported'): number =>
    items.reduce((total, item) => total + item[field], 0);
  return {
    items,
    totals: { posts: sum('posts'), adoptions: sum('adoptions'), outcomesReported: sum('outcomesReported') },
  };
}

/* ---------- personal lists ---------- */

const ORDER_OF_STATUS = { due: 0, trying: 1, recorded: 2 } as const;

/** Practices the caller is trying, across every space they belong to, due follow-ups first. */
export async function listMyAdoptions(
  store: DocumentStore,
  principal: Principal,
  now: number = Date.now(),
): Promise<MyAdoptionListResponse> {
  const items: MyAdoptionListResponse['items'] = [];
  for (const space of await listMySpaces(store, principal)) {
    const adoptions = await queryAll<AdoptionDoc>(store, space.pk, {
      type: 'practiceAdoption',
      where: { userId: principal.userId },
      orderBy: { field: 'adoptedAt', direction: 'desc' },
      limit: 500,
    });
    const practices = await Promise.all(
      adoptions.map((a) => store.read<PracticeDoc>(space.pk, practiceDocId(a.practiceId))),
    );
    adoptions.forEach((adoption, i) => {
      const practice = practices[i];
      if (practice?.type !== 'practice') return;
      items.push({
        ...presentAdopter(adoption, space, now),
        spaceId: space.spaceId,
        spaceName: space.name,
        practiceId: practice.practiceId,
        title: practice.title,
        resultText: practice.result.text,
        actions: practice.actions,
        authorName: nameOf(space, practice.authorId) ?? 'Former member',
      });
    });
  }
  items.sort(
    (a, b) =>
      ORDER_OF_STATUS[a.status] - ORDER_OF_STATUS[b.status] ||
      (a.status === 'recorded'
        ? (b.outcomeAt ?? '').localeCompare(a.outcomeAt ?? '')
        : a.followUpAt.localeCompare(b.followUpAt)),
  );
  return { items, dueCount: items.filter((i) => i.status === 'due').length };
}

/** The caller's own posts across their spaces, newest first, each with who adopted it and how it went. */
export async function listMyAuthored(
  store: DocumentStore,
  principal: Principal,
  now: number = Date.now(),
): Promise<MyAuthoredListResponse> {
  const items: MyAuthoredListResponse['items'] = [];
  for (const space of await listMySpaces(store, principal)) {
    const practices = await queryAll<PracticeDoc>(store, space.pk, {
      type: 'practice',
      where: { authorId: principal.userId },
      orderBy: SORT_FIELDS.newest,
      limit: 500,
    });
    if (practices.length === 0) continue;
    const adoptions = await queryAll<AdoptionDoc>(store, space.pk, {
      type: 'practiceAdoption',
      where: { practiceAuthorId: principal.userId },
      orderBy: { field: 'adoptedAt' },
      limit: 1000,
    });
    for (const practice of practices) {
      items.push({
        spaceId: space.spaceId,
        spaceName: space.name,
        practice: presentPractice(practice, space),
        adopters: adoptions
          .filter((a) => a.practiceId === practice.practiceId)
          .map((a) => presentAdopter(a, space, now)),
      });
    }
  }
  return { items };
}
