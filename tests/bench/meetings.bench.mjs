/**
 * Sales-meeting sync figures (issue: sales meetings worth the time):
 * - the state poll with 50 participants polling once a second (304s included): throughput and p99;
 * - the poll's throughput when participants poll back to back (what one instance can carry);
 * - store operations per poll (budget: one point read), median and mean;
 * - delay from "advance" to a second participant, polling like the tab does, seeing it (p95 < 1.5 s);
 * - difference between two participants' countdowns, each with a skewed local clock corrected by the
 *   tab's own offset estimate (budget < 150 ms).
 * Participants run the same timer code as the tabs (api/dist/domain).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../api/dist/config.js';
import { DEMO_SPACE_ID, DEMO_TENANT, OTHER_TENANT } from '../../api/dist/devhost/demo.js';
import { startDevHost } from '../../api/dist/devhost/server.js';
import { estimateClockOffset, remainingMs } from '../../api/dist/domain/index.js';
import { jsonClient, percentile, sleep } from './http-client.mjs';

const PARTICIPANTS = 50;
const PACED_MS = 10_000;
const SATURATED_MS = 4_000;
const POLL_INTERVAL_MS = 1_000;
const ADVANCE_TRIALS = 12;

const { call, close } = jsonClient();

/** One participant: polls with If-None-Match like the tab, keeping the last state it saw. */
function participant(stateUrl, token, clockSkewMs = 0) {
  const self = {
    etag: undefined,
    state: undefined,
    samples: [],
    now: () => Date.now() + clockSkewMs,
    async poll(latencies) {
      const sentAt = self.now();
      const started = performance.now();
      const res = await call(stateUrl, {
        headers: { authorization: `Bearer ${token}`, ...(self.etag ? { 'if-none-match': self.etag } : {}) },
      });
      latencies?.push(performance.now() - started);
      const receivedAt = self.now();
      self.samples.push({ sentAt, receivedAt, serverTime: Number(res.headers['x-server-time']) });
      if (self.samples.length > 10) self.samples.shift();
      if (res.status === 200) {
        self.state = res.json;
        self.etag = res.headers.etag;
      }
      return res;
    },
    /** The countdown this participant would display right now, in server time. */
    remaining() {
      const offset = estimateClockOffset(self.samples);
      return remainingMs(self.state.timer, self.now() + offset);
    },
  };
  return self;
}

export default async function run(report) {
  const dataDir = mkdtempSync(join(tmpdir(), 'coachboard-bench-meetings-'));
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
    const meetingsUrl = `${host.url}/api/spaces/${DEMO_SPACE_ID}/meetings`;
    const created = await call(meetingsUrl, {
      method: 'POST',
      headers: manager,
      body: { title: 'Bench meeting', scheduledStart: new Date().toISOString(), lengthMinutes: 60 },
    });
    const meetingId = created.json.meeting.id;
    for (let i = 0; i < ADVANCE_TRIALS + 2; i++) {
      await call(`${meetingsUrl}/${meetingId}/items`, {
        method: 'POST',
        headers: manager,
        body: { title: `Account strategy ${i + 1}`, kind: 'accountStrategy', ownerId: 'u-megan', timeboxMinutes: 5 },
      });
    }
    const stateUrl = `${meetingsUrl}/${meetingId}/state`;
    const advance = async (action) => {
      const current = await call(stateUrl, { headers: manager });
      const res = await call(stateUrl, {
        method: 'POST',
        headers: { ...manager, 'if-match': current.headers.etag },
        body: { action },
      });
      if (res.status !== 200) throw new Error(`${action} failed: ${res.status}`);
      return res;
    };
    await advance('start');

    // 50 participants, each polling once a second, staggered like real joiners.
    const people = Array.from({ length: PARTICIPANTS }, (_, i) =>
      participant(stateUrl, tokens[users[i % users.length]]),
    );
    const paced = [];
    let pacedCount = 0;
    let notModified = 0;
    const opsPerPoll = [];
    const pacedEnd = Date.now() + PACED_MS;
    await Promise.all(
      people.map(async (p, i) => {
        await sleep((i * POLL_INTERVAL_MS) / PARTICIPANTS);
        while (Date.now() < pacedEnd) {
          const tick = Date.now();
          const res = await p.poll(paced);
          pacedCount++;
          opsPerPoll.push(Number(res.headers['x-store-ops']));
          if (res.status === 304) notModified++;
          await sleep(Math.max(0, POLL_INTERVAL_MS - (Date.now() - tick)));
        }
      }),
    );
    report('meetings.poll_paced.rps', pacedCount / (PACED_MS / 1000), 'req/s');
    report('meetings.poll_paced.p99', percentile(paced, 99), 'ms');
    report('meetings.poll_paced.not_modified_share', notModified / pacedCount, 'ratio');
    // A poll is one point read of the meeting state; membership comes from a 5 s per-instance cache,
    // whose refresh adds one read per space every 5 s (shown by the mean).
    report('meetings.poll.store_ops_per_poll_median', percentile(opsPerPoll, 50), 'ops', { op: '<=', limit: 1 });
    report('meetings.poll.store_ops_per_poll_mean', opsPerPoll.reduce((a, b) => a + b, 0) / opsPerPoll.length, 'ops');

    // Back to back: how many polls one instance answers.
    const saturated = [];
    const satEnd = Date.now() + SATURATED_MS;
    await Promise.all(
      people.map(async (p) => {
        while (Date.now() < satEnd) await p.poll(saturated);
      }),
    );
    report('meetings.poll_saturated.rps', saturated.length / (SATURATED_MS / 1000), 'req/s');
    report('meetings.poll_saturated.p99', percentile(saturated, 99), 'ms');

    // Advance at a random moment; a second participant polling once a second notices it.
    const watcher = participant(stateUrl, tokens['u-alex']);
    await watcher.poll();
    let watching = true;
    const seen = [];
    const loop = (async () => {
      while (watching) {
        const tick = Date.now();
        const before = watcher.state?.current?.itemId;
        await watcher.poll();
        if (watcher.state?.current?.itemId !== before) seen.push(Date.now());
        await sleep(Math.max(0, POLL_INTERVAL_MS - (Date.now() - tick)));
      }
    })();
    const delays = [];
    for (let i = 0; i < ADVANCE_TRIALS; i++) {
      await sleep(300 + Math.random() * 900);
      const count = seen.length;
      const advancedAt = Date.now();
      await advance('next');
      while (seen.length === count) await sleep(5);
      delays.push((seen.at(-1) ?? advancedAt) - advancedAt);
    }
    watching = false;
    await loop;
    report('meetings.advance_seen_delay.p95', percentile(delays, 95), 'ms', { op: '<', limit: 1500 });

    // Two participants whose local clocks are 4.2 s ahead and 2.7 s behind the server.
    const ahead = participant(stateUrl, tokens['u-lynne'], 4_200);
    const behind = participant(stateUrl, tokens['u-diego'], -2_700);
    for (let i = 0; i < 5; i++) {
      await ahead.poll();
      await behind.poll();
    }
    const differences = [];
    for (let i = 0; i < 20; i++) {
      differences.push(Math.abs(ahead.remaining() - behind.remaining()));
      await sleep(50);
    }
    report('meetings.countdown_difference.max', Math.max(...differences), 'ms', { op: '<', limit: 150 });
  } finally {
    close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
