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

/**
 * True when a Teams mobile client hosts the page: it shows tabs frameless, in a web view that
 * carries the host's `nativeInterface` (teams-js talks to the host through it).
 */
export function hasNativeHost(): boolean {
  const candidate = (window as { nativeInterface?: { framelessPostMessage?: unknown } }).nativeInterface;
  return typeof candidate?.framelessPostMessage === 'function';
}

/**
 * Provides the Teams layer: the real host when framed (web, desktop) or hosted by a mobile client,
 * the local stand-in only in a plain browser — never its demo sign-in inside Teams.
 */
export function TeamsRoot({ children, pending, failed }: TeamsRootProps) {
  return isFramed() || hasNativeHost() ? (
    <TeamsHostProvider pending={pending} failed={failed}>
      {children}
    </TeamsHostProvider>
  ) : (
    <LocalHostProvider>{children}</LocalHostProvider>
  );
}
