import { BOARD_LIMITS, type BoardStagesBody, type StageDefinition } from '@coachboard/api/domain';

// The stages editor's draft: stages and exit criteria as the manager edits them, before they are saved.

/** An exit criterion being edited; `id` is null until it is first saved. */
export interface CriterionDraft {
  key: string;
  id: string | null;
  text: string;
  signal: StageDefinition['exitCriteria'][number]['signal'];
}

/** A stage being edited; `id` is null until it is first saved. */
export interface StageDraft {
  key: string;
  id: string | null;
  name: string;
  buyerName: string;
  exitCriteria: CriterionDraft[];
}

let nextKey = 0;
/** A key that tells draft items apart while they have no id (React keys, field ids). */
export const newKey = (): string => `k${++nextKey}`;

/** The stages as saved, ready to be edited. */
export function toDraft(stages: readonly StageDefinition[]): StageDraft[] {
  return stages.map((stage) => ({
    key: newKey(),
    id: stage.id,
    name: stage.name,
    buyerName: stage.buyerName,
    exitCriteria: stage.exitCriteria.map((c) => ({ key: newKey(), id: c.id, text: c.text, signal: c.signal })),
  }));
}

export const emptyStage = (): StageDraft => ({ key: newKey(), id: null, name: '', buyerName: '', exitCriteria: [] });
export const emptyCriterion = (): CriterionDraft => ({ key: newKey(), id: null, text: '', signal: null });

/** Moves the item at `index` by `by` places (the caller keeps it within the list). */
export function moved<T>(items: readonly T[], index: number, by: number): T[] {
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(index + by, 0, item);
  return next;
}

const ID_MAX = 40;

/** A lower-case slug of `text` that `used` does not hold yet (ids stay stable across later renames). */
export function slugId(text: string, fallback: string, used: Set<string>): string {
  let base = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(base)) base = base ? `${fallback}-${base}` : fallback;
  base = base.slice(0, ID_MAX).replace(/-+$/, '');
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base.slice(0, ID_MAX - String(n).length - 1).replace(/-+$/, '')}-${n}`;
  used.add(id);
  return id;
}

/** The message ids of what can be wrong with a field of the draft. */
export type DraftError =
  'boards.stages.error.required' | 'boards.stages.error.criterionRequired' | 'boards.stages.error.tooLong';

/** What is wrong with a draft: message ids by field (`<key>.name`, `<key>.buyerName`, `<key>.text`). */
export function validateDraft(stages: readonly StageDraft[]): Record<string, DraftError> {
  const errors: Record<string, DraftError> = {};
  const check = (
    field: string,
    value: string,
    max: number,
    required: DraftError = 'boards.stages.error.required',
  ): void => {
    if (value.trim() === '') errors[field] = required;
    else if (value.trim().length > max) errors[field] = 'boards.stages.error.tooLong';
  };
  for (const stage of stages) {
    check(`${stage.key}.name`, stage.name, BOARD_LIMITS.stageNameMax);
    check(`${stage.key}.buyerName`, stage.buyerName, BOARD_LIMITS.stageNameMax);
    for (const criterion of stage.exitCriteria) {
      check(
        `${criterion.key}.text`,
        criterion.text,
        BOARD_LIMITS.criterionTextMax,
        'boards.stages.error.criterionRequired',
      );
    }
  }
  return errors;
}

/** The PUT body for a draft: texts trimmed, new stages and criteria given ids from their names. */
export function toBody(stages: readonly StageDraft[]): BoardStagesBody {
  const stageIds = new Set(stages.flatMap((s) => (s.id ? [s.id] : [])));
  const criterionIds = new Set(stages.flatMap((s) => s.exitCriteria.flatMap((c) => (c.id ? [c.id] : []))));
  return {
    stages: stages.map((stage) => ({
      id: stage.id ?? slugId(stage.name, 'stage', stageIds),
      name: stage.name.trim(),
      buyerName: stage.buyerName.trim(),
      exitCriteria: stage.exitCriteria.map((c) => ({
        id: c.id ?? slugId(c.text, 'criterion', criterionIds),
        text: c.text.trim(),
        signal: c.signal,
      })),
    })),
  };
}
