import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';
import type { SpaceData } from '../spaces';

/*
 * The win/loss views, each loaded on demand with its texts, so that no surface's first render grows:
 * the channel tab's "Win/loss" section and a closed board's review.
 */
const Section = lazy(() => import('./WinlossSection'));
const Review = lazy(() => import('./ReviewPanel'));

function Loading() {
  const intl = useIntl();
  return <Spinner size="tiny" label={intl.formatMessage({ id: 'app.loading' })} />;
}

/** The channel tab's "Win/loss" section. */
export function WinlossChannelSection(props: SpaceData) {
  return (
    <Suspense fallback={<Loading />}>
      <Section {...props} />
    </Suspense>
  );
}

/** A closed board's review (and the customer's side). */
export function LazyReviewPanel(props: ComponentProps<typeof Review>) {
  return (
    <Suspense fallback={<Loading />}>
      <Review {...props} />
    </Suspense>
  );
}
