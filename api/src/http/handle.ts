import type { HttpResponseInit, InvocationContext } from '@azure/functions';
import { z } from 'zod';
import { authorizeSpace, type SpaceAccess } from '../auth/policy.js';
import {
  DomainError,
  type FieldIssue,
  Forbidden,
  PreconditionRequired,
  type Principal,
  type SpaceAction,
  ValidationError,
} from '../domain/index.js';
import type { Services } from '../services.js';
import { problem, toProblem } from './problem.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * What a handler reads of a request: the part of @azure/functions' `HttpRequest` we use. Azure passes
 * its own `HttpRequest`, which satisfies this; the dev host passes a light object over Node's request,
 * since building a full `HttpRequest` (an undici Request) costs more than the rest of a point read.
 */
export interface ApiRequest {
  readonly method: string;
  readonly headers: { get(name: string): string | null };
  readonly query: URLSearchParams;
  readonly params: Readonly<Record<string, string>>;
  /** The body; empty for GET, whose body Azure Functions discards. */
  text(): Promise<string>;
}

/** What a handler uses of the invocation context; Azure's `InvocationContext` satisfies it. */
export type ApiContext = Pick<InvocationContext, 'invocationId' | 'functionName' | 'warn' | 'error'>;

/**
 * What an endpoint needs before its use case runs. `handle` enforces it, so a route cannot forget it:
 * - `public`: anyone (health only);
 * - `loopback`: anyone, but only on a loopback host name (the local sign-in; see `assertLoopbackHost`);
 * - `signedIn`: a verified token (listing and creating the caller's spaces);
 * - `self`: a verified token; the use case reads the caller's own data only (routes under `me/`);
 * - `{ space: action }`: a member of the path's `{spaceId}` whose role may do `action`. A non-member,
 *   or anyone from another tenant, gets 404 so that existence does not leak; a role that may not, 403.
 *   `cached` reads membership through the short-lived cache of the once-a-second polls. Every method
 *   but GET is a write, refused with 409 while the space is archived; `evenArchived` exempts the one
 *   route that must work then (restoring the space).
 * Rules that depend on the record (the board's owner, the practice's author, the role-play's cast)
 * stay in the use case, which gets the resolved `SpaceAccess`.
 */
export type Access = 'public' | 'loopback' | 'signedIn' | 'self' | SpaceNeed;

/** A space action an endpoint needs (see `Access`). */
export interface SpaceNeed {
  readonly space: SpaceAction;
  readonly cached?: boolean;
  /** The route also changes an archived space (restoring it); every other write is refused there. */
  readonly evenArchived?: boolean;
}

/** One entry of the route table: exactly what `app.http` registers and the dev host serves. */
export interface Route {
  /** Function name, `<resource>-<verb>`. */
  name: string;
  methods: HttpMethod[];
  /** Azure Functions route template under `/api`, e.g. `spaces/{spaceId}`. */
  route: string;
  /** What the endpoint declared it needs; enforced by the handler, listed for the route-table test. */
  access: Access;
  handler: (request: ApiRequest, context: ApiContext) => Promise<HttpResponseInit>;
}

/** What an endpoint's `run` returns; `handle` turns it into HTTP. */
export interface Reply {
  status?: number;
  body?: unknown;
  /** Sent as `ETag`; a GET whose `If-None-Match` matches it is answered 304. */
  etag?: string;
  headers?: Record<string, string>;
}

type AnySchema = z.ZodType;
type Infer<S> = S extends AnySchema ? z.infer<S> : undefined;
type IfMatchMode = 'required' | 'optional';

/** The parsed and authorized request an endpoint's `run` receives. */
export interface Input<A extends Access, P, Q, B, M extends IfMatchMode | undefined> {
  /** The verified caller; absent on anonymous routes. */
  principal: A extends 'public' | 'loopback' ? undefined : Principal;
  /** The caller's standing in the path's space, for endpoints that need a space action. */
  access: A extends SpaceNeed ? SpaceAccess : undefined;
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  /** The `If-Match` header: always there when the endpoint requires it. */
  ifMatch: M extends 'required' ? string : string | undefined;
  services: Services;
  context: ApiContext;
}

/** An endpoint: its place in the table, what it needs, its input schemas, and the use case it calls. */
export interface Endpoint<
  A extends Access = Access,
  P extends AnySchema | undefined = AnySchema | undefined,
  Q extends AnySchema | undefined = AnySchema | undefined,
  B extends AnySchema | undefined = AnySchema | undefined,
  M extends IfMatchMode | undefined = IfMatchMode | undefined,
> {
  name: string;
  method: HttpMethod;
  route: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** `required` answers 428 when the header is missing. */
  ifMatch?: M;
  run(input: Input<A, P, Q, B, M>): Promise<Reply>;
}

/** Endpoints that need a space action take the space from the path: their params hold `spaceId`. */
type SpaceParamsOf<A extends Access> = A extends SpaceNeed ? { params: z.ZodType<{ spaceId: string }> } : unknown;

/**
 * Declares an endpoint; the types of `run`'s input follow from what it declares (its access, schemas
 * and `ifMatch`), so nothing is written twice.
 */
export function defineEndpoint<
  const A extends Access,
  P extends AnySchema | undefined = undefined,
  Q extends AnySchema | undefined = undefined,
  B extends AnySchema | undefined = undefined,
  const M extends IfMatchMode | undefined = undefined,
>(endpoint: Endpoint<A, P, Q, B, M> & SpaceParamsOf<A>): Endpoint<A, P, Q, B, M> {
  return endpoint;
}

/** Bodies larger than this are refused before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;

const NoParams = z.strictObject({});

function issuesOf(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

function parseWith<S extends AnySchema>(schema: S, value: unknown, prefix: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = issuesOf(result.error, prefix);
    const first = issues[0];
    throw new ValidationError(first ? `${first.field}: ${first.message}` : `Invalid ${prefix}.`, issues);
  }
  return result.data;
}

function queryObject(request: ApiRequest): Record<string, string> {
  // No prototype: inherited names such as `constructor` or `__proto__` would otherwise count as given twice.
  const out = Object.create(null) as Record<string, string>;
  for (const [key, value] of request.query.entries()) {
    if (key in out)
      throw new ValidationError(`query.${key}: must be given once`, [
        { field: `query.${key}`, message: 'must be given once' },
      ]);
    out[key] = value;
  }
  return out;
}

async function readJsonBody(request: ApiRequest): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new PayloadTooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new PayloadTooLarge();
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) throw new UnsupportedMediaType();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError('body: is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
  }
}

class PayloadTooLarge extends DomainError {
  constructor() {
    super('payload_too_large', `The request body must be at most ${MAX_BODY_BYTES} bytes.`);
  }
}

class UnsupportedMediaType extends DomainError {
  constructor() {
    super('unsupported_media_type', 'Send the body as application/json.');
  }
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Headers a reverse proxy or tunnel adds; the local sign-in is never served through one. */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host'];

/**
 * The local sign-in mints tokens for anyone who asks, so it answers only a request addressed to a
 * loopback host name (any port): a page whose DNS name rebinds to 127.0.0.1, or a tunnel left open
 * in dev mode, arrives with its own `Host` (or forwarding headers) and is refused.
 */
export function assertLoopbackHost(request: ApiRequest): void {
  const host = (request.headers.get('host') ?? '').trim().toLowerCase();
  const name = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(host)?.[1] ?? '';
  if (!LOOPBACK_HOSTS.has(name) || PROXY_HEADERS.some((h) => request.headers.get(h) !== null)) {
    throw new Forbidden(
      'Local sign-in answers only on localhost, 127.0.0.1 or [::1], never through a proxy or tunnel.',
    );
  }
}

function spaceIdOf(params: unknown): string {
  const spaceId = (params as { spaceId?: unknown } | undefined)?.spaceId;
  // defineEndpoint makes this a type error; the check keeps a mistake from failing open.
  if (typeof spaceId !== 'string') throw new Error('an endpoint that needs a space action has no spaceId');
  return spaceId;
}

/**
 * Wraps an endpoint into a route: authenticate -> parse -> authorize (what the endpoint declared)
 * -> run (one use case, present) -> HTTP. Every failure becomes problem+json via `toProblem`;
 * nothing else writes error answers.
 */
export function handle<
  A extends Access,
  P extends AnySchema | undefined,
  Q extends AnySchema | undefined,
  B extends AnySchema | undefined,
  M extends IfMatchMode | undefined,
>(endpoint: Endpoint<A, P, Q, B, M>, services: () => Promise<Services>): Route {
  const { access } = endpoint;
  const anonymous = access === 'public' || access === 'loopback';
  const handler = async (request: ApiRequest, context: ApiContext): Promise<HttpResponseInit> => {
    try {
      if (access === 'loopback') assertLoopbackHost(request);
      const svc = await services();
      const principal = anonymous ? undefined : await svc.verify(request.headers.get('authorization') ?? undefined);
      const params = parseWith(endpoint.params ?? NoParams, { ...request.params }, 'params');
      const query = parseWith(endpoint.query ?? NoParams, queryObject(request), 'query');
      let body: unknown;
      if (endpoint.body) {
        body = parseWith(endpoint.body, await readJsonBody(request), 'body');
      } else if ((await request.text()).length > 0) {
        throw new ValidationError('body: this endpoint takes no body', [{ field: 'body', message: 'must be empty' }]);
      }
      const ifMatch = request.headers.get('if-match') ?? undefined;
      if (endpoint.ifMatch === 'required' && !ifMatch) throw new PreconditionRequired();
      const spaceAccess =
        typeof access === 'object' && principal
          ? await authorizeSpace(svc.store, principal, spaceIdOf(params), access.space, {
              cached: access.cached,
              write: endpoint.method !== 'GET' && !access.evenArchived,
            })
          : undefined;

      const reply = await endpoint.run({
        principal: principal as Input<A, P, Q, B, M>['principal'],
        access: spaceAccess as Input<A, P, Q, B, M>['access'],
        params: params as Infer<P>,
        query: query as Infer<Q>,
        body: body as Infer<B>,
        ifMatch: ifMatch as Input<A, P, Q, B, M>['ifMatch'],
        services: svc,
        context,
      });
      return present(request, reply);
    } catch (error) {
      return toProblem(error, context);
    }
  };
  return { name: endpoint.name, methods: [endpoint.method], route: endpoint.route, access, handler };
}

function present(request: ApiRequest, reply: Reply): HttpResponseInit {
  const headers: Record<string, string> = { 'cache-control': 'no-store', ...reply.headers };
  if (reply.etag) headers.etag = reply.etag;
  if (reply.etag && request.method === 'GET' && request.headers.get('if-none-match') === reply.etag) {
    return { status: 304, headers };
  }
  if (reply.body === undefined) return { status: reply.status ?? 204, headers };
  return { status: reply.status ?? 200, headers, jsonBody: reply.body };
}

/** Answer for a path no route matches (dev host only; Azure answers 404 itself). */
export function routeNotFound(): HttpResponseInit {
  return problem(404, 'not_found', 'Not found.', { detail: 'No API route matches this path.' });
}

/** Answer for a known path with a method it does not take. */
export function methodNotAllowed(allowed: string[]): HttpResponseInit {
  const reply = problem(405, 'method_not_allowed', 'Method not allowed.', { detail: `Use ${allowed.join(', ')}.` });
  return { ...reply, headers: { ...(reply.headers as Record<string, string>), allow: allowed.join(', ') } };
}
