import { Badge, Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { LessonCheck } from './LessonCheck';
import { LessonText } from './LessonText';
import { useLesson } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '44rem' },
  back: { alignSelf: 'flex-start' },
  title: { margin: 0, overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  summary: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  rule: { border: 'none', borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, width: '100%' },
});

/** One lesson to read, then its check. Opening it moves focus to its title; Back returns to the list. */
export function LessonReader({ spaceId, lessonId, onBack }: { spaceId: string; lessonId: string; onBack: () => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const lesson = useLesson(spaceId, lessonId);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const loaded = lesson.isSuccess;
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded]);

  return (
    <article className={styles.root} aria-labelledby={loaded ? `lesson-title-${lessonId}` : undefined}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
        {intl.formatMessage({ id: 'lessons.reader.back' })}
      </Button>
      {lesson.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'lessons.loading' })} /> : null}
      {lesson.isError ? <Notice intent="error">{intl.formatMessage({ id: 'lessons.loadFailed' })}</Notice> : null}
      {lesson.data ? (
        <>
          <Text
            as="h3"
            id={`lesson-title-${lessonId}`}
            ref={titleRef}
            tabIndex={-1}
            size={500}
            weight="semibold"
            className={styles.title}
          >
            {lesson.data.title}
          </Text>
          <div className={styles.meta}>
            <Text size={200}>
              {intl.formatMessage(
                { id: 'lessons.item.minutes' },
                { minutes: lesson.data.minutes, questions: lesson.data.questions.length },
              )}
            </Text>
            {lesson.data.progress.passed ? (
              <Badge appearance="filled" color="success">
                {intl.formatMessage({ id: 'lessons.item.passed' })}
              </Badge>
            ) : null}
          </div>
          <Text as="p" className={styles.summary}>
            {lesson.data.summary}
          </Text>
          <LessonText source={lesson.data.body} headingLevel={4} />
          <hr className={styles.rule} />
          {lesson.data.retiredAt ? (
            <Notice intent="warning">{intl.formatMessage({ id: 'lessons.reader.retired' })}</Notice>
          ) : (
            <LessonCheck key={lesson.data.version} spaceId={spaceId} lesson={lesson.data} />
          )}
        </>
      ) : null}
    </article>
  );
}
