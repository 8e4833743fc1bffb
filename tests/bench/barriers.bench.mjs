/**
 * The barrier register at two sizes: a team with 100 barriers and one with 2,000, each written
 * through the use cases (raise, then about 60% removed, which updates the removal roll-up). Reports
 * the store operations of the managers' board read and of the personal tab's barrier read at both
 * sizes (`x-store-ops`), that they are the same at both sizes, and the p50/p99 latency of one
 * manager asking again and again.
 * Runs after `npm run build`: the dev host and the use cases come from api/dist.
 *
 * `node tests/bench/run.mjs barriers` runs it alone.
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
import { BARRIER_CATEGORIES } from '../../api/dist/domain/index.js';
import { changeBarrierStatus, createBarrier } from '../../api/dist/features/barriers/commands.js';
import { createSpace, inviteMember } from '../../api/dist/features/spaces/commands.js';
import { get, post, percentile } from './raw-http.mjs';

const REPS = 10;
const WARMUP_MS = 300;
const RUN_MS = 3_000;
const DAY = 86_400_000;

/**
 * A team managed by `managerId` (its only team, so the personal read sees one team) with 10 reps and
 * `count` barriers raised over the last 120 days; three in five are removed a few days later.
 */
async function seedSpace(store, managerId, count, now) {
  const manager = DEMO_USERS.find((u) => u.userId === managerId);
  let space = await createSpace(store, manager, { name: `Barrier bench ${count}` });
  const access = () => ({ space, member: space.members.find((m) => m.userId === managerId) });
  for (let r = 0; r < REPS; r++) {
    space = await inviteMember(store, access(), { userId: `u-rep-${r}`, name: `Rep ${r}`, role: 'rep' });
  }
  let removed = 0;
  for (let i = 0; i < count; i++) {
    const raisedAt = now - Math.floor((120 * DAY * (count - i)) / count);
    const member = space.members.find((m) => m.userId === `u-rep-${i % REPS}`);
    const barrier = await createBarrier(
      store,
      { space, member },
      {
        category: BARRIER_CATEGORIES[i % BARRIER_CATEGORIES.length],
        text: `Barrier ${i}: approvals take too long`,
        impact: 'Deals slip to next quarter.',
        urgency: 'medium',
        visibility: i % 2 ? 'team' : 'private',
      },
      raisedAt,
    );
    if (i % 5 < 3) {
      const at = Math.min(now, raisedAt + (1 + (i % 7)) * DAY);
      await changeBarrierStatus(
        store,
        access(),
        barrier.barrierId,
        { status: 'removed', note: '', resources: [] },
        barrier._etag,
        at,
      );
      removed++;
    }
  }
  return { spaceId: space.spaceId, count, removed };
}

/** One manager asking for `url`, one request at a time. */
async function measure(agent, url, headers, check) {
  const latencies = [];
  const ops = [];
  let errors = 0;
  let listed = 0;
  for (const record of [false, true]) {
    const deadline = performance.now() + (record ? RUN_MS : WARMUP_MS);
    while (performance.now() < deadline) {
      const sent = performance.now();
      const res = await get(agent, url, headers);
      if (!record) continue;
      latencies.push(performance.now() - sent);
      ops.push(Number(res.headers['x-store-ops']));
      if (res.status !== 200) errors++;
      else listed = check(JSON.parse(res.body.toString('utf8')));
    }
  }
  return { sorted: latencies.sort((a, b) => a - b), ops: Math.max(...ops), errors, listed };
}

export default async function run(report) {
  const dataDir = mkdtempSync(join(tmpdir(), `coachboard-bench-barriers-${randomUUID().slice(0, 8)}-`));
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
    const now = Date.now();
    const seeded = performance.now();
    const small = await seedSpace(host.services.store, 'u-megan', 100, now);
    const large = await seedSpace(host.services.store, 'u-lynne', 2_000, now);
    report('barriers.seed.seconds', (performance.now() - seeded) / 1000, 's');
    report('barriers.small.barriers', small.count, 'barriers');
    report('barriers.large.barriers', large.count, 'barriers');

    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const as = async (userId) => ({
      authorization: `Bearer ${(await post(`${host.url}/api/dev/token`, { userId })).token}`,
    });
    const megan = await as('u-megan');
    const lynne = await as('u-lynne');
    const board = (spaceId) => `${host.url}/api/spaces/${spaceId}/barrier-board`;
    const openOf = (body) => body.open.length;
    const removedOf = (body) => body.spaces[0]?.open.length ?? 0;
    const boardSmall = await measure(agent, board(small.spaceId), megan, openOf);
    const boardLarge = await measure(agent, board(large.spaceId), lynne, openOf);
    const mineSmall = await measure(agent, `${host.url}/api/me/barriers`, megan, removedOf);
    const mineLarge = await measure(agent, `${host.url}/api/me/barriers`, lynne, removedOf);
    agent.destroy();

    report('barriers.board_100.store_ops_per_request', boardSmall.ops, 'ops', { op: '<=', limit: 3 });
    report('barriers.board_2000.store_ops_per_request', boardLarge.ops, 'ops', { op: '<=', limit: 3 });
    report('barriers.board.store_ops_growth', boardLarge.ops - boardSmall.ops, 'ops', { op: '<=', limit: 0 });
    report('barriers.board_100.p50', percentile(boardSmall.sorted, 50), 'ms');
    report('barriers.board_100.p99', percentile(boardSmall.sorted, 99), 'ms', { op: '<=', limit: 200 });
    report('barriers.board_2000.p50', percentile(boardLarge.sorted, 50), 'ms');
    report('barriers.board_2000.p99', percentile(boardLarge.sorted, 99), 'ms', { op: '<=', limit: 200 });
    report('barriers.personal_100.store_ops_per_request', mineSmall.ops, 'ops', { op: '<=', limit: 4 });
    report('barriers.personal_2000.store_ops_per_request', mineLarge.ops, 'ops', { op: '<=', limit: 4 });
    report('barriers.personal.store_ops_growth', mineLarge.ops - mineSmall.ops, 'ops', { op: '<=', limit: 0 });
    report('barriers.personal_100.p99', percentile(mineSmall.sorted, 99), 'ms', { op: '<=', limit: 200 });
    report('barriers.personal_2000.p99', percentile(mineLarge.sorted, 99), 'ms', { op: '<=', limit: 200 });
    // 40 of 100 are open (all listed); of 800 open at 2,000 the board lists the oldest 200.
    report('barriers.board_100.open_listed', boardSmall.listed, 'barriers', { op: '>=', limit: 40 });
    report('barriers.board_2000.open_listed', boardLarge.listed, 'barriers', { op: '>=', limit: 200 });
    const errors = boardSmall.errors + boardLarge.errors + mineSmall.errors + mineLarge.errors;
    report('barriers.errors', errors, 'responses', { op: '<=', limit: 0 });
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
