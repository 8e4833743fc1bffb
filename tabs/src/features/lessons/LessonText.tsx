import { parseLessonMarkup, type MarkupSpan } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, marginTop: tokens.spacingVerticalS },
  paragraph: { margin: 0, overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase400 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, overflowWrap: 'anywhere' },
  item: { marginBlock: tokens.spacingVerticalXXS, lineHeight: tokens.lineHeightBase400 },
});

function Spans({ spans }: { spans: readonly MarkupSpan[] }) {
  return spans.map((span, i) =>
    span.kind === 'strong' ? (
      <strong key={i}>{span.text}</strong>
    ) : span.kind === 'em' ? (
      <em key={i}>{span.text}</em>
    ) : (
      <span key={i}>{span.text}</span>
    ),
  );
}

/**
 * A lesson's text, from the lesson markup to React elements: paragraphs, headings (below the
 * lesson's own title level `headingLevel`), lists, strong and emphasis. Every character typed is
 * rendered as text; there is no path from a lesson to HTML.
 */
export function LessonText({ source, headingLevel = 3 }: { source: string; headingLevel?: 3 | 4 }) {
  const styles = useStyles();
  const blocks = useMemo(() => parseLessonMarkup(source), [source]);
  return (
    <div className={styles.root}>
      {blocks.map((block, i) => {
        if (block.kind === 'heading') {
          const level = Math.min(6, headingLevel + block.level - 1);
          return (
            <Text
              key={i}
              as={`h${level}` as 'h3' | 'h4' | 'h5'}
              size={block.level === 1 ? 400 : 300}
              weight="semibold"
              className={styles.heading}
            >
              <Spans spans={block.spans} />
            </Text>
          );
        }
        if (block.kind === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={i} className={styles.list}>
              {block.items.map((item, j) => (
                <li key={j} className={styles.item}>
                  <Spans spans={item} />
                </li>
              ))}
            </List>
          );
        }
        return (
          <p key={i} className={styles.paragraph}>
            <Spans spans={block.spans} />
          </p>
        );
      })}
    </div>
  );
}
