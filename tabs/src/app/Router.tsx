import { Suspense } from 'react';
import { useIntl } from 'react-intl';
import { LoadingState } from '../components/LoadingState';
import { NotFoundPage } from '../pages/NotFoundPage';
import { useTeams } from '../teams/context';
import { PageErrorBoundary } from './PageErrorBoundary';
import { routeFor, routes } from './routes';

/** Shown while a page's code loads. */
export function PageFallback() {
  const intl = useIntl();
  return (
    <main>
      <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />
    </main>
  );
}

/** The app's router: a switch over the pathname (or the Teams frame context), one lazy page per surface. */
export function Router({ pathname = window.location.pathname }: { pathname?: string }) {
  const { info } = useTeams();
  const Page = routes[routeFor(pathname, info.inTeams ? info.frameContext : null)] ?? NotFoundPage;
  return (
    <PageErrorBoundary>
      <Suspense fallback={<PageFallback />}>
        <Page />
      </Suspense>
    </PageErrorBoundary>
  );
}
