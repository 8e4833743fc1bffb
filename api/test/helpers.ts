import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSPKI, importJWK, type CryptoKey, type JWK } from 'jose';
import { loadConfig } from '../src/config.js';
import { DEMO_TENANT, OTHER_TENANT } from '../src/devhost/demo.js';
import { startDevHost, type DevHost, type DevHostOptions } from '../src/devhost/server.js';
import { openStore } from '../src/store/index.js';
import type { DocumentStore } from '../src/store/port.js';
import { startCosmosProtocolServer, type CosmosProtocolServer } from './cosmos-server.js';

/** A write the store accepted. */
export interface WriteRecord {
  op: 'create' | 'replace' | 'delete';
  pk: string;
  id: string;
}

/** The two store adapters the dev host can run on; suites that exercise races run on both. */
export type StoreBackend = 'sqlite' | 'cosmos';
export const STORE_BACKENDS: readonly StoreBackend[] = ['sqlite', 'cosmos'];

export interface TestHostOptions extends DevHostOptions {
  /**
   * `sqlite` (default): a file in the host's temp folder. `cosmos`: the dev host opens its store as
   * in production (STORE=cosmos, the real @azure/cosmos SDK) against a cosmosdb-server of its own on
   * a random port, where concurrent handlers really interleave. Ignored when `store` is given.
   */
  backend?: StoreBackend;
}

/** A dev host on a random port with its own store (SQLite in a temp folder, or a Cosmos-protocol server). */
export interface TestHost {
  host: DevHost;
  dataDir: string;
  /** Every write the store accepted since start-up (demo seeding included). */
  writes: WriteRecord[];
  close(): Promise<void>;
}

/** The environment every HTTP suite starts from: local sign-in for both demo tenants, demo data seeded. */
export function testEnv(dataDir: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    STORE: 'sqlite',
    DATA_DIR: dataDir,
    AUTH_MODE: 'dev',
    ALLOWED_TENANTS: `${DEMO_TENANT},${OTHER_TENANT}`,
    SEED_DEMO: 'true',
    ...overrides,
  };
}

/** Wraps a store so that tests can tell whether a request wrote anything, in any partition. */
function recordingStore(inner: DocumentStore, writes: WriteRecord[]): DocumentStore {
  return {
    kind: inner.kind,
    read: (pk, id) => inner.read(pk, id),
    query: (pk, spec) => inner.query(pk, spec),
    ping: () => inner.ping(),
    close: () => inner.close(),
    async create(doc) {
      const stored = await inner.create(doc);
      writes.push({ op: 'create', pk: doc.pk, id: doc.id });
      return stored;
    },
    async replace(doc, options) {
      const stored = await inner.replace(doc, options);
      writes.push({ op: 'replace', pk: doc.pk, id: doc.id });
      return stored;
    },
    async delete(pk, id, options) {
      await inner.delete(pk, id, options);
      writes.push({ op: 'delete', pk, id });
    },
  };
}

/**
 * Starts the dev host as `npm start` would (the store its configuration names: SQLite under DATA_DIR,
 * or Cosmos with `backend: 'cosmos'`; `options.store` overrides both), minus logging and the tabs.
 */
export async function startTestHost(
  overrides: Record<string, string> = {},
  { backend = 'sqlite', ...options }: TestHostOptions = {},
): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'coachboard-api-'));
  const writes: WriteRecord[] = [];
  let cosmos: CosmosProtocolServer | undefined;
  try {
    if (backend === 'cosmos' && !options.store) {
      cosmos = await startCosmosProtocolServer();
      overrides = {
        STORE: 'cosmos',
        COSMOS_ENDPOINT: cosmos.endpoint,
        COSMOS_KEY: cosmos.key,
        COSMOS_ENDPOINT_DISCOVERY: 'false',
        ...overrides,
      };
    }
    const config = loadConfig(testEnv(dataDir, overrides));
    const store = recordingStore(options.store ?? (await openStore(config.store)), writes);
    const host = await startDevHost(config, { quiet: true, ...options, store });
    return {
      host,
      dataDir,
      writes,
      async close() {
        await host.close();
        await cosmos?.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cosmos?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** One HTTP answer, with the body parsed when it is JSON. */
export interface ApiResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed JSON body, or `undefined` for an empty or non-JSON body. */
  json: unknown;
}

export interface RequestOptions {
  token?: string;
  /** Serialised as JSON with `content-type: application/json` unless `rawBody` is given. */
  body?: unknown;
  /** Sent as-is; set `content-type` yourself in `headers`. */
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
}

/**
 * Sends one request with node:http rather than fetch, so that tests can send what browsers refuse
 * to (a body on GET, any content type, malformed headers).
 */
export function api(
  base: string | DevHost,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse> {
  const url = new URL(path, typeof base === 'string' ? base : base.url);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let payload: string | Buffer | undefined = options.rawBody;
  if (payload === undefined && options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? (JSON.parse(text) as unknown) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** A local sign-in token for a demo user, from the dev host's own token endpoint. */
export async function tokenFor(host: DevHost, userId: string): Promise<string> {
  const res = await api(host, 'POST', '/api/dev/token', { body: { userId } });
  const token = (res.json as { token?: unknown } | undefined)?.token;
  if (res.status !== 201 || typeof token !== 'string')
    throw new Error(`no token for ${userId}: ${res.status} ${res.text}`);
  return token;
}

/** Tokens for several demo users at once. */
export async function tokensFor<U extends string>(host: DevHost, userIds: readonly U[]): Promise<Record<U, string>> {
  const entries = await Promise.all(userIds.map(async (id) => [id, await tokenFor(host, id)] as const));
  return Object.fromEntries(entries) as Record<U, string>;
}

/**
 * The dev host's key pair, so that tests can forge tokens that differ from a valid one in one claim
 * (private key) or misuse its public key as an HMAC secret (PEM).
 */
export async function devSigningKey(dataDir: string): Promise<{ key: CryptoKey; kid: string; publicPem: string }> {
  const file = JSON.parse(readFileSync(join(dataDir, 'dev-signing-key.json'), 'utf8')) as {
    kid: string;
    privateJwk: JWK;
    publicJwk: JWK;
  };
  const key = await importJWK(file.privateJwk, 'RS256');
  const publicKey = await importJWK(file.publicJwk, 'RS256', { extractable: true });
  if (key instanceof Uint8Array || publicKey instanceof Uint8Array) throw new Error('the dev signing key is not RSA');
  return { key, kid: file.kid, publicPem: await exportSPKI(publicKey) };
}

/** The `code` of an RFC 9457 problem+json answer; `undefined` when the answer is not one. */
export function problemCode(res: ApiResponse): string | undefined {
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return undefined;
  const code = (res.json as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
