import type { Role } from './spaces.js';

/** Everything a member may be allowed to do in a space; features add their own actions here. */
export type SpaceAction =
  | 'space.read'
  | 'space.rename'
  | 'space.bind'
  | 'members.read'
  | 'members.invite'
  | 'members.changeRole'
  | 'members.remove'
  | 'meetings.read'
  | 'meetings.plan'
  | 'meetings.run'
  | 'captures.create'
  | 'captures.completeAny';

const allowed: Record<SpaceAction, readonly Role[]> = {
  'space.read': ['manager', 'rep', 'contributor'],
  'space.rename': ['manager'],
  'space.bind': ['manager'],
  'members.read': ['manager', 'rep', 'contributor'],
  'members.invite': ['manager'],
  'members.changeRole': ['manager'],
  'members.remove': ['manager'],
  'meetings.read': ['manager', 'rep', 'contributor'],
  // Reps bring their accounts and practices to the agenda; contributors read the recap.
  'meetings.plan': ['manager', 'rep'],
  // Starting and ending; moving the agenda is also open to the current item's owner (see runMeeting).
  'meetings.run': ['manager'],
  'captures.create': ['manager', 'rep', 'contributor'],
  'captures.completeAny': ['manager'],
};

/** The one place that decides whether a role may perform an action in a space. */
export function can(role: Role, action: SpaceAction): boolean {
  return allowed[action].includes(role);
}
