/**
 * API latency against a bare node:http server on the same machine: requests/s and p50/p99 of an
 * authenticated GET /api/spaces/{id} through the dev host (the very route table Azure runs), the
 * same for the bare server, their ratio, and store operations per request (`x-store-ops`).
 * Fixed load: 32 keep-alive connections, each sending its next request as soon as the last answer
 * arrives, in alternating one-second rounds (five per server) after a warm-up. The servers run in a
 * child process, the load generator in this one.
 */
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEMO_SPACE_ID } from '../../api/dist/devhost/demo.js';

const CONNECTIONS = 32;
const WARMUP_MS = 1_000;
/** The two servers take turns, so that noise from the rest of the machine hits both alike. */
const ROUNDS = 5;
const ROUND_MS = 1_000;

function get(agent, url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A load run's raw figures; several rounds add to one tally before `summarise` turns it into rates. */
function emptyTally() {
  return { latencies: [], storeOps: [], errors: 0, elapsedMs: 0, serverCpuMs: 0 };
}

/** Drives `url` with CONNECTIONS concurrent keep-alive clients for `ms`, adding what it sees to `tally`. */
async function load(url, headers, ms, tally = emptyTally()) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const res = await get(agent, url, headers);
        tally.latencies.push(performance.now() - sent);
        if (res.status !== 200) tally.errors++;
        if (res.headers['x-store-ops'] !== undefined) tally.storeOps.push(Number(res.headers['x-store-ops']));
      }
    }),
  );
  tally.elapsedMs += performance.now() - started;
  agent.destroy();
  return tally;
}

function summarise(tally) {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  return {
    rps: sorted.length / (tally.elapsedMs / 1000),
    serverCpuUs: (tally.serverCpuMs * 1000) / sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors: tally.errors,
    maxStoreOps: tally.storeOps.length ? Math.max(...tally.storeOps) : Number.NaN,
  };
}

/**
 * CPU time the server process has used: its cost per request, which unlike requests/s does not
 * depend on how much of the machine the load generator and other programs take.
 */
function serverCpuMs(server) {
  return new Promise((resolve) => {
    server.once('message', (message) => resolve(message.cpuMs));
    server.send('cpu');
  });
}

export default async function run(report) {
  const server = fork(fileURLToPath(new URL('./api-servers.mjs', import.meta.url)), {
    // The servers' stdout is not ours to print; their errors still reach stderr.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { apiUrl, bareUrl } = await new Promise((resolve, reject) => {
    server.once('message', resolve);
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
  });
  try {
    const agent = new Agent({ keepAlive: true });
    const signIn = await new Promise((resolve, reject) => {
      const req = request(
        `${apiUrl}/api/dev/token`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ userId: 'u-megan' }));
    });
    agent.destroy();
    if (typeof signIn.token !== 'string') throw new Error(`local sign-in failed: ${JSON.stringify(signIn)}`);
    const spaceUrl = `${apiUrl}/api/spaces/${DEMO_SPACE_ID}`;
    const auth = { authorization: `Bearer ${signIn.token}` };

    await load(spaceUrl, auth, WARMUP_MS);
    await load(bareUrl, {}, WARMUP_MS);
    const apiTally = emptyTally();
    const bareTally = emptyTally();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [url, headers, tally] of [
        [spaceUrl, auth, apiTally],
        [bareUrl, {}, bareTally],
      ]) {
        const before = await serverCpuMs(server);
        await load(url, headers, ROUND_MS, tally);
        tally.serverCpuMs += (await serverCpuMs(server)) - before;
      }
    }
    const api = summarise(apiTally);
    const bare = summarise(bareTally);

    report('api.get_space.rps', api.rps, 'req/s');
    report('api.get_space.p50', api.p50, 'ms');
    report('api.get_space.p99', api.p99, 'ms');
    report('api.get_space.server_cpu_per_request', api.serverCpuUs, 'us');
    report('api.get_space.errors', api.errors, 'responses', { op: '<=', limit: 0 });
    report('bare_http.rps', bare.rps, 'req/s');
    report('bare_http.p50', bare.p50, 'ms');
    report('bare_http.p99', bare.p99, 'ms');
    report('bare_http.server_cpu_per_request', bare.serverCpuUs, 'us');
    report('api.get_space.rps_ratio_to_bare', api.rps / bare.rps, 'ratio', { op: '>=', limit: 0.5 });
    report('api.get_space.store_ops_per_request', api.maxStoreOps, 'ops', { op: '<=', limit: 2 });
  } finally {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.send('close');
      await exited;
    }
  }
}
