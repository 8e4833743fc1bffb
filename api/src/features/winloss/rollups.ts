import { Conflict, PreconditionFailed, type WinlossEntry } from '../../domain/index.js';
import { stripStored } from '../../store/documents.js';
import type { DocumentStore } from '../../store/port.js';
import { backoff } from '../../store/retry.js';
import { reviewDocId, WINLOSS_ROLLUP_ID, type ReviewDoc, type RollupDoc } from './model.js';

/** The roll-up entry of a review; none while it is withdrawn (the board was reopened). */
export function entryOf(review: ReviewDoc): WinlossEntry | undefined {
  if (review.withdrawn) return undefined;
  return {
    reviewId: review.reviewId,
    boardName: review.boardName,
    outcome: review.outcome,
    closedOn: review.closedOn,
    segment: review.segment,
    reasons: Object.fromEntries(review.reasons.map((r) => [r.key, r.label])),
    primary: review.primary,
    ...(review.customer ? { customer: Object.fromEntries(review.customer.reasons.map((r) => [r.key, r.label])) } : {}),
  };
}

/**
 * Brings a review's entry in the space's roll-up in step with the review as stored now; idempotent.
 * Each attempt reads the roll-up first and the review second, then writes the roll-up under the
 * etag it read: a writer whose review changed after that read also rewrites the roll-up, so one of
 * the two gets 412 (or 409 on the first create) and retries with the newer review. Whatever the
 * interleaving, the last successful write carries every review's latest state.
 */
export async function syncReviewEntry(
  store: DocumentStore,
  pk: string,
  reviewId: string,
  attempts = 24,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const rollup = await store.read<RollupDoc>(pk, WINLOSS_ROLLUP_ID);
    const review = await store.read<ReviewDoc>(pk, reviewDocId(reviewId));
    const entry = review ? entryOf(review) : undefined;
    const entries = { ...(rollup?.entries ?? {}) };
    if (entry) entries[reviewId] = entry;
    else delete entries[reviewId];
    try {
      if (rollup) {
        await store.replace<RollupDoc>({ ...stripStored(rollup), entries }, { ifMatch: rollup._etag });
      } else {
        await store.create<RollupDoc>({ id: WINLOSS_ROLLUP_ID, pk, type: 'winlossRollup', entries });
      }
      return;
    } catch (error) {
      const raced = error instanceof PreconditionFailed || error instanceof Conflict;
      if (!raced || attempt >= attempts) throw error;
    }
    await backoff(attempt);
  }
}

/** The roll-up's entries: one point read. */
export async function readEntries(store: DocumentStore, pk: string): Promise<WinlossEntry[]> {
  const rollup = await store.read<RollupDoc>(pk, WINLOSS_ROLLUP_ID);
  return Object.values(rollup?.entries ?? {});
}
