import type { SpaceAccess } from '../../auth/policy.js';
import {
  computeCoverage,
  COVERAGE_WINDOW_WEEKS,
  type CoverageResponse,
  DEFAULT_HOURS_PER_WEEK,
  feedbackVisibleToRep,
  type MyObservationsResponse,
  type Principal,
} from '../../domain/index.js';
import { queryAll } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { getCompetencies, listMyRoleplays } from '../roleplays/index.js';
import { listMySpaces } from '../spaces/index.js';
import { isManager } from './access.js';
import {
  OBSERVATION_SUMMARY_ID,
  type ObservationDoc,
  type ObservationSummaryDoc,
  type ObservationWeekDoc,
  type StoredObservation,
} from './model.js';
import { presentObservation } from './present.js';
import { emptySummary } from './rollups.js';

/**
 * The observations the caller may list: a manager every rep's (or one rep's), anyone else only
 * their own, whatever `repId` they ask for. Newest first.
 */
export async function listObservations(
  store: DocumentStore,
  access: SpaceAccess,
  repId: string | undefined,
): Promise<StoredObservation[]> {
  const onlyRep = isManager(access) ? repId : access.member.userId;
  const items = await queryAll<ObservationDoc>(store, access.space.pk, {
    type: 'observation',
    ...(onlyRep ? { where: { repId: onlyRep } } : {}),
    orderBy: { field: 'date', direction: 'desc' },
    limit: 500,
  });
  return items;
}

/**
 * The coverage view: the summary (goal, hours, last-observed dates) and the last 12 weeks' roll-ups,
 * two store operations whatever the history (plus the space read that authorized the call).
 * Managers see the team; anyone else only their own figures.
 */
export async function getCoverage(store: DocumentStore, access: SpaceAccess, today: string): Promise<CoverageResponse> {
  const pk = access.space.pk;
  const [summary, page] = await Promise.all([
    store.read<ObservationSummaryDoc>(pk, OBSERVATION_SUMMARY_ID),
    store.query<ObservationWeekDoc>(pk, {
      type: 'observationWeek',
      // Ids end with the week's Monday, so the newest weeks come first along the store's id index.
      orderBy: { field: 'id', direction: 'desc' },
      limit: COVERAGE_WINDOW_WEEKS,
    }),
  ]);
  const settings = summary ?? emptySummary(pk);
  const hoursOf = (userId: string): number => settings.hours[userId] ?? DEFAULT_HOURS_PER_WEEK;
  const members = access.space.members;
  const managerHours = members.filter((m) => m.role === 'manager').reduce((sum, m) => sum + hoursOf(m.userId), 0);
  const team = isManager(access);
  const coverage = computeCoverage({
    weeks: page.items,
    today,
    workingMinutesPerWeek: managerHours * 60,
    reps: members
      .filter((m) => m.role === 'rep')
      .map((m) => ({ repId: m.userId, name: m.name, lastObservedOn: settings.lastObservedOn[m.userId] ?? null })),
    ...(team ? {} : { onlyRep: access.member.userId }),
  });
  return {
    scope: team ? 'team' : 'self',
    goalPercent: settings.goalPercent,
    hoursPerWeek: hoursOf(access.member.userId),
    ...coverage,
  };
}

/**
 * The caller's observations as a rep in every space, newest first, and their competency trend:
 * the manager's ratings (once readable), their own self-assessments and their role-play results.
 */
export async function listMyObservations(store: DocumentStore, principal: Principal): Promise<MyObservationsResponse> {
  const items: MyObservationsResponse['items'] = [];
  const labels = new Map<string, string>();
  const points = new Map<string, MyObservationsResponse['trend'][number]['points']>();
  const add = (competency: string, point: MyObservationsResponse['trend'][number]['points'][number]): void => {
    points.set(competency, [...(points.get(competency) ?? []), point]);
  };
  for (const space of await listMySpaces(store, principal)) {
    const mine = await queryAll<ObservationDoc>(store, space.pk, {
      type: 'observation',
      where: { repId: principal.userId },
      orderBy: { field: 'date', direction: 'desc' },
      limit: 500,
    });
    if (mine.length === 0) continue;
    for (const c of (await getCompetencies(store, space.pk)).items) labels.set(c.key, c.label);
    for (const o of mine) {
      items.push({ ...presentObservation(o, space, 'rep'), spaceName: space.name });
      const self = o.selfAssessment;
      if (self && !self.skipped) {
        for (const r of self.ratings) add(r.competency, { at: o.date, source: 'selfAssessment', rating: r.rating });
      }
      const readable = feedbackVisibleToRep({ selfAssessed: self !== null, shared: Boolean(o.feedback?.sharedAt) });
      if (readable && o.feedback) {
        for (const r of o.feedback.ratings) add(r.competency, { at: o.date, source: 'observation', rating: r.rating });
      }
    }
  }
  const roleplays = await listMyRoleplays(store, principal);
  for (const series of roleplays.criteria) {
    if (!labels.has(series.criterion)) labels.set(series.criterion, series.label);
    for (const p of series.points) {
      const at = p.playedAt.slice(0, 10);
      if (p.observerRating !== null) add(series.criterion, { at, source: 'roleplay', rating: p.observerRating });
      if (p.selfRating !== null) add(series.criterion, { at, source: 'selfAssessment', rating: p.selfRating });
    }
  }
  items.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const trend = [...points.entries()]
    .map(([competency, list]) => ({
      competency,
      label: labels.get(competency) ?? competency,
      points: [...list].sort((a, b) => a.at.localeCompare(b.at)),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { items, trend };
}
