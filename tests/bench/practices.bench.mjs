/**
 * Practice exchange list: 1,000 practices in one space (seeded through the store and the use cases,
 * not over HTTP), then the first page of the exchange with the sorts and filters the channel tab
 * offers. Reports p50/p99 latency of one client asking page after page, throughput with 8 concurrent
 * keep-alive clients, store operations per request (`x-store-ops`: the space read that authorizes
 * plus one single-partition query), errors, and whether walking every page of one filtered list with
 * continuations returns each practice once and in order.
 * Runs after `npm run build`: the dev host and the use cases come from api/dist.
 *
 * `node tests/bench/run.mjs practices` runs it alone.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../api/dist/config.js';
import { DEMO_SPACE_ID, DEMO_TENANT, OTHER_TENANT } from '../../api/dist/devhost/demo.js';
import { startDevHost } from '../../api/dist/devhost/server.js';
import { CreatePracticeBody, DEFAULT_SKILLS } from '../../api/dist/domain/index.js';
import { recountContribution, recountPractice } from '../../api/dist/features/practices/commands.js';
import { adoptionDocId, newPracticeDoc } from '../../api/dist/features/practices/model.js';
import { spacePk } from '../../api/dist/features/spaces/model.js';
import { get, post, percentile } from './raw-http.mjs';

const PRACTICES = 1_000;
const CONNECTIONS = 8;
const WARMUP_MS = 500;
const RUN_MS = 3_000;
const SEGMENTS = ['smb', 'midMarket', 'enterprise', 'publicSector'];
const STAGES = ['prospecting', 'discovery', 'qualification', 'proposal', 'negotiation', 'closing', 'expansion'];
const OUTCOMES = ['worked', 'worked', 'didNotWork', 'notApplicable', null];
const DAY = 24 * 60 * 60 * 1000;

/** The first pages the exchange asks for: each sort, with and without skill, segment and stage filters. */
const QUERIES = [
  'sort=newest',
  'sort=mostAdopted',
  'sort=bestOutcome',
  'sort=newest&skill=discovery',
  'sort=mostAdopted&segment=enterprise',
  'sort=bestOutcome&stage=negotiation',
  'sort=mostAdopted&skill=negotiation&segment=midMarket',
  'sort=bestOutcome&skill=closing&segment=smb&stage=closing',
];

/** A small deterministic generator, so every run measures the same data. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * 1,000 practices by the demo team, written as `createPractice` writes them, with adoptions and
 * outcomes so that every sort has something to order; counts come from the use cases' recounts.
 */
async function seed(store, now) {
  const pk = spacePk(DEMO_TENANT, DEMO_SPACE_ID);
  const space = await store.read(pk, 'space');
  const members = space.members;
  const authors = members.filter((m) => m.role !== 'contributor');
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const expected = { enterpriseDiscovery: 0 };
  for (let i = 0; i < PRACTICES; i++) {
    const author = authors[i % authors.length];
    const segment = pick(SEGMENTS);
    const stage = pick(STAGES);
    if (segment === 'enterprise' && stage === 'discovery') expected.enterpriseDiscovery++;
    const input = CreatePracticeBody.parse({
      title: `Practice ${i}: ${stage} in ${segment}`,
      result: {
        text: `Booked ${1 + (i % 5)} meetings in two weeks.`,
        measure: { kind: 'meetingBooked', count: 1 + (i % 5) },
      },
      actions: [
        'Asked the champion who else is affected by the problem.',
        'Sent a one-page summary in their own words the same day.',
        'Offered a 20-minute call with the people named in the summary.',
      ],
      context: { segment, stage, dealSize: 'from10kTo50k', customerRole: 'champion' },
      tags: [pick(DEFAULT_SKILLS).key, pick(DEFAULT_SKILLS).key],
    });
    const at = new Date(now - (PRACTICES - i) * 60_000).toISOString();
    const practice = await store.create(newPracticeDoc(pk, randomUUID(), author.userId, input, at));
    const adopters = members.filter((m) => m.userId !== author.userId && next() < 0.4);
    for (const adopter of adopters) {
      const outcome = pick(OUTCOMES);
      await store.create({
        id: adoptionDocId(practice.practiceId, adopter.userId),
        pk,
        type: 'practiceAdoption',
        practiceId: practice.practiceId,
        userId: adopter.userId,
        practiceAuthorId: author.userId,
        adoptedAt: new Date(now - 20 * DAY).toISOString(),
        outcome,
        note: '',
        outcomeAt: outcome ? new Date(now - 5 * DAY).toISOString() : null,
      });
    }
    if (adopters.length > 0) await recountPractice(store, pk, practice.practiceId);
  }
  for (const member of members) {
    await recountContribution(store, pk, member.userId, 'posts');
    await recountContribution(store, pk, member.userId, 'adoptions');
  }
  return expected;
}

export default async function run(report) {
  const dataDir = mkdtempSync(join(tmpdir(), `coachboard-bench-practices-${randomUUID().slice(0, 8)}-`));
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
  try {
    const seeded = performance.now();
    const expected = await seed(host.services.store, Date.now());
    report('practices.seed_1000.seconds', (performance.now() - seeded) / 1000, 's');

    const { token } = await post(`${host.url}/api/dev/token`, { userId: 'u-alex' });
    const headers = { authorization: `Bearer ${token}` };
    const base = `${host.url}/api/spaces/${DEMO_SPACE_ID}/practices`;
    const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

    const latencies = [];
    const storeOps = [];
    let errors = 0;
    let emptyPages = 0;
    let answered = 0;
    /** `clients` keep-alive clients, each asking for the next first page as soon as the last one arrives. */
    const drive = async (clients, ms, record) => {
      const started = performance.now();
      const deadline = started + ms;
      let turn = 0;
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (performance.now() < deadline) {
            const query = QUERIES[turn++ % QUERIES.length];
            const sent = performance.now();
            const res = await get(agent, `${base}?${query}`, headers);
            answered++;
            if (!record) continue;
            latencies.push(performance.now() - sent);
            storeOps.push(Number(res.headers['x-store-ops']));
            if (res.status !== 200) errors++;
            else if (JSON.parse(res.body.toString('utf8')).items.length === 0) emptyPages++;
          }
        }),
      );
      return (performance.now() - started) / 1000;
    };
    // Latency as one user sees it: one request at a time.
    await drive(1, WARMUP_MS, false);
    await drive(1, RUN_MS, true);
    // Throughput of the host under CONNECTIONS concurrent clients.
    answered = 0;
    const seconds = await drive(CONNECTIONS, RUN_MS, false);
    const rps = answered / seconds;

    // Walk one filtered list to its end: every practice exactly once, in order.
    const seen = new Set();
    let listed = 0;
    let pages = 0;
    let continuation = null;
    let outOfOrder = 0;
    let last = Infinity;
    do {
      const url = `${base}?sort=mostAdopted&segment=enterprise&stage=discovery&limit=10${continuation ? `&continuation=${continuation}` : ''}`;
      const page = JSON.parse((await get(agent, url, headers)).body.toString('utf8'));
      for (const item of page.items) {
        seen.add(item.id);
        listed++;
        if (item.adoption.adoptionCount > last) outOfOrder++;
        last = item.adoption.adoptionCount;
      }
      continuation = page.continuation;
      pages++;
    } while (continuation && pages < 100);
    agent.destroy();

    const sorted = [...latencies].sort((a, b) => a - b);
    report('practices.list_first_page.requests', sorted.length, 'requests');
    report(`practices.list_first_page.rps_${CONNECTIONS}_clients`, rps, 'req/s');
    report('practices.list_first_page.p50', percentile(sorted, 50), 'ms');
    report('practices.list_first_page.p99', percentile(sorted, 99), 'ms', { op: '<=', limit: 250 });
    report('practices.list_first_page.store_ops_per_request', Math.max(...storeOps), 'ops', { op: '<=', limit: 2 });
    report('practices.list_first_page.errors', errors, 'responses', { op: '<=', limit: 0 });
    report('practices.list_first_page.empty_pages', emptyPages, 'responses', { op: '<=', limit: 0 });
    report('practices.list_walk.pages', pages, 'pages');
    const wrong = Math.abs(seen.size - expected.enterpriseDiscovery) + (listed - seen.size);
    report('practices.list_walk.missing_or_repeated', wrong, 'practices', {
      op: '<=',
      limit: 0,
    });
    report('practices.list_walk.out_of_order', outOfOrder, 'practices', { op: '<=', limit: 0 });
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
