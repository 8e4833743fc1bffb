import { describe, expect, it } from 'vitest';
import { Conflict } from './errors.js';
import { DEFAULT_SKILLS } from './practices.js';
import {
  applyRoleplayAction,
  checkCoachingQuestion,
  checkObserverFeedback,
  checkRoleplayDraft,
  checkRoleplayRoles,
  checkSelfAssessment,
  CreateRoleplayBody,
  CreateScenarioBody,
  criterionResults,
  DEFAULT_COMPETENCIES,
  extendRound,
  feedbackRoundProblem,
  findJudgmentalWords,
  maySeeObjections,
  mayRunRoleplay,
  newRoleplayRun,
  resultsAccess,
  roleplayRoleOf,
  RoleplayRunBody,
  roundClock,
  selfAssessmentRoundProblem,
  type RoleplayRun,
  type RoleplayRunBody as RunBody,
} from './roleplay.js';
import { STARTER_SCENARIOS } from './scenarios.js';
import { estimateClockOffset, remainingMs, startTimer } from './timer.js';

const T0 = 1_800_000_000_000;
const MINUTE = 60_000;
const S = 1000;

/** A role-play of `rounds` rounds of `minutes` minutes, moved through `steps` (action at time). */
function play(steps: [RunBody, number][], rounds = 2, minutes = 5): RoleplayRun {
  return steps.reduce(
    (run, [body, at]) => applyRoleplayAction(run, body, at),
    newRoleplayRun(rounds, minutes * MINUTE),
  );
}

const start: RunBody = { action: 'start' };
const pause: RunBody = { action: 'pause' };
const resume: RunBody = { action: 'resume' };
const endRound: RunBody = { action: 'endRound' };
const nextRound: RunBody = { action: 'nextRound' };
const debrief: RunBody = { action: 'debrief' };
const close: RunBody = { action: 'close' };

describe('the round timer', () => {
  it('starts round one with the full round length, counted from server time', () => {
    const run = play([[start, T0]]);
    expect(run).toMatchObject({ status: 'running', round: 1, timer: { status: 'running', durationMs: 5 * MINUTE } });
    expect(roundClock(run, T0 + 90 * S)).toEqual({ phase: 'running', remainingMs: 210 * S, overrunMs: 0 });
    expect(run.log).toEqual([{ round: 1, startedAt: T0, endedAt: null }]);
  });

  it('shows a late joiner, or a participant who reloads, the same remaining time', () => {
    const run = play([[start, T0]]);
    // Three participants derive the countdown from the same stored state at the same server instant.
    const seenByFirst = roundClock(run, T0 + 130 * S);
    const seenByLateJoiner = roundClock(structuredClone(run), T0 + 130 * S);
    expect(seenByLateJoiner).toEqual(seenByFirst);
    expect(seenByFirst.remainingMs).toBe(170 * S);
  });

  it('freezes on pause and continues where it stopped on resume', () => {
    const paused = play([
      [start, T0],
      [pause, T0 + 60 * S],
    ]);
    expect(roundClock(paused, T0 + 600 * S)).toEqual({ phase: 'paused', remainingMs: 240 * S, overrunMs: 0 });
    const resumed = applyRoleplayAction(paused, resume, T0 + 600 * S);
    expect(roundClock(resumed, T0 + 610 * S).remainingMs).toBe(230 * S);
  });

  it('treats a second pause or resume as nothing to do', () => {
    const paused = play([
      [start, T0],
      [pause, T0 + 10 * S],
    ]);
    expect(applyRoleplayAction(paused, pause, T0 + 20 * S)).toBe(paused);
    const running = applyRoleplayAction(paused, resume, T0 + 30 * S);
    expect(applyRoleplayAction(running, resume, T0 + 40 * S)).toBe(running);
  });

  it('adds time, and after an overrun gives the full extra time from now', () => {
    const run = play([
      [start, T0],
      [{ action: 'addTime', seconds: 60 }, T0 + 10 * S],
    ]);
    expect(roundClock(run, T0 + 10 * S).remainingMs).toBe(350 * S);
    // The round has run 40 s over; "add a minute" means a minute from now.
    const late = applyRoleplayAction(play([[start, T0]]), { action: 'addTime', seconds: 60 }, T0 + 340 * S);
    expect(roundClock(late, T0 + 340 * S).remainingMs).toBe(60 * S);
    expect(extendRound(startTimer(MINUTE, T0), 30 * S, T0 + 10 * S).durationMs).toBe(90 * S);
  });

  it('warns in the last 30 seconds and ends clearly at zero', () => {
    const run = play([[start, T0]], 1, 1);
    expect(roundClock(run, T0 + 29_999).phase).toBe('running');
    expect(roundClock(run, T0 + 30 * S).phase).toBe('warning');
    expect(roundClock(run, T0 + 59_999)).toMatchObject({ phase: 'warning', remainingMs: 1 });
    expect(roundClock(run, T0 + 60 * S)).toEqual({ phase: 'timeUp', remainingMs: 0, overrunMs: 0 });
    expect(roundClock(run, T0 + 75 * S)).toEqual({ phase: 'timeUp', remainingMs: 0, overrunMs: 15 * S });
  });

  it('ends a round, starts the next with the full length, and moves to the debrief after the last', () => {
    const ended = play([
      [start, T0],
      [endRound, T0 + 4 * MINUTE],
    ]);
    expect(ended.status).toBe('roundEnded');
    expect(roundClock(ended, T0 + 10 * MINUTE)).toMatchObject({ phase: 'roundOver', remainingMs: MINUTE });
    const second = applyRoleplayAction(ended, nextRound, T0 + 6 * MINUTE);
    expect(second).toMatchObject({ status: 'running', round: 2 });
    expect(roundClock(second, T0 + 6 * MINUTE).remainingMs).toBe(5 * MINUTE);
    expect(second.log).toEqual([
      { round: 1, startedAt: T0, endedAt: T0 + 4 * MINUTE },
      { round: 2, startedAt: T0 + 6 * MINUTE, endedAt: null },
    ]);
    expect(() => applyRoleplayAction(second, nextRound, T0 + 7 * MINUTE)).toThrow(Conflict);
    const debriefing = applyRoleplayAction(second, debrief, T0 + 11 * MINUTE);
    expect(debriefing).toMatchObject({ status: 'debrief', round: 2, timer: { status: 'paused' } });
    expect(roundClock(debriefing, T0 + 20 * MINUTE).phase).toBe('finished');
    expect(debriefing.log.at(-1)?.endedAt).toBe(T0 + 11 * MINUTE);
    expect(applyRoleplayAction(debriefing, close, T0 + 20 * MINUTE).status).toBe('closed');
  });

  it('moves straight to the next round from a running one, and may debrief early', () => {
    const run = play(
      [
        [start, T0],
        [nextRound, T0 + 3 * MINUTE],
      ],
      3,
    );
    expect(run).toMatchObject({ status: 'running', round: 2 });
    expect(applyRoleplayAction(run, debrief, T0 + 4 * MINUTE)).toMatchObject({ status: 'debrief', round: 2 });
  });

  it('refuses moves that do not fit the status', () => {
    const setup = newRoleplayRun(2, MINUTE);
    expect(roundClock(setup, T0)).toEqual({ phase: 'notStarted', remainingMs: MINUTE, overrunMs: 0 });
    for (const body of [pause, resume, endRound, nextRound, debrief, close] as RunBody[])
      expect(() => applyRoleplayAction(setup, body, T0), body.action).toThrow(Conflict);
    const ended = play([
      [start, T0],
      [endRound, T0 + MINUTE],
    ]);
    for (const body of [start, pause, resume, endRound, close, { action: 'addTime', seconds: 30 }] as RunBody[])
      expect(() => applyRoleplayAction(ended, body, T0), body.action).toThrow(Conflict);
    const closed = play([
      [start, T0],
      [debrief, T0 + MINUTE],
      [close, T0 + 2 * MINUTE],
    ]);
    for (const body of [start, nextRound, debrief, close] as RunBody[])
      expect(() => applyRoleplayAction(closed, body, T0), body.action).toThrow(Conflict);
  });

  it('accepts only the offered add-time steps', () => {
    expect(RoleplayRunBody.safeParse({ action: 'addTime', seconds: 60 }).success).toBe(true);
    expect(RoleplayRunBody.safeParse({ action: 'addTime', seconds: 45 }).success).toBe(false);
    expect(RoleplayRunBody.safeParse({ action: 'addTime' }).success).toBe(false);
    expect(RoleplayRunBody.safeParse({ action: 'rewind' }).success).toBe(false);
  });
});

describe('participants with skewed clocks', () => {
  /**
   * A participant whose clock is `skew` ms off the server's, after polls whose request and answer
   * took `[up, down]` ms: it estimates its offset from them as the tab does.
   */
  function participant(skew: number, trips: [number, number][]) {
    const samples = trips.map(([up, down], i) => {
      const serverTime = T0 + i * S;
      return { sentAt: serverTime - up + skew, receivedAt: serverTime + down + skew, serverTime };
    });
    const offset = estimateClockOffset(samples);
    return (run: RoleplayRun, serverNow: number) => roundClock(run, serverNow + skew + offset).remainingMs;
  }

  it('shows every participant the same countdown once each corrects by its estimated offset', () => {
    const run = play([[start, T0 + 5 * S]]);
    const ahead = participant(4_200, [
      [120, 40],
      [30, 45],
      [60, 60],
    ]);
    const behind = participant(-2_700, [
      [80, 20],
      [15, 25],
      [200, 10],
    ]);
    const lateJoiner = participant(700, [[20, 20]]);
    for (const at of [T0 + 10 * S, T0 + 100 * S, T0 + 250 * S]) {
      const shown = [ahead(run, at), behind(run, at), lateJoiner(run, at)];
      // Each estimate errs by at most half its best round trip's asymmetry: here 7.5 ms and 5 ms.
      expect(Math.max(...shown) - Math.min(...shown)).toBeLessThanOrEqual(12.5);
    }
  });

  it('keeps a paused timer identical for everyone, whatever their clocks say', () => {
    const run = play([
      [start, T0],
      [pause, T0 + 70 * S],
    ]);
    const ahead = participant(9_000, [[50, 50]]);
    const behind = participant(-9_000, [[50, 50]]);
    expect(ahead(run, T0 + 500 * S)).toBe(230 * S);
    expect(behind(run, T0 + 900 * S)).toBe(230 * S);
    expect(remainingMs(run.timer, 0)).toBe(230 * S);
  });
});

describe('who may do what', () => {
  const roles = {
    repId: 'u-alex',
    customerId: 'u-lynne',
    observers: [
      { userId: 'u-diego', criterion: 'priceObjections' },
      { userId: 'u-megan', criterion: 'nextStepClose' },
    ],
  };

  it('knows each person’s part and focus criterion', () => {
    expect(roleplayRoleOf(roles, 'u-alex')).toEqual({ role: 'rep', criterion: null });
    expect(roleplayRoleOf(roles, 'u-lynne')).toEqual({ role: 'customer', criterion: null });
    expect(roleplayRoleOf(roles, 'u-diego')).toEqual({ role: 'observer', criterion: 'priceObjections' });
    expect(roleplayRoleOf(roles, 'u-isaiah')).toEqual({ role: 'none', criterion: null });
  });

  it('lets managers and the facilitator run the timer, nobody else', () => {
    expect(mayRunRoleplay({ userId: 'u-megan', isManager: true }, 'u-alex')).toBe(true);
    expect(mayRunRoleplay({ userId: 'u-alex', isManager: false }, 'u-alex')).toBe(true);
    expect(mayRunRoleplay({ userId: 'u-lynne', isManager: false }, 'u-alex')).toBe(false);
  });

  it('gives the hidden objections to the customer only, not to the rep, observers or managers', () => {
    const roleplay = { ...roles, facilitatorId: 'u-alex', scenario: { authorId: null } };
    expect(maySeeObjections({ userId: 'u-lynne', isManager: false }, roleplay)).toBe(true);
    expect(maySeeObjections({ userId: 'u-alex', isManager: false }, roleplay)).toBe(false);
    expect(maySeeObjections({ userId: 'u-diego', isManager: false }, roleplay)).toBe(false);
    expect(maySeeObjections({ userId: 'u-megan', isManager: true }, roleplay)).toBe(false);
  });

  it('gives a facilitator who plays the customer the objections only if they may read them anyway', () => {
    const selfCast = (authorId: string | null | undefined) => ({
      ...roles,
      customerId: 'u-lynne',
      facilitatorId: 'u-lynne',
      scenario: authorId === undefined ? {} : { authorId },
    });
    expect(maySeeObjections({ userId: 'u-lynne', isManager: false }, selfCast(null))).toBe(false);
    expect(maySeeObjections({ userId: 'u-lynne', isManager: false }, selfCast('u-megan'))).toBe(false);
    expect(maySeeObjections({ userId: 'u-lynne', isManager: false }, selfCast(undefined))).toBe(false);
    expect(maySeeObjections({ userId: 'u-lynne', isManager: false }, selfCast('u-lynne'))).toBe(true);
    expect(maySeeObjections({ userId: 'u-lynne', isManager: true }, selfCast(null))).toBe(true);
  });

  it('shows results to the rep and managers, own cards to observers, nothing to peers', () => {
    expect(resultsAccess({ userId: 'u-alex', isManager: false }, roles)).toBe('rep');
    // A manager playing the rep still reflects before reading feedback.
    expect(resultsAccess({ userId: 'u-alex', isManager: true }, roles)).toBe('rep');
    expect(resultsAccess({ userId: 'u-megan', isManager: true }, roles)).toBe('manager');
    expect(resultsAccess({ userId: 'u-diego', isManager: false }, roles)).toBe('observer');
    expect(resultsAccess({ userId: 'u-lynne', isManager: false }, roles)).toBe('none');
  });

  it('lets observers score a round once it has begun, until the role-play closes', () => {
    expect(feedbackRoundProblem({ status: 'setup', round: 0 }, 1)).toMatch(/not started/);
    expect(feedbackRoundProblem({ status: 'running', round: 1 }, 1)).toBeNull();
    expect(feedbackRoundProblem({ status: 'running', round: 1 }, 2)).toMatch(/Round 2 has not started/);
    expect(feedbackRoundProblem({ status: 'roundEnded', round: 2 }, 1)).toBeNull();
    expect(feedbackRoundProblem({ status: 'debrief', round: 2 }, 2)).toBeNull();
    expect(feedbackRoundProblem({ status: 'closed', round: 2 }, 2)).toMatch(/closed/);
  });

  it('lets the rep assess a round once it is over', () => {
    expect(selfAssessmentRoundProblem({ status: 'running', round: 1 }, 1)).toMatch(/once it is over/);
    expect(selfAssessmentRoundProblem({ status: 'running', round: 2 }, 1)).toBeNull();
    expect(selfAssessmentRoundProblem({ status: 'roundEnded', round: 1 }, 1)).toBeNull();
    expect(selfAssessmentRoundProblem({ status: 'debrief', round: 1 }, 2)).toMatch(/not been played/);
    expect(selfAssessmentRoundProblem({ status: 'closed', round: 2 }, 2)).toBeNull();
  });

  it('checks the cast: members only, one part each, observers on the scenario’s criteria', () => {
    const members = ['u-alex', 'u-lynne', 'u-diego', 'u-megan'];
    const criteria = ['priceObjections', 'nextStepClose'];
    expect(checkRoleplayRoles(roles, members, criteria)).toEqual([]);
    const issues = checkRoleplayRoles(
      {
        repId: 'u-alex',
        customerId: 'u-alex',
        observers: [
          { userId: 'u-lynne', criterion: 'listening' },
          { userId: 'u-fiona', criterion: 'nextStepClose' },
          { userId: 'u-lynne', criterion: 'nextStepClose' },
        ],
      },
      members,
      criteria,
    );
    expect(issues.map((i) => i.field)).toEqual([
      'customerId',
      'observers.0.criterion',
      'observers.1.userId',
      'observers.2.userId',
    ]);
  });

  it('needs a scenario, or an agenda item to take one from', () => {
    const base = { repId: 'u-alex', customerId: 'u-lynne' };
    expect(CreateRoleplayBody.safeParse(base).success).toBe(false);
    expect(CreateRoleplayBody.parse({ ...base, scenarioId: 's-1' })).toMatchObject({ observers: [], rounds: 1 });
    expect(CreateRoleplayBody.safeParse({ ...base, meeting: { meetingId: 'm', itemId: 'i' } }).success).toBe(true);
  });
});

describe('feedback rules', () => {
  const behaviour = {
    strengths: ['Asked what the other quote was being compared on before defending the price.'],
    developments: ['Confirm a date for the CFO call before the round ends.'],
  };

  it('accepts a strength and a development point written as observed behaviour', () => {
    expect(checkObserverFeedback(behaviour)).toEqual({ ready: true, findings: [] });
  });

  it('requires at least one strength and one development point', () => {
    const check = checkObserverFeedback({ strengths: [], developments: ['  '] });
    expect(check.ready).toBe(false);
    expect(check.findings.map((f) => [f.code, f.severity, f.field])).toEqual([
      ['missingStrength', 'required', 'strengths'],
      ['missingDevelopment', 'required', 'developments'],
    ]);
  });

  it('blocks judgmental wording and names the words', () => {
    const check = checkObserverFeedback({
      strengths: behaviour.strengths,
      developments: ['Lazy discovery, and a BAD close.', 'Handled the price question terribly.'],
    });
    expect(check.ready).toBe(false);
    expect(check.findings.filter((f) => f.code === 'judgmental')).toEqual([
      expect.objectContaining({ field: 'developments.0', severity: 'required', words: ['lazy', 'bad'] }),
      expect.objectContaining({ field: 'developments.1', severity: 'required', words: ['terribly'] }),
    ]);
    expect(findJudgmentalWords('That was terrible, just awful')).toEqual(['terrible', 'awful']);
  });

  it('does not mistake ordinary words for judgments', () => {
    expect(findJudgmentalWords('Showed the badge scan; the poorer-performing site; weakness analysis')).toEqual([]);
  });

  it('nudges labels about the person, generalisations and vague items without blocking', () => {
    const check = checkObserverFeedback({
      strengths: ['Good job'],
      developments: ['You are too nervous with senior buyers.', 'You never ask for the next meeting.'],
    });
    expect(check.ready).toBe(true);
    expect(check.findings.map((f) => [f.code, f.field])).toEqual([
      ['vague', 'strengths.0'],
      ['aboutThePerson', 'developments.0'],
      ['generalisation', 'developments.1'],
    ]);
  });

  it('only nudges harsh words in a rep’s own assessment', () => {
    const check = checkSelfAssessment({
      strengths: ['Kept the list price.'],
      developments: ['My close was terrible.'],
    });
    expect(check.ready).toBe(true);
    expect(check.findings[0]).toMatchObject({ code: 'judgmental', severity: 'nudge' });
    expect(checkSelfAssessment({ strengths: [], developments: [] }).ready).toBe(false);
  });

  it('asks coaching questions to be questions, not answers or judgments', () => {
    expect(checkCoachingQuestion('What did you notice when she mentioned the budget?')).toEqual({
      ready: true,
      findings: [],
    });
    expect(checkCoachingQuestion('Next time offer the two-year term first.').findings[0]).toMatchObject({
      code: 'notAQuestion',
      severity: 'required',
    });
    const leading = checkCoachingQuestion('Why didn’t you ask for the CFO?');
    expect(leading.ready).toBe(true);
    expect(leading.findings[0]).toMatchObject({ code: 'adviceAsQuestion', severity: 'nudge' });
    expect(checkCoachingQuestion('Why was the close so weak?')).toMatchObject({ ready: false });
  });

  it('runs the check that fits a draft', () => {
    expect(checkRoleplayDraft({ kind: 'coachingQuestion', text: 'Tell him.' }).ready).toBe(false);
    expect(checkRoleplayDraft({ kind: 'feedback', ...behaviour }).ready).toBe(true);
    expect(checkRoleplayDraft({ kind: 'selfAssessment', strengths: [], developments: [] }).ready).toBe(false);
  });
});

describe('results per criterion', () => {
  const criteria = ['priceObjections', 'nextStepClose', 'activeListening'];
  const scores = [
    { kind: 'observer' as const, round: 1, criterion: 'priceObjections', rating: 2 },
    { kind: 'observer' as const, round: 2, criterion: 'priceObjections', rating: 3 },
    { kind: 'observer' as const, round: 2, criterion: 'priceObjections', rating: 4 },
    { kind: 'observer' as const, round: 1, criterion: 'nextStepClose', rating: 1 },
    {
      kind: 'self' as const,
      round: 1,
      ratings: [
        { criterion: 'priceObjections', rating: 3 },
        { criterion: 'nextStepClose', rating: 2 },
      ],
    },
  ];

  it('puts the latest round’s self rating next to the observers’ mean', () => {
    expect(criterionResults(criteria, scores, false)).toEqual([
      {
        criterion: 'priceObjections',
        round: 2,
        selfRating: null,
        observerRating: 3.5,
        observerCount: 2,
        revealed: true,
      },
      { criterion: 'nextStepClose', round: 1, selfRating: 2, observerRating: 1, observerCount: 1, revealed: true },
      {
        criterion: 'activeListening',
        round: null,
        selfRating: null,
        observerRating: null,
        observerCount: 0,
        revealed: true,
      },
    ]);
  });

  it('withholds observer ratings from the rep until they have assessed that round', () => {
    const forRep = criterionResults(criteria, scores, true);
    expect(forRep[0]).toMatchObject({ round: 2, observerRating: null, observerCount: 0, revealed: false });
    expect(forRep[1]).toMatchObject({ round: 1, observerRating: 1, revealed: true });
  });
});

describe('the starter scenarios', () => {
  it('ships twelve valid scenarios with distinct keys and titles', () => {
    expect(STARTER_SCENARIOS).toHaveLength(12);
    expect(new Set(STARTER_SCENARIOS.map((s) => s.key)).size).toBe(12);
    expect(new Set(STARTER_SCENARIOS.map((s) => s.scenario.title)).size).toBe(12);
    for (const starter of STARTER_SCENARIOS) {
      const parsed = CreateScenarioBody.safeParse(starter.scenario);
      expect(parsed.success, `${starter.key}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('uses the default skills and competencies, and covers the common difficult cases', () => {
    const skills = DEFAULT_SKILLS.map((s) => s.key);
    const competencies = DEFAULT_COMPETENCIES.map((c) => c.key);
    for (const { key, scenario } of STARTER_SCENARIOS) {
      expect(skills, key).toContain(scenario.skill);
      for (const criterion of scenario.criteria) expect(competencies, key).toContain(criterion);
      expect(scenario.objections.length, key).toBeGreaterThanOrEqual(3);
    }
    const keys = STARTER_SCENARIOS.map((s) => s.key);
    for (const needed of [
      'price-pushback',
      'incumbent-competitor',
      'stalled-deal',
      'angry-after-outage',
      'procurement-squeeze',
      'champion-leaves',
    ])
      expect(keys).toContain(needed);
    expect(new Set(STARTER_SCENARIOS.map((s) => s.scenario.difficulty))).toEqual(
      new Set(['foundation', 'intermediate', 'advanced']),
    );
  });

  it('keeps the competency anchors behavioural: four levels each, none judgmental', () => {
    for (const competency of DEFAULT_COMPETENCIES) {
      expect(competency.anchors).toHaveLength(4);
      for (const anchor of competency.anchors) expect(findJudgmentalWords(anchor), anchor).toEqual([]);
    }
  });
});
