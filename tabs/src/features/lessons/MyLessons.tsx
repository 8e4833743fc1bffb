import type { MyLessonsResponse } from '@coachboard/api/domain';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { lessonMessages } from '../../i18n/en.lessons';
import { withMessages } from '../../i18n/withMessages';
import { LessonList } from './LessonList';
import { LessonReader } from './LessonReader';
import { useMyLessons } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  space: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  text: { margin: 0, overflowWrap: 'anywhere' },
});

type SpaceEntry = MyLessonsResponse['spaces'][number];

/**
 * "Lessons" in the personal tab: per team, the lessons I can take with my progress (passed, tried,
 * not started); a lesson opens in place to read and take its check.
 */
function MyLessons() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const mine = useMyLessons();
  const [open, setOpen] = useState<{ spaceId: string; lessonId: string } | null>(null);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'lessons.mine.heading' })}
      </Text>
      {mine.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'lessons.loading' })} /> : null}
      {mine.isError ? <Notice intent="error">{intl.formatMessage({ id: 'lessons.loadFailed' })}</Notice> : null}
      {open ? (
        <LessonReader spaceId={open.spaceId} lessonId={open.lessonId} onBack={() => setOpen(null)} />
      ) : (
        <>
          <Text as="p" className={styles.text}>
            {intl.formatMessage({ id: 'lessons.mine.intro' })}
          </Text>
          {mine.data?.spaces.map((space) => (
            <SpaceLessons
              key={space.spaceId}
              space={space}
              onOpen={(lessonId) => setOpen({ spaceId: space.spaceId, lessonId })}
            />
          ))}
        </>
      )}
    </section>
  );
}

function SpaceLessons({ space, onOpen }: { space: SpaceEntry; onOpen: (lessonId: string) => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const passed = space.lessons.filter((l) => l.progress.passed).length;
  return (
    <div className={styles.space}>
      <Text as="p" weight="semibold" className={styles.text}>
        {intl.formatMessage(
          { id: 'lessons.mine.progress' },
          { passed, total: space.lessons.length, team: space.spaceName },
        )}
      </Text>
      <LessonList
        lessons={space.lessons}
        label={intl.formatMessage({ id: 'lessons.list.label' }, { team: space.spaceName })}
        onOpen={onOpen}
      />
    </div>
  );
}

export default withMessages(lessonMessages)(MyLessons);
