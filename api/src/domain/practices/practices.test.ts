import { describe, expect, it } from 'vitest';
import { checkPracticeDraft, type DraftFindingCode, readsAsAdvice } from './checks.js';
import { CreatePracticeBody, ListPracticesQuery, PracticeDraft, RecordOutcomeBody } from './contract.js';
import { PRACTICE_LIMITS } from './limits.js';
import { describeMeasure, followUpStatus, provenSupport, summariseAdoptions, wilsonLowerBound } from './outcomes.js';
import { UpdateSkillsBody } from './skills.js';

function buildDraft(overrides: Partial<PracticeDraft> = {}): PracticeDraft {
  return {
    title: 'Legal review in five days',
    result: {
      text: 'Fabrikam’s legal team returned the MSA in 5 days instead of the usual 26.',
      measure: { kind: 'cycleShortened', days: 21 },
    },
    actions: [
      'Asked the champion in discovery who in legal signs off.',
      'Sent our pre-redlined MSA with the negotiable clauses marked.',
      'Booked a call between their counsel and ours before the proposal.',
    ],
    context: { segment: 'enterprise', stage: 'negotiation', dealSize: 'over250k', customerRole: 'legal' },
    tags: ['negotiation'],
    ...overrides,
  };
}

const codes = (draft: PracticeDraft, skills?: string[]): DraftFindingCode[] =>
  checkPracticeDraft(draft, skills).findings.map((f) => f.code);
const required = (draft: PracticeDraft): DraftFindingCode[] =>
  checkPracticeDraft(draft)
    .findings.filter((f) => f.severity === 'required')
    .map((f) => f.code);

describe('checkPracticeDraft: the form guides the author', () => {
  it('finds nothing to ask of a complete post', () => {
    expect(checkPracticeDraft(buildDraft())).toEqual({ ready: true, findings: [] });
  });

  it('asks for the actions when only a result was written', () => {
    const check = checkPracticeDraft(buildDraft({ actions: [] }));
    expect(check.ready).toBe(false);
    const finding = check.findings.find((f) => f.code === 'missingActions');
    expect(finding).toMatchObject({ severity: 'required', field: 'actions' });
    expect(finding?.message).toMatch(/You wrote the result\. Now add the specific actions you took, in order/);
  });

  it('treats steps left blank in the form as no actions', () => {
    expect(required(buildDraft({ actions: ['', '   '] }))).toEqual(['missingActions']);
  });

  it('asks for a result when only the steps were written', () => {
    const check = checkPracticeDraft(buildDraft({ result: { text: '  ', measure: null } }));
    expect(check.ready).toBe(false);
    const finding = check.findings.find((f) => f.code === 'missingResult');
    expect(finding).toMatchObject({ severity: 'required', field: 'result.text' });
    expect(finding?.message).toMatch(/You wrote what to do\. Now add the result: what happened/);
  });

  it('asks for a result when the result is advice, and says to move the advice into the steps', () => {
    const draft = buildDraft({ result: { text: 'Always send the agenda the day before.' }, actions: [] });
    expect(required(draft)).toEqual(['resultIsAdvice', 'missingActions']);
    const finding = checkPracticeDraft(draft).findings[0];
    expect(finding?.message).toMatch(/reads like advice\. Put the steps under actions, and say here what happened/);
  });

  it.each([
    'You should always multi-thread early',
    'Make sure the CFO is in the room',
    'Try to ask about budget in the first call',
    'Never discount before they ask',
  ])('reads "%s" as advice', (text) => {
    expect(readsAsAdvice(text)).toBe(true);
  });

  it.each([
    'Booked a meeting with the CFO',
    'Always-on reporting won us Contoso',
    'Asked for the budget early and closed in 30 days',
    'Customer signed the same week',
    'Send times moved to 8am got 3x replies',
  ])('reads "%s" as a result', (text) => {
    expect(readsAsAdvice(text)).toBe(false);
  });

  it('accepts advice-like wording once a measure says what happened', () => {
    const draft = buildDraft({
      result: { text: 'Always send the agenda first.', measure: { kind: 'meetingBooked', count: 2 } },
    });
    expect(required(draft)).toEqual([]);
  });

  it('asks for both, and the title, of an empty draft', () => {
    expect(required({})).toEqual(['missingTitle', 'missingResult', 'missingActions', 'missingSegment', 'missingStage']);
    const messages = checkPracticeDraft({}).findings.map((f) => f.message);
    expect(messages[1]).toMatch(/^Add the result/);
    expect(messages[2]).toMatch(/^Add the specific actions you took/);
  });

  it('asks for segment and stage so that the practice can be found', () => {
    const draft = buildDraft({ context: { dealSize: 'over250k' } });
    expect(required(draft)).toEqual(['missingSegment', 'missingStage']);
  });

  it('flags tags that are not skills of the space, when the skills are known', () => {
    expect(codes(buildDraft({ tags: ['negotiation', 'juggling'] }), ['negotiation', 'closing'])).toEqual([
      'unknownSkill',
    ]);
    expect(checkPracticeDraft(buildDraft({ tags: ['juggling'] }), ['negotiation']).findings[0]?.field).toBe('tags.0');
    expect(codes(buildDraft({ tags: ['juggling'] }))).toEqual([]);
  });

  it('suggests (without blocking) making vague steps repeatable', () => {
    const check = checkPracticeDraft(
      buildDraft({ actions: ['Be persistent', 'Sent the MSA to legal early', 'Follow up'] }),
    );
    expect(check.ready).toBe(true);
    expect(check.findings.map((f) => [f.code, f.field])).toEqual([
      ['vagueAction', 'actions.0'],
      ['vagueAction', 'actions.2'],
    ]);
    expect(check.findings[0]?.message).toMatch(/^Step 1 is hard to repeat/);
  });

  it('suggests a measure when the result has no number', () => {
    const check = checkPracticeDraft(buildDraft({ result: { text: 'The customer signed after the workshop.' } }));
    expect(check).toMatchObject({ ready: true, findings: [{ code: 'noMeasure', severity: 'suggestion' }] });
  });
});

describe('CreatePracticeBody', () => {
  it('rejects a post without actions with a message that says what to add', () => {
    const parsed = CreatePracticeBody.safeParse(buildDraft({ actions: [] }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['actions']]);
    expect(parsed.error?.issues[0]?.message).toMatch(/add the specific actions/);
  });

  it('rejects a post without a result with a message that says what to add', () => {
    const parsed = CreatePracticeBody.safeParse(buildDraft({ result: undefined }));
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['result', 'text']]);
    expect(parsed.error?.issues[0]?.message).toMatch(/add the result/);
  });

  it('normalises a ready draft: trimmed, blank steps and repeated tags dropped', () => {
    const parsed = CreatePracticeBody.parse(
      buildDraft({
        title: '  Legal in 5 days ',
        actions: [' First step to take ', '', 'Second step to take'],
        tags: ['demo', 'demo'],
      }),
    );
    expect(parsed.title).toBe('Legal in 5 days');
    expect(parsed.actions).toEqual(['First step to take', 'Second step to take']);
    expect(parsed.tags).toEqual(['demo']);
    expect(parsed.context).toEqual({
      segment: 'enterprise',
      stage: 'negotiation',
      dealSize: 'over250k',
      customerRole: 'legal',
    });
  });

  it(`refuses more than ${PRACTICE_LIMITS.actionsMax} steps`, () => {
    const actions = Array.from({ length: 200 }, (_, i) => `Step number ${i} of the plan`);
    const parsed = CreatePracticeBody.safeParse(buildDraft({ actions }));
    expect(parsed.error?.issues[0]?.path).toEqual(['actions']);
    expect(parsed.error?.issues[0]?.message).toMatch(/at most 15 steps/);
  });

  it('refuses evidence text over the limit and links that are not https', () => {
    const long = CreatePracticeBody.safeParse(
      buildDraft({ evidence: [{ kind: 'emailTemplate', label: 'Template', text: 'x'.repeat(1_000_000) }] }),
    );
    expect(long.error?.issues[0]?.path).toEqual(['evidence', 0, 'text']);
    for (const url of ['javascript:alert(1)', 'http://example.com/x', 'data:text/html,<script>alert(1)</script>']) {
      const parsed = CreatePracticeBody.safeParse(buildDraft({ evidence: [{ kind: 'link', label: 'Link', url }] }));
      expect(parsed.error?.issues[0]?.path).toEqual(['evidence', 0, 'url']);
    }
    const empty = CreatePracticeBody.safeParse(buildDraft({ evidence: [{ kind: 'document', label: 'Doc' }] }));
    expect(empty.error?.issues[0]?.message).toBe('needs a link or the text itself');
  });

  it('keeps markup as plain text and refuses control characters', () => {
    const script = '<script>alert(1)</script>';
    expect(CreatePracticeBody.parse(buildDraft({ title: script })).title).toBe(script);
    expect(CreatePracticeBody.safeParse(buildDraft({ title: 'Tab\u0000bed' })).success).toBe(false);
    expect(CreatePracticeBody.safeParse(buildDraft({ title: 'Two\nlines' })).success).toBe(false);
    const multiline = 'Line one\r\nLine two\n\tindented';
    expect(CreatePracticeBody.parse(buildDraft({ result: { text: `${multiline} 5 days` } })).result.text).toBe(
      `${multiline} 5 days`,
    );
  });

  it('refuses unknown fields and unknown vocabulary', () => {
    expect(CreatePracticeBody.safeParse({ ...buildDraft(), authorId: 'u-megan' }).success).toBe(false);
    expect(
      CreatePracticeBody.safeParse(buildDraft({ context: { segment: 'galactic' as never, stage: 'closing' } })).success,
    ).toBe(false);
  });
});

describe('outcome statistics', () => {
  it('counts adopters, outcomes and a success rate that leaves "not applicable" out', () => {
    expect(summariseAdoptions([null, 'worked', 'worked', 'didNotWork', 'notApplicable', null])).toEqual({
      adoptionCount: 6,
      tryingCount: 2,
      workedCount: 2,
      didNotWorkCount: 1,
      notApplicableCount: 1,
      successRate: 0.6667,
      outcomeScore: Math.round(wilsonLowerBound(2, 3) * 1e4) / 1e4,
    });
    expect(summariseAdoptions([])).toMatchObject({ adoptionCount: 0, successRate: null, outcomeScore: 0 });
    expect(summariseAdoptions(['notApplicable'])).toMatchObject({ successRate: null, outcomeScore: 0 });
  });

  it('ranks 9 of 10 above 1 of 1 for "best outcome"', () => {
    const nineOfTen = summariseAdoptions([...Array<'worked'>(9).fill('worked'), 'didNotWork']);
    const oneOfOne = summariseAdoptions(['worked']);
    expect(oneOfOne.successRate).toBe(1);
    expect(nineOfTen.outcomeScore).toBeGreaterThan(oneOfOne.outcomeScore);
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(10, 10)).toBeLessThan(1);
  });

  it('supports "proven" only with enough peers and a good enough rate, and says what is missing', () => {
    expect(provenSupport(summariseAdoptions(['worked', 'worked']))).toEqual({
      supported: false,
      reason: 'Needs at least 3 peers to report whether it worked; 2 have so far.',
    });
    expect(
      provenSupport(summariseAdoptions(['worked', 'didNotWork', 'didNotWork', 'worked', 'notApplicable'])),
    ).toEqual({
      supported: false,
      reason: 'Worked for 2 of 4 peers (50%); proven needs at least 60%.',
    });
    expect(provenSupport(summariseAdoptions(['worked', 'worked', 'didNotWork']))).toEqual({
      supported: true,
      reason: 'Worked for 2 of 3 peers who tried it (67%).',
    });
  });

  it('is due for follow-up 14 days after adoption while no outcome is recorded', () => {
    const adoptedAt = '2026-03-01T09:00:00.000Z';
    const day = 24 * 60 * 60 * 1000;
    expect(followUpStatus(adoptedAt, null, Date.parse(adoptedAt) + 13 * day)).toBe('trying');
    expect(followUpStatus(adoptedAt, null, Date.parse(adoptedAt) + 14 * day)).toBe('due');
    expect(followUpStatus(adoptedAt, 'worked', Date.parse(adoptedAt) + 30 * day)).toBe('recorded');
  });

  it('describes measures in one line', () => {
    expect(describeMeasure({ kind: 'cycleShortened', days: 12 })).toBe('Sales cycle shortened by 12 days');
    expect(describeMeasure({ kind: 'meetingBooked', count: 1 })).toBe('Meeting booked');
    expect(describeMeasure({ kind: 'meetingBooked', count: 6 })).toBe('6 meetings booked');
    expect(describeMeasure({ kind: 'dealWon' })).toBe('Deal won');
    expect(describeMeasure({ kind: 'other', label: 'NPS up 12' })).toBe('NPS up 12');
  });
});

describe('other request schemas', () => {
  it('reads list queries from strings and bounds the page size', () => {
    expect(ListPracticesQuery.parse({ sort: 'mostAdopted', proven: 'true', limit: '25' })).toEqual({
      sort: 'mostAdopted',
      proven: true,
      limit: 25,
    });
    for (const limit of ['0', '51', '-1', '2.5', 'ten'])
      expect(ListPracticesQuery.safeParse({ limit }).success).toBe(false);
    expect(ListPracticesQuery.safeParse({ skill: 'skill_x; DROP' }).success).toBe(false);
  });

  it('bounds outcome notes and skill lists', () => {
    expect(RecordOutcomeBody.safeParse({ outcome: 'worked', note: 'x'.repeat(501) }).success).toBe(false);
    expect(RecordOutcomeBody.parse({ outcome: 'didNotWork', note: '  Procurement had a mandate. ' }).note).toBe(
      'Procurement had a mandate.',
    );
    const dup = UpdateSkillsBody.safeParse({
      skills: [
        { key: 'demo', label: 'Demo' },
        { key: 'demo', label: 'Again' },
      ],
    });
    expect(dup.success).toBe(false);
    expect(UpdateSkillsBody.safeParse({ skills: [{ key: 'Bad Key', label: 'x' }] }).success).toBe(false);
  });
});
