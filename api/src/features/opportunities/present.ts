import {
  CREDIT_MILESTONES,
  type CreditResponse,
  type LedgerEntryResponse,
  type OpportunityResponse,
} from '../../domain/index.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { LedgerEntryDoc, OpportunityDoc } from './model.js';

/** An opportunity for whoever may read it (its contributor, its assignee, the managers): all see the same. */
export function presentOpportunity(o: OpportunityDoc, space: StoredSpace): OpportunityResponse {
  const credits: CreditResponse[] = [];
  for (const milestone of CREDIT_MILESTONES) {
    const c = o.credits[milestone];
    if (!c) continue;
    credits.push({
      milestone,
      points: c.points,
      proposedAt: c.proposedAt,
      approvedAt: c.approvedAt,
      approvedByName: nameOf(space, c.approvedBy),
      entryId: c.entryId,
      reversedAt: c.reversedAt,
    });
  }
  return {
    id: o.opportunityId,
    spaceId: space.spaceId,
    spaceName: space.name,
    customerName: o.customerName,
    boardId: o.boardId,
    noticed: o.noticed,
    whyItMatters: o.whyItMatters,
    urgency: o.urgency,
    contact: o.contact,
    contributorId: o.contributorId,
    contributorName: nameOf(space, o.contributorId) ?? '',
    assigneeId: o.assigneeId,
    assigneeName: nameOf(space, o.assigneeId),
    status: o.status,
    statusNote: o.statusNote,
    convertedBoardId: o.convertedBoardId,
    credits,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

/** Ledger entries with names, and which entry reversed each one (entries themselves never change). */
export function presentEntries(entries: readonly LedgerEntryDoc[], space: StoredSpace): LedgerEntryResponse[] {
  const reversedBy = new Map(entries.filter((e) => e.reverses).map((e) => [e.reverses as string, e.entryId]));
  return entries.map((e) => ({
    id: e.entryId,
    kind: e.kind,
    contributorId: e.contributorId,
    contributorName: nameOf(space, e.contributorId) ?? '',
    points: e.points,
    what: e.what,
    why: e.why,
    byName: nameOf(space, e.byId) ?? '',
    at: e.at,
    opportunityId: e.opportunityId,
    reverses: e.reverses,
    reversedBy: reversedBy.get(e.entryId) ?? null,
  }));
}
