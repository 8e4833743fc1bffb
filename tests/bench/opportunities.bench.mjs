/**
 * Opportunities lists with a space's history growing tenfold: a space with 500 opportunities and one
 * with 5,000, logged by 20 contributors on account boards owned by 5 reps (written through the use
 * case, so routing and the stored shape are the real ones). Reports the store operations of the
 * contributor's list ("mine") and the assignee's list ("assigned") at both sizes (`x-store-ops`: the
 * space read that authorizes and one indexed, equality-filtered page of 50), that they are the same at
 * both sizes, and the p50/p99 latency of one person asking again and again.
 * Runs after `npm run build`: the dev host and the use cases come from api/dist.
 *
 * `node tests/bench/run.mjs opportunities` runs it alone.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../api/dist/config.js';
import { DEMO_TENANT, DEMO_USERS, OTHER_TENANT } from '../../api/dist/devhost/demo.js';
import { startDevHost } from '../../api/dist/devhost/server.js';
import { createBoard } from '../../api/dist/features/boards/commands.js';
import { createOpportunity } from '../../api/dist/features/opportunities/commands.js';
import { createSpace, inviteMember } from '../../api/dist/features/spaces/commands.js';
import { get, post, percentile } from './raw-http.mjs';

const CONTRIBUTORS = 20;
const REPS = 5;
const PAGE = 50;
const WARMUP_MS = 300;
const RUN_MS = 2_000;

/**
 * Megan's space with Alex and four more reps each owning a board, Isaiah and 19 more contributors,
 * and `count` opportunities spread evenly over contributors and boards.
 */
async function seedSpace(store, count) {
  const megan = DEMO_USERS.find((u) => u.userId === 'u-megan');
  let space = await createSpace(store, megan, { name: `Opportunities bench ${count}` });
  const as = (userId) => ({ space, member: space.members.find((m) => m.userId === userId) });
  const reps = ['u-alex', ...Array.from({ length: REPS - 1 }, (_, i) => `u-rep-${i}`)];
  const contributors = ['u-isaiah', ...Array.from({ length: CONTRIBUTORS - 1 }, (_, i) => `u-contributor-${i}`)];
  for (const userId of reps) space = await inviteMember(store, as('u-megan'), { userId, name: userId, role: 'rep' });
  for (const userId of contributors) {
    space = await inviteMember(store, as('u-megan'), { userId, name: userId, role: 'contributor' });
  }
  const boards = [];
  for (const ownerId of reps) {
    boards.push((await createBoard(store, as('u-megan'), { name: `Account of ${ownerId}`, ownerId })).boardId);
  }
  for (let i = 0; i < count; i++) {
    await createOpportunity(
      store,
      as(contributors[i % CONTRIBUTORS]),
      {
        boardId: boards[i % REPS],
        noticed: `“We will need more seats for the new team” (#${i})`,
        whyItMatters: 'Growth at an existing account.',
        urgency: 'soon',
        contact: 'The team lead, by e-mail',
      },
      new Date(Date.now() - (count - i) * 60_000),
    );
  }
  return space.spaceId;
}

/** One person asking for one list, one request at a time. */
async function measure(agent, url, headers) {
  const latencies = [];
  const ops = [];
  let errors = 0;
  let items = 0;
  for (const record of [false, true]) {
    const deadline = performance.now() + (record ? RUN_MS : WARMUP_MS);
    while (performance.now() < deadline) {
      const sent = performance.now();
      const res = await get(agent, url, headers);
      if (!record) continue;
      latencies.push(performance.now() - sent);
      ops.push(Number(res.headers['x-store-ops']));
      if (res.status !== 200) errors++;
      else items = JSON.parse(res.body.toString('utf8')).items.length;
    }
  }
  return { sorted: latencies.sort((a, b) => a - b), ops: Math.max(...ops), errors, items };
}

export default async function run(report) {
  const dataDir = mkdtempSync(join(tmpdir(), `coachboard-bench-opportunities-${randomUUID().slice(0, 8)}-`));
  const host = await startDevHost(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      STORE: 'sqlite',
      DATA_DIR: dataDir,
      AUTH_MODE: 'dev',
      ALLOWED_TENANTS: `${DEMO_TENANT},${OTHER_TENANT}`,
      SEED_DEMO: 'false',
    }),
    { quiet: true },
  );
  try {
    const seeded = performance.now();
    const sizes = {
      small: await seedSpace(host.services.store, 500),
      large: await seedSpace(host.services.store, 5_000),
    };
    report('opportunities.seed.seconds', (performance.now() - seeded) / 1000, 's');

    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const lists = [
      ['contributor', 'u-isaiah', 'mine'],
      ['assignee', 'u-alex', 'assigned'],
    ];
    let errors = 0;
    for (const [who, userId, view] of lists) {
      const { token } = await post(`${host.url}/api/dev/token`, { userId });
      const headers = { authorization: `Bearer ${token}` };
      const url = (spaceId) => `${host.url}/api/spaces/${spaceId}/opportunities?view=${view}`;
      const small = await measure(agent, url(sizes.small), headers);
      const large = await measure(agent, url(sizes.large), headers);
      errors += small.errors + large.errors;
      report(`opportunities.${who}_500.store_ops_per_request`, small.ops, 'ops', { op: '<=', limit: 2 });
      report(`opportunities.${who}_5000.store_ops_per_request`, large.ops, 'ops', { op: '<=', limit: 2 });
      report(`opportunities.${who}.store_ops_growth_10x`, large.ops - small.ops, 'ops', { op: '<=', limit: 0 });
      report(`opportunities.${who}_500.p50`, percentile(small.sorted, 50), 'ms');
      report(`opportunities.${who}_500.p99`, percentile(small.sorted, 99), 'ms', { op: '<=', limit: 200 });
      report(`opportunities.${who}_5000.p50`, percentile(large.sorted, 50), 'ms');
      report(`opportunities.${who}_5000.p99`, percentile(large.sorted, 99), 'ms', { op: '<=', limit: 200 });
      report(`opportunities.${who}_5000.items_listed`, large.items, 'items', { op: '>=', limit: PAGE });
    }
    agent.destroy();
    report('opportunities.lists.errors', errors, 'responses', { op: '<=', limit: 0 });
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
