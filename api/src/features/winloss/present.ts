import type { SpaceAccess } from '../../auth/policy.js';
import { can, type ReviewDraftResponse, type ReviewResponse, type ValuePropResponse } from '../../domain/index.js';
import type { Stored } from '../../store/port.js';
import type { StoredSummary } from '../boards/index.js';
import { nameOf } from '../spaces/index.js';
import { EMPTY_VALUE_PROP_ETAG, type StoredReview, type ValuePropDoc } from './model.js';
import { mayEditReview, mayWriteReview } from './reviews.js';

export function presentReview(review: StoredReview, summary: StoredSummary, access: SpaceAccess): ReviewResponse {
  return {
    id: review.reviewId,
    boardId: review.boardId,
    boardName: review.boardName,
    outcome: review.outcome,
    closedOn: review.closedOn,
    reasons: review.reasons,
    primary: review.primary,
    whatElse: review.whatElse,
    competitor: review.competitor,
    buyerStage: review.buyerStage,
    salesStage: review.salesStage,
    dealSize: review.dealSize,
    segment: review.segment,
    durationSeconds: review.durationSeconds,
    authorId: review.authorId,
    authorName: nameOf(access.space, review.authorId),
    final: review.final,
    customer: review.customer
      ? { heardOn: review.customer.heardOn, reasons: review.customer.reasons, recordedBy: review.customer.recordedBy }
      : null,
    canEdit: Boolean(summary.closing) && mayEditReview(access, summary, review),
    canFinalize: can(access.member.role, 'winloss.finalize'),
    canRecordCustomer: mayWriteReview(access, summary),
    updatedAt: review.updatedAt,
    etag: review._etag,
  };
}

/** What the review form opens with: the review (none while the deal is open) and the board's facts. */
export function presentDraft(
  review: StoredReview | undefined,
  summary: StoredSummary,
  access: SpaceAccess,
): ReviewDraftResponse {
  const live = review && !review.withdrawn && summary.closing ? review : undefined;
  return {
    review: live ? presentReview(live, summary, access) : null,
    prefill: {
      buyerStage: summary.facts.buyerStage,
      salesStage: summary.facts.salesStage,
      dealSize: summary.closing?.value ?? summary.value,
      segment: summary.segment,
    },
    closing: summary.closing ?? null,
  };
}

export function presentValueProp(
  doc: Stored<ValuePropDoc> | undefined,
  space: SpaceAccess['space'],
): ValuePropResponse {
  return {
    points: doc?.points ?? [],
    updatedAt: doc?.updatedAt ?? null,
    updatedByName: doc ? nameOf(space, doc.updatedBy) : null,
    etag: doc?._etag ?? EMPTY_VALUE_PROP_ETAG,
  };
}
