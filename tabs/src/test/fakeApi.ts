import { vi } from 'vitest';

/** What a fake route answers: a JSON body (problem+json when status >= 400) or an empty body. */
export interface FakeReply {
  status?: number;
  body?: unknown;
}

/** One request the page made, with its parsed JSON body. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

type Handler = FakeReply | ((request: RecordedRequest) => FakeReply);

/**
 * Replaces global `fetch` with a fake API: routes are `"METHOD /api/path"` (query string ignored).
 * Unknown routes answer 404 problem+json like the dev host. Returns every request made, in order.
 */
export function stubApi(routes: Record<string, Handler>): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const text = typeof init.body === 'string' ? init.body : '';
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      headers: new Headers(init.headers),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    requests.push(request);
    const handler = routes[`${method} ${url.pathname}`];
    const reply = typeof handler === 'function' ? handler(request) : handler;
    if (!reply) {
      return json(404, { type: 'about:blank', title: 'Not found.', status: 404, code: 'not_found' });
    }
    const status = reply.status ?? 200;
    if (reply.body === undefined) return new Response(null, { status });
    return json(status, reply.body);
  });
  vi.stubGlobal('fetch', fetchStub);
  return requests;
}

function json(status: number, body: unknown): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}
