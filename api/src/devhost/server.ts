import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { HttpResponseInit } from '@azure/functions';
import type { Config } from '../config.js';
import {
  methodNotAllowed,
  routeNotFound,
  type ApiContext,
  type ApiRequest,
  type HttpMethod,
  type Route,
} from '../http/handle.js';
import { problem } from '../http/problem.js';
import { buildRoutes } from '../http/routes.js';
import { createServices, type Services } from '../services.js';
import { countingStore, withOpCount } from '../store/counting.js';
import type { DocumentStore } from '../store/port.js';
import { seedDemo } from './demo.js';
import { TAB_PAGE_HEADERS } from './pageHeaders.js';

/** A running dev host. */
export interface DevHost {
  url: string;
  port: number;
  services: Services;
  close(): Promise<void>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

const MAX_REQUEST_BYTES = 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** The simulator is a test page with inline styles of its own; it frames the tabs from the same origin. */
const SIMULATOR_HEADERS: Readonly<Record<string, string>> = { 'x-content-type-options': 'nosniff' };

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.route
    .split('/')
    .map((part) => {
      const param = /^\{(\w+)\}$/.exec(part);
      if (param?.[1]) {
        names.push(param[1]);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** The route for this method and path, with its pattern's captures; routes are tried in table order. */
function findRoute(
  routes: CompiledRoute[],
  method: string,
  path: string,
): { r: CompiledRoute; m: RegExpExecArray } | undefined {
  for (const r of routes) {
    if (!r.route.methods.includes(method as HttpMethod)) continue;
    const m = r.pattern.exec(path);
    if (m) return { r, m };
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<{ text: string } | 'too-large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? 'too-large' : { text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: HttpResponseInit, extra: Record<string, string> = {}): void {
  const headers: Record<string, string> = { ...extra };
  if (reply.headers) {
    for (const [key, value] of Object.entries(reply.headers as Record<string, string>))
      headers[key.toLowerCase()] = value;
  }
  let payload: string | undefined;
  if (reply.jsonBody !== undefined) {
    payload = JSON.stringify(reply.jsonBody);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  } else if (typeof reply.body === 'string') {
    payload = reply.body;
  }
  headers['x-content-type-options'] = 'nosniff';
  res.writeHead(reply.status ?? 200, headers);
  res.end(payload);
}

function serveStatic(
  root: string,
  pathname: string,
  res: ServerResponse,
  pageHeaders: Readonly<Record<string, string>>,
): void {
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    res.writeHead(400, pageHeaders).end();
    return;
  }
  let file = resolve(root, relative);
  const inside = file === resolve(root) || file.startsWith(resolve(root) + '/');
  const isFile = inside && existsSync(file) && statSync(file).isFile();
  if (!isFile) {
    // Client-side routes (/channel, /sidepanel, …) get the single-page app; missing assets get 404.
    if (extname(relative)) {
      res.writeHead(404, { ...pageHeaders, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    file = join(root, 'index.html');
    if (!existsSync(file)) {
      res
        .writeHead(503, { ...pageHeaders, 'content-type': 'text/plain' })
        .end('The tabs are not built. Run npm run build.');
      return;
    }
  }
  const immutable = relative.startsWith('assets/');
  res.writeHead(200, {
    ...pageHeaders,
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

/**
 * Starts the local host: the route table under `/api` and the built tabs under `/`, on one
 * loopback port. Handlers get the same `ApiRequest` view of a request as in Azure (see http/handle.ts).
 */
export interface DevHostOptions {
  /** Use this store instead of opening the configured one (tests). */
  store?: DocumentStore;
  /** Log nothing (tests and benchmarks). */
  quiet?: boolean;
  /** Serve the Teams host simulator from this folder under `/__simulator/` (browser tests only). */
  simulatorDir?: string;
}

export async function startDevHost(config: Config, options: DevHostOptions = {}): Promise<DevHost> {
  const services: Services = await createServices(config, options.store, { wrapStore: countingStore });
  if (config.seedDemo) await seedDemo(services.store);
  const routes = buildRoutes(async () => services, { dev: config.auth.mode === 'dev' }).map(compile);
  const logHandler = (level: string, ...args: unknown[]): void => {
    if (options.quiet || (level !== 'warning' && level !== 'error' && level !== 'critical')) return;
    console.error(`[${level}]`, ...args);
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const path = url.pathname.slice('/api/'.length);
    const method = req.method ?? 'GET';
    const hit = findRoute(routes, method, path);
    if (!hit) {
      // Only a miss pays for the full scan that tells 404 from 405.
      const allowed = routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.route.methods);
      return send(res, allowed.length === 0 ? routeNotFound() : methodNotAllowed(allowed));
    }

    const params: Record<string, string> = {};
    try {
      hit.r.names.forEach((name, i) => (params[name] = decodeURIComponent(hit.m[i + 1] ?? '')));
    } catch {
      return send(
        res,
        problem(400, 'validation_failed', 'Your request has invalid input.', { detail: 'The path is not valid.' }),
      );
    }
    const body = await readBody(req);
    if (body === 'too-large') return send(res, problem(413, 'payload_too_large', 'Request too large.'));
    const text = method === 'GET' || method === 'HEAD' ? '' : body.text;
    const request: ApiRequest = {
      method,
      headers: {
        get(name) {
          const value = req.headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
      },
      query: url.searchParams,
      params,
      text: async () => text,
    };
    const functionName = hit.r.route.name;
    const invocationId = randomUUID();
    const context: ApiContext = {
      invocationId,
      functionName,
      warn: (...args: unknown[]) => logHandler('warning', `${functionName} ${invocationId}`, ...args),
      error: (...args: unknown[]) => logHandler('error', `${functionName} ${invocationId}`, ...args),
    };
    const { result, ops } = await withOpCount(() => hit.r.route.handler(request, context));
    send(res, result, { 'x-store-ops': String(ops) });
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url).catch((error: unknown) => {
        console.error('dev host failure', error);
        if (!res.headersSent) send(res, problem(500, 'internal', 'Something went wrong on our side.'));
        else res.destroy();
      });
    } else if (options.simulatorDir && url.pathname.startsWith('/__simulator/')) {
      serveStatic(options.simulatorDir, url.pathname.slice('/__simulator/'.length), res, SIMULATOR_HEADERS);
    } else if (config.tabsDist) {
      serveStatic(config.tabsDist, url.pathname, res, TAB_PAGE_HEADERS);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Tabs are not served by this host.');
    }
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(config.port, config.host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${hostForUrl}:${port}`,
    port,
    services,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await services.store.close();
    },
  };
}
