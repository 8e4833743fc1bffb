import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';
import type { SpaceData } from '../spaces';

/*
 * The barrier views pages show, each loaded on demand with its texts, so that no surface's first
 * render grows: the side panel's entry, the channel tab's section, the personal tab's part.
 */
const Entry = lazy(() => import('./BarrierEntry'));
const Section = lazy(() => import('./BarriersSection'));
const Personal = lazy(() => import('./PersonalBarriers'));

function Loading() {
  const intl = useIntl();
  return <Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />;
}

/** "Raise a barrier" in the meeting side panel; nothing while it loads. */
export function LazyBarrierEntry(props: SpaceData) {
  return (
    <Suspense fallback={null}>
      <Entry {...props} />
    </Suspense>
  );
}

/** The channel tab's "Barriers" section. */
export function BarriersChannelSection(props: SpaceData) {
  return (
    <Suspense fallback={<Loading />}>
      <Section {...props} />
    </Suspense>
  );
}

/** The personal tab's "My barriers". */
export function LazyPersonalBarriers(props: ComponentProps<typeof Personal>) {
  return (
    <Suspense fallback={<Loading />}>
      <Personal {...props} />
    </Suspense>
  );
}
