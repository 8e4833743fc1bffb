import type {
  CustomerRole,
  DealSizeBand,
  DealStage,
  EvidenceKind,
  Measure,
  PracticeDraft,
  Segment,
} from './contract.js';

// The guiding checks a practice draft must pass before it can be posted.

/* ---------- the guiding checks ---------- */

export type DraftFindingCode =
  | 'missingTitle'
  | 'missingResult'
  | 'resultIsAdvice'
  | 'missingActions'
  | 'missingSegment'
  | 'missingStage'
  | 'unknownSkill'
  | 'vagueAction'
  | 'noMeasure';

/** One thing the form asks of the author. `required` findings block posting; `suggestion`s do not. */
export interface DraftFinding {
  code: DraftFindingCode;
  severity: 'required' | 'suggestion';
  /** Dotted path inside the draft, e.g. `result.text` or `actions.2`. */
  field: string;
  message: string;
}

export interface DraftCheck {
  /** True when nothing required is missing: the draft can be posted. */
  ready: boolean;
  findings: DraftFinding[];
}

const ADVICE =
  /^(?:always|never|try|make sure|remember|don'?t|do not|be|ask|call|send|use|get|focus|avoid|keep|start|stop|build|listen)\b|\b(?:you should|you must|you need to|we should|make sure|it'?s (?:important|best|key) to|best to|the key is|the trick is|tip:)/i;
const OUTCOME =
  /\b(?:won|win|closed|signed|booked|shortened|saved|cut|reduced|increased|grew|doubled|tripled|renewed|expanded|upsold|converted|replied|responded|accepted|agreed|approved|landed|secured|advanced|moved|got|went from|resulted|came back|bought|returned|unblocked|hit|beat|exceeded)\b/i;
const VAGUE =
  /^(?:be|stay|keep)\s+(?:persistent|positive|proactive|confident|patient|curious|in touch)\b|^(?:build|built)\s+rapport$|^(?:follow(?:ed)?\s+up|listen(?:ed)?|work(?:ed)?\s+hard|hustle(?:d)?)\.?$/i;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Whether a result text reads as advice ("Always send…") rather than as what happened. */
export function readsAsAdvice(resultText: string): boolean {
  const t = resultText.trim();
  return t.length > 0 && ADVICE.test(t) && !OUTCOME.test(t) && !/\d/.test(t);
}

/**
 * The checks the post form runs as the author types, and the API runs again on every write: asks
 * for the actions when only a result is written, for a result when only advice is written, and for
 * the context that makes the practice findable. `skills` are the space's skill keys, when known.
 */
export function checkPracticeDraft(draft: PracticeDraft, skills?: readonly string[]): DraftCheck {
  const findings: DraftFinding[] = [];
  const required = (code: DraftFindingCode, field: string, message: string): void => {
    findings.push({ code, severity: 'required', field, message });
  };
  const suggest = (code: DraftFindingCode, field: string, message: string): void => {
    findings.push({ code, severity: 'suggestion', field, message });
  };

  const resultText = draft.result?.text?.trim() ?? '';
  const measure = draft.result?.measure ?? null;
  const actions = (draft.actions ?? []).map((a) => a.trim());
  const hasActions = actions.some((a) => a.length > 0);
  const hasResult = resultText.length > 0 || measure !== null;
  const adviceOnly = measure === null && readsAsAdvice(resultText);

  if (!draft.title?.trim())
    required('missingTitle', 'title', 'Add a short title other reps will recognise, e.g. "Legal review in five days".');

  if (adviceOnly) {
    required(
      'resultIsAdvice',
      'result.text',
      hasActions
        ? 'This reads like advice. Say what happened when you did it: deal won, cycle shortened by N days, meeting booked.'
        : 'This reads like advice. Put the steps under actions, and say here what happened when you did them: deal won, cycle shortened by N days, meeting booked.',
    );
  } else if (!hasResult) {
    required(
      'missingResult',
      'result.text',
      hasActions
        ? 'You wrote what to do. Now add the result: what happened when you did it (deal won, cycle shortened by N days, meeting booked).'
        : 'Add the result: what happened, with a measure where you can (deal won, cycle shortened by N days, meeting booked).',
    );
  }

  if (!hasActions) {
    required(
      'missingActions',
      'actions',
      hasResult && !adviceOnly
        ? 'You wrote the result. Now add the specific actions you took, in order, so another rep can repeat them.'
        : 'Add the specific actions you took, one step at a time, in the order you took them.',
    );
  }

  if (!draft.context?.segment) required('missingSegment', 'context.segment', 'Choose the segment this worked in.');
  if (!draft.context?.stage) required('missingStage', 'context.stage', 'Choose the deal stage this worked at.');

  if (skills) {
    (draft.tags ?? []).forEach((tag, i) => {
      if (!skills.includes(tag)) required('unknownSkill', `tags.${i}`, `"${tag}" is not one of this space's skills.`);
    });
  }

  actions.forEach((action, i) => {
    if (action.length > 0 && (words(action) < 3 || VAGUE.test(action)))
      suggest(
        'vagueAction',
        `actions.${i}`,
        `Step ${i + 1} is hard to repeat. Say what you did, with whom and when, e.g. "Sent the mutual action plan to the CFO the day after discovery".`,
      );
  });

  if (hasResult && !adviceOnly && measure === null && !/\d/.test(resultText))
    suggest('noMeasure', 'result.measure', 'Add a measure if you can: deal won, days saved, meetings booked.');

  return { ready: findings.every((f) => f.severity !== 'required'), findings };
}

/** A draft that passed the checks, normalised: trimmed text, empty steps and repeated tags dropped. */
export interface PracticeInput {
  title: string;
  result: { text: string; measure: Measure | null };
  actions: string[];
  context: {
    segment: Segment;
    stage: DealStage;
    dealSize: DealSizeBand | null;
    customerRole: CustomerRole | null;
  };
  evidence: { kind: EvidenceKind; label: string; url: string | null; text: string | null }[];
  tags: string[];
}

/** Normalises a draft the checks found ready; throws when it is not (a programming error). */
export function toPracticeInput(draft: PracticeDraft): PracticeInput {
  const segment = draft.context?.segment;
  const stage = draft.context?.stage;
  if (!segment || !stage) throw new Error('toPracticeInput needs a checked draft');
  return {
    title: draft.title?.trim() ?? '',
    result: { text: draft.result?.text?.trim() ?? '', measure: draft.result?.measure ?? null },
    actions: (draft.actions ?? []).map((a) => a.trim()).filter((a) => a.length > 0),
    context: {
      segment,
      stage,
      dealSize: draft.context?.dealSize ?? null,
      customerRole: draft.context?.customerRole ?? null,
    },
    evidence: (draft.evidence ?? []).map((e) => ({
      kind: e.kind,
      label: e.label,
      url: e.url ?? null,
      text: e.text?.trim() || null,
    })),
    tags: [...new Set(draft.tags ?? [])],
  };
}
