import { can, type LessonSummary } from '@coachboard/api/domain';
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { lessonMessages } from '../../i18n/en.lessons';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { LessonEditor } from './LessonEditor';
import { LessonList } from './LessonList';
import { LessonReader } from './LessonReader';
import { useLessonsApi } from './lessonsApi';
import { useRetireLesson, useSpaceLessons } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  text: { margin: 0, overflowWrap: 'anywhere' },
  start: { alignSelf: 'flex-start' },
});

type View = { kind: 'list' } | { kind: 'read'; lessonId: string } | { kind: 'edit'; lessonId: string | null };
type Outcome = { id: 'lessons.editor.saved' | 'lessons.section.retired' | 'lessons.section.restored'; title: string };

/**
 * The channel tab's "Lessons": every lesson of the team to read and take; managers also write new
 * ones, edit and retire the team's own (built-in lessons are the same everywhere and stay as they are).
 */
function LessonsSection({ space }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const lessons = useSpaceLessons(space.id);
  const manages = can(space.myRole, 'lessons.write') && !space.archivedAt;
  const [view, setView] = useState<View>({ kind: 'list' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failed, setFailed] = useState(false);
  const retire = useRetireLesson(space.id);
  const api = useLessonsApi();

  const toggleRetired = async (lesson: LessonSummary): Promise<void> => {
    setOutcome(null);
    setFailed(false);
    try {
      const { etag } = await api.source(space.id, lesson.id);
      const retired = !lesson.retiredAt;
      await retire.mutateAsync({ lessonId: lesson.id, retired, etag });
      setOutcome({ id: retired ? 'lessons.section.retired' : 'lessons.section.restored', title: lesson.title });
    } catch {
      setFailed(true);
    }
  };

  let content;
  if (view.kind === 'read') {
    content = <LessonReader spaceId={space.id} lessonId={view.lessonId} onBack={() => setView({ kind: 'list' })} />;
  } else if (view.kind === 'edit') {
    content = (
      <LessonEditor
        spaceId={space.id}
        lessonId={view.lessonId}
        onDone={(title) => {
          setView({ kind: 'list' });
          setOutcome(title ? { id: 'lessons.editor.saved', title } : null);
        }}
      />
    );
  } else {
    content = (
      <>
        <Text as="p" className={styles.text}>
          {intl.formatMessage({ id: 'lessons.section.intro' })}
        </Text>
        {outcome ? (
          <Notice intent="success">{intl.formatMessage({ id: outcome.id }, { title: outcome.title })}</Notice>
        ) : null}
        {failed ? <Notice intent="error">{intl.formatMessage({ id: 'lessons.editor.failed' })}</Notice> : null}
        {manages ? (
          <Button className={styles.start} onClick={() => setView({ kind: 'edit', lessonId: null })}>
            {intl.formatMessage({ id: 'lessons.section.write' })}
          </Button>
        ) : null}
        {lessons.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'lessons.loading' })} /> : null}
        {lessons.isError ? <Notice intent="error">{intl.formatMessage({ id: 'lessons.loadFailed' })}</Notice> : null}
        {lessons.data ? (
          <LessonList
            lessons={lessons.data}
            label={intl.formatMessage({ id: 'lessons.list.label' }, { team: space.name })}
            onOpen={(lessonId) => setView({ kind: 'read', lessonId })}
            renderActions={
              manages
                ? (lesson) =>
                    lesson.builtIn ? null : (
                      <>
                        <Button
                          aria-label={intl.formatMessage({ id: 'lessons.section.edit' }, { title: lesson.title })}
                          onClick={() => setView({ kind: 'edit', lessonId: lesson.id })}
                        >
                          {intl.formatMessage({ id: 'lessons.section.editShort' })}
                        </Button>
                        <Button disabled={retire.isPending} onClick={() => void toggleRetired(lesson)}>
                          {intl.formatMessage(
                            { id: lesson.retiredAt ? 'lessons.section.restore' : 'lessons.section.retire' },
                            { title: lesson.title },
                          )}
                        </Button>
                      </>
                    )
                : undefined
            }
          />
        ) : null}
      </>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'lessons.section.heading' })}
      </Text>
      {content}
    </section>
  );
}

export default withMessages(lessonMessages)(LessonsSection);
