import type { MyRoleplaysResponse, Principal } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { listMySpaces } from '../spaces/index.js';
import { presentResults } from './present.js';
import { listRoleplays, listScores } from './queries.js';

/**
 * The caller's own role-plays as the rep, across every space they belong to, newest first, with
 * per-criterion results (observer ratings only for rounds they have self-assessed), their next
 * steps, and one series per criterion for the trend. Nobody else's results are read.
 */
export async function listMyRoleplays(store: DocumentStore, principal: Principal): Promise<MyRoleplaysResponse> {
  const items: MyRoleplaysResponse['items'] = [];
  for (const space of await listMySpaces(store, principal)) {
    const roleplays = await listRoleplays(store, space.pk, { repId: principal.userId });
    const scored = await Promise.all(
      roleplays.map(async (roleplay) => ({ roleplay, scores: await listScores(store, space.pk, roleplay.roleplayId) })),
    );
    for (const { roleplay, scores } of scored) {
      items.push({
        spaceId: space.spaceId,
        spaceName: space.name,
        roleplayId: roleplay.roleplayId,
        scenarioTitle: roleplay.scenario.title,
        skill: { key: roleplay.scenario.skill, label: roleplay.scenario.skillLabel },
        difficulty: roleplay.scenario.difficulty,
        status: roleplay.status,
        playedAt: roleplay.playedAt,
        results: presentResults(roleplay, scores, true),
        nextStep: roleplay.nextStep,
      });
    }
  }
  items.sort((a, b) => (b.playedAt ?? '').localeCompare(a.playedAt ?? ''));

  const series = new Map<string, MyRoleplaysResponse['criteria'][number]>();
  for (const item of [...items].reverse()) {
    if (!item.playedAt) continue;
    for (const result of item.results) {
      if (result.selfRating === null && result.observerRating === null) continue;
      const entry = series.get(result.criterion) ?? { criterion: result.criterion, label: result.label, points: [] };
      entry.points.push({
        roleplayId: item.roleplayId,
        playedAt: item.playedAt,
        selfRating: result.selfRating,
        observerRating: result.observerRating,
      });
      series.set(result.criterion, entry);
    }
  }
  return {
    items,
    criteria: [...series.values()].sort((a, b) => a.label.localeCompare(b.label)),
  };
}
