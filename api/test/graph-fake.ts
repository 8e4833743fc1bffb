import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A local stand-in for Microsoft Graph's activity feed and Entra's token endpoints, answering as they do:
 * - `POST /{tenant}/oauth2/v2.0/token`: the on-behalf-of grant (client secret or client assertion);
 *   `invalid_grant` (AADSTS65001) when consent to `TeamsActivity.Send` is missing;
 * - `GET /msi/token`: the managed identity endpoint of App Service and Functions (`X-IDENTITY-HEADER`);
 * - `POST /v1.0/users/{id}/teamwork/sendActivityNotification`: 204; 403 `Forbidden` when the token
 *   lacks the permission or the app is not installed for the recipient; 400 for a body Graph refuses;
 *   429 `TooManyRequests` with `Retry-After` past 5 requests per second per tenant, or when scripted.
 * Every request is recorded.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  at: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or the form fields of a token request. */
  body: unknown;
  status: number;
}

export interface ScriptedAnswer {
  status: number;
  retryAfter?: string;
  code?: string;
}

export interface GraphFakeOptions {
  clientId: string;
  clientSecret?: string;
  /** The managed identity's client id and the header value Azure gives the app. */
  identityClientId?: string;
  identityHeader?: string;
}

export interface GraphFake {
  url: string;
  requests: RecordedRequest[];
  /** Activity notifications Graph accepted (answered 204). */
  delivered(): { recipientId: string; body: Record<string, unknown> }[];
  /** Answers the next activity notification requests with these, in order, before the usual answer. */
  script(...answers: ScriptedAnswer[]): void;
  /** Whether the tenant consented to `TeamsActivity.Send`: without it the token endpoint says `invalid_grant`. */
  consent: 'granted' | 'missingAtToken' | 'missingAtGraph';
  /** Recipients who have the app installed; `undefined` means everyone. */
  installedFor?: Set<string>;
  /** Per-tenant rate Graph enforces. */
  perSecond: number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const TOPIC_SOURCES = new Set(['text', 'entityUrl']);

/** Graph's own checks of a sendActivityNotification body (what it answers 400 for). */
function bodyProblem(body: unknown): string | null {
  if (!body || typeof body !== 'object') return 'body must be a JSON object';
  const b = body as Record<string, unknown>;
  const topic = b.topic as Record<string, unknown> | undefined;
  if (!topic || !TOPIC_SOURCES.has(String(topic.source)) || typeof topic.value !== 'string')
    return 'topic must have a source and a value';
  if (
    topic.source === 'text' &&
    (typeof topic.webUrl !== 'string' || !topic.webUrl.startsWith('https://teams.microsoft.com/l/'))
  )
    return 'a text topic needs a webUrl deep link to Teams';
  if (typeof b.activityType !== 'string' || b.activityType === 'systemDefault') return 'activityType is required';
  const preview = b.previewText as Record<string, unknown> | undefined;
  if (!preview || typeof preview.content !== 'string') return 'previewText.content is required';
  if (!Array.isArray(b.templateParameters)) return 'templateParameters must be an array';
  return null;
}

export async function startGraphFake(options: GraphFakeOptions): Promise<GraphFake> {
  const requests: RecordedRequest[] = [];
  const scripted: ScriptedAnswer[] = [];
  /** Graph tokens issued: token -> tenant and whether it carries TeamsActivity.Send. */
  const graphTokens = new Map<string, { tenantId: string; scoped: boolean }>();
  const miTokens = new Set<string>();
  const recentByTenant = new Map<string, number[]>();
  let issued = 0;

  const fake: GraphFake = {
    url: '',
    requests,
    delivered: () =>
      requests
        .filter((r) => r.path.endsWith('/sendActivityNotification') && r.status === 204)
        .map((r) => ({
          recipientId: decodeURIComponent(r.path.split('/')[3] ?? ''),
          body: r.body as Record<string, unknown>,
        })),
    script: (...answers) => scripted.push(...answers),
    consent: 'granted',
    installedFor: undefined,
    perSecond: 5,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const text = await readBody(req);
      const record: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        at: Date.now(),
        headers: req.headers,
        body: undefined,
        status: 0,
      };
      requests.push(record);
      const send = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
        record.status = status;
        res.writeHead(status, body === undefined ? headers : { 'content-type': 'application/json', ...headers });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      const graphError = (status: number, code: string, message: string, headers?: Record<string, string>): void =>
        send(status, { error: { code, message, innerError: { date: new Date().toISOString() } } }, headers);

      // The managed identity endpoint.
      if (req.method === 'GET' && url.pathname === '/msi/token') {
        if (!options.identityHeader || req.headers['x-identity-header'] !== options.identityHeader)
          return send(400, { error: 'invalid_request', error_description: 'X-IDENTITY-HEADER is missing or wrong' });
        if (
          url.searchParams.get('resource') !== 'api://AzureADTokenExchange' ||
          url.searchParams.get('client_id') !== options.identityClientId
        )
          return send(400, { error: 'invalid_resource', error_description: 'unknown resource or identity' });
        const token = `mi-assertion-${++issued}`;
        miTokens.add(token);
        return send(200, {
          access_token: token,
          expires_on: String(Math.floor(Date.now() / 1000) + 3600),
          resource: 'api://AzureADTokenExchange',
          token_type: 'Bearer',
        });
      }

      // The token endpoint: on-behalf-of.
      const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
      if (req.method === 'POST' && tokenPath) {
        const form = Object.fromEntries(new URLSearchParams(text));
        record.body = form;
        const aadError = (status: number, error: string, description: string): void =>
          send(status, { error, error_description: description, error_codes: [Number(description.slice(5, 11)) || 0] });
        if (
          form.grant_type !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' ||
          form.requested_token_use !== 'on_behalf_of' ||
          !form.assertion
        )
          return aadError(
            400,
            'invalid_request',
            'AADSTS900144: The request body must contain the parameter grant_type, assertion and requested_token_use.',
          );
        if (form.client_id !== options.clientId)
          return aadError(400, 'unauthorized_client', 'AADSTS700016: Application not found.');
        const bySecret = options.clientSecret !== undefined && form.client_secret === options.clientSecret;
        const byAssertion =
          form.client_assertion_type === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
          miTokens.has(form.client_assertion ?? '');
        if (!bySecret && !byAssertion)
          return aadError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret or assertion provided.');
        if (form.scope !== 'https://graph.microsoft.com/TeamsActivity.Send')
          return aadError(400, 'invalid_scope', 'AADSTS70011: The provided scope is not valid.');
        if (fake.consent === 'missingAtToken')
          return aadError(
            400,
            'invalid_grant',
            'AADSTS65001: The user or administrator has not consented to use the application.',
          );
        const token = `graph-${++issued}`;
        graphTokens.set(token, {
          tenantId: decodeURIComponent(tokenPath[1] ?? ''),
          scoped: fake.consent === 'granted',
        });
        return send(200, {
          token_type: 'Bearer',
          scope: form.scope,
          expires_in: 3599,
          ext_expires_in: 3599,
          access_token: token,
        });
      }

      // Graph: sendActivityNotification.
      const notify = /^\/v1\.0\/users\/([^/]+)\/teamwork\/sendActivityNotification$/.exec(url.pathname);
      if (req.method === 'POST' && notify) {
        try {
          record.body = JSON.parse(text) as unknown;
        } catch {
          return graphError(400, 'BadRequest', 'Unable to read JSON request payload.');
        }
        const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const grant = graphTokens.get(bearer);
        if (!grant) return graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
        const now = Date.now();
        const recent = (recentByTenant.get(grant.tenantId) ?? []).filter((at) => at > now - 1000);
        recent.push(now);
        recentByTenant.set(grant.tenantId, recent);
        const next = scripted.shift();
        if (next) {
          const headers: Record<string, string> =
            next.retryAfter === undefined ? {} : { 'retry-after': next.retryAfter };
          if (next.status === 204) return send(204);
          return graphError(
            next.status,
            next.code ?? (next.status === 429 ? 'TooManyRequests' : 'Error'),
            'Scripted answer.',
            headers,
          );
        }
        if (recent.length > fake.perSecond)
          return graphError(429, 'TooManyRequests', 'Too many requests.', { 'retry-after': '1' });
        if (!grant.scoped)
          return graphError(
            403,
            'Forbidden',
            "Missing scope permissions on the request. API requires one of 'TeamsActivity.Send'.",
          );
        const problem = bodyProblem(record.body);
        if (problem) return graphError(400, 'BadRequest', problem);
        const recipient = decodeURIComponent(notify[1] ?? '');
        if (fake.installedFor && !fake.installedFor.has(recipient))
          return graphError(403, 'Forbidden', `Teams app is not installed for user ${recipient}.`);
        return send(204);
      }
      return graphError(404, 'NotFound', 'Resource not found.');
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
