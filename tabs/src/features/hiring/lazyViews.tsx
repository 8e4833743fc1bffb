import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import type { SpaceData } from '../spaces';

/* The hiring views pages show, each loaded on demand with its texts, so no surface's first render grows. */
const Section = lazy(() => import('./HiringSection'));
const Due = lazy(() => import('./MyScorecardsDue'));

function Loading() {
  const intl = useIntl();
  return <Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />;
}

/** The channel tab's "Hiring" section. */
export function HiringChannelSection(props: SpaceData) {
  return (
    <Suspense fallback={<Loading />}>
      <Section {...props} />
    </Suspense>
  );
}

/** The personal tab's "My scorecards due"; nothing while it loads. */
export function LazyMyScorecardsDue() {
  return (
    <Suspense fallback={null}>
      <Due />
    </Suspense>
  );
}
