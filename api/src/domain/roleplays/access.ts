import type { RoleplayObserver } from './contract.js';
import type { RoleplayRun } from './stateMachine.js';

// Who plays which part in a role-play, and who may do and see what.

/** The people of one role-play. */
export interface RoleplayRoles {
  repId: string;
  customerId: string;
  observers: readonly RoleplayObserver[];
}

export type RoleplayRole = 'rep' | 'customer' | 'observer' | 'none';

/** Which part a person plays, and an observer's focus criterion. */
export function roleplayRoleOf(roles: RoleplayRoles, userId: string): { role: RoleplayRole; criterion: string | null } {
  if (roles.repId === userId) return { role: 'rep', criterion: null };
  if (roles.customerId === userId) return { role: 'customer', criterion: null };
  const observer = roles.observers.find((o) => o.userId === userId);
  return observer ? { role: 'observer', criterion: observer.criterion } : { role: 'none', criterion: null };
}

/**
 * Problems with a cast: everyone a member, nobody in two parts, each observer's criterion one the
 * role-play scores. Returns field/message pairs for a 400 (empty when the cast is fine).
 */
export function checkRoleplayRoles(
  roles: RoleplayRoles,
  memberIds: readonly string[],
  criteria: readonly string[],
): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  const member = (field: string, userId: string): void => {
    if (!memberIds.includes(userId)) issues.push({ field, message: 'must be a member of this space' });
  };
  member('repId', roles.repId);
  member('customerId', roles.customerId);
  if (roles.customerId === roles.repId) issues.push({ field: 'customerId', message: 'must not be the rep' });
  const seen = new Set([roles.repId, roles.customerId]);
  roles.observers.forEach((o, i) => {
    member(`observers.${i}.userId`, o.userId);
    if (seen.has(o.userId))
      issues.push({ field: `observers.${i}.userId`, message: 'already has a part in this role-play' });
    seen.add(o.userId);
    if (!criteria.includes(o.criterion))
      issues.push({ field: `observers.${i}.criterion`, message: 'must be one of the scenario’s criteria' });
  });
  return issues;
}

/* ---------- who may do what ---------- */

/** A member as the role-play rules see them. */
export interface RoleplayViewer {
  userId: string;
  isManager: boolean;
}

/** Timer and round moves: the space's managers and the role-play's facilitator (who set it up). */
export function mayRunRoleplay(viewer: RoleplayViewer, facilitatorId: string): boolean {
  return viewer.isManager || viewer.userId === facilitatorId;
}

/** Who may read a scenario's hidden objections in the library: its author and the space's managers. */
export function mayReadObjections(viewer: RoleplayViewer, scenarioAuthorId: string | null | undefined): boolean {
  return viewer.isManager || (!!scenarioAuthorId && scenarioAuthorId === viewer.userId);
}

/** What decides who gets a role-play's hidden objections. */
export interface ObjectionsHolder {
  customerId: string;
  facilitatorId: string;
  /** The scenario's author when it was set up; absent on role-plays set up before it was recorded. */
  scenario: { authorId?: string | null };
}

/**
 * Only the customer ever receives the hidden objections of a role-play: they play them. Setting one up
 * is no way around the library's rule, so a facilitator who casts themself as the customer receives
 * them only if they may read them anyway (`mayReadObjections`).
 */
export function maySeeObjections(viewer: RoleplayViewer, roleplay: ObjectionsHolder): boolean {
  if (roleplay.customerId !== viewer.userId) return false;
  return roleplay.facilitatorId !== viewer.userId || mayReadObjections(viewer, roleplay.scenario.authorId);
}

/**
 * How much of a rep's results a viewer gets: the rep their own (observer feedback only for rounds
 * they have self-assessed), managers everything, an observer their own feedback, everyone else only
 * that the role-play took place.
 */
export type ResultsAccess = 'rep' | 'manager' | 'observer' | 'none';

/** How much of the rep's results `viewer` gets (see `ResultsAccess`). */
export function resultsAccess(viewer: RoleplayViewer, roles: RoleplayRoles): ResultsAccess {
  // The rep reflects before reading feedback, even when the rep is also a manager.
  if (viewer.userId === roles.repId) return 'rep';
  if (viewer.isManager) return 'manager';
  if (roles.observers.some((o) => o.userId === viewer.userId)) return 'observer';
  return 'none';
}

/** Observers score a round once it has begun, until the role-play is closed. */
export function feedbackRoundProblem(run: Pick<RoleplayRun, 'status' | 'round'>, round: number): string | null {
  if (run.status === 'setup') return 'The role-play has not started yet.';
  if (run.status === 'closed') return 'This role-play is closed; its feedback is now the record.';
  if (round > run.round) return `Round ${round} has not started yet.`;
  return null;
}

/** The rep assesses a round once it is over (also after closing, so that feedback can be revealed). */
export function selfAssessmentRoundProblem(run: Pick<RoleplayRun, 'status' | 'round'>, round: number): string | null {
  if (run.status === 'setup' || round > run.round) return `Round ${round} has not been played yet.`;
  if (round === run.round && run.status === 'running') return 'Assess the round once it is over.';
  return null;
}

/** Whether a member may edit a scenario (and so read its objections): its author, or whoever may edit any. */
export function mayEditScenario(scenario: { authorId: string | null }, userId: string, editAny: boolean): boolean {
  return editAny || (scenario.authorId !== null && scenario.authorId === userId);
}
