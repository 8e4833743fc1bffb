/**
 * Win/loss analytics: a space with 200 reviewed deals and one with 2,000 (four quarters, three
 * segments, every outcome, the customer heard on a third of the deals). Reports the store operations
 * of one analytics read at both sizes (`x-store-ops`: the space read that authorizes and the point
 * read of the roll-up), that they are the same at both sizes, and the p50/p99 latency of one
 * member asking again and again.
 *
 * The 200-deal space is written review by review through `syncReviewEntry`, the roll-up update every
 * review write makes, and the bench checks its figures. The 2,000-deal space stores the same kind of
 * review documents and writes their roll-up once from the same `entryOf` (a space holds at most 500
 * boards, and 2,000 read-modify-writes of a growing document would only slow the seeding down).
 * Runs after `npm run build`: the dev host and the use cases come from api/dist.
 *
 * `node tests/bench/run.mjs winloss` runs it alone.
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
import { DEFAULT_WINLOSS_REASONS } from '../../api/dist/domain/index.js';
import { createSpace } from '../../api/dist/features/spaces/commands.js';
import { reviewDocId, WINLOSS_ROLLUP_ID } from '../../api/dist/features/winloss/model.js';
import { entryOf, syncReviewEntry } from '../../api/dist/features/winloss/rollups.js';
import { get, post, percentile } from './raw-http.mjs';

const WARMUP_MS = 300;
const RUN_MS = 3_000;
const OUTCOMES = ['won', 'lost', 'noDecision'];
const SEGMENTS = ['Enterprise', 'Mid-market', 'SMB'];

const label = (key) => DEFAULT_WINLOSS_REASONS.find((r) => r.key === key).label;

/** Review `i` of a space: its outcome, quarter, segment and reasons follow `i`, so the totals are known. */
function review(pk, i) {
  const keys = DEFAULT_WINLOSS_REASONS.map((r) => r.key);
  const reasons = [keys[i % keys.length], keys[(i + 3) % keys.length]];
  const month = String((i % 12) + 1).padStart(2, '0');
  const at = new Date().toISOString();
  const boardId = `bench-board-${i}`;
  return {
    id: reviewDocId(boardId),
    pk,
    type: 'winlossReview',
    reviewId: boardId,
    boardId,
    boardName: `Deal ${i}`,
    outcome: OUTCOMES[i % 3],
    closedOn: `2026-${month}-15`,
    reasons: reasons.map((key) => ({ key, label: label(key) })),
    primary: reasons[0],
    whatElse: { skipped: true },
    competitor: i % 2 ? 'Contoso Cloud' : '',
    buyerStage: 'propose',
    salesStage: 'propose',
    dealSize: 10_000 + i,
    segment: SEGMENTS[i % 3],
    durationSeconds: 90,
    authorId: 'u-megan',
    final: false,
    finalBy: null,
    customer:
      i % 3 === 1
        ? {
            heardOn: `2026-${month}-20`,
            reasons: [
              { key: 'implementationRisk', label: label('implementationRisk'), quote: 'The rollout plan scared us.' },
            ],
            recordedBy: 'u-megan',
            recordedAt: at,
          }
        : null,
    withdrawn: false,
    createdAt: at,
    updatedAt: at,
    updatedBy: 'u-megan',
  };
}

/** A space of Megan's with `count` reviewed deals; `oneByOne` folds each into the roll-up as a review write does. */
async function seedSpace(store, count, oneByOne) {
  const megan = DEMO_USERS.find((u) => u.userId === 'u-megan');
  const space = await createSpace(store, megan, { name: `Win/loss bench ${count}` });
  const docs = Array.from({ length: count }, (_, i) => review(space.pk, i));
  for (const doc of docs) {
    await store.create(doc);
    if (oneByOne) await syncReviewEntry(store, space.pk, doc.reviewId);
  }
  if (!oneByOne) {
    const entries = Object.fromEntries(docs.map((d) => [d.reviewId, entryOf(d)]));
    await store.create({ id: WINLOSS_ROLLUP_ID, pk: space.pk, type: 'winlossRollup', entries });
  }
  return space.spaceId;
}

/** One member reading the analytics, one request at a time. */
async function measure(agent, url, headers) {
  const latencies = [];
  const ops = [];
  let errors = 0;
  let body = null;
  for (const record of [false, true]) {
    const deadline = performance.now() + (record ? RUN_MS : WARMUP_MS);
    while (performance.now() < deadline) {
      const sent = performance.now();
      const res = await get(agent, url, headers);
      if (!record) continue;
      latencies.push(performance.now() - sent);
      ops.push(Number(res.headers['x-store-ops']));
      if (res.status !== 200) errors++;
      else body ??= JSON.parse(res.body.toString('utf8'));
    }
  }
  return { sorted: latencies.sort((a, b) => a - b), ops: Math.max(...ops), errors, body };
}

export default async function run(report) {
  const dataDir = mkdtempSync(join(tmpdir(), `coachboard-bench-winloss-${randomUUID().slice(0, 8)}-`));
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
    const small = await seedSpace(host.services.store, 200, true);
    const large = await seedSpace(host.services.store, 2_000, false);
    report('winloss.seed.seconds', (performance.now() - seeded) / 1000, 's');

    const { token } = await post(`${host.url}/api/dev/token`, { userId: 'u-megan' });
    const headers = { authorization: `Bearer ${token}` };
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const analytics = (spaceId) => `${host.url}/api/spaces/${spaceId}/winloss/analytics`;
    const a = await measure(agent, analytics(small), headers);
    const b = await measure(agent, analytics(large), headers);
    agent.destroy();

    report('winloss.analytics_200.store_ops_per_request', a.ops, 'ops', { op: '<=', limit: 2 });
    report('winloss.analytics_2000.store_ops_per_request', b.ops, 'ops', { op: '<=', limit: 2 });
    report('winloss.analytics.store_ops_growth_10x', b.ops - a.ops, 'ops', { op: '<=', limit: 0 });
    report('winloss.analytics_200.p50', percentile(a.sorted, 50), 'ms');
    report('winloss.analytics_200.p99', percentile(a.sorted, 99), 'ms', { op: '<=', limit: 300 });
    report('winloss.analytics_2000.p50', percentile(b.sorted, 50), 'ms');
    report('winloss.analytics_2000.p99', percentile(b.sorted, 99), 'ms', { op: '<=', limit: 300 });
    report('winloss.analytics.errors', a.errors + b.errors, 'responses', { op: '<=', limit: 0 });
    report('winloss.analytics_200.deals_counted', a.body?.total ?? 0, 'deals', { op: '>=', limit: 200 });
    report('winloss.analytics_2000.deals_counted', b.body?.total ?? 0, 'deals', { op: '>=', limit: 2000 });
    // A third of the deals had their customer heard, and every one of them named implementation risk.
    const heard = b.body?.gap.reasons.find((r) => r.key === 'implementationRisk')?.customerShare ?? 0;
    report('winloss.analytics_2000.customer_share_known', heard, 'share', { op: '>=', limit: 1 });
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
