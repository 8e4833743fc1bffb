import { Archived } from '../common/errors.js';
import type { Role } from './contract.js';

/** Everything a member may be allowed to do in a space; features add their own actions here. */
export type SpaceAction =
  | 'space.read'
  | 'space.rename'
  | 'space.bind'
  | 'space.archive'
  | 'members.read'
  | 'members.invite'
  | 'members.changeRole'
  | 'members.remove'
  | 'meetings.read'
  | 'meetings.plan'
  | 'meetings.run'
  | 'captures.create'
  | 'captures.completeAny'
  | 'captures.editAny'
  | 'practices.read'
  | 'practices.post'
  | 'practices.adopt'
  | 'practices.editAny'
  | 'practices.curate'
  | 'skills.edit'
  | 'boards.read'
  | 'boards.edit'
  | 'boards.editAny'
  | 'boards.configure'
  | 'competencies.edit'
  | 'scenarios.read'
  | 'scenarios.write'
  | 'scenarios.editAny'
  | 'scenarios.install'
  | 'roleplays.read'
  | 'roleplays.create'
  | 'roleplays.manage'
  | 'observations.read'
  | 'observations.observe'
  | 'coaching.read'
  | 'coaching.run'
  | 'winloss.read'
  | 'winloss.review'
  | 'winloss.finalize'
  | 'winloss.configure'
  | 'winloss.practice'
  | 'valueProp.edit'
  | 'agreements.read'
  | 'lessons.read'
  | 'lessons.write'
  | 'opportunities.log'
  | 'opportunities.work'
  | 'opportunities.manage'
  | 'barriers.read'
  | 'barriers.raise'
  | 'barriers.manage'
  | 'hiring.read'
  | 'hiring.manage';

const allowed: Record<SpaceAction, readonly Role[]> = {
  'space.read': ['manager', 'rep', 'contributor'],
  'space.rename': ['manager'],
  'space.bind': ['manager'],
  // Archiving makes the whole space read-only; restoring brings it back as it was.
  'space.archive': ['manager'],
  'members.read': ['manager', 'rep', 'contributor'],
  'members.invite': ['manager'],
  'members.changeRole': ['manager'],
  'members.remove': ['manager'],
  'meetings.read': ['manager', 'rep', 'contributor'],
  // Reps bring their accounts and practices to the agenda; contributors read the recap.
  'meetings.plan': ['manager', 'rep'],
  // Starting, moving and ending the live run; the current item's owner may also move on (see mayMoveAgenda).
  'meetings.run': ['manager'],
  'captures.create': ['manager', 'rep', 'contributor'],
  'captures.completeAny': ['manager'],
  // Authors edit and delete their own captures (see assertMayEditCapture); managers any.
  'captures.editAny': ['manager'],
  'practices.read': ['manager', 'rep', 'contributor'],
  // Contributors read and adopt practices; posts come from the people who sell.
  'practices.post': ['manager', 'rep'],
  'practices.adopt': ['manager', 'rep', 'contributor'],
  // Authors edit their own posts (see updatePractice); managers may edit any.
  'practices.editAny': ['manager'],
  // Marking a practice proven or discussed.
  'practices.curate': ['manager'],
  'skills.edit': ['manager'],
  'boards.read': ['manager', 'rep', 'contributor'],
  // Creating boards and editing their cards; a rep only on accounts they own (see assertMayEditBoard).
  'boards.edit': ['manager', 'rep'],
  'boards.editAny': ['manager'],
  // The space's sales stages and their exit criteria.
  'boards.configure': ['manager'],
  // The criteria observers score in role-plays.
  'competencies.edit': ['manager'],
  'scenarios.read': ['manager', 'rep', 'contributor'],
  // Authors edit their own scenarios (see updateScenario); managers may edit any.
  'scenarios.write': ['manager', 'rep'],
  'scenarios.editAny': ['manager'],
  'scenarios.install': ['manager'],
  // Anyone may be cast in a role-play; per-record rules decide who scores, assesses and sees results.
  'roleplays.read': ['manager', 'rep', 'contributor'],
  'roleplays.create': ['manager', 'rep'],
  // Running any role-play's timer, asking coaching questions, seeing every rep's results.
  'roleplays.manage': ['manager'],
  // Per-record rules decide what a member sees: a rep only their own observations (see observations/access).
  'observations.read': ['manager', 'rep', 'contributor'],
  // Observing reps, giving feedback and setting the coverage goal and one's working hours.
  'observations.observe': ['manager'],
  // Sessions and plans: per record, the rep of the session and the space's managers (see assertMayViewSession).
  'coaching.read': ['manager', 'rep'],
  // Starting a coaching session and keeping its notes.
  'coaching.run': ['manager'],
  // Win/loss reviews and their analytics are the space's: every member reads them.
  'winloss.read': ['manager', 'rep', 'contributor'],
  // A rep reviews the deals of the accounts they own (see mayWriteReview); managers any.
  'winloss.review': ['manager', 'rep'],
  // Marking a review final: its author no longer edits it.
  'winloss.finalize': ['manager'],
  // Extending the shared taxonomy of reasons.
  'winloss.configure': ['manager'],
  // Turning a loss theme into a role-play scenario.
  'winloss.practice': ['manager'],
  // The value-proposition notes the team edits together.
  'valueProp.edit': ['manager', 'rep'],
  // Two-way agreements: per record, its manager and rep and the space's other managers (see assertMayViewAgreement).
  'agreements.read': ['manager', 'rep', 'contributor'],
  // Everyone reads lessons and takes their checks; passes show beside each member.
  'lessons.read': ['manager', 'rep', 'contributor'],
  // Writing, editing and retiring the space's own lessons.
  'lessons.write': ['manager'],
  // Anyone in the space logs what they noticed at a customer; per record, who logged it, its assignee
  // and the managers read it (see opportunities/access), and each sees their own credits.
  'opportunities.log': ['manager', 'rep', 'contributor'],
  // Working an opportunity routed to one: moving its status, opening an account board from it.
  'opportunities.work': ['manager', 'rep'],
  // Triage, the space's points, approving and reversing credits, the recognition board and rewards.
  'opportunities.manage': ['manager'],
  // Per record: private barriers only for their raiser and the managers (see assertMayViewBarrier).
  'barriers.read': ['manager', 'rep', 'contributor'],
  // Anyone in the team raises what blocks them; the raiser confirms or reopens their own.
  'barriers.raise': ['manager', 'rep', 'contributor'],
  // The managers own removal: status, resolution, the board and the agenda.
  'barriers.manage': ['manager'],
  // Hiring loops: per record, the loop's panel and the space's managers (see assertMayOpenLoop).
  'hiring.read': ['manager', 'rep', 'contributor'],
  // Role profiles, starting loops, the decision and linking a hire to the new member.
  'hiring.manage': ['manager'],
};

/** The one place that decides whether a role may perform an action in a space. */
export function can(role: Role, action: SpaceAction): boolean {
  return allowed[action].includes(role);
}

/**
 * The one rule for archived spaces: every change is refused while the space is archived (reads still
 * work), except restoring it. `authorizeSpace` applies it to every write an endpoint declares.
 */
export function assertSpaceWritable(space: { archivedAt?: string | null }): void {
  if (space.archivedAt) {
    throw new Archived('This space is archived and read-only. A manager can restore it to make changes again.');
  }
}
