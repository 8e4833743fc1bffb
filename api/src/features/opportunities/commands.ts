import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  type AssignOpportunityBody,
  BOARD_LIMITS,
  CLOSED_STATUSES,
  Conflict,
  type CreateOpportunityBody,
  mayMoveOpportunity,
  milestoneOf,
  NotFound,
  type OpportunityStatusBody,
  routeOpportunity,
  statusNeedsNote,
  ValidationError,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { createBoard, getSummary } from '../boards/index.js';
import { nameOf } from '../spaces/index.js';
import { readWorkableOpportunity } from './access.js';
import { getPoints } from './credits.js';
import { opportunityDocId, type OpportunityDoc, type StoredOpportunity } from './model.js';

const invalid = (field: string, message: string): ValidationError =>
  new ValidationError(`${field}: ${message}`, [{ field, message }]);

/** The owner of the account board named, or a 400 when it is not one of the space's boards. */
async function boardOf(store: DocumentStore, pk: string, boardId: string): Promise<{ ownerId: string; name: string }> {
  try {
    const summary = await getSummary(store, pk, boardId);
    return { ownerId: summary.ownerId, name: summary.name };
  } catch (error) {
    if (error instanceof NotFound) throw invalid('body.boardId', 'must be an account board of this team');
    throw error;
  }
}

/**
 * Logs what a colleague noticed. It goes to the owner of the account's board when there is one, and
 * otherwise waits for the space's managers to assign it.
 */
export async function createOpportunity(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateOpportunityBody,
  now: Date,
): Promise<StoredOpportunity> {
  const pk = access.space.pk;
  const board = body.boardId ? await boardOf(store, pk, body.boardId) : null;
  const assigneeId = routeOpportunity(board?.ownerId ?? null, access.space.members);
  const at = now.toISOString();
  const opportunityId = randomUUID();
  return store.create<OpportunityDoc>({
    id: opportunityDocId(opportunityId),
    pk,
    type: 'opportunity',
    opportunityId,
    contributorId: access.member.userId,
    assigneeId,
    triage: assigneeId === null,
    open: true,
    creditPending: false,
    boardId: body.boardId ?? null,
    customerName: body.customerName?.trim() || board?.name || '',
    noticed: body.noticed,
    whyItMatters: body.whyItMatters,
    urgency: body.urgency,
    contact: body.contact,
    status: 'new',
    statusNote: '',
    convertedBoardId: null,
    convertingAt: null,
    credits: {},
    createdAt: at,
    updatedAt: at,
  });
}

/** A manager hands the opportunity to a rep or manager of the space (triage, or a change of hands). */
export async function assignOpportunity(
  store: DocumentStore,
  access: SpaceAccess,
  opportunityId: string,
  body: AssignOpportunityBody,
  now: Date,
): Promise<{ opportunity: StoredOpportunity; changed: boolean }> {
  const assignee = access.space.members.find((m) => m.userId === body.assigneeId);
  if (!assignee || (assignee.role !== 'rep' && assignee.role !== 'manager')) {
    throw invalid('body.assigneeId', 'must be a rep or manager of this team');
  }
  const current = await readWorkableOpportunity(store, access, opportunityId);
  if (current.assigneeId === body.assigneeId) return { opportunity: current, changed: false };
  const saved = await updateWithRetry<OpportunityDoc>(store, current.pk, current.id, (doc) => {
    if (!doc.open) throw new Conflict('This opportunity is closed; it can no longer be assigned.');
    return { ...doc, assigneeId: body.assigneeId, triage: false, updatedAt: now.toISOString() };
  });
  return { opportunity: saved, changed: true };
}

/**
 * The assignee (or a manager) moves the opportunity on. Reaching qualified or won proposes the space's
 * points for it; they are credited only when a manager approves.
 */
export async function moveOpportunity(
  store: DocumentStore,
  access: SpaceAccess,
  opportunityId: string,
  body: OpportunityStatusBody,
  now: Date,
): Promise<StoredOpportunity> {
  if (statusNeedsNote(body.status) && !body.note.trim()) {
    throw invalid('body.note', 'must say why, for the colleague who passed it on');
  }
  const current = await readWorkableOpportunity(store, access, opportunityId);
  const milestone = milestoneOf(body.status);
  const points = milestone ? (await getPoints(store, access.space.pk))[milestone] : 0;
  const at = now.toISOString();
  return updateWithRetry<OpportunityDoc>(store, current.pk, current.id, (doc) => {
    if (!mayMoveOpportunity(doc.status, body.status)) {
      throw new Conflict(`An opportunity that is ${doc.status} cannot become ${body.status}.`);
    }
    const credits = { ...doc.credits };
    if (milestone && points > 0 && !credits[milestone]) {
      credits[milestone] = {
        points,
        proposedAt: at,
        approvedAt: null,
        approvedBy: null,
        entryId: null,
        reversedAt: null,
      };
    }
    return {
      ...doc,
      status: body.status,
      statusNote: body.note.trim(),
      open: !CLOSED_STATUSES.includes(body.status),
      triage: doc.triage && !CLOSED_STATUSES.includes(body.status),
      credits,
      creditPending: Object.values(credits).some((c) => c && !c.approvedAt),
      updatedAt: at,
    };
  });
}

/**
 * Opens an account board from a qualified (or won) opportunity, owned by its assignee, and links the
 * two: the opportunity keeps the board's id, the board's notes say where it came from.
 */
export async function convertToBoard(
  store: DocumentStore,
  access: SpaceAccess,
  opportunityId: string,
  now: Date,
): Promise<{ opportunity: StoredOpportunity; boardId: string }> {
  const current = await readWorkableOpportunity(store, access, opportunityId);
  const at = now.toISOString();
  // Claimed first, so that two clicks at once open one board.
  const claimed = await updateWithRetry<OpportunityDoc>(store, current.pk, current.id, (doc) => {
    if (doc.status !== 'qualified' && doc.status !== 'won') {
      throw new Conflict('Only a qualified or won opportunity becomes an account board.');
    }
    if (doc.boardId) throw new Conflict('This opportunity is about an account board already.');
    if (doc.convertedBoardId || doc.convertingAt) throw new Conflict('This opportunity already has its account board.');
    return { ...doc, convertingAt: at };
  });
  const contributor = nameOf(access.space, claimed.contributorId) ?? 'A colleague';
  const notes = `From an opportunity ${contributor} passed on: ${claimed.noticed}`.slice(0, BOARD_LIMITS.notesMax);
  let boardId: string;
  try {
    ({ boardId } = await createBoard(
      store,
      access,
      {
        name: claimed.customerName.slice(0, BOARD_LIMITS.nameMax),
        ownerId: claimed.assigneeId ?? access.member.userId,
        notes,
      },
      now,
    ));
  } catch (error) {
    await updateWithRetry<OpportunityDoc>(store, current.pk, current.id, (doc) => ({ ...doc, convertingAt: null }));
    throw error;
  }
  const opportunity = await updateWithRetry<OpportunityDoc>(store, current.pk, current.id, (doc) => ({
    ...doc,
    convertedBoardId: boardId,
    updatedAt: at,
  }));
  return { opportunity, boardId };
}
