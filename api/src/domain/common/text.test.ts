import { describe, expect, it } from 'vitest';
import { hasControlCharacters, rawText, text } from './text.js';

describe('the text rule', () => {
  it('finds C0, DEL and C1 control characters, and allows line breaks and tabs only in multi-line text', () => {
    for (const c of ['\u0000', '\u0001', '\u001f', '\u007f', '\u0080', '\u009f'])
      expect(hasControlCharacters(`a${c}b`, true)).toBe(true);
    expect(hasControlCharacters('a\nb\tc\r\nd')).toBe(true);
    expect(hasControlCharacters('a\nb\tc\r\nd', true)).toBe(false);
    expect(hasControlCharacters('a\rb', true)).toBe(true);
    expect(hasControlCharacters('Größe ≠ 12 € – ok 👍')).toBe(false);
  });

  it('trims one-line text, refuses it empty, and keeps markup as typed', () => {
    const title = text(12);
    expect(title.parse('  <b>hi</b> ')).toBe('<b>hi</b>');
    expect(title.safeParse('   ').error?.issues[0]?.message).toBe('must not be empty');
    expect(title.safeParse('x'.repeat(13)).error?.issues[0]?.message).toBe('must be at most 12 characters');
    expect(title.safeParse('a\u0000b').error?.issues[0]?.message).toBe('must not contain control characters');
    expect(text(10, { min: 0 }).parse('  ')).toBe('');
  });

  it('keeps raw text exactly as typed, empty included', () => {
    const notes = rawText(50, { multiline: true });
    expect(notes.parse(' line 1\n\tline 2 ')).toBe(' line 1\n\tline 2 ');
    expect(notes.parse('')).toBe('');
    expect(notes.safeParse('bell\u0007').error?.issues[0]?.message).toBe(
      'must not contain control characters other than line breaks and tabs',
    );
  });
});
