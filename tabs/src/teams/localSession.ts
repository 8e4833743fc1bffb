import { z } from 'zod';
import type { LocalUser, ThemeName } from './context';

const SESSION_KEY = 'coachboard.session';
const THEME_KEY = 'coachboard.theme';
/** A token this close to expiry is treated as expired, so a request never leaves with a dying token. */
const EXPIRY_MARGIN_MS = 30_000;

const StoredSession = z.object({
  token: z.string().min(1),
  expiresAt: z.number(),
  user: z.object({ tenantId: z.string(), userId: z.string(), name: z.string(), title: z.string() }),
});
/** A local sign-in kept in sessionStorage: it ends with the browser tab, like a Teams session. */
export type StoredSession = z.infer<typeof StoredSession>;

/** The current local session, or null when there is none or it has expired. */
export function readSession(now = Date.now()): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const parsed = StoredSession.safeParse(JSON.parse(raw));
    if (!parsed.success || parsed.data.expiresAt - EXPIRY_MARGIN_MS <= now) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

/** Stores a token issued by the local sign-in for the given demo user. */
export function writeSession(token: string, expiresInSec: number, user: LocalUser, now = Date.now()): StoredSession {
  const session: StoredSession = { token, expiresAt: now + expiresInSec * 1000, user };
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  } catch {
    // Storage can be blocked (private mode); the session then lasts until the page is reloaded.
  }
  return session;
}

/** Ends the local session (sign out, or a token the API no longer accepts). */
export function clearSession(): void {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** The theme the user picked in the local theme switcher, or null to follow the system. */
export function readThemeChoice(): ThemeName | null {
  try {
    const raw = localStorage.getItem(THEME_KEY);
    return raw === 'default' || raw === 'dark' || raw === 'contrast' ? raw : null;
  } catch {
    return null;
  }
}

/** Remembers the theme picked in the local theme switcher, across reloads. */
export function writeThemeChoice(theme: ThemeName): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // The choice then lasts until the page is reloaded.
  }
}
