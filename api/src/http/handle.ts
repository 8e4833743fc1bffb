import type { HttpResponseInit, InvocationContext } from '@azure/functions';
import { z } from 'zod';
import {
  DomainError,
  type FieldIssue,
  PreconditionRequired,
  type Principal,
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

/** One entry of the route table: exactly what `app.http` registers and the dev host serves. */
export interface Route {
  /** Function name, `<resource>-<verb>`. */
  name: string;
  methods: HttpMethod[];
  /** Azure Functions route template under `/api`, e.g. `spaces/{spaceId}`. */
  route: string;
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

/** The parsed request an endpoint's `run` receives. */
export interface Input<A extends boolean, P, Q, B> {
  principal: A extends true ? Principal : undefined;
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  /** The `If-Match` header, when the endpoint takes one. */
  ifMatch: string | undefined;
  services: Services;
  context: ApiContext;
}

/** An endpoint: its place in the table, its input schemas, and the use case it calls. */
export interface Endpoint<A extends boolean, P, Q, B> {
  name: string;
  method: HttpMethod;
  route: string;
  /** Whether a verified token is required. Only health and local sign-in are anonymous. */
  authenticated: A;
  params?: P;
  query?: Q;
  body?: B;
  /** `required` answers 428 when the header is missing. */
  ifMatch?: 'required' | 'optional';
  run(input: Input<A, P, Q, B>): Promise<Reply>;
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

/**
 * Wraps an endpoint into a route: authenticate -> parse -> run (authorize, one use case, present)
 * -> HTTP. Every failure becomes problem+json via `toProblem`; nothing else writes error answers.
 */
export function handle<
  A extends boolean,
  P extends AnySchema | undefined,
  Q extends AnySchema | undefined,
  B extends AnySchema | undefined,
>(endpoint: Endpoint<A, P, Q, B>, services: () => Promise<Services>): Route {
  const handler = async (request: ApiRequest, context: ApiContext): Promise<HttpResponseInit> => {
    try {
      const svc = await services();
      const principal = endpoint.authenticated
        ? await svc.verify(request.headers.get('authorization') ?? undefined)
        : undefined;
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

      const reply = await endpoint.run({
        principal: principal as Input<A, P, Q, B>['principal'],
        params: params as Infer<P>,
        query: query as Infer<Q>,
        body: body as Infer<B>,
        ifMatch,
        services: svc,
        context,
      });
      return present(request, reply);
    } catch (error) {
      return toProblem(error, context);
    }
  };
  return { name: endpoint.name, methods: [endpoint.method], route: endpoint.route, handler };
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
