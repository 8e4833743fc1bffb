/** Use cases of the scenario library and the competency list role-plays score against. */
import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  can,
  type Competency,
  competencyListChangeIssues,
  Conflict,
  type CreateScenarioBody,
  type FieldIssue,
  Forbidden,
  type InstallStartersResponse,
  mayEditScenario,
  ROLEPLAY_LIMITS,
  STARTER_SCENARIOS,
  starterScenarioId,
  type UpdateScenarioBody,
  ValidationError,
} from '../../domain/index.js';
import type { DocumentStore, Stored } from '../../store/port.js';
import { saveDefaultable } from '../../store/retry.js';
import { claimSlot, type SlotSet } from '../../store/slots.js';
import { getSkills } from '../practices/index.js';
import { invalid } from './commands.js';
import {
  COMPETENCY_LIST_ID,
  scenarioDocId,
  type CompetencyListDoc,
  type ScenarioDoc,
  type StoredScenario,
} from './model.js';
import { DEFAULT_COMPETENCIES_ETAG, listScenarioIds, getCompetencies, getScenario } from './queries.js';

/* ---------- competencies ---------- */

/** Replaces the space's competency list; `ifMatch` is the etag the editor saw (the default one at first). */
export async function updateCompetencies(
  store: DocumentStore,
  access: SpaceAccess,
  items: Competency[],
  ifMatch: string,
  now: number = Date.now(),
): Promise<Stored<CompetencyListDoc>> {
  const current = await getCompetencies(store, access.space.pk);
  // Checked against the list the manager edited: a stale etag is a 412 whatever the body says.
  if (current.etag === ifMatch) {
    const issues = competencyListChangeIssues(current.items, items);
    const first = issues[0];
    if (first) throw new ValidationError(`${first.field}: ${first.message}`, issues);
  }
  const doc: CompetencyListDoc = {
    id: COMPETENCY_LIST_ID,
    pk: access.space.pk,
    type: 'competencyList',
    items,
    updatedAt: new Date(now).toISOString(),
    updatedBy: access.member.userId,
  };
  return saveDefaultable(store, doc, ifMatch, DEFAULT_COMPETENCIES_ETAG);
}

/* ---------- scenarios ---------- */

/** Skill and criteria must come from the space's own lists. */
async function checkScenarioLists(
  store: DocumentStore,
  pk: string,
  fields: { skill?: string; criteria?: string[] },
): Promise<void> {
  const issues: FieldIssue[] = [];
  if (fields.skill !== undefined) {
    const { skills } = await getSkills(store, pk);
    if (!skills.some((s) => s.key === fields.skill))
      issues.push({ field: 'body.skill', message: 'must be one of this space’s skills' });
  }
  if (fields.criteria !== undefined) {
    const { items } = await getCompetencies(store, pk);
    fields.criteria.forEach((key, i) => {
      if (!items.some((c) => c.key === key && !c.retired))
        issues.push({ field: `body.criteria.${i}`, message: 'must be one of this space’s competencies in use' });
    });
  }
  if (issues.length > 0) throw invalid(issues);
}

/** A space's scenario library, at most `ROLEPLAY_LIMITS.scenariosMax` (starters included; see store/slots.ts). */
function librarySlots(store: DocumentStore, pk: string): SlotSet {
  return {
    pk,
    set: 'scenarios',
    max: ROLEPLAY_LIMITS.scenariosMax,
    members: () => listScenarioIds(store, pk),
    full: () =>
      new Conflict(`A library holds at most ${ROLEPLAY_LIMITS.scenariosMax} scenarios. Archive or edit one instead.`),
  };
}

/** Adds a scenario to the library; the caller is its author. */
export async function createScenario(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateScenarioBody,
  now: number = Date.now(),
): Promise<StoredScenario> {
  const pk = access.space.pk;
  await checkScenarioLists(store, pk, body);
  const scenarioId = randomUUID();
  // The place first, so that scenarios added at once never exceed the limit.
  await claimSlot(store, librarySlots(store, pk), scenarioId);
  const at = new Date(now).toISOString();
  const { source, ...content } = body;
  return store.create<ScenarioDoc>({
    id: scenarioDocId(scenarioId),
    pk,
    type: 'scenario',
    scenarioId,
    ...content,
    source: source ?? { kind: 'manual' },
    authorId: access.member.userId,
    archived: false,
    createdAt: at,
    createdBy: access.member.userId,
    updatedAt: at,
    updatedBy: access.member.userId,
  });
}

/** Edits a scenario: its author or a manager. A concurrent edit of the same scenario gets 412. */
export async function updateScenario(
  store: DocumentStore,
  access: SpaceAccess,
  scenarioId: string,
  body: UpdateScenarioBody,
  ifMatch: string,
  now: number = Date.now(),
): Promise<StoredScenario> {
  const scenario = await getScenario(store, access.space.pk, scenarioId);
  if (!mayEditScenario(scenario, access.member.userId, can(access.member.role, 'scenarios.editAny')))
    throw new Forbidden('Only the scenario’s author or a manager can edit it.');
  await checkScenarioLists(store, access.space.pk, body);
  const { _etag: _ignored, ...current } = scenario;
  const next: ScenarioDoc = { ...current, updatedAt: new Date(now).toISOString(), updatedBy: access.member.userId };
  for (const [key, value] of Object.entries(body)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return store.replace(next, { ifMatch });
}

/**
 * Installs the starter scenarios as ordinary scenarios with fixed ids, so installing again adds
 * nothing and keeps local edits. Criteria the space's competency list lacks are left out; a starter
 * left with none is skipped.
 */
export async function installStarterScenarios(
  store: DocumentStore,
  access: SpaceAccess,
  now: number = Date.now(),
): Promise<InstallStartersResponse> {
  const pk = access.space.pk;
  const { items: competencies } = await getCompetencies(store, pk);
  const result: InstallStartersResponse = { installed: [], alreadyPresent: [], skipped: [] };
  const at = new Date(now).toISOString();
  for (const starter of STARTER_SCENARIOS) {
    const scenarioId = starterScenarioId(starter.key);
    const criteria = starter.scenario.criteria.filter((key) => competencies.some((c) => c.key === key && !c.retired));
    if (criteria.length === 0) {
      result.skipped.push(scenarioId);
      continue;
    }
    if (await store.read(pk, scenarioDocId(scenarioId))) {
      result.alreadyPresent.push(scenarioId);
      continue;
    }
    // Starters count towards the library's limit like any scenario; installing at once claims each
    // starter's place once (the id is fixed), and only one of the creates succeeds.
    await claimSlot(store, librarySlots(store, pk), scenarioId);
    try {
      await store.create<ScenarioDoc>({
        id: scenarioDocId(scenarioId),
        pk,
        type: 'scenario',
        scenarioId,
        ...structuredClone(starter.scenario),
        criteria,
        source: { kind: 'starter', key: starter.key },
        authorId: null,
        archived: false,
        createdAt: at,
        createdBy: access.member.userId,
        updatedAt: at,
        updatedBy: access.member.userId,
      });
      result.installed.push(scenarioId);
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      result.alreadyPresent.push(scenarioId);
    }
  }
  return result;
}
