import { useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { TeamsContext, type LocalSession, type LocalUser, type TeamsApi, type ThemeName } from './context';
import { clearSession, readSession, readThemeChoice, writeSession, writeThemeChoice } from './localSession';
import { normalizeLocale } from './locale';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const FORCED_COLORS_QUERY = '(forced-colors: active)';

function mediaQuery(query: string): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
}

function subscribeToSystemTheme(onChange: () => void): () => void {
  const queries = [mediaQuery(DARK_QUERY), mediaQuery(FORCED_COLORS_QUERY)];
  for (const q of queries) q?.addEventListener('change', onChange);
  return () => {
    for (const q of queries) q?.removeEventListener('change', onChange);
  };
}

/** The theme the operating system asks for: forced colours win over dark mode. */
export function systemTheme(): ThemeName {
  if (mediaQuery(FORCED_COLORS_QUERY)?.matches) return 'contrast';
  return mediaQuery(DARK_QUERY)?.matches ? 'dark' : 'default';
}

const noop = (): void => undefined;

/** The Teams layer outside Teams: browser locale and theme, and the local "sign in as" session. */
export function LocalHostProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(() => readSession());
  const [endedBecause, setEndedBecause] = useState<LocalSession['endedBecause']>(null);
  const [themeChoice, setThemeChoice] = useState(readThemeChoice);
  const osTheme = useSyncExternalStore(subscribeToSystemTheme, systemTheme, () => 'default' as const);

  const signIn = useCallback((token: string, expiresInSec: number, user: LocalUser) => {
    setSession(writeSession(token, expiresInSec, user));
    setEndedBecause(null);
  }, []);
  const signOut = useCallback((reason: 'expired' | 'signedOut' = 'signedOut') => {
    clearSession();
    setSession(null);
    setEndedBecause(reason);
  }, []);
  const setTheme = useCallback((theme: ThemeName) => {
    writeThemeChoice(theme);
    setThemeChoice(theme);
  }, []);

  const user = session?.user ?? null;
  const theme = themeChoice ?? osTheme;
  const value = useMemo<TeamsApi>(
    () => ({
      info: {
        inTeams: false,
        frameContext: 'content',
        hostClientType: 'web',
        locale: normalizeLocale(navigator.language),
        theme,
        user: user ? { id: user.userId, upn: null, name: user.name } : null,
        tenantId: user?.tenantId ?? null,
        teamId: null,
        channelId: null,
        chatId: null,
        meetingId: null,
        pageId: null,
      },
      getToken: async () => {
        const current = readSession();
        if (!current) throw new Error('Not signed in.');
        return current.token;
      },
      reportLoaded: noop,
      reportLoadFailed: noop,
      local: { user, endedBecause, signIn, signOut, setTheme },
    }),
    [theme, user, endedBecause, signIn, signOut, setTheme],
  );

  return <TeamsContext.Provider value={value}>{children}</TeamsContext.Provider>;
}
