import { NotFound } from '../../domain/errors.js';
import {
  DEFAULT_COMPETENCIES,
  ROLEPLAY_LIMITS,
  type Competency,
  type ListRoleplaysQuery,
  type ListScenariosQuery,
} from '../../domain/roleplay.js';
import type { DocumentStore, Scalar } from '../../store/port.js';
import { queryAll } from '../meetings/queries.js';
import {
  COMPETENCY_LIST_ID,
  roleplayDocId,
  scenarioDocId,
  type CompetencyListDoc,
  type RoleplayDoc,
  type RoleplayScoreDoc,
  type ScenarioDoc,
  type StoredRoleplay,
  type StoredScenario,
  type StoredScore,
} from './model.js';

/** The etag of a space's competency list before a manager first edits it. */
export const DEFAULT_COMPETENCIES_ETAG = '"default-competencies"';

/** The space's competency list and its etag (the defaults until a manager edits it). */
export async function getCompetencies(
  store: DocumentStore,
  pk: string,
): Promise<{ items: Competency[]; etag: string }> {
  const doc = await store.read<CompetencyListDoc>(pk, COMPETENCY_LIST_ID);
  return doc
    ? { items: doc.items, etag: doc._etag }
    : { items: [...DEFAULT_COMPETENCIES], etag: DEFAULT_COMPETENCIES_ETAG };
}

/** One scenario of the library, or 404. */
export async function getScenario(store: DocumentStore, pk: string, scenarioId: string): Promise<StoredScenario> {
  const scenario = await store.read<ScenarioDoc>(pk, scenarioDocId(scenarioId));
  if (!scenario) throw new NotFound('scenario');
  return scenario;
}

/** Lower-cased, accents removed, so that “Négociation” matches “negociation”. */
export function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The text a library search looks in: everything public about a scenario, and never the hidden
 * objections (a search must not become a way to probe them).
 */
function searchableText(scenario: ScenarioDoc, labels: { skill: string; criteria: string[] }): string {
  const p = scenario.persona;
  return fold(
    [
      scenario.title,
      scenario.situation,
      p.name,
      p.role,
      p.company,
      p.mood,
      ...p.caresAbout,
      labels.skill,
      ...labels.criteria,
    ].join('\n'),
  );
}

/**
 * The library, filtered by skill, difficulty and words, in title order. Skill, difficulty and
 * archived are equality filters in the store; the words are matched here over at most
 * `scenariosMax` documents of one partition.
 */
export async function listScenarios(
  store: DocumentStore,
  pk: string,
  query: ListScenariosQuery,
  labelsOf: (scenario: ScenarioDoc) => { skill: string; criteria: string[] },
): Promise<StoredScenario[]> {
  const where: Record<string, Scalar> = { archived: query.archived ?? false };
  if (query.skill) where.skill = query.skill;
  if (query.difficulty) where.difficulty = query.difficulty;
  const found = await queryAll<ScenarioDoc>(store, pk, {
    type: 'scenario',
    where,
    limit: ROLEPLAY_LIMITS.scenariosMax,
  });
  const words = query.search ? fold(query.search).split(/\s+/).filter(Boolean) : [];
  const matches =
    words.length === 0
      ? found
      : found.filter((s) => {
          const haystack = searchableText(s, labelsOf(s));
          return words.every((w) => haystack.includes(w));
        });
  return matches.sort((a, b) => a.title.localeCompare(b.title) || a.scenarioId.localeCompare(b.scenarioId));
}

/** The ids of every scenario a space holds, archived ones included (what the library's limit counts). */
export async function listScenarioIds(store: DocumentStore, pk: string): Promise<string[]> {
  return (await queryAll<ScenarioDoc>(store, pk, { type: 'scenario', limit: 1000 })).map((s) => s.scenarioId);
}

/** One role-play, or 404. */
export async function getRoleplay(store: DocumentStore, pk: string, roleplayId: string): Promise<StoredRoleplay> {
  const roleplay = await store.read<RoleplayDoc>(pk, roleplayDocId(roleplayId));
  if (!roleplay) throw new NotFound('role-play');
  return roleplay;
}

/** Role-plays of a space, newest first (at most `listMax`). */
export async function listRoleplays(
  store: DocumentStore,
  pk: string,
  query: ListRoleplaysQuery,
): Promise<StoredRoleplay[]> {
  const where: Record<string, Scalar> = {};
  for (const key of ['status', 'meetingId', 'itemId', 'repId', 'scenarioId'] as const) {
    const value = query[key];
    if (value !== undefined) where[key] = value;
  }
  const page = await store.query<RoleplayDoc>(pk, {
    type: 'roleplay',
    where,
    orderBy: { field: 'createdAt', direction: 'desc' },
    limit: ROLEPLAY_LIMITS.listMax,
  });
  return page.items;
}

/** Every self-assessment and observer scorecard of one role-play: one single-partition query. */
export async function listScores(store: DocumentStore, pk: string, roleplayId: string): Promise<StoredScore[]> {
  return queryAll<RoleplayScoreDoc>(store, pk, {
    type: 'roleplayScore',
    where: { roleplayId },
    orderBy: { field: 'submittedAt' },
    limit: 200,
  });
}
