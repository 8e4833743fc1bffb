import { describe, expect, test } from 'vitest';
import { parseLessonMarkup, parseSpans } from './markup.js';

describe('lesson markup', () => {
  test('paragraphs, headings and both kinds of list', () => {
    const blocks = parseLessonMarkup(
      '# Listen first\n\nThe customer talks.\nYou listen.\n\n## Three habits\n- Pause\n- Ask\n\n1. Note it\n2) Pass it on',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, spans: [{ kind: 'text', text: 'Listen first' }] },
      { kind: 'paragraph', spans: [{ kind: 'text', text: 'The customer talks. You listen.' }] },
      { kind: 'heading', level: 2, spans: [{ kind: 'text', text: 'Three habits' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'Pause' }], [{ kind: 'text', text: 'Ask' }]] },
      {
        kind: 'list',
        ordered: true,
        items: [[{ kind: 'text', text: 'Note it' }], [{ kind: 'text', text: 'Pass it on' }]],
      },
    ]);
  });

  test('strong and emphasis inside a line; a lone star stays text', () => {
    expect(parseSpans('Ask **what else** and *wait*. 2 * 3 = 6')).toEqual([
      { kind: 'text', text: 'Ask ' },
      { kind: 'strong', text: 'what else' },
      { kind: 'text', text: ' and ' },
      { kind: 'em', text: 'wait' },
      { kind: 'text', text: '. 2 * 3 = 6' },
    ]);
  });

  test('HTML is never markup: tags stay text, character for character', () => {
    const source = '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n- <b>bold?</b>';
    const blocks = parseLessonMarkup(source);
    expect(blocks).toEqual([
      { kind: 'paragraph', spans: [{ kind: 'text', text: '<script>alert(1)</script>' }] },
      { kind: 'paragraph', spans: [{ kind: 'text', text: '<img src=x onerror="alert(2)">' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: '<b>bold?</b>' }]] },
    ]);
  });

  test('an indented line continues a list item; an unindented one starts a paragraph', () => {
    expect(parseLessonMarkup('- one\n  more\nafter')).toEqual([
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'one more' }]] },
      { kind: 'paragraph', spans: [{ kind: 'text', text: 'after' }] },
    ]);
  });

  test('empty text gives no blocks; CRLF reads like LF', () => {
    expect(parseLessonMarkup('')).toEqual([]);
    expect(parseLessonMarkup('a\r\nb')).toEqual([{ kind: 'paragraph', spans: [{ kind: 'text', text: 'a b' }] }]);
  });
});
