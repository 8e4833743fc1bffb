import type { SpaceAccess } from '../../auth/policy.js';
import {
  can,
  Conflict,
  type CustomerReasonsBody,
  Forbidden,
  NotFound,
  PreconditionFailed,
  PreconditionRequired,
  type ReviewBody,
  ValidationError,
} from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { getSummary } from '../boards/index.js';
import type { StoredSummary } from '../boards/index.js';
import { reviewDocId, type ReviewDoc, type StoredReview } from './model.js';
import { syncReviewEntry } from './rollups.js';
import { getTaxonomy, type Taxonomy } from './taxonomy.js';

/** The board's owner writes the review (a manager may too); everyone in the space reads it. */
export function mayWriteReview(access: SpaceAccess, summary: { ownerId: string }): boolean {
  if (can(access.member.role, 'boards.editAny')) return true;
  return can(access.member.role, 'winloss.review') && summary.ownerId === access.member.userId;
}

/** A rep edits their own review until a manager marks it final; managers may still correct it. */
export function mayEditReview(access: SpaceAccess, summary: { ownerId: string }, review: ReviewDoc | null): boolean {
  if (!mayWriteReview(access, summary)) return false;
  return !review?.final || can(access.member.role, 'winloss.finalize');
}

export async function findReview(store: DocumentStore, pk: string, boardId: string): Promise<StoredReview | undefined> {
  return store.read<ReviewDoc>(pk, reviewDocId(boardId));
}

function labelled(taxonomy: Taxonomy, keys: readonly string[], field: string): { key: string; label: string }[] {
  return keys.map((key, i) => {
    const reason = taxonomy.reasons.find((r) => r.key === key);
    if (!reason) {
      const message = `must be one of the space's reasons: ${taxonomy.reasons.map((r) => r.key).join(', ')}`;
      throw new ValidationError(`${field}.${i}: ${message}`, [{ field: `${field}.${i}`, message }]);
    }
    return { key, label: reason.label };
  });
}

function closedSummary(summary: StoredSummary): NonNullable<StoredSummary['closing']> {
  if (!summary.closing) throw new Conflict('Close the board as won, lost or no decision before reviewing it.');
  return summary.closing;
}

/**
 * Saves the rep's review of a closed board. The first save creates it (a second first save gets 412);
 * later saves send the etag they read. Labels are copied from the taxonomy as it is now.
 */
export async function saveReview(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  body: ReviewBody,
  ifMatch: string | undefined,
  now: Date = new Date(),
): Promise<StoredReview> {
  const pk = access.space.pk;
  const [summary, current, taxonomy] = await Promise.all([
    getSummary(store, pk, boardId),
    findReview(store, pk, boardId),
    getTaxonomy(store, pk),
  ]);
  const closing = closedSummary(summary);
  if (!mayWriteReview(access, summary)) {
    throw new Forbidden('The account’s owner writes its review; ask them or a manager.');
  }
  const live = current && !current.withdrawn ? current : null;
  if (!mayEditReview(access, summary, live)) {
    throw new Forbidden('A manager marked this review final; it no longer changes.');
  }
  // A review withdrawn by a reopen is written afresh, like a first save (no etag to send).
  if (live && !ifMatch) throw new PreconditionRequired();
  if (live && ifMatch !== live._etag) throw new PreconditionFailed();
  const at = now.toISOString();
  const doc: ReviewDoc = {
    id: reviewDocId(boardId),
    pk,
    type: 'winlossReview',
    reviewId: boardId,
    boardId,
    boardName: summary.name,
    outcome: closing.outcome,
    closedOn: closing.date,
    reasons: labelled(taxonomy, body.reasons, 'body.reasons'),
    primary: body.primary,
    whatElse: body.whatElse,
    competitor: body.competitor,
    buyerStage: body.buyerStage,
    salesStage: body.salesStage,
    dealSize: body.dealSize,
    segment: body.segment,
    durationSeconds: body.durationSeconds,
    authorId: live?.authorId ?? access.member.userId,
    final: live?.final ?? false,
    finalBy: live?.finalBy ?? null,
    // What the customer said stays with the deal, also across a reopen.
    customer: current?.customer ?? null,
    withdrawn: false,
    createdAt: live?.createdAt ?? at,
    updatedAt: at,
    updatedBy: access.member.userId,
  };
  let saved: StoredReview;
  try {
    saved = current ? await store.replace(doc, { ifMatch: current._etag }) : await store.create(doc);
  } catch (error) {
    if (error instanceof Conflict) throw new PreconditionFailed('Someone saved this review first; reload it.');
    throw error;
  }
  await syncReviewEntry(store, pk, boardId);
  // A reopen that landed meanwhile withdrew nothing (the review was not written yet): withdraw it now.
  if (!(await getSummary(store, pk, boardId)).closing) await withdrawReview(store, pk, boardId);
  return saved;
}

async function changeReview(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  ifMatch: string,
  change: (review: StoredReview, summary: StoredSummary) => ReviewDoc,
): Promise<StoredReview> {
  const pk = access.space.pk;
  const [summary, review] = await Promise.all([getSummary(store, pk, boardId), findReview(store, pk, boardId)]);
  if (!review || review.withdrawn) throw new NotFound('review');
  if (review._etag !== ifMatch) throw new PreconditionFailed();
  const next = stripStored(change(review, summary));
  const saved = await store.replace<ReviewDoc>(next, { ifMatch });
  await syncReviewEntry(store, pk, boardId);
  return saved;
}

/** Marks a review final (managers); `final: false` opens it again for its author. */
export function setReviewFinal(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  final: boolean,
  ifMatch: string,
  now: Date = new Date(),
): Promise<StoredReview> {
  return changeReview(store, access, boardId, ifMatch, (review) => ({
    ...review,
    final,
    finalBy: final ? access.member.userId : null,
    updatedAt: now.toISOString(),
    updatedBy: access.member.userId,
  }));
}

/**
 * Records the customer's side: the reasons they gave, against the same taxonomy, with their words
 * kept exactly as typed. The board's owner or a manager; a final review still takes it.
 */
export async function saveCustomerReasons(
  store: DocumentStore,
  access: SpaceAccess,
  boardId: string,
  body: CustomerReasonsBody,
  ifMatch: string,
  now: Date = new Date(),
): Promise<StoredReview> {
  const taxonomy = await getTaxonomy(store, access.space.pk);
  const reasons = labelled(
    taxonomy,
    body.reasons.map((r) => r.key),
    'body.reasons',
  ).map((r, i) => ({ ...r, quote: body.reasons[i]?.quote ?? '' }));
  return changeReview(store, access, boardId, ifMatch, (review, summary) => {
    if (!mayWriteReview(access, summary)) {
      throw new Forbidden('The account’s owner or a manager records what the customer said.');
    }
    return {
      ...review,
      customer: { heardOn: body.heardOn, reasons, recordedBy: access.member.userId, recordedAt: now.toISOString() },
      updatedAt: now.toISOString(),
      updatedBy: access.member.userId,
    };
  });
}

/** A reopened board's review leaves the analytics until the deal closes again (kept as a draft). */
export async function withdrawReview(store: DocumentStore, pk: string, boardId: string): Promise<void> {
  for (;;) {
    const review = await findReview(store, pk, boardId);
    if (!review) break;
    try {
      if (!review.withdrawn) {
        const next: ReviewDoc = { ...stripStored(review), withdrawn: true, final: false, finalBy: null };
        await store.replace<ReviewDoc>(next, { ifMatch: review._etag });
      }
      break;
    } catch (error) {
      if (!(error instanceof PreconditionFailed)) throw error;
    }
  }
  await syncReviewEntry(store, pk, boardId);
}
