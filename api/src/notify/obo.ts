import type { FeedConfig } from '../config.js';

/*
 * The on-behalf-of flow (OAuth 2.0 jwt-bearer grant): the caller's SSO token for our API becomes a Graph
 * token with the delegated `TeamsActivity.Send`, so a notice is sent in the caller's name. The app proves
 * itself with a client secret, or (in Azure) with a client assertion: its managed identity's token for
 * `api://AzureADTokenExchange`, which the app registration trusts through a federated credential.
 * Neither token is ever logged or returned to the tab.
 */

export const GRAPH_SCOPE = 'https://graph.microsoft.com/TeamsActivity.Send';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** Why a token could not be had; the codes are Entra's and carry no personal data. */
export class TokenError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(`token request failed: ${status} ${code}`);
    this.name = 'TokenError';
  }
}

/** True when an administrator must still consent to the Graph permission (or the user must sign in again). */
export function isConsentMissing(error: unknown): boolean {
  return (
    error instanceof TokenError && ['invalid_grant', 'interaction_required', 'consent_required'].includes(error.code)
  );
}

export interface GraphTokens {
  /** A Graph token for the caller, from their API token. */
  forCaller(tenantId: string, callerToken: string): Promise<string>;
}

interface Cached {
  token: string;
  expiresAt: number;
}

const EARLY_MS = 5 * 60 * 1000;

async function tokenAnswer(res: Response): Promise<{ access_token: string; expires_in?: number | string }> {
  const body = (await res.json().catch(() => ({}))) as {
    access_token?: unknown;
    expires_in?: number | string;
    error?: unknown;
  };
  if (!res.ok || typeof body.access_token !== 'string') {
    throw new TokenError(typeof body.error === 'string' ? body.error : 'no_access_token', res.status);
  }
  return { access_token: body.access_token, expires_in: body.expires_in };
}

export function oboTokens(config: FeedConfig, fetchImpl: typeof fetch = fetch, now = () => Date.now()): GraphTokens {
  const byCaller = new Map<string, Cached>();
  let assertion: Cached | undefined;

  /** The managed identity's token for the token exchange (App Service / Functions identity endpoint). */
  async function clientAssertion(): Promise<string> {
    if (config.credential.kind !== 'federated') throw new Error('no federated credential configured');
    if (assertion && assertion.expiresAt - EARLY_MS > now()) return assertion.token;
    const { identityEndpoint, identityHeader, identityClientId } = config.credential;
    const url = new URL(identityEndpoint);
    url.searchParams.set('api-version', '2019-08-01');
    url.searchParams.set('resource', 'api://AzureADTokenExchange');
    url.searchParams.set('client_id', identityClientId);
    const res = await fetchImpl(url, {
      headers: { 'x-identity-header': identityHeader },
      signal: AbortSignal.timeout(10_000),
    });
    const answer = await tokenAnswer(res);
    assertion = { token: answer.access_token, expiresAt: expiry(answer.expires_in) };
    return assertion.token;
  }

  function expiry(expiresIn: number | string | undefined): number {
    const seconds = Number(expiresIn);
    return now() + (Number.isFinite(seconds) && seconds > 0 ? seconds : 3600) * 1000;
  }

  return {
    async forCaller(tenantId, callerToken) {
      const hit = byCaller.get(callerToken);
      if (hit && hit.expiresAt - EARLY_MS > now()) return hit.token;
      const form = new URLSearchParams({
        grant_type: JWT_BEARER,
        client_id: config.clientId,
        assertion: callerToken,
        scope: GRAPH_SCOPE,
        requested_token_use: 'on_behalf_of',
      });
      if (config.credential.kind === 'secret') {
        form.set('client_secret', config.credential.secret);
      } else {
        form.set('client_assertion_type', ASSERTION_TYPE);
        form.set('client_assertion', await clientAssertion());
      }
      const res = await fetchImpl(`${config.authorityHost}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        signal: AbortSignal.timeout(10_000),
      });
      const answer = await tokenAnswer(res);
      if (byCaller.size >= 1000) byCaller.clear();
      const cached = { token: answer.access_token, expiresAt: expiry(answer.expires_in) };
      byCaller.set(callerToken, cached);
      return cached.token;
    },
  };
}
