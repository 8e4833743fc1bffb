import type { LessonSummary } from '@coachboard/api/domain';
import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  title: { margin: 0, overflowWrap: 'anywhere' },
  text: { margin: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: 'auto' },
});

/** Lessons as cards: title, summary, length, and how far the viewer got (passed, tried, not started). */
export function LessonList({
  lessons,
  label,
  onOpen,
  renderActions,
}: {
  lessons: readonly LessonSummary[];
  label: string;
  onOpen: (lessonId: string) => void;
  renderActions?: (lesson: LessonSummary) => ReactNode;
}) {
  const intl = useIntl();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {lessons.map((lesson) => {
        const { progress } = lesson;
        return (
          <li key={lesson.id} className={styles.item}>
            <Text as="h3" size={400} weight="semibold" className={styles.title}>
              {lesson.title}
            </Text>
            <div className={styles.badges}>
              {progress.passed ? (
                <Badge appearance="filled" color="success">
                  {intl.formatMessage({ id: 'lessons.item.passed' })}
                </Badge>
              ) : (
                <Badge appearance="outline" color="informative">
                  {progress.attempts > 0
                    ? intl.formatMessage(
                        { id: 'lessons.item.tried' },
                        { attempts: progress.attempts, best: progress.bestCorrect ?? 0 },
                      )
                    : intl.formatMessage({ id: 'lessons.item.new' })}
                </Badge>
              )}
              {lesson.retiredAt ? (
                <Badge appearance="outline" color="subtle">
                  {intl.formatMessage({ id: 'lessons.item.retired' })}
                </Badge>
              ) : null}
              {lesson.builtIn ? null : (
                <Badge appearance="tint" color="brand">
                  {intl.formatMessage({ id: 'lessons.item.own' })}
                </Badge>
              )}
            </div>
            <Text as="p" className={styles.text}>
              {lesson.summary}
            </Text>
            <Text as="p" size={200} className={mergeClasses(styles.text, styles.meta)}>
              {intl.formatMessage(
                { id: 'lessons.item.minutes' },
                { minutes: lesson.minutes, questions: lesson.questionCount },
              )}
            </Text>
            <div className={styles.actions}>
              <Button
                appearance={progress.passed ? 'secondary' : 'primary'}
                aria-label={intl.formatMessage({ id: 'lessons.item.read' }, { title: lesson.title })}
                onClick={() => onOpen(lesson.id)}
              >
                {intl.formatMessage({ id: 'lessons.item.open' })}
              </Button>
              {renderActions?.(lesson)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
