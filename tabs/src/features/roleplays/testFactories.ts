import {
  CompetencyListResponse,
  DEFAULT_COMPETENCIES,
  RoleplayListResponse,
  RoleplayResponse,
  RoleplayStateResponse,
  ScenarioResponse,
  ScenarioSummaryResponse,
} from '@coachboard/api/domain';
import { SPACE_ID } from '../../test/factories';

/** A role-play as the space's list presents it (no scores). */
export type RoleplaySummary = RoleplayListResponse['items'][number];

/** A scenario as `GET /api/spaces/{id}/scenarios` lists it (checked against the contract). */
export function buildScenarioSummary(overrides: Partial<ScenarioSummaryResponse> = {}): ScenarioSummaryResponse {
  return ScenarioSummaryResponse.parse({
    id: 'starter-price-pushback',
    spaceId: SPACE_ID,
    title: 'Price pushback: “You’re 30% more than the other quote”',
    persona: {
      name: 'Dana Whitfield',
      role: 'Operations Director',
      company: 'Wingtip Toys',
      mood: 'Friendly but firm',
      caresAbout: ['Staying inside the budget she presented to her CFO', 'Going live before the holiday peak'],
    },
    situation: 'Wingtip Toys ran a three-week trial and the feedback was good. You sent the proposal last Tuesday.',
    skill: { key: 'objectionHandling', label: 'Objection handling' },
    difficulty: 'foundation',
    suggestedRoundMinutes: 7,
    criteria: [
      { key: 'priceObjections', label: 'Handling price objections' },
      { key: 'nextStepClose', label: 'Next-step close' },
    ],
    objectionCount: 2,
    source: { kind: 'starter', key: 'price-pushback' },
    author: null,
    archived: false,
    createdAt: '2026-03-02T09:30:00.000Z',
    updatedAt: '2026-03-02T09:30:00.000Z',
    etag: '"s1"',
    ...overrides,
  });
}

/** One scenario as `GET /api/spaces/{id}/scenarios/{id}` presents it; objections as its editors see them. */
export function buildScenario(overrides: Partial<ScenarioResponse> = {}): ScenarioResponse {
  return ScenarioResponse.parse({
    ...buildScenarioSummary(),
    objections: [
      'Open with: “You’re 30% more than the other quote. Can you match it?”',
      'If the rep offers a discount straight away, take it, then ask for another 10%.',
    ],
    canEdit: true,
    ...overrides,
  });
}

/** The space's competency list (the default one unless items are given). */
export function buildCompetencies(overrides: Partial<CompetencyListResponse> = {}): CompetencyListResponse {
  return CompetencyListResponse.parse({
    items: DEFAULT_COMPETENCIES.map((c) => ({ ...c, anchors: [...c.anchors] })),
    etag: '"default-competencies"',
    ...overrides,
  });
}

const idleTimer = { status: 'idle', durationMs: 420_000, startedAt: null, elapsedMs: 0 } as const;

/** One role-play as `GET /api/spaces/{id}/roleplays/{id}` presents it to someone without a part. */
export function buildRoleplay(overrides: Partial<RoleplayResponse> = {}): RoleplayResponse {
  return RoleplayResponse.parse({
    id: 'rp-1',
    spaceId: SPACE_ID,
    status: 'setup',
    round: 0,
    rounds: 1,
    roundMinutes: 7,
    scenario: {
      id: 'starter-price-pushback',
      title: 'Price pushback: “You’re 30% more than the other quote”',
      persona: {
        name: 'Dana Whitfield',
        role: 'Operations Director',
        company: 'Wingtip Toys',
        mood: 'Friendly but firm',
        caresAbout: ['Staying inside the budget she presented to her CFO'],
      },
      situation: 'Wingtip Toys ran a three-week trial and the feedback was good.',
      skill: { key: 'objectionHandling', label: 'Objection handling' },
      difficulty: 'foundation',
    },
    criteria: DEFAULT_COMPETENCIES.filter((c) => c.key === 'priceObjections' || c.key === 'nextStepClose').map((c) => ({
      ...c,
      anchors: [...c.anchors],
    })),
    rep: { userId: 'u-alex', name: 'Alex Wilber' },
    customer: { userId: 'u-megan', name: 'Megan Bowen' },
    observers: [
      {
        userId: 'u-isaiah',
        name: 'Isaiah Langer',
        criterion: 'priceObjections',
        criterionLabel: 'Handling price objections',
      },
    ],
    facilitator: { userId: 'u-megan', name: 'Megan Bowen' },
    meeting: null,
    myRole: 'none',
    myCriterion: null,
    customerBrief: null,
    canRun: true,
    canCoach: true,
    timer: idleTimer,
    warningMs: 30_000,
    reopenUntil: null,
    serverNow: Date.parse('2026-03-10T10:00:00.000Z'),
    createdAt: '2026-03-10T09:55:00.000Z',
    playedAt: null,
    etag: '"rp1"',
    ...overrides,
  });
}

/** A role-play as `GET /api/spaces/{id}/roleplays` lists it: who played whom, no scores. */
export function buildRoleplaySummary(overrides: Partial<RoleplaySummary> = {}): RoleplaySummary {
  return RoleplayListResponse.shape.items.element.parse({
    id: 'rp-1',
    spaceId: SPACE_ID,
    status: 'closed',
    round: 1,
    rounds: 1,
    scenario: {
      id: 'starter-price-pushback',
      title: 'Price pushback: “You’re 30% more than the other quote”',
      skill: 'objectionHandling',
      difficulty: 'foundation',
    },
    rep: { userId: 'u-alex', name: 'Alex Wilber' },
    customer: { userId: 'u-megan', name: 'Megan Bowen' },
    observers: [{ userId: 'u-isaiah', name: 'Isaiah Langer', criterion: 'priceObjections' }],
    meeting: null,
    myRole: 'none',
    createdAt: '2026-03-10T09:55:00.000Z',
    playedAt: '2026-03-10T10:00:00.000Z',
    ...overrides,
  });
}

/** The live state poll of a role-play (`GET …/roleplays/{id}/state`). */
export function buildRoleplayState(overrides: Partial<RoleplayStateResponse> = {}): RoleplayStateResponse {
  return RoleplayStateResponse.parse({
    roleplayId: 'rp-1',
    status: 'setup',
    round: 0,
    rounds: 1,
    roundMs: 420_000,
    timer: idleTimer,
    warningMs: 30_000,
    reopenUntil: null,
    serverNow: Date.parse('2026-03-10T10:00:00.000Z'),
    etag: '"rps1"',
    ...overrides,
  });
}
