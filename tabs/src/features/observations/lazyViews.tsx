import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';
import type { SpaceData } from '../spaces';

/*
 * The observation views pages show, each loaded on demand with its texts, so that no surface's first
 * render grows: the side panel's entry, the channel tab's section, the personal tab's part.
 */
const Entry = lazy(() => import('./ObserveEntry'));
const Section = lazy(() => import('./CoachingSection'));
const Personal = lazy(() => import('./PersonalObservations'));

function Loading() {
  const intl = useIntl();
  return <Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />;
}

/** "Observe this call" in the meeting side panel (managers only); nothing while it loads. */
export function LazyObserveEntry(props: SpaceData) {
  return (
    <Suspense fallback={null}>
      <Entry {...props} />
    </Suspense>
  );
}

/** The channel tab's "Coaching" section. */
export function CoachingChannelSection(props: SpaceData) {
  return (
    <Suspense fallback={<Loading />}>
      <Section {...props} />
    </Suspense>
  );
}

/** The personal tab's coverage (managers) and own observations (reps). */
export function LazyPersonalObservations(props: ComponentProps<typeof Personal>) {
  return (
    <Suspense fallback={<Loading />}>
      <Personal {...props} />
    </Suspense>
  );
}
