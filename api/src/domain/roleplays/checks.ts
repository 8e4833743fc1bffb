import { z } from 'zod';
import type { RoleplayDraftBody } from './contract.js';

// Wording checks the feedback, self-assessment and coaching-question forms run as people type.

export type FeedbackFindingCode =
  | 'missingStrength'
  | 'missingDevelopment'
  | 'judgmental'
  | 'aboutThePerson'
  | 'generalisation'
  | 'vague'
  | 'notAQuestion'
  | 'adviceAsQuestion';

/** One thing a form asks of the writer. `required` findings block saving; `nudge`s do not. */
export interface FeedbackFinding {
  code: FeedbackFindingCode;
  severity: 'required' | 'nudge';
  /** Path inside the draft, e.g. `strengths` or `developments.1`. */
  field: string;
  message: string;
  /** The words that triggered the finding, when there are any. */
  words?: string[];
}

export const FeedbackFindingResponse = z.object({
  code: z.enum([
    'missingStrength',
    'missingDevelopment',
    'judgmental',
    'aboutThePerson',
    'generalisation',
    'vague',
    'notAQuestion',
    'adviceAsQuestion',
  ]),
  severity: z.enum(['required', 'nudge']),
  field: z.string(),
  message: z.string(),
  words: z.array(z.string()).optional(),
});

export const RoleplayDraftCheckResponse = z.object({ ready: z.boolean(), findings: z.array(FeedbackFindingResponse) });
export type RoleplayDraftCheckResponse = z.infer<typeof RoleplayDraftCheckResponse>;

/** Labels for a person or a performance, not descriptions of what was said or done. */
const JUDGMENTAL =
  /\b(?:lazy|bad(?:ly)?|terrible|terribly|awful|awfully|horrible|horribly|useless|stupid|dumb|idiot(?:ic)?|pathetic|hopeless|incompetent|clueless|sloppy|lousy|weak|poor(?:ly)?|rubbish|crap(?:py)?|worst|annoying|arrogant|rude|pushy|boring|unprofessional|embarrassing|disaster|disastrous|amateurish|careless|lame|sucked|sucks)\b/gi;
const ABOUT_THE_PERSON = /\b(?:you(?:'|’)re|you are|(?:he|she|they)(?:'|’)?s? (?:is|are) (?:a|an|so|too|very|just))\b/i;
const GENERALISATION = /\b(?:always|never|every single time|constantly)\b/i;
const PRAISE_ONLY =
  /^(?:(?:very |really )?(?:good|great|nice|well done|good job|great job|nice job|excellent|ok|fine|solid))[.!]*$/i;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The judgmental words in a text, lower-cased, each once. A pure check the forms run as people type. */
export function findJudgmentalWords(value: string): string[] {
  return [...new Set([...value.matchAll(JUDGMENTAL)].map((m) => m[0].toLowerCase()))];
}

function checkItems(
  field: 'strengths' | 'developments',
  items: readonly string[],
  judgmentalSeverity: 'required' | 'nudge',
  findings: FeedbackFinding[],
): void {
  const filled = items.map((s) => s.trim()).filter((s) => s.length > 0);
  if (filled.length === 0) {
    findings.push(
      field === 'strengths'
        ? {
            code: 'missingStrength',
            severity: 'required',
            field,
            message:
              'Name at least one strength: something the rep said or did that worked, e.g. “Asked what the 20% was compared with”.',
          }
        : {
            code: 'missingDevelopment',
            severity: 'required',
            field,
            message:
              'Name at least one development point as a behaviour to try, e.g. “Confirm the next meeting’s date before hanging up”.',
          },
    );
  }
  items.forEach((raw, i) => {
    const item = raw.trim();
    if (!item) return;
    const at = `${field}.${i}`;
    const judged = findJudgmentalWords(item);
    if (judged.length > 0) {
      findings.push({
        code: 'judgmental',
        severity: judgmentalSeverity,
        field: at,
        words: judged,
        message: `“${judged.join('”, “')}” judges rather than describes. Say what was said or done and its effect, e.g. “Quoted the discount before asking what the price was compared with”.`,
      });
    } else if (ABOUT_THE_PERSON.test(item)) {
      findings.push({
        code: 'aboutThePerson',
        severity: 'nudge',
        field: at,
        message: 'This describes the person. Describe the behaviour instead: what they said or did.',
      });
    }
    if (GENERALISATION.test(item)) {
      findings.push({
        code: 'generalisation',
        severity: 'nudge',
        field: at,
        message: '“Always” and “never” invite an argument. Name the moment you observed in this round.',
      });
    }
    if (wordCount(item) < 4 || PRAISE_ONLY.test(item)) {
      findings.push({
        code: 'vague',
        severity: 'nudge',
        field: at,
        message:
          'Too short to act on. Quote or describe the moment, e.g. “Paraphrased the outage impact before offering a fix”.',
      });
    }
  });
}

/**
 * The rules for an observer's scorecard: at least one strength and one development point, and no
 * judgmental wording (required); nudges for labels about the person, generalisations and vague items.
 */
export function checkObserverFeedback(draft: { strengths: readonly string[]; developments: readonly string[] }): {
  ready: boolean;
  findings: FeedbackFinding[];
} {
  const findings: FeedbackFinding[] = [];
  checkItems('strengths', draft.strengths, 'required', findings);
  checkItems('developments', draft.developments, 'required', findings);
  return { ready: findings.every((f) => f.severity !== 'required'), findings };
}

/** The rep's own assessment: a strength and a development point are required; harsh self-talk is only nudged. */
export function checkSelfAssessment(draft: { strengths: readonly string[]; developments: readonly string[] }): {
  ready: boolean;
  findings: FeedbackFinding[];
} {
  const findings: FeedbackFinding[] = [];
  checkItems('strengths', draft.strengths, 'nudge', findings);
  checkItems('developments', draft.developments, 'nudge', findings);
  return { ready: findings.every((f) => f.severity !== 'required'), findings };
}

const ADVICE_AS_QUESTION =
  /^(?:why (?:didn(?:'|’)t|did not|don(?:'|’)t|do not|wouldn(?:'|’)t) you|wouldn(?:'|’)t it be better|don(?:'|’)t you think|shouldn(?:'|’)t you|have you tried|did you (?:not )?think (?:of|about))\b|\byou (?:should|need to|must)\b/i;

/**
 * A coaching question must be a question (ending with “?”) and must not judge; questions that carry
 * the answer (“Why didn’t you…”, “Have you tried…”) are nudged towards open ones.
 */
export function checkCoachingQuestion(value: string): { ready: boolean; findings: FeedbackFinding[] } {
  const findings: FeedbackFinding[] = [];
  const q = value.trim();
  if (!q.endsWith('?')) {
    findings.push({
      code: 'notAQuestion',
      severity: 'required',
      field: 'text',
      message:
        'Ask, don’t tell: phrase it as an open question, e.g. “What did you notice when she mentioned the budget?”',
    });
  }
  const judged = findJudgmentalWords(q);
  if (judged.length > 0) {
    findings.push({
      code: 'judgmental',
      severity: 'required',
      field: 'text',
      words: judged,
      message: `“${judged.join('”, “')}” judges rather than asks. Ask about a moment, e.g. “What was going through your mind when the price came up?”`,
    });
  }
  if (ADVICE_AS_QUESTION.test(q)) {
    findings.push({
      code: 'adviceAsQuestion',
      severity: 'nudge',
      field: 'text',
      message: 'This carries the answer. Try an open question, e.g. “What options did you see at that point?”',
    });
  }
  return { ready: findings.every((f) => f.severity !== 'required'), findings };
}

/** Runs the check that fits the draft's kind. */
export function checkRoleplayDraft(draft: RoleplayDraftBody): RoleplayDraftCheckResponse {
  if (draft.kind === 'coachingQuestion') return checkCoachingQuestion(draft.text);
  return draft.kind === 'feedback' ? checkObserverFeedback(draft) : checkSelfAssessment(draft);
}
