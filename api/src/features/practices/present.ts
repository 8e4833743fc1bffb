import {
  type AdopterResponse,
  describeMeasure,
  followUpAt,
  followUpStatus,
  type PracticeResponse,
  type PracticeSummaryResponse,
  provenSupport,
  type SpotlightResponse,
} from '../../domain/index.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { AdoptionDoc, PracticeDoc, StoredPractice } from './model.js';

const FORMER_MEMBER = 'Former member';

/** A practice as lists show it: content, context, author and adoption counts, no adopters. */
export function presentPractice(practice: StoredPractice, space: StoredSpace): PracticeSummaryResponse {
  return {
    id: practice.practiceId,
    spaceId: space.spaceId,
    title: practice.title,
    result: {
      text: practice.result.text,
      measure: practice.result.measure,
      measureText: practice.result.measure ? describeMeasure(practice.result.measure) : null,
    },
    actions: practice.actions,
    context: {
      segment: practice.segment,
      stage: practice.stage,
      dealSize: practice.dealSize,
      customerRole: practice.customerRole,
    },
    evidence: practice.evidence,
    tags: practice.tags,
    author: { userId: practice.authorId, name: nameOf(space, practice.authorId) ?? FORMER_MEMBER },
    createdAt: practice.createdAt,
    updatedAt: practice.updatedAt,
    proven: practice.proven,
    provenAt: practice.provenAt,
    discussedAt: practice.discussedAt,
    archived: practice.type === 'archivedPractice',
    adoption: {
      adoptionCount: practice.adoptionCount,
      tryingCount: practice.tryingCount,
      workedCount: practice.workedCount,
      didNotWorkCount: practice.didNotWorkCount,
      notApplicableCount: practice.notApplicableCount,
      successRate: practice.successRate,
    },
    etag: practice._etag,
  };
}

export function presentAdopter(adoption: AdoptionDoc, space: StoredSpace, now: number): AdopterResponse {
  return {
    userId: adoption.userId,
    name: nameOf(space, adoption.userId) ?? FORMER_MEMBER,
    adoptedAt: adoption.adoptedAt,
    followUpAt: followUpAt(adoption.adoptedAt),
    status: followUpStatus(adoption.adoptedAt, adoption.outcome, now),
    outcome: adoption.outcome,
    note: adoption.note,
    outcomeAt: adoption.outcomeAt,
  };
}

/** The detail view: the practice with every adopter and outcome, and the caller's own adoption. */
export function presentPracticeDetail(
  practice: StoredPractice,
  adoptions: AdoptionDoc[],
  space: StoredSpace,
  viewer: { userId: string; canEdit: boolean },
  now: number,
): PracticeResponse {
  const adopters = adoptions.map((a) => presentAdopter(a, space, now));
  return {
    ...presentPractice(practice, space),
    adopters,
    myAdoption: adopters.find((a) => a.userId === viewer.userId) ?? null,
    canEdit: viewer.canEdit,
    provenSupport: provenSupport(practice),
  };
}

/** The meeting-stage view: result, steps, and what happened for the peers who tried it. */
export function presentSpotlight(
  practice: StoredPractice,
  adoptions: AdoptionDoc[],
  space: StoredSpace,
): SpotlightResponse {
  const outcomes = adoptions
    .flatMap((a) =>
      a.outcome && a.outcomeAt
        ? [{ name: nameOf(space, a.userId) ?? FORMER_MEMBER, outcome: a.outcome, note: a.note, outcomeAt: a.outcomeAt }]
        : [],
    )
    .sort((a, b) => a.outcomeAt.localeCompare(b.outcomeAt));
  return {
    practice: presentPractice(practice, space),
    outcomes,
    trying: adoptions
      .filter((a) => a.outcome === null)
      .map((a) => ({ name: nameOf(space, a.userId) ?? FORMER_MEMBER, adoptedAt: a.adoptedAt })),
    provenSupport: provenSupport(practice),
  };
}

/** Why a practice is suggested for the spotlight, in one line. */
export function presentSpotlightReason(practice: PracticeDoc): string {
  const judged = practice.workedCount + practice.didNotWorkCount;
  const parts = [
    ...(practice.proven ? ['Proven.'] : []),
    `Worked for ${practice.workedCount} of ${judged} ${judged === 1 ? 'peer' : 'peers'} who reported back.`,
    ...(practice.tryingCount > 0 ? [`${practice.tryingCount} still trying it.`] : []),
  ];
  return parts.join(' ');
}
