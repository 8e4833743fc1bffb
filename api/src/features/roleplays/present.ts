import {
  type Competency,
  criterionResults,
  type FeedbackFinding,
  mayRunRoleplay,
  maySeeObjections,
  RATING_LABELS,
  resultsAccess,
  reopenUntil,
  ROLEPLAY_LIMITS,
  type RoleplayDebriefResponse,
  type RoleplayFeedbackResponse,
  type RoleplayListResponse,
  type RoleplayResponse,
  roleplayRoleOf,
  type RoleplayScore,
  type RoleplayStateResponse,
  type RoleplayViewer,
  type ScenarioResponse,
  type ScenarioSummaryResponse,
  type SelfAssessmentResponse,
} from '../../domain/index.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import {
  coachingQuestionEtag,
  type RoleplayDoc,
  type RoleplayScoreDoc,
  type StoredRoleplay,
  type StoredScenario,
} from './model.js';

const FORMER_MEMBER = 'Former member';

/** The labels a scenario's skill and criteria are shown with: the space's lists, else the keys. */
export interface Labels {
  skill(key: string): string;
  criterion(key: string): string;
}

/** Labels from the space's skill and competency lists. */
export function labelsFrom(skills: { key: string; label: string }[], competencies: Competency[]): Labels {
  const skillLabels = new Map(skills.map((s) => [s.key, s.label]));
  const criterionLabels = new Map(competencies.map((c) => [c.key, c.label]));
  return {
    skill: (key) => skillLabels.get(key) ?? key,
    criterion: (key) => criterionLabels.get(key) ?? key,
  };
}

const person = (space: StoredSpace, userId: string) => ({ userId, name: nameOf(space, userId) ?? FORMER_MEMBER });

/** A scenario as the library lists it. The hidden objections are only counted, never included. */
export function presentScenarioSummary(
  scenario: StoredScenario,
  space: StoredSpace,
  labels: Labels,
): ScenarioSummaryResponse {
  return {
    id: scenario.scenarioId,
    spaceId: space.spaceId,
    title: scenario.title,
    persona: {
      name: scenario.persona.name,
      role: scenario.persona.role,
      company: scenario.persona.company,
      mood: scenario.persona.mood,
      caresAbout: [...scenario.persona.caresAbout],
    },
    situation: scenario.situation,
    skill: { key: scenario.skill, label: labels.skill(scenario.skill) },
    difficulty: scenario.difficulty,
    suggestedRoundMinutes: scenario.suggestedRoundMinutes,
    criteria: scenario.criteria.map((key) => ({ key, label: labels.criterion(key) })),
    objectionCount: scenario.objections.length,
    source: scenario.source,
    author: scenario.authorId ? person(space, scenario.authorId) : null,
    archived: scenario.archived,
    createdAt: scenario.createdAt,
    updatedAt: scenario.updatedAt,
    etag: scenario._etag,
  };
}

/** One scenario; the objections go only to those who may edit it. */
export function presentScenario(
  scenario: StoredScenario,
  space: StoredSpace,
  labels: Labels,
  canEdit: boolean,
): ScenarioResponse {
  return {
    ...presentScenarioSummary(scenario, space, labels),
    objections: canEdit ? [...scenario.objections] : null,
    canEdit,
  };
}

/** The poll: round, timer and server time. Nothing about the scenario, so nothing to hide. */
export function presentRoleplayState(roleplay: StoredRoleplay, now: number): RoleplayStateResponse {
  return {
    roleplayId: roleplay.roleplayId,
    status: roleplay.status,
    round: roleplay.round,
    rounds: roleplay.rounds,
    roundMs: roleplay.roundMs,
    timer: roleplay.timer,
    warningMs: ROLEPLAY_LIMITS.warningMs,
    reopenUntil: reopenUntil({ status: roleplay.status, closedAt: roleplay.closedAt ?? null }),
    serverNow: now,
    etag: roleplay._etag,
  };
}

/**
 * A role-play as `viewer` may see it: everyone gets the public scenario, the cast and the timer;
 * only the customer gets `customerBrief` with the hidden objections.
 */
export function presentRoleplay(
  roleplay: StoredRoleplay,
  space: StoredSpace,
  viewer: RoleplayViewer,
  now: number,
): RoleplayResponse {
  const mine = roleplayRoleOf(roleplay, viewer.userId);
  const label = (key: string): string => roleplay.criteria.find((c) => c.key === key)?.label ?? key;
  return {
    id: roleplay.roleplayId,
    spaceId: space.spaceId,
    status: roleplay.status,
    round: roleplay.round,
    rounds: roleplay.rounds,
    roundMinutes: roleplay.roundMs / 60_000,
    scenario: {
      id: roleplay.scenarioId,
      title: roleplay.scenario.title,
      persona: {
        name: roleplay.scenario.persona.name,
        role: roleplay.scenario.persona.role,
        company: roleplay.scenario.persona.company,
        mood: roleplay.scenario.persona.mood,
        caresAbout: [...roleplay.scenario.persona.caresAbout],
      },
      situation: roleplay.scenario.situation,
      skill: { key: roleplay.scenario.skill, label: roleplay.scenario.skillLabel },
      difficulty: roleplay.scenario.difficulty,
    },
    criteria: roleplay.criteria.map((c) => ({
      key: c.key,
      label: c.label,
      description: c.description,
      anchors: [...c.anchors],
    })),
    rep: person(space, roleplay.repId),
    customer: person(space, roleplay.customerId),
    observers: roleplay.observers.map((o) => ({
      ...person(space, o.userId),
      criterion: o.criterion,
      criterionLabel: label(o.criterion),
    })),
    facilitator: person(space, roleplay.facilitatorId),
    meeting: roleplay.meetingId && roleplay.itemId ? { meetingId: roleplay.meetingId, itemId: roleplay.itemId } : null,
    myRole: mine.role,
    myCriterion: mine.criterion,
    customerBrief: maySeeObjections(viewer, roleplay) ? { objections: [...roleplay.scenario.objections] } : null,
    canRun: mayRunRoleplay(viewer, roleplay.facilitatorId),
    canCoach: viewer.isManager,
    timer: roleplay.timer,
    warningMs: ROLEPLAY_LIMITS.warningMs,
    reopenUntil: reopenUntil({ status: roleplay.status, closedAt: roleplay.closedAt ?? null }),
    serverNow: now,
    createdAt: roleplay.createdAt,
    playedAt: roleplay.playedAt,
    etag: roleplay._etag,
  };
}

/** A role-play in a list: that it took place, the scenario and the cast; never scores. */
export function presentRoleplaySummary(
  roleplay: RoleplayDoc,
  space: StoredSpace,
  viewerId: string,
): RoleplayListResponse['items'][number] {
  return {
    id: roleplay.roleplayId,
    spaceId: space.spaceId,
    status: roleplay.status,
    round: roleplay.round,
    rounds: roleplay.rounds,
    scenario: {
      id: roleplay.scenarioId,
      title: roleplay.scenario.title,
      skill: roleplay.scenario.skill,
      difficulty: roleplay.scenario.difficulty,
    },
    rep: person(space, roleplay.repId),
    customer: person(space, roleplay.customerId),
    observers: roleplay.observers.map((o) => ({ ...person(space, o.userId), criterion: o.criterion })),
    meeting: roleplay.meetingId && roleplay.itemId ? { meetingId: roleplay.meetingId, itemId: roleplay.itemId } : null,
    myRole: roleplayRoleOf(roleplay, viewerId).role,
    createdAt: roleplay.createdAt,
    playedAt: roleplay.playedAt,
  };
}

const ratingLabel = (rating: number): string => RATING_LABELS[rating - 1] ?? String(rating);

/** An observer's card as its author gets it back, with the non-blocking wording nudges. */
export function presentFeedback(
  score: RoleplayScoreDoc & { kind: 'observer' },
  roleplay: RoleplayDoc,
  space: StoredSpace,
  nudges: FeedbackFinding[],
): RoleplayFeedbackResponse {
  return {
    roleplayId: roleplay.roleplayId,
    round: score.round,
    observer: person(space, score.userId),
    criterion: score.criterion,
    criterionLabel: roleplay.criteria.find((c) => c.key === score.criterion)?.label ?? score.criterion,
    rating: score.rating,
    ratingLabel: ratingLabel(score.rating),
    strengths: score.strengths,
    developments: score.developments,
    submittedAt: score.submittedAt,
    updatedAt: score.updatedAt,
    nudges,
  };
}

/** The rep's self-assessment as they get it back, with the non-blocking wording nudges. */
export function presentSelfAssessment(
  score: RoleplayScoreDoc & { kind: 'self' },
  nudges: FeedbackFinding[],
): SelfAssessmentResponse {
  return {
    roleplayId: score.roleplayId,
    round: score.round,
    ratings: score.ratings,
    strengths: score.strengths,
    developments: score.developments,
    submittedAt: score.submittedAt,
    nudges,
  };
}

/** The scores as the results rules see them. */
export function toScores(scores: readonly RoleplayScoreDoc[]): RoleplayScore[] {
  return scores.map((s) =>
    s.kind === 'self'
      ? { kind: 'self', round: s.round, ratings: s.ratings }
      : { kind: 'observer', round: s.round, criterion: s.criterion, rating: s.rating },
  );
}

/** Per-criterion results for the rep (observer ratings only where the rep has self-assessed) or a manager. */
export function presentResults(roleplay: RoleplayDoc, scores: readonly RoleplayScoreDoc[], forRep: boolean) {
  return criterionResults(
    roleplay.criteria.map((c) => c.key),
    toScores(scores),
    forRep,
  ).map((r) => ({ ...r, label: roleplay.criteria.find((c) => c.key === r.criterion)?.label ?? r.criterion }));
}

/**
 * The debrief as `viewer` may see it. The rep: their self-assessments, and observer feedback only
 * for rounds they have assessed. Managers: everything. An observer: their own cards. Anyone else:
 * the coaching questions only. Scores a viewer may not see are left out, not blanked.
 */
export function presentDebrief(
  roleplay: RoleplayDoc,
  scores: readonly RoleplayScoreDoc[],
  space: StoredSpace,
  viewer: RoleplayViewer,
): RoleplayDebriefResponse {
  const access = resultsAccess(viewer, roleplay);
  const rounds: RoleplayDebriefResponse['rounds'] = [];
  if (access !== 'none') {
    for (let round = 1; round <= roleplay.round; round++) {
      const self = scores.find((s) => s.kind === 'self' && s.round === round);
      const selfScore = self?.kind === 'self' ? self : undefined;
      const withheld = access === 'rep' && !selfScore;
      const observerCards = scores.filter(
        (s): s is RoleplayScoreDoc & { kind: 'observer' } =>
          s.kind === 'observer' &&
          s.round === round &&
          (access === 'manager' ||
            (access === 'rep' && !withheld) ||
            (access === 'observer' && s.userId === viewer.userId)),
      );
      const showSelf = access === 'rep' || access === 'manager';
      rounds.push({
        round,
        selfAssessment:
          showSelf && selfScore
            ? {
                ratings: selfScore.ratings,
                strengths: selfScore.strengths,
                developments: selfScore.developments,
                submittedAt: selfScore.submittedAt,
              }
            : null,
        feedbackWithheld: withheld && scores.some((s) => s.kind === 'observer' && s.round === round),
        criteria: roleplay.criteria
          .map((c) => ({
            criterion: c.key,
            label: c.label,
            selfRating: showSelf ? (selfScore?.ratings.find((r) => r.criterion === c.key)?.rating ?? null) : null,
            feedback: observerCards
              .filter((s) => s.criterion === c.key)
              .map((s) => ({
                observer: person(space, s.userId),
                rating: s.rating,
                ratingLabel: ratingLabel(s.rating),
                strengths: s.strengths,
                developments: s.developments,
              })),
          }))
          .filter((c) => access !== 'observer' || c.feedback.length > 0),
      });
    }
  }
  const seesResults = access === 'rep' || access === 'manager';
  return {
    roleplayId: roleplay.roleplayId,
    status: roleplay.status,
    access,
    rep: person(space, roleplay.repId),
    rounds,
    results: seesResults ? presentResults(roleplay, scores, access === 'rep') : [],
    coachingQuestions: roleplay.coachingQuestions.map((q) => ({
      id: q.id,
      text: q.text,
      askedBy: person(space, q.askedBy),
      askedAt: q.askedAt,
      etag: coachingQuestionEtag(q),
    })),
    nextStep: seesResults ? roleplay.nextStep : null,
  };
}
