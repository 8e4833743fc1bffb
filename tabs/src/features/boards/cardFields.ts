import {
  BOARD_CARD_CONTENT,
  BOARD_CARD_DEFAULTS,
  BoardLevel,
  BuyingRole,
  StakeholderStance,
  type BoardCardKind,
  type BoardCardResponse,
  type BoardSectionKind,
  type MemberResponse,
  type StageDefinition,
} from '@coachboard/api/domain';
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../../i18n/en';

/** Values of the fixed choices on cards; every one has a `boards.option.<value>` label. */
export const OPTIONS = {
  role: BuyingRole.options,
  level: BoardLevel.options,
  stance: StakeholderStance.options,
  hypothesis: ['untested', 'validated', 'rejected'],
  position: ['incumbent', 'shortlisted', 'considered', 'eliminated'],
  actionStatus: ['open', 'done', 'dropped'],
} as const;
export type OptionValue = (typeof OPTIONS)[keyof typeof OPTIONS][number];

/** How a card field is edited and shown. */
export type FieldType =
  | 'text'
  | 'notes'
  | 'number'
  | 'date'
  | 'bool'
  | 'member'
  | 'stage'
  | 'buyerStage'
  | 'criterion'
  | keyof typeof OPTIONS;

/** One field of a card kind. */
export interface FieldSpec {
  name: FieldName;
  type: FieldType;
  /** May be empty (null): dates not known yet, no owner. */
  nullable?: boolean;
}

const f = (name: FieldName, type: FieldType, nullable = false): FieldSpec => ({ name, type, nullable });

/** The fields of each card kind, in the order forms and cards show them. */
export const CARD_FIELDS = {
  account: [
    f('name', 'text'),
    f('segment', 'text'),
    f('ownerId', 'member'),
    f('value', 'number'),
    f('currency', 'text'),
    f('salesStage', 'stage'),
    f('buyerStage', 'buyerStage'),
    f('nextMeetingDate', 'date', true),
    f('notes', 'notes'),
  ],
  stakeholder: [
    f('name', 'text'),
    f('title', 'text'),
    f('role', 'role'),
    f('influence', 'level'),
    f('stance', 'stance'),
    f('lastContact', 'date', true),
    f('notes', 'notes'),
  ],
  goal: [f('goal', 'text'), f('successMeasure', 'text'), f('confirmedByBuyer', 'bool'), f('notes', 'notes')],
  hypothesis: [f('statement', 'text'), f('status', 'hypothesis'), f('notes', 'notes')],
  risk: [
    f('risk', 'text'),
    f('likelihood', 'level'),
    f('impact', 'level'),
    f('mitigation', 'text'),
    f('ownerId', 'member', true),
    f('notes', 'notes'),
  ],
  competitor: [
    f('name', 'text'),
    f('position', 'position'),
    f('strengths', 'text'),
    f('weaknesses', 'text'),
    f('notes', 'notes'),
  ],
  action: [
    f('action', 'text'),
    f('ownerId', 'member', true),
    f('dueDate', 'date', true),
    f('status', 'actionStatus'),
    f('notes', 'notes'),
  ],
  evidence: [f('criterionId', 'criterion'), f('note', 'text'), f('date', 'date')],
} as const satisfies Record<BoardCardKind, readonly FieldSpec[]>;

export type FieldName =
  | 'name'
  | 'segment'
  | 'ownerId'
  | 'value'
  | 'currency'
  | 'salesStage'
  | 'buyerStage'
  | 'nextMeetingDate'
  | 'notes'
  | 'title'
  | 'role'
  | 'influence'
  | 'stance'
  | 'lastContact'
  | 'goal'
  | 'successMeasure'
  | 'confirmedByBuyer'
  | 'statement'
  | 'status'
  | 'risk'
  | 'likelihood'
  | 'impact'
  | 'mitigation'
  | 'position'
  | 'strengths'
  | 'weaknesses'
  | 'action'
  | 'dueDate'
  | 'criterionId'
  | 'note'
  | 'date';

/** The field that names a card in lists, dialogs and the history. */
export const TITLE_FIELD: Record<BoardCardKind, FieldName> = {
  account: 'name',
  stakeholder: 'name',
  goal: 'goal',
  hypothesis: 'statement',
  risk: 'risk',
  competitor: 'name',
  action: 'action',
  evidence: 'note',
};

/** Card content as forms hold it: field name to value. */
export type Content = Record<string, unknown>;

/** What the rest of the board needs to show a field's value in words. */
export interface FieldContext {
  intl: IntlShape;
  members: readonly MemberResponse[];
  stages: readonly StageDefinition[];
}

/** The label of a field. */
export function fieldLabel(intl: IntlShape, name: FieldName): string {
  return intl.formatMessage({ id: `boards.field.${name}` satisfies MessageId });
}

/** The label of a fixed choice. */
export function optionLabel(intl: IntlShape, value: OptionValue): string {
  return intl.formatMessage({ id: `boards.option.${value}` satisfies MessageId });
}

/** Choices of a field with a closed set of values: `[value, label]`. */
export function choicesOf(spec: FieldSpec, ctx: FieldContext): [string, string][] {
  switch (spec.type) {
    case 'member':
      return ctx.members.map((m) => [m.userId, m.name]);
    case 'stage':
      return ctx.stages.map((s) => [s.id, s.name]);
    case 'buyerStage':
      return ctx.stages.map((s) => [s.id, s.buyerName]);
    case 'criterion':
      return ctx.stages.flatMap((s) => s.exitCriteria.map((c): [string, string] => [c.id, `${s.name}: ${c.text}`]));
    case 'text':
    case 'notes':
    case 'number':
    case 'date':
    case 'bool':
      return [];
    default:
      return OPTIONS[spec.type].map((value) => [value, optionLabel(ctx.intl, value)]);
  }
}

/** A plain value as text: strings as they are, numbers and booleans written out, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** A field's value in words; empty text for nothing. */
export function displayValue(spec: FieldSpec, value: unknown, ctx: FieldContext, currency = 'USD'): string {
  if (value === null || value === undefined || value === '') return '';
  switch (spec.type) {
    case 'text':
    case 'notes':
      return textOf(value);
    case 'number':
      return ctx.intl.formatNumber(Number(value), { style: 'currency', currency, maximumFractionDigits: 0 });
    case 'date':
      return ctx.intl.formatDate(`${textOf(value)}T12:00:00`, { dateStyle: 'medium' });
    case 'bool':
      return ctx.intl.formatMessage({ id: value === true ? 'boards.yes' : 'boards.no' });
    default: {
      const match = choicesOf(spec, ctx).find(([id]) => id === value);
      return match ? match[1] : textOf(value);
    }
  }
}

/** Whether two field values are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

/** The content of a card. */
export function contentOf(card: BoardCardResponse): Content {
  return card.content;
}

/** The fields of `next` that differ from `base`. */
export function changedFields(kind: BoardCardKind, base: Content, next: Content): FieldName[] {
  return CARD_FIELDS[kind].map((s) => s.name).filter((name) => !sameValue(base[name], next[name]));
}

/** A new card's starting content: the API's defaults, with the first choice of each closed field. */
export function newContent(kind: BoardSectionKind, ctx: FieldContext, meId: string | undefined): Content {
  const content: Content = { ...BOARD_CARD_DEFAULTS[kind] };
  for (const spec of CARD_FIELDS[kind]) {
    if (spec.name in content) continue;
    if (spec.type === 'text' || spec.type === 'notes') content[spec.name] = '';
    else if (spec.type === 'date') content[spec.name] = new Date().toISOString().slice(0, 10);
    else if (spec.type === 'member') content[spec.name] = meId ?? null;
    else content[spec.name] = choicesOf(spec, ctx)[0]?.[0] ?? '';
  }
  if (kind === 'stakeholder') content.role = 'user';
  return content;
}

/** Checks content against the card kind's contract; the first problem of each field, by field. */
export function validate(
  kind: BoardCardKind,
  content: Content,
): Partial<Record<string, 'required' | 'tooLong' | 'invalid'>> {
  const parsed = BOARD_CARD_CONTENT[kind].safeParse(content);
  const out: Partial<Record<string, 'required' | 'tooLong' | 'invalid'>> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = String(issue.path[0] ?? '');
    out[field] ??= issue.code === 'too_small' ? 'required' : issue.code === 'too_big' ? 'tooLong' : 'invalid';
  }
  return out;
}
