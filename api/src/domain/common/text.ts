import { z } from 'zod';

/**
 * The one text rule of the API. Every text a person types is plain text: stored and returned
 * verbatim, never interpreted as markup, and free of control characters (C0, DEL, C1), which would
 * corrupt exports, logs and the Teams cards that quote it. Line breaks and tabs are allowed only
 * where text may span lines (`multiline`).
 */

/** Whether `s` holds a control character; with `multiline`, line breaks (LF, CRLF) and tabs are fine. */
export function hasControlCharacters(s: string, multiline = false): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (multiline && (c === 0x0a || c === 0x09 || (c === 0x0d && s.charCodeAt(i + 1) === 0x0a))) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** How text may be written: one line (the default) or several. */
export interface TextOptions {
  /** Line breaks and tabs allowed (notes, descriptions); otherwise one line. */
  multiline?: boolean;
}

const controlMessage = (multiline: boolean): string =>
  multiline
    ? 'must not contain control characters other than line breaks and tabs'
    : 'must not contain control characters';

/** Text exactly as typed (not trimmed, may be empty) of at most `max` characters, e.g. notes. */
export function rawText(max: number, { multiline = false }: TextOptions = {}) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !hasControlCharacters(s, multiline), controlMessage(multiline));
}

/** Trimmed text of `min` (default 1) to `max` characters: titles, names, one-line answers. */
export function text(max: number, { multiline = false, min = 1 }: TextOptions & { min?: number } = {}) {
  return rawText(max, { multiline })
    .transform((s) => s.trim())
    .pipe(z.string().min(min, min > 0 ? 'must not be empty' : undefined));
}
