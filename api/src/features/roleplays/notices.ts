import type { Notice } from '../../notify/port.js';
import type { RoleplayDoc } from './model.js';

/*
 * What a role-play's run tells its cast, from the state a move left it in. The event keys name the
 * role-play, the round and the person, so telling the same state twice (a pause in the debrief, two
 * devices ending the round at once) still makes one notice per event per person.
 */
export function roleplayNotices(
  spaceId: string,
  roleplay: Pick<RoleplayDoc, 'roleplayId' | 'status' | 'round' | 'repId' | 'observers' | 'scenario'>,
): Notice[] {
  if (roleplay.status !== 'roundEnded' && roleplay.status !== 'debrief') return [];
  const { roleplayId, round, repId } = roleplay;
  const title = roleplay.scenario.title;
  const target = { page: 'personal' as const, section: 'roleplays', itemId: roleplayId };
  const base = `${spaceId}|${roleplayId}`;
  const notices: Notice[] = [
    {
      spaceId,
      recipientId: repId,
      kind: 'selfAssessmentDue',
      eventKey: `selfAssessmentDue|${base}|${round}|${repId}`,
      title,
      target,
    },
    ...roleplay.observers.map((observer) => ({
      spaceId,
      recipientId: observer.userId,
      kind: 'scorecardDue' as const,
      eventKey: `scorecardDue|${base}|${round}|${observer.userId}`,
      title,
      target,
    })),
  ];
  if (roleplay.status === 'debrief') {
    notices.push({
      spaceId,
      recipientId: repId,
      kind: 'roleplayResultReady',
      eventKey: `roleplayResultReady|${base}|${repId}`,
      title,
      target,
    });
  }
  return notices;
}
