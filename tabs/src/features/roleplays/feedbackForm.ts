import { RATING_LABELS, type RoleplayDraftCheckResponse } from '@coachboard/api/domain';
import type { IntlShape } from 'react-intl';
import { ApiError } from '../../lib/api';

/** One finding of the wording check (`POST …/roleplay-drafts/check`). */
export type DraftFinding = RoleplayDraftCheckResponse['findings'][number];

/** Messages by draft path: `strengths` for a whole list, `strengths.1` for one item, `rating`, `text`. */
export type FieldMessages = ReadonlyMap<string, string>;

/** The rating's word, e.g. "Solid" for 3; the number itself when it is off the scale. */
export function ratingLabel(rating: number): string {
  return RATING_LABELS[rating - 1] ?? String(rating);
}

/** A rating as shown everywhere: "3 · Solid". */
export function formatRating(intl: IntlShape, rating: number): string {
  return intl.formatMessage({ id: 'roleplays.debrief.ratingValue' }, { rating, label: ratingLabel(rating) });
}

/** The items the writer filled in, trimmed; empty rows are not sent. */
export function filledItems(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/**
 * The server's field issues of a 400 (`body.strengths.0`) by draft path (`strengths.0`), the first
 * per path. Paths refer to the body sent, whose lists hold only the filled items: `toFormPath` maps
 * them back to the rows the writer sees.
 */
export function serverIssues(error: unknown, toFormPath: (path: string) => string = (p) => p): Map<string, string> {
  const out = new Map<string, string>();
  if (!(error instanceof ApiError) || error.status !== 400) return out;
  for (const issue of error.issues) {
    const path = toFormPath(issue.field.replace(/^body\.?/, ''));
    if (!out.has(path)) out.set(path, issue.message);
  }
  return out;
}

/**
 * Maps an index into the filled items back to the row it came from, so that `strengths.0` of the
 * body points at the first non-empty row of the form.
 */
export function rowPathOf(lists: Record<'strengths' | 'developments', readonly string[]>, path: string): string {
  const match = /^(strengths|developments)\.(\d+)(.*)$/.exec(path);
  const list = match?.[1];
  if (!match || (list !== 'strengths' && list !== 'developments')) return path;
  const wanted = Number(match[2]);
  let seen = -1;
  const rows = lists[list];
  for (let row = 0; row < rows.length; row++) {
    if ((rows[row] ?? '').trim()) seen++;
    if (seen === wanted) return `${list}.${row}${match[3] ?? ''}`;
  }
  return path;
}

/** The problem+json detail of a conflict (the round moved on, already assessed), meant for people. */
export function conflictDetail(error: unknown): string | null {
  return error instanceof ApiError && error.status === 409 && error.detail ? error.detail : null;
}

/** Where a component's top heading sits in its host's outline; the levels below it follow. */
export type HeadingLevel = 2 | 3 | 4;

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** The heading element for `level` (1–6; deeper levels stay h6). */
export function headingTag(level: number): (typeof HEADING_TAGS)[number] {
  return HEADING_TAGS[Math.min(Math.max(level, 1), 6) - 1] ?? 'h6';
}
