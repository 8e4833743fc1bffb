import type { SpaceAccess } from '../../auth/policy.js';
import {
  Conflict,
  creditEntryId,
  type CreditMilestone,
  DEFAULT_OPPORTUNITY_POINTS,
  NotFound,
  type OpportunityPointsBody,
  type Quarter,
  quarterOf,
  reversalEntryId,
  rewardEntryId,
  ValidationError,
} from '../../domain/index.js';
import { queryAll } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { readWorkableOpportunity } from './access.js';
import {
  ledgerDocId,
  type LedgerEntryDoc,
  type OpportunityDoc,
  opportunityDocId,
  type OptInDoc,
  optInDocId,
  POINTS_DOC_ID,
  type PointsDoc,
  type StoredLedgerEntry,
  type StoredOpportunity,
} from './model.js';

/** The points the space proposes on qualified and won (the defaults until a manager sets them). */
export async function getPoints(store: DocumentStore, pk: string): Promise<OpportunityPointsBody> {
  const doc = await store.read<PointsDoc>(pk, POINTS_DOC_ID);
  return doc ? { qualified: doc.qualified, won: doc.won } : DEFAULT_OPPORTUNITY_POINTS;
}

/** A manager sets the space's points; proposals already made keep their amount. */
export async function savePoints(
  store: DocumentStore,
  access: SpaceAccess,
  body: OpportunityPointsBody,
): Promise<OpportunityPointsBody> {
  const pk = access.space.pk;
  const doc: PointsDoc = { id: POINTS_DOC_ID, pk, type: 'opportunityPoints', ...body };
  try {
    await store.create(doc);
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    await updateWithRetry<PointsDoc>(store, pk, POINTS_DOC_ID, (current) => ({ ...current, ...body }));
  }
  return body;
}

/** Writes a ledger entry once: its id is deterministic, so a second writer gets 409 and nothing is added. */
async function writeEntry(store: DocumentStore, entry: LedgerEntryDoc): Promise<StoredLedgerEntry> {
  return store.create(entry);
}

const MILESTONE_WORDS: Record<CreditMilestone, string> = { qualified: 'Qualified', won: 'Won' };

/**
 * A manager approves the points proposed for one milestone: the credit is one ledger entry with a
 * deterministic id, so two managers approving at once credit the points once (the second hears 409).
 */
export async function approveCredit(
  store: DocumentStore,
  access: SpaceAccess,
  opportunityId: string,
  milestone: CreditMilestone,
  now: Date,
): Promise<{ opportunity: StoredOpportunity; entry: StoredLedgerEntry }> {
  const current = await readWorkableOpportunity(store, access, opportunityId);
  const proposal = current.credits[milestone];
  if (!proposal) throw new Conflict('No points are proposed for this step of the opportunity.');
  const at = now.toISOString();
  const entryId = creditEntryId(opportunityId, milestone);
  let entry: StoredLedgerEntry;
  let created = true;
  try {
    entry = await writeEntry(store, {
      id: ledgerDocId(entryId),
      pk: current.pk,
      type: 'ledgerEntry',
      entryId,
      kind: 'credit',
      contributorId: current.contributorId,
      points: proposal.points,
      what: `${MILESTONE_WORDS[milestone]}: ${current.customerName}`,
      why: `The opportunity was ${milestone === 'won' ? 'won' : 'qualified'}`,
      byId: access.member.userId,
      at,
      quarter: quarterOf(at),
      opportunityId,
      reverses: null,
    });
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    const existing = await store.read<LedgerEntryDoc>(current.pk, ledgerDocId(entryId));
    if (!existing) throw error;
    entry = existing;
    created = false;
  }
  // The entry is the credit; the opportunity only mirrors it (and a retry after a crash completes it).
  const opportunity = await updateWithRetry<OpportunityDoc>(store, current.pk, current.id, (doc) => {
    const credits = { ...doc.credits };
    const state = credits[milestone];
    if (state && !state.approvedAt) {
      credits[milestone] = { ...state, approvedAt: entry.at, approvedBy: entry.byId, entryId };
    }
    return { ...doc, credits, creditPending: Object.values(credits).some((c) => c && !c.approvedAt) };
  });
  if (!created) throw new Conflict('These points were already approved; they are credited once.');
  return { opportunity, entry };
}

/** A manager reverses an entry with a reason: a new entry with the opposite points, once per entry. */
export async function reverseEntry(
  store: DocumentStore,
  access: SpaceAccess,
  entryId: string,
  reason: string,
  now: Date,
): Promise<StoredLedgerEntry> {
  const pk = access.space.pk;
  const original = await store.read<LedgerEntryDoc>(pk, ledgerDocId(entryId));
  if (!original) throw new NotFound();
  if (original.kind === 'reversal') throw new Conflict('A reversal cannot itself be reversed.');
  const at = now.toISOString();
  const id = reversalEntryId(entryId);
  const entry = await writeEntry(store, {
    id: ledgerDocId(id),
    pk,
    type: 'ledgerEntry',
    entryId: id,
    kind: 'reversal',
    contributorId: original.contributorId,
    points: -original.points,
    what: `Reversed: ${original.what}`,
    why: reason,
    byId: access.member.userId,
    at,
    quarter: quarterOf(at),
    opportunityId: original.opportunityId,
    reverses: entryId,
  }).catch((error: unknown) => {
    throw error instanceof Conflict ? new Conflict('This entry was already reversed.') : error;
  });
  if (original.opportunityId) {
    const opportunityId = original.opportunityId;
    await updateWithRetry<OpportunityDoc>(store, pk, opportunityDocId(opportunityId), (doc) => ({
      ...doc,
      credits: Object.fromEntries(
        Object.entries(doc.credits).map(([m, c]) => [m, c && c.entryId === entryId ? { ...c, reversedAt: at } : c]),
      ),
    })).catch((error: unknown) => {
      if (!(error instanceof NotFound)) throw error;
    });
  }
  return entry;
}

/** A contributor's entries in the space, oldest first (one query). */
export async function listEntriesOf(
  store: DocumentStore,
  pk: string,
  contributorId: string,
): Promise<StoredLedgerEntry[]> {
  return queryAll<LedgerEntryDoc>(store, pk, {
    type: 'ledgerEntry',
    where: { contributorId },
    orderBy: { field: 'at', direction: 'asc' },
    limit: 1000,
  });
}

/** Whether the contributor chose to show on the recognition board (off unless they said yes). */
export async function getOptIn(store: DocumentStore, pk: string, userId: string): Promise<boolean> {
  return (await store.read<OptInDoc>(pk, optInDocId(userId)))?.optIn ?? false;
}

export async function setOptIn(store: DocumentStore, access: SpaceAccess, optIn: boolean): Promise<boolean> {
  const pk = access.space.pk;
  const userId = access.member.userId;
  const doc: OptInDoc = { id: optInDocId(userId), pk, type: 'recognitionOptIn', userId, optIn };
  try {
    await store.create(doc);
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    await updateWithRetry<OptInDoc>(store, pk, doc.id, (current) => ({ ...current, optIn }));
  }
  return optIn;
}

/** The quarter's entries and the opt-ins: two queries whatever the space's history. */
export async function quarterEntries(
  store: DocumentStore,
  pk: string,
  quarter: Quarter,
): Promise<{ entries: StoredLedgerEntry[]; optedIn: Set<string> }> {
  const [entries, optIns] = await Promise.all([
    queryAll<LedgerEntryDoc>(store, pk, { type: 'ledgerEntry', where: { quarter }, limit: 1000 }),
    queryAll<OptInDoc>(store, pk, { type: 'recognitionOptIn', where: { optIn: true }, limit: 1000 }),
  ]);
  return { entries, optedIn: new Set(optIns.map((o) => o.userId)) };
}

/** A manager marks the reward for a contributor's quarter as given: a ledger entry of 0 points, once. */
export async function giveReward(
  store: DocumentStore,
  access: SpaceAccess,
  quarter: Quarter,
  contributorId: string,
  note: string,
  now: Date,
): Promise<StoredLedgerEntry> {
  if (!access.space.members.some((m) => m.userId === contributorId)) {
    throw new ValidationError('body.contributorId: must be a member of this team', [
      { field: 'body.contributorId', message: 'must be a member of this team' },
    ]);
  }
  const at = now.toISOString();
  const id = rewardEntryId(quarter, contributorId);
  return writeEntry(store, {
    id: ledgerDocId(id),
    pk: access.space.pk,
    type: 'ledgerEntry',
    entryId: id,
    kind: 'reward',
    contributorId,
    points: 0,
    what: `Reward for ${quarter}`,
    why: note.trim() || 'Recognised for the opportunities passed on',
    byId: access.member.userId,
    at,
    // Counted in the quarter it rewards, whenever it is given.
    quarter,
    opportunityId: null,
    reverses: null,
  }).catch((error: unknown) => {
    throw error instanceof Conflict ? new Conflict('The reward for this quarter is already marked as given.') : error;
  });
}
