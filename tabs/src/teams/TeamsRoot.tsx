import type { ReactNode } from 'react';
import { LocalHostProvider } from './LocalHostProvider';
import { TeamsHostProvider } from './TeamsHostProvider';

/** True when the page runs inside a frame, which is how every Teams host shows a tab. */
export function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

/** Props of {@link TeamsRoot}. */
export interface TeamsRootProps {
  children: ReactNode;
  /** Shown while the Teams host is being contacted. */
  pending: ReactNode;
  /** Shown when the Teams host does not answer. */
  failed: ReactNode;
}

/** Provides the Teams layer: the real host when framed, the local stand-in in a plain browser. */
export function TeamsRoot({ children, pending, failed }: TeamsRootProps) {
  return isFramed() ? (
    <TeamsHostProvider pending={pending} failed={failed}>
      {children}
    </TeamsHostProvider>
  ) : (
    <LocalHostProvider>{children}</LocalHostProvider>
  );
}
