import {
  checkRoleplayDraft,
  MyRoleplaysResponse,
  RoleplayDebriefResponse,
  RoleplayDraftBody,
  RoleplayFeedbackResponse,
  SelfAssessmentResponse,
} from '@coachboard/api/domain';
import { SPACE_ID } from '../../test/factories';
import type { FakeReply, RecordedRequest } from '../../test/fakeApi';

type DebriefRound = RoleplayDebriefResponse['rounds'][number];
type DebriefCriterion = DebriefRound['criteria'][number];
type ObserverCard = DebriefCriterion['feedback'][number];

/** The role-play routes of the fake API, for `stubApi`. */
export const ROLEPLAY_PATH = `/api/spaces/${SPACE_ID}/roleplays/rp-1`;
export const DEBRIEF = `GET ${ROLEPLAY_PATH}/debrief`;
export const PUT_FEEDBACK = `PUT ${ROLEPLAY_PATH}/feedback`;
export const POST_SELF = `POST ${ROLEPLAY_PATH}/self-assessments`;
export const POST_QUESTION = `POST ${ROLEPLAY_PATH}/coaching-questions`;
export const PUT_NEXT_STEP = `PUT ${ROLEPLAY_PATH}/next-step`;
export const CHECK_DRAFT = `POST /api/spaces/${SPACE_ID}/roleplay-drafts/check`;
export const MINE = 'GET /api/me/roleplays';

/** The draft check as the API answers it: the same pure rules, run on the posted draft. */
export function checkDraftReply(request: RecordedRequest): FakeReply {
  return { body: checkRoleplayDraft(RoleplayDraftBody.parse(request.body)) };
}

/** Isaiah's card on price objections, as a debrief shows it. */
export function buildObserverCard(overrides: Partial<ObserverCard> = {}): ObserverCard {
  return {
    observer: { userId: 'u-isaiah', name: 'Isaiah Langer' },
    rating: 2,
    ratingLabel: 'Developing',
    strengths: ['Asked what the 30% was compared with before answering.'],
    developments: ['Tie the price back to the go-live date she mentioned.'],
    ...overrides,
  };
}

/** A debrief round over the two criteria of `buildRoleplay()`; no scores unless given. */
export function buildDebriefRound(overrides: Partial<DebriefRound> = {}): DebriefRound {
  return {
    round: 1,
    selfAssessment: null,
    feedbackWithheld: false,
    criteria: [
      { criterion: 'priceObjections', label: 'Handling price objections', selfRating: null, feedback: [] },
      { criterion: 'nextStepClose', label: 'Next-step close', selfRating: null, feedback: [] },
    ],
    ...overrides,
  };
}

/** The debrief of role-play rp-1 (checked against the contract); a manager's view unless told. */
export function buildDebrief(overrides: Partial<RoleplayDebriefResponse> = {}): RoleplayDebriefResponse {
  return RoleplayDebriefResponse.parse({
    roleplayId: 'rp-1',
    status: 'debrief',
    access: 'manager',
    rep: { userId: 'u-alex', name: 'Alex Wilber' },
    rounds: [buildDebriefRound()],
    results: [],
    coachingQuestions: [],
    nextStep: null,
    ...overrides,
  });
}

/** The answer to an observer's `PUT …/feedback`. */
export function buildFeedbackResponse(overrides: Partial<RoleplayFeedbackResponse> = {}): RoleplayFeedbackResponse {
  return RoleplayFeedbackResponse.parse({
    roleplayId: 'rp-1',
    round: 1,
    observer: { userId: 'u-megan', name: 'Megan Bowen' },
    criterion: 'priceObjections',
    criterionLabel: 'Handling price objections',
    rating: 3,
    ratingLabel: 'Solid',
    strengths: ['Asked what the 30% was compared with before answering.'],
    developments: ['Confirm the next meeting’s date before hanging up.'],
    submittedAt: '2026-03-10T10:08:00.000Z',
    updatedAt: '2026-03-10T10:08:00.000Z',
    nudges: [],
    ...overrides,
  });
}

/** The answer to the rep's `POST …/self-assessments`. */
export function buildSelfAssessmentResponse(overrides: Partial<SelfAssessmentResponse> = {}): SelfAssessmentResponse {
  return SelfAssessmentResponse.parse({
    roleplayId: 'rp-1',
    round: 1,
    ratings: [
      { criterion: 'priceObjections', rating: 2 },
      { criterion: 'nextStepClose', rating: 3 },
    ],
    strengths: ['Held the price and asked what it was compared with.'],
    developments: ['Ask for a dated next meeting before hanging up.'],
    submittedAt: '2026-03-10T10:09:00.000Z',
    nudges: [],
    ...overrides,
  });
}

/** `GET /api/me/roleplays` for Alex: two price role-plays a month apart (checked against the contract). */
export function buildMyRoleplays(overrides: Partial<MyRoleplaysResponse> = {}): MyRoleplaysResponse {
  const result = (criterion: string, label: string, selfRating: number, observerRating: number | null) => ({
    criterion,
    label,
    round: 1,
    selfRating,
    observerRating,
    observerCount: observerRating === null ? 0 : 1,
    revealed: true,
  });
  return MyRoleplaysResponse.parse({
    items: [
      {
        spaceId: SPACE_ID,
        spaceName: 'Northwind Sales',
        roleplayId: 'rp-2',
        scenarioTitle: 'Procurement wants 15% off',
        skill: { key: 'negotiation', label: 'Negotiation' },
        difficulty: 'intermediate',
        status: 'closed',
        playedAt: '2026-04-14T10:00:00.000Z',
        results: [
          result('priceObjections', 'Handling price objections', 3, 3.5),
          result('nextStepClose', 'Next-step close', 3, null),
        ],
        nextStep: {
          text: 'Ask what the discount is compared with before answering.',
          criterion: 'priceObjections',
          dueDate: '2026-04-30',
          setAt: '2026-04-14T10:30:00.000Z',
        },
      },
      {
        spaceId: SPACE_ID,
        spaceName: 'Northwind Sales',
        roleplayId: 'rp-1',
        scenarioTitle: 'Price pushback',
        skill: { key: 'objectionHandling', label: 'Objection handling' },
        difficulty: 'foundation',
        status: 'closed',
        playedAt: '2026-03-10T10:00:00.000Z',
        results: [result('priceObjections', 'Handling price objections', 2, 2)],
        nextStep: null,
      },
    ],
    criteria: [
      {
        criterion: 'priceObjections',
        label: 'Handling price objections',
        points: [
          { roleplayId: 'rp-1', playedAt: '2026-03-10T10:00:00.000Z', selfRating: 2, observerRating: 2 },
          { roleplayId: 'rp-2', playedAt: '2026-04-14T10:00:00.000Z', selfRating: 3, observerRating: 3.5 },
        ],
      },
      {
        criterion: 'nextStepClose',
        label: 'Next-step close',
        points: [{ roleplayId: 'rp-2', playedAt: '2026-04-14T10:00:00.000Z', selfRating: 3, observerRating: null }],
      },
    ],
    ...overrides,
  });
}
