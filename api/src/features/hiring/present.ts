import {
  type CardReader,
  type HiringLoopResponse,
  type HiringLoopSummary,
  HIRING_LIMITS,
  isDisagreement,
  mayReadOthersCards,
  ratingSpread,
  type RoleProfileResponse,
  type ScorecardResponse,
  visibleCards,
  weightedScore,
} from '../../domain/index.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { StoredLoop, StoredProfile, StoredScorecard } from './model.js';

export function presentProfile(profile: StoredProfile, scenarioTitle: string | null): RoleProfileResponse {
  return {
    id: profile.profileId,
    name: profile.name,
    competencies: profile.competencies,
    scenario: profile.scenarioId ? { id: profile.scenarioId, title: scenarioTitle ?? profile.scenarioId } : null,
    updatedAt: profile.updatedAt,
    etag: profile._etag,
  };
}

/** A loop in lists: who is on the panel and whether they submitted; never a rating or a word of evidence. */
export function presentLoopSummary(loop: StoredLoop, space: StoredSpace): HiringLoopSummary {
  return {
    id: loop.loopId,
    profileId: loop.profileId,
    profileName: loop.profile.name,
    candidateName: loop.candidate.name,
    interviewDates: loop.interviewDates,
    interviewers: loop.interviewers.map((i) => ({
      userId: i.userId,
      name: nameOf(space, i.userId) ?? '',
      competencies: i.competencies,
      submitted: loop.submittedBy.includes(i.userId),
    })),
    decision: loop.decision,
    purgeAt: loop.purgeAt,
    createdAt: loop.createdAt,
  };
}

function presentCard(card: StoredScorecard, space: StoredSpace): ScorecardResponse {
  return {
    interviewerId: card.interviewerId,
    interviewerName: nameOf(space, card.interviewerId) ?? '',
    submittedAt: card.submittedAt,
    ratings: card.ratings,
    recommendation: card.recommendation,
    developmentPoints: card.developmentPoints,
    roleplayId: card.roleplayId,
  };
}

/** Where the caller stands on a loop, for the independence rule. */
export function readerOf(loop: StoredLoop, userId: string, isManager: boolean): CardReader {
  return {
    userId,
    isManager,
    isInterviewer: loop.interviewers.some((i) => i.userId === userId),
    submittedOwn: loop.submittedBy.includes(userId),
    managersSeeEarly: loop.managersSeeEarly,
  };
}

/**
 * A loop as `reader` may see it. The independence rule is applied here, before anything is
 * serialised: the cards it withholds are not in the answer at all, and neither is the debrief built
 * from them.
 */
export function presentLoop(
  loop: StoredLoop,
  space: StoredSpace,
  allCards: StoredScorecard[],
  reader: CardReader,
): HiringLoopResponse {
  const panelComplete = loop.interviewers.every((i) => loop.submittedBy.includes(i.userId));
  const cards = visibleCards(reader, allCards, panelComplete);
  const othersVisible = mayReadOthersCards(reader, panelComplete);
  const mine = cards.find((c) => c.interviewerId === reader.userId);
  const debrief = othersVisible
    ? {
        rows: loop.profile.competencies.map((c) => {
          const spread = ratingSpread(c.key, cards);
          return {
            key: c.key,
            label: c.label,
            weight: c.weight,
            ratings: cards.flatMap((card) =>
              card.ratings
                .filter((r) => r.key === c.key)
                .map((r) => ({ interviewerId: card.interviewerId, rating: r.rating })),
            ),
            spread,
            disagreement: isDisagreement(spread, HIRING_LIMITS.disagreementSpread),
          };
        }),
        weightedScore: weightedScore(loop.profile.competencies, cards),
      }
    : null;
  return {
    ...presentLoopSummary(loop, space),
    candidate: loop.candidate,
    profile: {
      id: loop.profileId,
      name: loop.profile.name,
      competencies: loop.profile.competencies,
      scenario: loop.profile.scenario,
    },
    managersSeeEarly: loop.managersSeeEarly,
    retentionDays: loop.retentionDays,
    myCard: mine ? presentCard(mine, space) : null,
    cards: cards.filter((c) => c.interviewerId !== reader.userId).map((c) => presentCard(c, space)),
    othersVisible,
    debrief,
    decisionReason: loop.decisionReason,
    decidedAt: loop.decidedAt,
    hiredUserId: loop.hiredUserId,
    viewer: reader.isManager ? 'manager' : 'interviewer',
    etag: loop._etag,
  };
}
