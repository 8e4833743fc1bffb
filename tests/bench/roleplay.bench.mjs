/**
 * Role-play timer sync figures (issue: role-play arena):
 * - the state poll with 30 participants polling once a second (304s included): p99 and store
 *   operations per poll (budget: one point read);
 * - delay from a pause or resume pressed on one device to each other participant, polling like the
 *   tab does, showing it (p95 < 1.5 s);
 * - two devices pressing pause with the same etag, repeatedly: exactly one wins each time and every
 *   participant ends on the same timer state (budget: no lost or doubled move);
 * - difference between the countdowns participants display — clocks skewed by +4.2 s and -2.7 s, one
 *   joining mid-round, one reloading — each corrected by the tab's own offset estimate (< 150 ms).
 * Participants run the same timer code as the tabs (api/dist/domain).
 *
 * `node tests/bench/run.mjs roleplay` runs it alone, after `npx tsc -b`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../api/dist/config.js';
import { DEMO_SPACE_ID, DEMO_TENANT, OTHER_TENANT } from '../../api/dist/devhost/demo.js';
import { startDevHost } from '../../api/dist/devhost/server.js';
import { estimateClockOffset, roundClock, starterScenarioId } from '../../api/dist/domain/index.js';
import { jsonClient, percentile, sleep } from './http-client.mjs';

const PARTICIPANTS = 30;
const PACED_MS = 8_000;
const POLL_INTERVAL_MS = 1_000;
const PAUSE_TRIALS = 12;
const WATCHERS = 8;
const DOUBLE_PRESS_TRIALS = 10;

const { call, close } = jsonClient();

/** One participant: polls the role-play state with If-None-Match like the tab, keeping what it last saw. */
function participant(stateUrl, token, clockSkewMs = 0) {
  const self = {
    etag: undefined,
    state: undefined,
    samples: [],
    /** Each time the timer's status changed as this participant saw it: [status, local ms]. */
    changes: [],
    now: () => Date.now() + clockSkewMs,
    async poll(latencies, ops) {
      const sentAt = self.now();
      const started = performance.now();
      const res = await call(stateUrl, {
        headers: { authorization: `Bearer ${token}`, ...(self.etag ? { 'if-none-match': self.etag } : {}) },
      });
      latencies?.push(performance.now() - started);
      ops?.push(Number(res.headers['x-store-ops']));
      const receivedAt = self.now();
      self.samples.push({ sentAt, receivedAt, serverTime: Number(res.headers['x-server-time']) });
      if (self.samples.length > 10) self.samples.shift();
      if (res.status === 200) {
        if (res.json.timer.status !== self.state?.timer.status) self.changes.push([res.json.timer.status, Date.now()]);
        self.state = res.json;
        self.etag = res.headers.etag;
      }
      return res;
    },
    /** The countdown this participant displays right now, from the shared state and its offset estimate. */
    displayed() {
      const offset = estimateClockOffset(self.samples);
      return roundClock(self.state, self.now() + offset).remainingMs;
    },
  };
  return self;
}

/** Polls once a second until `stop()` says so, staggered by `delayMs`. */
function pollLoop(p, delayMs, stop, latencies, ops) {
  return (async () => {
    await sleep(delayMs);
    while (!stop()) {
      const tick = Date.now();
      await p.poll(latencies, ops);
      await sleep(Math.max(0, POLL_INTERVAL_MS - (Date.now() - tick)));
    }
  })();
}

export default async function run(report) {
  const dataDir = mkdtempSync(join(tmpdir(), 'coachboard-bench-roleplay-'));
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
    const users = ['u-megan', 'u-alex', 'u-lynne', 'u-diego', 'u-isaiah'];
    const tokens = {};
    for (const userId of users) {
      tokens[userId] = (await call(`${host.url}/api/dev/token`, { method: 'POST', body: { userId } })).json.token;
    }
    const manager = { authorization: `Bearer ${tokens['u-megan']}` };
    const roleplaysUrl = `${host.url}/api/spaces/${DEMO_SPACE_ID}/roleplays`;
    const created = await call(roleplaysUrl, {
      method: 'POST',
      headers: manager,
      body: {
        scenarioId: starterScenarioId('price-pushback'),
        repId: 'u-alex',
        customerId: 'u-lynne',
        observers: [
          { userId: 'u-diego', criterion: 'priceObjections' },
          { userId: 'u-isaiah', criterion: 'discoveryQuestions' },
        ],
        rounds: 1,
        roundMinutes: 30,
      },
    });
    if (created.status !== 201) throw new Error(`role-play set-up failed: ${created.status}`);
    const stateUrl = `${roleplaysUrl}/${created.json.id}/state`;
    /** A move from the facilitator's device, with the etag it last saw (or a fresh one). */
    const move = async (body, etag) => {
      const current = etag ?? (await call(stateUrl, { headers: manager })).headers.etag;
      return call(stateUrl, { method: 'POST', headers: { ...manager, 'if-match': current }, body });
    };
    if ((await move({ action: 'start' })).status !== 200) throw new Error('start failed');

    // 30 participants polling once a second, staggered like real joiners.
    const people = Array.from({ length: PARTICIPANTS }, (_, i) =>
      participant(stateUrl, tokens[users[i % users.length]]),
    );
    const latencies = [];
    const ops = [];
    const pacedEnd = Date.now() + PACED_MS;
    await Promise.all(
      people.map((p, i) =>
        pollLoop(p, (i * POLL_INTERVAL_MS) / PARTICIPANTS, () => Date.now() >= pacedEnd, latencies, ops),
      ),
    );
    report('roleplay.poll_paced.p99', percentile(latencies, 99), 'ms');
    report('roleplay.poll.store_ops_per_poll_median', percentile(ops, 50), 'ops', { op: '<=', limit: 1 });

    // Pause and resume at random moments; every watcher polling once a second notices.
    const watchers = Array.from({ length: WATCHERS }, (_, i) =>
      participant(stateUrl, tokens[users[(i + 1) % users.length]]),
    );
    await Promise.all(watchers.map((w) => w.poll()));
    let watching = true;
    const loops = watchers.map((w, i) => pollLoop(w, (i * POLL_INTERVAL_MS) / WATCHERS, () => !watching));
    const delays = [];
    for (let i = 0; i < PAUSE_TRIALS; i++) {
      await sleep(300 + Math.random() * 900);
      const action = i % 2 === 0 ? 'pause' : 'resume';
      const expected = action === 'pause' ? 'paused' : 'running';
      const seenBefore = watchers.map((w) => w.changes.length);
      const pressedAt = Date.now();
      const res = await move({ action });
      if (res.status !== 200) throw new Error(`${action} failed: ${res.status}`);
      await Promise.all(
        watchers.map(async (w, k) => {
          while (!w.changes.slice(seenBefore[k]).some(([status]) => status === expected)) await sleep(5);
          const seen = w.changes.slice(seenBefore[k]).find(([status]) => status === expected);
          delays.push(seen[1] - pressedAt);
        }),
      );
    }
    watching = false;
    await Promise.all(loops);
    report('roleplay.pause_seen_delay.p95', percentile(delays, 95), 'ms', { op: '<', limit: 1500 });

    // Two devices press pause (or resume) with the same etag: one wins, the other is told to reload.
    let wrong = 0;
    for (let i = 0; i < DOUBLE_PRESS_TRIALS; i++) {
      const seen = await call(stateUrl, { headers: manager });
      const action = seen.json.timer.status === 'running' ? 'pause' : 'resume';
      const presses = await Promise.all([move({ action }, seen.headers.etag), move({ action }, seen.headers.etag)]);
      const statuses = presses.map((r) => r.status).sort();
      if (statuses[0] !== 200 || statuses[1] !== 412) wrong++;
      const views = await Promise.all(
        users.map((u) => call(stateUrl, { headers: { authorization: `Bearer ${tokens[u]}` } })),
      );
      if (new Set(views.map((v) => JSON.stringify([v.headers.etag, v.json.timer]))).size !== 1) wrong++;
    }
    report('roleplay.double_press.inconsistent', wrong, 'trials', { op: '<=', limit: 0 });

    // Countdown agreement: skewed clocks, a late joiner and a reload, all while the round runs.
    const current = await call(stateUrl, { headers: manager });
    if (current.json.timer.status !== 'running') await move({ action: 'resume' }, current.headers.etag);
    const ahead = participant(stateUrl, tokens['u-lynne'], 4_200);
    const behind = participant(stateUrl, tokens['u-diego'], -2_700);
    for (let i = 0; i < 5; i++) {
      await ahead.poll();
      await behind.poll();
      await sleep(100);
    }
    const lateJoiner = participant(stateUrl, tokens['u-isaiah'], 900);
    for (let i = 0; i < 3; i++) await lateJoiner.poll();
    // A reload starts from nothing: one poll, one offset sample.
    const reloaded = participant(stateUrl, tokens['u-alex'], -1_300);
    await reloaded.poll();
    const differences = [];
    for (let i = 0; i < 20; i++) {
      const shown = [ahead, behind, lateJoiner, reloaded].map((p) => p.displayed());
      differences.push(Math.max(...shown) - Math.min(...shown));
      await sleep(50);
    }
    report('roleplay.countdown_difference.max', Math.max(...differences), 'ms', { op: '<', limit: 150 });
  } finally {
    close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
