/**
 * The personal tab's agreements read ("My coaching" → Agreements: versions, commitments, kept rates) at
 * two sizes of commitment history: a rep whose agreement holds 24 commitments with about 100 outcomes
 * marked, and another whose agreement holds 24 commitments with about 2,000 outcomes (weekly marks
 * over years), each written through the use cases. Reports the store operations of one read at both
 * sizes (`x-store-ops`: finding the caller's spaces, two operations, then two queries per space —
 * agreements and their commitments), that they are the same at both sizes, and the p50/p99 latency of one rep reading again
 * and again. Runs after `npm run build`: the dev host and the use cases come from api/dist.
 *
 * `node tests/bench/run.mjs agreements` runs it alone.
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
import {
  createAgreement,
  markOutcome,
  proposeDraft,
  signAgreement,
} from '../../api/dist/features/agreements/commands.js';
import { createSpace, inviteMember } from '../../api/dist/features/spaces/commands.js';
import { get, post, percentile } from './raw-http.mjs';

const WARMUP_MS = 300;
const RUN_MS = 3_000;
const DAY = 86_400_000;
const PER_SIDE = 12;

const day = (at) => new Date(at).toISOString().slice(0, 10);

/**
 * Megan's space with `repId`: an agreement of 12 weekly items each way, signed `weeks` weeks ago, and
 * every weekly occurrence since marked (kept, or missed every fifth week): 24 × `weeks` outcomes.
 */
async function seedSpace(store, repId, weeks, now) {
  const megan = DEMO_USERS.find((u) => u.userId === 'u-megan');
  let space = await createSpace(store, megan, { name: `Agreements bench ${weeks}w` });
  const manager = () => ({ space, member: space.members.find((m) => m.userId === megan.userId) });
  space = await inviteMember(store, manager(), { userId: repId, name: `Rep ${repId}`, role: 'rep' });
  const access = manager();
  const start = now - weeks * 7 * DAY - DAY;
  const item = (side, i) => ({
    itemId: `${side}-${i}`,
    text: `Weekly expectation ${i} of ${side}`,
    dueDate: day(start + DAY),
    cadence: 'weekly',
  });
  const { agreement } = await createAgreement(store, access, { withId: repId }, start);
  const body = {
    managerExpects: Array.from({ length: PER_SIDE }, (_, i) => item('m', i)),
    repExpects: Array.from({ length: PER_SIDE }, (_, i) => item('r', i)),
  };
  const drafted = await proposeDraft(store, access, agreement.agreementId, body, agreement._etag, start);
  const v = drafted.agreement.versions[0];
  const asRep = { space, member: space.members.find((m) => m.userId === repId) };
  await signAgreement(store, access, agreement.agreementId, { version: 1, revision: v.revision }, start);
  await signAgreement(store, asRep, agreement.agreementId, { version: 1, revision: v.revision }, start);
  let marked = 0;
  for (let w = 0; w < weeks; w++) {
    const dueDate = day(start + DAY + w * 7 * DAY);
    for (const side of ['m', 'r']) {
      for (let i = 0; i < PER_SIDE; i++) {
        await markOutcome(
          store,
          side === 'm' ? asRep : access,
          agreement.agreementId,
          `${side}-${i}`,
          { dueDate, outcome: w % 5 === 4 ? 'notDone' : 'done' },
          start + DAY + w * 7 * DAY + 3_600_000,
        );
        marked++;
      }
    }
  }
  return { marked };
}

/** One rep asking for "My agreements", one request at a time. */
async function measure(agent, url, headers) {
  const latencies = [];
  const ops = [];
  let errors = 0;
  let commitments = 0;
  for (const record of [false, true]) {
    const deadline = performance.now() + (record ? RUN_MS : WARMUP_MS);
    while (performance.now() < deadline) {
      const sent = performance.now();
      const res = await get(agent, url, headers);
      if (!record) continue;
      latencies.push(performance.now() - sent);
      ops.push(Number(res.headers['x-store-ops']));
      if (res.status !== 200) errors++;
      else commitments = JSON.parse(res.body.toString('utf8')).spaces[0].agreements[0].commitments.length;
    }
  }
  return { sorted: latencies.sort((a, b) => a - b), ops: Math.max(...ops), errors, commitments };
}

export default async function run(report) {
  const dataDir = mkdtempSync(join(tmpdir(), `coachboard-bench-agreements-${randomUUID().slice(0, 8)}-`));
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
    // About 100 and about 2,000 outcomes: 24 weekly commitments over 4 and over 84 weeks.
    const small = await seedSpace(host.services.store, 'u-alex', 4, now);
    const large = await seedSpace(host.services.store, 'u-lynne', 84, now);
    report('agreements.seed.seconds', (performance.now() - seeded) / 1000, 's');
    report('agreements.history_small.outcomes', small.marked, 'outcomes');
    report('agreements.history_large.outcomes', large.marked, 'outcomes');

    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const mine = `${host.url}/api/me/agreements`;
    const as = async (userId) => ({
      authorization: `Bearer ${(await post(`${host.url}/api/dev/token`, { userId })).token}`,
    });
    const one = await measure(agent, mine, await as('u-alex'));
    const big = await measure(agent, mine, await as('u-lynne'));
    agent.destroy();

    report('agreements.mine_small.store_ops_per_request', one.ops, 'ops', { op: '<=', limit: 4 });
    report('agreements.mine_large.store_ops_per_request', big.ops, 'ops', { op: '<=', limit: 4 });
    report('agreements.mine.store_ops_growth', big.ops - one.ops, 'ops', { op: '<=', limit: 0 });
    report('agreements.mine_small.p50', percentile(one.sorted, 50), 'ms');
    report('agreements.mine_small.p99', percentile(one.sorted, 99), 'ms', { op: '<=', limit: 200 });
    report('agreements.mine_large.p50', percentile(big.sorted, 50), 'ms');
    report('agreements.mine_large.p99', percentile(big.sorted, 99), 'ms', { op: '<=', limit: 200 });
    report('agreements.mine.errors', one.errors + big.errors, 'responses', { op: '<=', limit: 0 });
    report('agreements.mine.commitments_listed', Math.min(one.commitments, big.commitments), 'commitments', {
      op: '>=',
      limit: PER_SIDE * 2,
    });
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
