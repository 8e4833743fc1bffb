import { lazy, Suspense, type ReactNode } from 'react';
import { useTeams } from '../teams/context';
import { PageFallback } from './Router';

// Only needed outside Teams, so kept out of the entry chunk every Teams surface loads.
const SignInPage = lazy(() => import('../features/signin/SignInPage').then((m) => ({ default: m.SignInPage })));
const LocalBar = lazy(() => import('../features/signin/LocalBar').then((m) => ({ default: m.LocalBar })));

/** Outside Teams, nothing but the sign-in picker shows until a demo user is signed in. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { local } = useTeams();
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
