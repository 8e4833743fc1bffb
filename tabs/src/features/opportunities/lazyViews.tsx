import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';
import type { SpaceData } from '../spaces';

/*
 * The opportunity views pages show, each loaded on demand with its texts, so that no surface's first
 * render grows: the personal tab's part, the channel tab's section, the side panel's button.
 */
const Personal = lazy(() => import('./PersonalOpportunities'));
const Section = lazy(() => import('./OpportunitiesSection'));
const Entry = lazy(() => import('./SidePanelEntry'));

function Loading() {
  const intl = useIntl();
  return <Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />;
}

/** The personal tab's opportunities (what waits for me, the quick form, what I passed on, my points). */
export function LazyPersonalOpportunities(props: ComponentProps<typeof Personal>) {
  return (
    <Suspense fallback={<Loading />}>
      <Personal {...props} />
    </Suspense>
  );
}

/** The channel tab's "Opportunities" section. */
export function OpportunitiesChannelSection(props: SpaceData) {
  return (
    <Suspense fallback={<Loading />}>
      <Section {...props} />
    </Suspense>
  );
}

/** "Pass on an opportunity" in the meeting side panel; nothing while it loads. */
export function LazyOpportunityEntry(props: SpaceData) {
  return (
    <Suspense fallback={null}>
      <Entry {...props} />
    </Suspense>
  );
}
