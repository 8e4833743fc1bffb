import {
  feedbackVisibleToRep,
  type LiveObservationResponse,
  type ObservationResponse,
  type ObservationStatus,
} from '../../domain/index.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { LiveObservationDoc, ObservationDoc } from './model.js';

/** Where the observation stands, seen from the rep's side. */
export function statusOf(o: ObservationDoc): ObservationStatus {
  if (!o.selfAssessment) return 'selfAssessmentDue';
  if (!o.feedback?.sharedAt) return 'awaitingFeedback';
  return o.acknowledgement ? 'acknowledged' : 'feedbackShared';
}

/**
 * An observation for its reader. A manager reads everything, draft feedback included; the rep reads
 * the manager's notes and feedback only once it is shared and they have assessed themself first.
 */
export function presentObservation(
  o: ObservationDoc,
  space: StoredSpace,
  reader: 'manager' | 'rep',
): ObservationResponse {
  const shared = Boolean(o.feedback?.sharedAt);
  const open = reader === 'manager' || feedbackVisibleToRep({ selfAssessed: o.selfAssessment !== null, shared });
  const self = o.selfAssessment;
  return {
    id: o.observationId,
    spaceId: space.spaceId,
    repId: o.repId,
    repName: nameOf(space, o.repId) ?? '',
    observerId: o.observerId,
    observerName: nameOf(space, o.observerId) ?? '',
    channel: o.channel,
    date: o.date,
    minutes: o.minutes,
    boardId: o.boardId,
    competencies: o.competencies,
    status: statusOf(o),
    notes: open ? o.notes : null,
    selfAssessment: self
      ? self.skipped
        ? { skipped: true, ratings: [], reflection: '', at: self.at }
        : { skipped: false, ratings: self.ratings, reflection: self.reflection, at: self.at }
      : null,
    feedback:
      open && o.feedback
        ? {
            strengths: o.feedback.strengths,
            developments: o.feedback.developments,
            ratings: o.feedback.ratings,
            sharedAt: o.feedback.sharedAt,
          }
        : null,
    acknowledgement: o.acknowledgement,
    createdAt: o.createdAt,
  };
}

/** The call being observed, with the server's clock for the count. */
export function presentLive(
  live: LiveObservationDoc | undefined,
  space: StoredSpace,
  now: number,
): LiveObservationResponse {
  return {
    live: live
      ? {
          observationId: live.observationId,
          repId: live.repId,
          repName: nameOf(space, live.repId) ?? '',
          channel: live.channel,
          boardId: live.boardId,
          timer: live.timer,
          competencies: live.competencies,
          notes: live.notes,
          startedAt: live.startedAt,
        }
      : null,
    serverTime: now,
  };
}
