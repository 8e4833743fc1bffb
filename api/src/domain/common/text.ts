import { z } from 'zod';

/** Control characters (C0, DEL, C1); line breaks and tabs only where text may span lines. */
export function hasControlCharacters(s: string, multiline: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (multiline && (c === 0x0a || c === 0x09 || (c === 0x0d && s.charCodeAt(i + 1) === 0x0a))) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** Trimmed plain text of 1..max characters, stored and returned verbatim (never interpreted as markup). */
export function text(max: number, options: { multiline?: boolean; min?: number } = {}) {
  const min = options.min ?? 1;
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !hasControlCharacters(s, options.multiline ?? false), 'must not contain control characters')
    .transform((s) => s.trim())
    .pipe(z.string().min(min, min > 0 ? 'must not be empty' : undefined));
}
