import { errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { type Principal, Unauthenticated } from '../domain/index.js';
import { ENTRA_JWKS_URL, remoteKeys, type RemoteKeys } from './entraKeys.js';

export { ENTRA_JWKS_URL } from './entraKeys.js';

/** Turns an `Authorization` header into a verified principal, or throws `Unauthenticated`. */
export type Verifier = (authorization: string | undefined) => Promise<Principal>;

export interface VerifierOptions {
  /** The Entra app (client) id: the v2 audience. */
  clientId: string;
  /** The domain of `api://<domain>/<clientId>`, the v1 audience; when absent only `api://<clientId>` is accepted besides the id. */
  apiDomain?: string;
  /** Tenant ids whose tokens are accepted; `*` accepts any tenant. */
  allowedTenants: string[];
  /** Signing keys: Entra's JWKS in production, the local key set in dev mode and tests. */
  keys: JWTVerifyGetKey;
  /** Allowed clock skew for `exp` and `nbf`. */
  clockToleranceSec?: number;
  /** How many verified tokens to remember until they expire. */
  cacheSize?: number;
  now?: () => number;
}

/** Entra ID's signing keys, fetched from `url` (`ENTRA_JWKS_URL`), cached and rotated (see `remoteKeys`). */
export function entraKeys(url: string = ENTRA_JWKS_URL, log?: (reason: string) => void): RemoteKeys {
  return remoteKeys({ url, ...(log ? { onFetchError: log } : {}) });
}

/** The two issuers Entra uses for a tenant: v2 and v1 tokens. */
export function issuersFor(tenantId: string): string[] {
  return [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

/**
 * Verifies Entra ID access tokens as the architecture decides: RS256 signature against the key set,
 * `aud` as client id or `api://…/clientId`, `iss` matching the token's own `tid`, `tid` allowed,
 * `scp` containing `access_as_user`, `exp`/`nbf` with a small skew. Verified tokens are cached
 * until they expire, so a hot path costs one map lookup.
 */
export function createVerifier(options: VerifierOptions): Verifier {
  const now = options.now ?? Date.now;
  const tolerance = options.clockToleranceSec ?? 120;
  const audiences = [
    options.clientId,
    `api://${options.clientId}`,
    ...(options.apiDomain ? [`api://${options.apiDomain}/${options.clientId}`] : []),
  ];
  const anyTenant = options.allowedTenants.includes('*');
  const allowed = new Set(options.allowedTenants);
  const cacheSize = options.cacheSize ?? 10_000;
  const cache = new Map<string, { principal: Principal; exp: number }>();

  async function verifyToken(token: string): Promise<{ principal: Principal; exp: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        algorithms: ['RS256'],
        audience: audiences,
        clockTolerance: tolerance,
        currentDate: new Date(now()),
        requiredClaims: ['exp', 'iss', 'aud'],
      }));
    } catch (error) {
      const code = error instanceof joseErrors.JOSEError ? error.code : 'ERR_UNKNOWN';
      throw new Unauthenticated(`token rejected: ${code}`);
    }
    const tid = typeof payload.tid === 'string' ? payload.tid : undefined;
    const oid = typeof payload.oid === 'string' ? payload.oid : undefined;
    if (!tid || !oid) throw new Unauthenticated('token lacks tid or oid');
    if (!issuersFor(tid).includes(String(payload.iss))) throw new Unauthenticated('issuer does not match tid');
    if (!anyTenant && !allowed.has(tid)) throw new Unauthenticated('tenant not allowed');
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes('access_as_user')) throw new Unauthenticated('scope access_as_user missing');
    const name = typeof payload.name === 'string' && payload.name ? payload.name : 'Unknown user';
    return { principal: { tenantId: tid, userId: oid, name }, exp: (payload.exp ?? 0) * 1000 };
  }

  return async (authorization) => {
    const match = authorization ? BEARER.exec(authorization) : null;
    if (!match?.[1]) throw new Unauthenticated(authorization ? 'malformed authorization header' : 'no token');
    const token = match[1];
    const hit = cache.get(token);
    if (hit) {
      if (hit.exp + tolerance * 1000 > now()) return hit.principal;
      cache.delete(token);
    }
    const verified = await verifyToken(token);
    if (cache.size >= cacheSize) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(token, verified);
    return verified.principal;
  };
}
