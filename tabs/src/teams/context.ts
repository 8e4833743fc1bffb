import { createContext, useContext } from 'react';

/** Teams theme names as the host reports them. */
export type ThemeName = 'default' | 'dark' | 'contrast';

/** A demo user signed in locally (outside Teams only). */
export interface LocalUser {
  tenantId: string;
  userId: string;
  name: string;
  title: string;
}

/** What the page knows about where it runs: the Teams context, or its local stand-in outside Teams. */
export interface TeamsInfo {
  /** True when framed by a Teams host and `app.initialize()` succeeded. */
  inTeams: boolean;
  /** `content`, `settings`, `sidePanel`, `meetingStage`, …; `content` outside Teams. */
  frameContext: string;
  /** `web`, `desktop`, `android`, `ios`, …; `web` outside Teams. */
  hostClientType: string;
  /** BCP 47 locale for dates and numbers, already normalized (`en-US`). */
  locale: string;
  theme: ThemeName;
  user: { id: string; upn: string | null; name: string | null } | null;
  tenantId: string | null;
  /** The team's group id (or internal id when no group id is known). */
  teamId: string | null;
  channelId: string | null;
  chatId: string | null;
  meetingId: string | null;
  /** The tab's entity id (`space:<id>` for configured tabs), from `context.page.id`. */
  pageId: string | null;
  /** An anonymous meeting user (licence type `Anonymous`): Teams gives them no identity and no SSO token. */
  anonymous?: boolean;
}

/** Local sign-in and theme choice; present only outside Teams. */
export interface LocalSession {
  /** The signed-in demo user, or null before sign-in. */
  user: LocalUser | null;
  /** Why the last session ended, to tell the user on the sign-in screen. */
  endedBecause: 'expired' | 'signedOut' | null;
  signIn: (token: string, expiresInSec: number, user: LocalUser) => void;
  signOut: (reason?: 'expired' | 'signedOut') => void;
  setTheme: (theme: ThemeName) => void;
}

/** The Teams layer as the rest of the app sees it. */
export interface TeamsApi {
  info: TeamsInfo;
  /** A bearer token for the API: Teams SSO in Teams, the local session token outside. */
  getToken: () => Promise<string>;
  /** Tells the host the first screen is usable (once; later calls do nothing). */
  reportLoaded: () => void;
  /** Tells the host the tab cannot load (once; later calls do nothing). */
  reportLoadFailed: (message: string) => void;
  /** Local sign-in and theme switching; null inside Teams. */
  local: LocalSession | null;
}

/** The React context carrying the Teams layer; tests provide their own value. */
export const TeamsContext = createContext<TeamsApi | null>(null);

/** The Teams layer: context, token, load reporting and (outside Teams) the local session. */
export function useTeams(): TeamsApi {
  const value = useContext(TeamsContext);
  if (!value) throw new Error('useTeams must be used inside <TeamsRoot> or a TeamsContext provider.');
  return value;
}
