import type { RoleplayEvidence } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { presentResults } from './present.js';
import { listRoleplays, listScores } from './queries.js';

/**
 * A rep's most recent played role-plays in one space, as the rep may see their results (observer
 * ratings only for rounds they have self-assessed), for coaching sessions to draw questions from.
 */
export async function recentRoleplayEvidence(
  store: DocumentStore,
  pk: string,
  repId: string,
  limit: number,
): Promise<RoleplayEvidence[]> {
  const played = (await listRoleplays(store, pk, { repId }))
    .filter((r): r is typeof r & { playedAt: string } => r.playedAt !== null)
    .sort((a, b) => b.playedAt.localeCompare(a.playedAt))
    .slice(0, limit);
  return Promise.all(
    played.map(async (roleplay) => ({
      roleplayId: roleplay.roleplayId,
      title: roleplay.scenario.title,
      playedAt: roleplay.playedAt,
      results: presentResults(roleplay, await listScores(store, pk, roleplay.roleplayId), true).map((r) => ({
        criterion: r.criterion,
        label: r.label,
        selfRating: r.selfRating,
        observerRating: r.observerRating,
      })),
      nextStep: roleplay.nextStep ? { text: roleplay.nextStep.text, dueDate: roleplay.nextStep.dueDate } : null,
    })),
  );
}
