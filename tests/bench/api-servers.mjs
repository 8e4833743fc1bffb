/**
 * The servers under test for api.bench.mjs, run in a child process so that the load generator does
 * not share their event loop and their CPU time can be measured apart: the dev host (SQLite in a
 * temp folder, local sign-in, demo data) and a bare node:http server answering a fixed JSON body.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../api/dist/config.js';
import { DEMO_TENANT, OTHER_TENANT } from '../../api/dist/devhost/demo.js';
import { startDevHost } from '../../api/dist/devhost/server.js';

/** About the size of the API's answer for one space, so both servers send similar bytes. */
const BARE_BODY = JSON.stringify({
  id: 'a7e4c1d2-9b3f-4e6a-8c5d-1f2e3a4b5c6d',
  name: 'Northwind Sales',
  myRole: 'manager',
  memberCount: 5,
  bindings: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  etag: '"00000000-0000-4000-8000-000000000000"',
});

const dataDir = mkdtempSync(join(tmpdir(), 'coachboard-bench-'));
const host = await startDevHost(
  loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    STORE: 'sqlite',
    DATA_DIR: dataDir,
    AUTH_MODE: 'dev',
    ALLOWED_TENANTS: `${DEMO_TENANT},${OTHER_TENANT}`,
    SEED_DEMO: 'true',
  }),
  { quiet: true },
);

const bare = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(BARE_BODY);
  });
});
bare.keepAliveTimeout = 65_000;
await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));

/** Messages from the bench: `cpu` asks how much CPU time this process has used so far, `close` ends it. */
process.on('message', async (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send({ cpuMs: (user + system) / 1000 });
    return;
  }
  bare.closeAllConnections();
  await new Promise((resolve) => bare.close(resolve));
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.send('closed', () => process.exit(0));
});
process.send({ apiUrl: host.url, bareUrl: `http://127.0.0.1:${bare.address().port}` });
