import { createLocalJWKSet, errors as joseErrors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/** Entra ID's signing keys for all tenants (the default of `ENTRA_JWKS_URL`). */
export const ENTRA_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

export interface RemoteKeysOptions {
  /** Where the key set is fetched (`ENTRA_JWKS_URL`). */
  url: string;
  /** A key set younger than this is used without asking the server again. */
  freshMs?: number;
  /** When a refresh fails, the last key set fetched keeps verifying for this long after it was fetched. */
  staleIfErrorMs?: number;
  /** An unknown `kid` refetches at most this often (a new signing key appears between refreshes). */
  cooldownMs?: number;
  /** A fetch that takes longer fails. */
  timeoutMs?: number;
  now?: () => number;
  /** Called when a fetch fails: a reason without token contents. */
  onFetchError?: (reason: string) => void;
}

/** A key look-up for `jwtVerify` with the fetch state tests and diagnostics can read. */
export type RemoteKeys = JWTVerifyGetKey & { readonly fetchedAt: number | null; readonly fetches: number };

const HOUR = 60 * 60 * 1000;

/**
 * The signing keys of a remote JSON Web Key Set, fetched, cached and rotated:
 * - a key set is reused for `freshMs`; after that the next verification refetches it;
 * - a token whose `kid` is not in the set refetches at once (at most every `cooldownMs`): that is how a
 *   new signing key is picked up when Entra rotates;
 * - when the server fails (an error status, a timeout, junk), the last good key set keeps verifying
 *   tokens signed by the keys it holds, for at most `staleIfErrorMs` after it was fetched; a token
 *   signed by a key it does not hold is refused. Without a good key set nothing is accepted.
 * Nothing here decides validity alone: `jwtVerify` still checks the signature with the key found.
 */
export function remoteKeys(options: RemoteKeysOptions): RemoteKeys {
  const url = new URL(options.url);
  const freshMs = options.freshMs ?? 6 * HOUR;
  const staleIfErrorMs = options.staleIfErrorMs ?? 5 * 24 * HOUR;
  const cooldownMs = options.cooldownMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const now = options.now ?? Date.now;
  let current: { local: JWTVerifyGetKey; fetchedAt: number } | null = null;
  let lastAttempt = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | null = null;
  let fetches = 0;

  async function fetchOnce(): Promise<void> {
    lastAttempt = now();
    fetches += 1;
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'error',
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new joseErrors.JWKSTimeout(timedOut ? 'key set fetch timed out' : 'key set fetch failed');
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new joseErrors.JOSEError(`key set server answered ${response.status}`);
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new joseErrors.JOSEError('key set is not JSON (or its body timed out)');
    }
    // createLocalJWKSet refuses anything that is not `{keys: [...]}`.
    current = { local: createLocalJWKSet(json as JSONWebKeySet), fetchedAt: now() };
  }

  /** One fetch at a time; callers arriving meanwhile wait for it. A failure is reported, not thrown. */
  async function refresh(): Promise<void> {
    pending ??= fetchOnce()
      .catch((error: unknown) => {
        options.onFetchError?.(error instanceof Error ? error.message : 'key set fetch failed');
      })
      .finally(() => {
        pending = null;
      });
    await pending;
  }

  const usable = (): boolean => current !== null && now() - current.fetchedAt < staleIfErrorMs;

  const getKey = async (...[header, token]: Parameters<JWTVerifyGetKey>) => {
    if (!current || now() - current.fetchedAt >= freshMs) {
      if (!current || now() - lastAttempt >= Math.min(cooldownMs, freshMs)) await refresh();
    }
    if (!usable() || !current) throw new joseErrors.JWKSNoMatchingKey('no usable key set');
    try {
      return await current.local(header, token);
    } catch (error) {
      if (!(error instanceof joseErrors.JWKSNoMatchingKey) || now() - lastAttempt < cooldownMs) throw error;
      await refresh();
      if (!usable()) throw error;
      return current.local(header, token);
    }
  };
  return Object.defineProperties(getKey, {
    fetchedAt: { get: () => current?.fetchedAt ?? null, enumerable: true },
    fetches: { get: () => fetches, enumerable: true },
  }) as RemoteKeys;
}
