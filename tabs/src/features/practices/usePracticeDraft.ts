import {
  checkPracticeDraft,
  type CustomerRole,
  type DealSizeBand,
  type DealStage,
  type EvidenceKind,
  type Measure,
  type PracticeDraft,
  type PracticeResponse,
  type Segment,
} from '@coachboard/api/domain';
import { useMemo, useState } from 'react';

/** The measure kinds the form offers; the numbered ones need a number. */
export type MeasureKind = Measure['kind'];

/** One piece of evidence as the form holds it. */
export interface EvidenceRow {
  kind: EvidenceKind;
  label: string;
  url: string;
  text: string;
}

/** Everything the post form holds, as typed. */
export interface DraftState {
  title: string;
  resultText: string;
  measureKind: MeasureKind | '';
  /** The number of a numbered measure, or the label of `other`. */
  measureValue: string;
  actions: string[];
  segment: Segment | '';
  stage: DealStage | '';
  dealSize: DealSizeBand | '';
  customerRole: CustomerRole | '';
  evidence: EvidenceRow[];
  tags: string[];
}

const EMPTY: DraftState = {
  title: '',
  resultText: '',
  measureKind: '',
  measureValue: '',
  actions: [''],
  segment: '',
  stage: '',
  dealSize: '',
  customerRole: '',
  evidence: [],
  tags: [],
};

function toMeasure(kind: MeasureKind | '', value: string): Measure | null {
  const n = Number(value);
  switch (kind) {
    case '':
      return null;
    case 'dealWon':
      return { kind };
    case 'cycleShortened':
      return { kind, days: n };
    case 'meetingBooked':
      return { kind, count: n };
    case 'dealExpanded':
      return { kind, percent: n };
    case 'replyRateUp':
      return { kind, points: n };
    case 'other':
      return { kind, label: value };
  }
}

/** A posted practice as the form holds it, for editing. */
export function fromPractice(practice: PracticeResponse): DraftState {
  const measure = practice.result.measure;
  const measureValue = (): string => {
    switch (measure?.kind) {
      case 'cycleShortened':
        return String(measure.days);
      case 'meetingBooked':
        return String(measure.count);
      case 'dealExpanded':
        return String(measure.percent);
      case 'replyRateUp':
        return String(measure.points);
      case 'other':
        return measure.label;
      default:
        return '';
    }
  };
  return {
    title: practice.title,
    resultText: practice.result.text,
    measureKind: measure?.kind ?? '',
    measureValue: measureValue(),
    actions: practice.actions.length > 0 ? [...practice.actions] : [''],
    segment: practice.context.segment,
    stage: practice.context.stage,
    dealSize: practice.context.dealSize ?? '',
    customerRole: practice.context.customerRole ?? '',
    evidence: practice.evidence.map((e) => ({ kind: e.kind, label: e.label, url: e.url ?? '', text: e.text ?? '' })),
    tags: [...practice.tags],
  };
}

/** The draft as the API takes it: empty optional parts left out. */
export function toDraft(state: DraftState): PracticeDraft {
  return {
    title: state.title,
    result: { text: state.resultText, measure: toMeasure(state.measureKind, state.measureValue) },
    actions: state.actions,
    context: {
      segment: state.segment || null,
      stage: state.stage || null,
      dealSize: state.dealSize || null,
      customerRole: state.customerRole || null,
    },
    evidence: state.evidence.map((e) => ({
      kind: e.kind,
      label: e.label,
      url: e.url.trim() || null,
      text: e.text.trim() || null,
    })),
    tags: state.tags,
  };
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * The post form's state and its guiding check, run on every keystroke with the same pure
 * function the API runs (`checkPracticeDraft`), against the space's skills.
 */
export function usePracticeDraft(skillKeys: readonly string[], initial: DraftState = EMPTY) {
  const [state, setState] = useState<DraftState>(initial);
  const [touched, setTouched] = useState(false);
  const draft = useMemo(() => toDraft(state), [state]);
  const check = useMemo(() => checkPracticeDraft(draft, skillKeys), [draft, skillKeys]);

  const update = (change: Partial<DraftState>): void => {
    setTouched(true);
    setState((current) => ({ ...current, ...change }));
  };
  const updateList = <K extends 'actions' | 'evidence'>(key: K, next: (list: DraftState[K]) => DraftState[K]): void => {
    setTouched(true);
    setState((current) => ({ ...current, [key]: next(current[key]) }));
  };

  return {
    state,
    draft,
    check,
    /** Whether the author has typed anything yet (findings are shown from then on). */
    touched,
    update,
    setAction: (index: number, text: string) =>
      updateList('actions', (list) => list.map((a, i) => (i === index ? text : a))),
    addAction: () => updateList('actions', (list) => [...list, '']),
    removeAction: (index: number) => updateList('actions', (list) => list.filter((_, i) => i !== index)),
    moveAction: (index: number, to: number) => updateList('actions', (list) => move(list, index, to)),
    setEvidence: (index: number, change: Partial<EvidenceRow>) =>
      updateList('evidence', (list) => list.map((e, i) => (i === index ? { ...e, ...change } : e))),
    addEvidence: () => updateList('evidence', (list) => [...list, { kind: 'link', label: '', url: '', text: '' }]),
    removeEvidence: (index: number) => updateList('evidence', (list) => list.filter((_, i) => i !== index)),
    toggleTag: (key: string, on: boolean) =>
      update({ tags: on ? [...state.tags.filter((t) => t !== key), key] : state.tags.filter((t) => t !== key) }),
    reset: () => {
      setState(EMPTY);
      setTouched(false);
    },
  };
}
