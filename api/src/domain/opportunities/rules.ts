import type { CreditMilestone, OpportunityStatus, Quarter } from './contract.js';

/** Statuses that close an opportunity: nothing moves it on after them. */
export const CLOSED_STATUSES: readonly OpportunityStatus[] = ['won', 'lost', 'notAnOpportunity'];

const next: Record<OpportunityStatus, readonly OpportunityStatus[]> = {
  new: ['contacted', 'qualified', 'lost', 'notAnOpportunity'],
  contacted: ['qualified', 'lost', 'notAnOpportunity'],
  qualified: ['won', 'lost'],
  won: [],
  lost: [],
  notAnOpportunity: [],
};

/** Whether an opportunity may move from one status to another (forward only; closed stays closed). */
export function mayMoveOpportunity(from: OpportunityStatus, to: OpportunityStatus): boolean {
  return next[from].includes(to);
}

/** The statuses an opportunity may move to next. */
export function nextOpportunityStatuses(from: OpportunityStatus): readonly OpportunityStatus[] {
  return next[from];
}

/** "Not an opportunity" is only said with a note the contributor reads. */
export function statusNeedsNote(status: OpportunityStatus): boolean {
  return status === 'notAnOpportunity';
}

/** The milestone a move reaches that proposes points, if any. */
export function milestoneOf(status: OpportunityStatus): CreditMilestone | null {
  return status === 'qualified' || status === 'won' ? status : null;
}

/**
 * Who an opportunity goes to: the owner of the account's board when there is one (and they are still a
 * rep or manager of the space), otherwise nobody yet, which leaves it with the space's managers to triage.
 */
export function routeOpportunity(
  boardOwnerId: string | null,
  members: readonly { userId: string; role: string }[],
): string | null {
  if (!boardOwnerId) return null;
  const owner = members.find((m) => m.userId === boardOwnerId);
  return owner && (owner.role === 'rep' || owner.role === 'manager') ? owner.userId : null;
}

/** Ledger entry ids are deterministic, so that the same credit, reversal or reward is written once. */
export const creditEntryId = (opportunityId: string, milestone: CreditMilestone): string =>
  `credit.${opportunityId}.${milestone}`;
export const reversalEntryId = (entryId: string): string => `reversal.${entryId}`;
export const rewardEntryId = (quarter: Quarter, contributorId: string): string => `reward.${quarter}.${contributorId}`;

/** The balance of a list of ledger entries: the sum of their points (reversals are negative). */
export function ledgerBalance(entries: readonly { points: number }[]): number {
  return entries.reduce((sum, e) => sum + e.points, 0);
}
