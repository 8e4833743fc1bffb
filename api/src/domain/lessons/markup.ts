/**
 * The lesson markup: a tiny, safe subset of Markdown. Blank lines separate paragraphs; `# ` and `## `
 * start headings; `- ` or `* ` start bullet items and `1. ` numbered ones; `**strong**` and `*emphasis*`
 * work inside a line. Nothing else is markup: `<script>`, `<img …>` or `[links](…)` stay text as typed.
 * The parser returns plain data; the tabs turn it into React elements (never into HTML).
 */

/** A run of text inside a block. */
export interface MarkupSpan {
  kind: 'text' | 'strong' | 'em';
  text: string;
}

export type MarkupBlock =
  | { kind: 'heading'; level: 1 | 2; spans: MarkupSpan[] }
  | { kind: 'paragraph'; spans: MarkupSpan[] }
  | { kind: 'list'; ordered: boolean; items: MarkupSpan[][] };

const HEADING = /^(#{1,2})\s+(.*)$/;
const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^\d{1,3}[.)]\s+(.*)$/;
const INLINE = /\*\*(.+?)\*\*|\*(?!\s)(.+?)(?<!\s)\*/g;

/** The spans of one line or paragraph: `**strong**`, `*emphasis*`, and text. */
export function parseSpans(line: string): MarkupSpan[] {
  const spans: MarkupSpan[] = [];
  let last = 0;
  for (const match of line.matchAll(INLINE)) {
    const at = match.index;
    if (at > last) spans.push({ kind: 'text', text: line.slice(last, at) });
    if (match[1] !== undefined) spans.push({ kind: 'strong', text: match[1] });
    else spans.push({ kind: 'em', text: match[2] ?? '' });
    last = at + match[0].length;
  }
  if (last < line.length) spans.push({ kind: 'text', text: line.slice(last) });
  return spans;
}

/** Parses lesson text into blocks. Total: every input gives blocks, and every character typed stays visible. */
export function parseLessonMarkup(source: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', spans: parseSpans(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseSpans) });
    paragraph = [];
    list = null;
  };

  for (const raw of source.replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1] === '#' ? 1 : 2, spans: parseSpans(heading[2] ?? '') });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1] ?? '');
      continue;
    }
    // A line after a list item that is indented continues the item; otherwise it starts a paragraph.
    if (list && /^\s/.test(raw)) {
      list.items[list.items.length - 1] += ` ${line}`;
      continue;
    }
    if (list) flush();
    paragraph.push(line);
  }
  flush();
  return blocks;
}
