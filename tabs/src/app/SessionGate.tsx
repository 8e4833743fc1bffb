import { lazy, Suspense, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { StateMessage } from '../components/StateMessage';
import { useLoadReport } from '../components/useLoadReport';
import { useTeams } from '../teams/context';
import { PageFallback } from './Router';

// Only needed outside Teams, so kept out of the entry chunk every Teams surface loads.
const SignInPage = lazy(() => import('../features/signin/SignInPage').then((m) => ({ default: m.SignInPage })));
const LocalBar = lazy(() => import('../features/signin/LocalBar').then((m) => ({ default: m.LocalBar })));

/**
 * Outside Teams, nothing but the sign-in picker shows until a demo user is signed in. Inside Teams,
 * an anonymous meeting user (no Entra account, so no SSO token) is told so instead of a failure.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { local, info } = useTeams();
  if (info.inTeams && info.anonymous) return <AnonymousNotice />;
  if (!local) return children;
  if (!local.user) {
    return (
      <Suspense fallback={<PageFallback />}>
        <SignInPage />
      </Suspense>
    );
  }
  return (
    <>
      <Suspense fallback={null}>
        <LocalBar />
      </Suspense>
      {children}
    </>
  );
}

/** What an anonymous meeting user sees: a clear word, and no request that needs a token. */
function AnonymousNotice() {
  const intl = useIntl();
  useLoadReport(false, null);
  return (
    <Page title={intl.formatMessage({ id: 'app.name' })}>
      <StateMessage title={intl.formatMessage({ id: 'app.anonymous.title' })}>
        {intl.formatMessage({ id: 'app.anonymous.body' })}
      </StateMessage>
    </Page>
  );
}
