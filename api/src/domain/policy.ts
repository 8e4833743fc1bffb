import type { Role } from './spaces.js';

/** Everything a member may be allowed to do in a space; features add their own actions here. */
export type SpaceAction =
  | 'space.read'
  | 'space.rename'
  | 'space.bind'
  | 'members.read'
  | 'members.invite'
  | 'members.changeRole'
  | 'members.remove';

const allowed: Record<SpaceAction, readonly Role[]> = {
  'space.read': ['manager', 'rep', 'contributor'],
  'space.rename': ['manager'],
  'space.bind': ['manager'],
  'members.read': ['manager', 'rep', 'contributor'],
  'members.invite': ['manager'],
  'members.changeRole': ['manager'],
  'members.remove': ['manager'],
};

/** The one place that decides whether a role may perform an action in a space. */
export function can(role: Role, action: SpaceAction): boolean {
  return allowed[action].includes(role);
}
