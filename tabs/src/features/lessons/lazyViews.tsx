import type { MemberResponse } from '@coachboard/api/domain';
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import type { SpaceData } from '../spaces';

/*
 * The lesson views, loaded on demand with their texts, so that no surface's first render grows: the
 * personal tab's list, the channel tab's section, and the passes beside each member.
 */
const Mine = lazy(() => import('./MyLessons'));
const Section = lazy(() => import('./LessonsSection'));
const Passes = lazy(() => import('./MemberPasses'));

function Loading() {
  const intl = useIntl();
  return <Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />;
}

/** "Lessons" in the personal tab. */
export function LazyMyLessons() {
  return (
    <Suspense fallback={<Loading />}>
      <Mine />
    </Suspense>
  );
}

/** The channel tab's "Lessons" section. */
export function LazyLessonsSection(props: SpaceData) {
  return (
    <Suspense fallback={<Loading />}>
      <Section {...props} />
    </Suspense>
  );
}

/** The lessons a member passed, beside them in the member list; nothing while it loads. */
export function LazyMemberPasses(props: { spaceId: string; member: MemberResponse }) {
  return (
    <Suspense fallback={null}>
      <Passes {...props} />
    </Suspense>
  );
}
