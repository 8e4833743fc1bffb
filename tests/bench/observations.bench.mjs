/**
 * Coverage against the 20% goal: a space with 50 reps and one year of weekly observations (2,600),
 * and a second one with ten times that history (26,000), each written through the use case that
 * saves an observation and updates its weekly roll-up. Reports the store operations of one coverage
 * read at both sizes (`x-store-ops`: the space read that authorizes, the summary, one query of the
 * last 12 weekly roll-ups), that they are the same at both sizes, and the p50/p99 latency of one
 * manager asking again and again.
 * Runs after `npm run build`: the dev host and the use cases come from api/dist.
 *
 * `node tests/bench/run.mjs observations` runs it alone.
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
import { DEFAULT_COMPETENCIES } from '../../api/dist/domain/index.js';
import { newObservation, saveObservation } from '../../api/dist/features/observations/commands.js';
import { createSpace, inviteMember } from '../../api/dist/features/spaces/commands.js';
import { get, post, percentile } from './raw-http.mjs';

const REPS = 50;
const WEEKS_PER_YEAR = 52;
const WARMUP_MS = 300;
const RUN_MS = 3_000;
const DAY = 86_400_000;
const CHANNELS = ['teamsCall', 'videoMeeting', 'phoneCall', 'fieldVisit'];

/** Megan's space with 50 reps and one observation per rep and week over `years` years, newest last. */
async function seedSpace(store, years, now) {
  const megan = DEMO_USERS.find((u) => u.userId === 'u-megan');
  let space = await createSpace(store, megan, { name: `Coverage bench ${years}y` });
  const manager = () => ({ space, member: space.members.find((m) => m.userId === megan.userId) });
  for (let r = 0; r < REPS; r++) {
    space = await inviteMember(store, manager(), { userId: `u-rep-${r}`, name: `Rep ${r}`, role: 'rep' });
  }
  const access = manager();
  const weeks = WEEKS_PER_YEAR * years;
  let saved = 0;
  for (let w = weeks - 1; w >= 0; w--) {
    for (let r = 0; r < REPS; r++) {
      const date = new Date(now - (w * 7 + (r % 5)) * DAY).toISOString().slice(0, 10);
      const competency = DEFAULT_COMPETENCIES[(w + r) % DEFAULT_COMPETENCIES.length].key;
      await saveObservation(
        store,
        newObservation(
          access,
          {
            repId: `u-rep-${r}`,
            channel: CHANNELS[(w + r) % CHANNELS.length],
            date,
            minutes: 20 + ((w * 7 + r) % 40),
            boardId: null,
            competencies: [competency],
            notes: [{ competency, text: 'Asked what the current process costs before proposing.' }],
          },
          new Date(now),
        ),
      );
      saved++;
    }
  }
  return { spaceId: space.spaceId, saved };
}

/** One manager asking for the coverage view, one request at a time. */
async function measure(agent, url, headers) {
  const latencies = [];
  const ops = [];
  let errors = 0;
  let reps = 0;
  for (const record of [false, true]) {
    const deadline = performance.now() + (record ? RUN_MS : WARMUP_MS);
    while (performance.now() < deadline) {
      const sent = performance.now();
      const res = await get(agent, url, headers);
      if (!record) continue;
      latencies.push(performance.now() - sent);
      ops.push(Number(res.headers['x-store-ops']));
      if (res.status !== 200) errors++;
      else reps = JSON.parse(res.body.toString('utf8')).reps.length;
    }
  }
  return { sorted: latencies.sort((a, b) => a - b), ops: Math.max(...ops), errors, reps };
}

export default async function run(report) {
  const dataDir = mkdtempSync(join(tmpdir(), `coachboard-bench-observations-${randomUUID().slice(0, 8)}-`));
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
    const year = await seedSpace(host.services.store, 1, now);
    const decade = await seedSpace(host.services.store, 10, now);
    report('observations.seed.seconds', (performance.now() - seeded) / 1000, 's');
    report('observations.history_1x.observations', year.saved, 'observations');
    report('observations.history_10x.observations', decade.saved, 'observations');

    const { token } = await post(`${host.url}/api/dev/token`, { userId: 'u-megan' });
    const headers = { authorization: `Bearer ${token}` };
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const coverage = (spaceId) => `${host.url}/api/spaces/${spaceId}/observation-coverage`;
    const one = await measure(agent, coverage(year.spaceId), headers);
    const ten = await measure(agent, coverage(decade.spaceId), headers);
    agent.destroy();

    report('observations.coverage_1x.store_ops_per_request', one.ops, 'ops', { op: '<=', limit: 3 });
    report('observations.coverage_10x.store_ops_per_request', ten.ops, 'ops', { op: '<=', limit: 3 });
    report('observations.coverage.store_ops_growth_10x', ten.ops - one.ops, 'ops', { op: '<=', limit: 0 });
    report('observations.coverage_1x.p50', percentile(one.sorted, 50), 'ms');
    report('observations.coverage_1x.p99', percentile(one.sorted, 99), 'ms', { op: '<=', limit: 200 });
    report('observations.coverage_10x.p50', percentile(ten.sorted, 50), 'ms');
    report('observations.coverage_10x.p99', percentile(ten.sorted, 99), 'ms', { op: '<=', limit: 200 });
    report('observations.coverage.errors', one.errors + ten.errors, 'responses', { op: '<=', limit: 0 });
    report('observations.coverage.reps_listed', Math.min(one.reps, ten.reps), 'reps', { op: '>=', limit: REPS });
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
