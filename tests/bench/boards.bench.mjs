/**
 * Account-strategy boards: opening a board with 40 cards, the space-level alignment list over 200
 * boards, the stage's version poll, and 50 concurrent card edits from 10 clients. Reports latency
 * (p50/p99 over two seconds after a warm-up: 4 concurrent keep-alive clients for the board and its poll,
 * as in a meeting; one for the space-level list, which a manager opens) and store operations
 * per request from the dev host's `x-store-ops` header; authorization (one read of the space) counts
 * as one operation. The dev host runs in a worker thread (this same file), the clients in this one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** About a meeting's worth of people looking at the same board. */
const CLIENTS = 4;
const WARMUP_MS = 500;
const LOAD_MS = 2_000;
const LIST_BOARDS = 200;
/**
 * p99 budgets with room for a busy two-core CI machine (where even GET /api/spaces/{id} reaches a p99
 * of 100 ms under load); the store-operation budgets are the ones that hold the design.
 */
const LATENCY_BUDGET_MS = { open: 200, poll: 100, list: 300 };

if (!isMainThread && workerData?.role === 'boards-bench-host') {
  const { loadConfig } = await import('../../api/dist/config.js');
  const { DEMO_TENANT, OTHER_TENANT } = await import('../../api/dist/devhost/demo.js');
  const { startDevHost } = await import('../../api/dist/devhost/server.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'coachboard-boards-bench-'));
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
  parentPort.once('message', async () => {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
    parentPort.postMessage('closed');
  });
  parentPort.postMessage({ url: host.url });
}

function send(agent, base, method, path, { token, body, headers = {} } = {}) {
  const all = { ...headers };
  if (token) all.authorization = `Bearer ${token}`;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  if (payload !== undefined) all['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method, agent, headers: all }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, headers: res.headers, json: text ? JSON.parse(text) : undefined });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `fn` (one request) from `clients` concurrent clients for `ms`; latencies, store ops and errors. */
async function load(fn, ms, clients = CLIENTS) {
  const latencies = [];
  const ops = [];
  let errors = 0;
  const deadline = performance.now() + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const res = await fn();
        latencies.push(performance.now() - sent);
        if (res.status >= 400) errors++;
        ops.push(Number(res.headers['x-store-ops']));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), maxOps: Math.max(...ops), errors };
}

async function expectOk(promise, status = 200) {
  const res = await promise;
  if (res.status !== status) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

/** 40 cards across every section, as a well-worked enterprise account would have. */
function fortyCards() {
  const cards = [];
  const roles = ['economicBuyer', 'champion', 'user', 'technicalEvaluator', 'blocker'];
  for (let i = 0; i < 10; i++) {
    cards.push({
      kind: 'stakeholder',
      name: `Stakeholder ${i}`,
      role: roles[i % 5],
      influence: 'medium',
      lastContact: '2026-11-01',
    });
  }
  for (let i = 0; i < 5; i++) cards.push({ kind: 'goal', goal: `Goal ${i}`, successMeasure: 'Measured monthly' });
  for (let i = 0; i < 5; i++) cards.push({ kind: 'hypothesis', statement: `Hypothesis ${i}` });
  for (let i = 0; i < 6; i++) cards.push({ kind: 'risk', risk: `Risk ${i}`, mitigation: 'Plan B' });
  for (let i = 0; i < 4; i++) cards.push({ kind: 'competitor', name: `Competitor ${i}` });
  for (let i = 0; i < 6; i++) cards.push({ kind: 'action', action: `Action ${i}`, dueDate: '2026-12-15' });
  const criteria = ['problem-confirmed', 'change-agreed', 'decision-criteria-shared', 'value-validated'];
  for (const criterionId of criteria)
    cards.push({ kind: 'evidence', criterionId, note: 'Buyer did it', date: '2026-11-01' });
  return cards;
}

/** Runs `tasks` (functions returning promises) with at most `width` in flight. */
async function pool(tasks, width) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

export default async function run(report) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'boards-bench-host' } });
  const { url } = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  try {
    const call = (method, path, options) => send(agent, url, method, path, options);
    const { DEMO_SPACE_ID } = await import('../../api/dist/devhost/demo.js');
    const token = (await expectOk(call('POST', '/api/dev/token', { body: { userId: 'u-megan' } }), 201)).token;
    const lynne = (await expectOk(call('POST', '/api/dev/token', { body: { userId: 'u-lynne' } }), 201)).token;

    // A board with 40 cards in the demo space.
    const demo = `/api/spaces/${DEMO_SPACE_ID}/boards`;
    const board = await expectOk(
      call('POST', demo, {
        token,
        body: { name: 'Northwind bench account', ownerId: 'u-lynne', salesStage: 'propose', buyerStage: 'propose' },
      }),
      201,
    );
    for (const card of fortyCards())
      await expectOk(call('POST', `${demo}/${board.id}/cards`, { token, body: card }), 201);
    const opened = await expectOk(call('GET', `${demo}/${board.id}`, { token }));
    const cardCount = Object.values(opened.sections).reduce((n, list) => n + list.length, 0);
    if (cardCount !== 40) throw new Error(`expected 40 cards, found ${cardCount}`);

    await load(() => call('GET', `${demo}/${board.id}`, { token }), WARMUP_MS);
    const open = await load(() => call('GET', `${demo}/${board.id}`, { token }), LOAD_MS);
    report('boards.open_40_cards.store_ops', open.maxOps, 'ops', { op: '<=', limit: 2 });
    report('boards.open_40_cards.p50', open.p50, 'ms');
    report('boards.open_40_cards.p99', open.p99, 'ms', { op: '<=', limit: LATENCY_BUDGET_MS.open });
    report('boards.open_40_cards.errors', open.errors, 'responses', { op: '<=', limit: 0 });

    // The stage's poll of that board while nothing changes.
    const version = await call('GET', `${demo}/${board.id}/version`, { token });
    const pollHeaders = { 'if-none-match': version.headers.etag };
    const poll = await load(() => call('GET', `${demo}/${board.id}/version`, { token, headers: pollHeaders }), LOAD_MS);
    report('boards.version_poll_304.store_ops', poll.maxOps, 'ops', { op: '<=', limit: 1 });
    report('boards.version_poll_304.p99', poll.p99, 'ms', { op: '<=', limit: LATENCY_BUDGET_MS.poll });

    // 200 boards in a space of their own, each with a stakeholder and a piece of evidence.
    const space = await expectOk(call('POST', '/api/spaces', { token, body: { name: 'Bench accounts' } }), 201);
    const many = `/api/spaces/${space.id}/boards`;
    const stages = ['qualify', 'discover', 'propose', 'negotiate'];
    await pool(
      Array.from({ length: LIST_BOARDS }, (_, i) => async () => {
        const b = await expectOk(
          call('POST', many, {
            token,
            body: {
              name: `Account ${i}`,
              salesStage: stages[i % 4],
              buyerStage: stages[(i + (i % 3)) % 4],
              value: 1000 * i,
            },
          }),
          201,
        );
        await expectOk(
          call('POST', `${many}/${b.id}/cards`, {
            token,
            body: { kind: 'stakeholder', name: 'Buyer', role: 'economicBuyer', lastContact: '2026-11-01' },
          }),
          201,
        );
        await expectOk(
          call('POST', `${many}/${b.id}/cards`, {
            token,
            body: { kind: 'evidence', criterionId: 'problem-confirmed', note: 'Confirmed', date: '2026-11-01' },
          }),
          201,
        );
      }),
      8,
    );
    const listed = await expectOk(call('GET', many, { token }));
    if (listed.items.length !== LIST_BOARDS)
      throw new Error(`expected ${LIST_BOARDS} boards, found ${listed.items.length}`);
    // A manager picking accounts to discuss: one client at a time, not a crowd.
    await load(() => call('GET', many, { token }), WARMUP_MS, 1);
    const list = await load(() => call('GET', many, { token }), LOAD_MS, 1);
    report('boards.space_list_200.store_ops', list.maxOps, 'ops', { op: '<=', limit: 3 });
    report('boards.space_list_200.p50', list.p50, 'ms');
    report('boards.space_list_200.p99', list.p99, 'ms', { op: '<=', limit: LATENCY_BUDGET_MS.list });
    report('boards.space_list_200.misaligned', listed.items.filter((b) => !b.aligned).length, 'boards');

    // 50 concurrent edits of 50 cards from 10 clients (Lynne owns the board, Megan manages her).
    const targets = Object.values(opened.sections).flat();
    const extra = [];
    for (let i = 0; i < 10; i++) {
      const write = await expectOk(
        call('POST', `${demo}/${board.id}/cards`, { token, body: { kind: 'action', action: `Extra ${i}` } }),
        201,
      );
      extra.push(write.card);
    }
    const edited = [...targets, ...extra];
    const started = performance.now();
    const answers = await Promise.all(
      edited.map((card, i) =>
        call('PATCH', `${demo}/${board.id}/cards/${card.id}`, {
          token: i % 2 === 0 ? token : lynne,
          body:
            card.kind === 'evidence'
              ? { kind: 'evidence', note: `edit ${i}` }
              : { kind: card.kind, notes: `edit ${i}` },
          headers: { 'if-match': card.etag },
        }),
      ),
    );
    report('boards.concurrent_edits_50.elapsed', performance.now() - started, 'ms');
    report(
      'boards.concurrent_edits_50.max_store_ops',
      Math.max(...answers.map((a) => Number(a.headers['x-store-ops']))),
      'ops',
    );
    const final = await expectOk(call('GET', `${demo}/${board.id}`, { token }));
    const byId = new Map(
      Object.values(final.sections)
        .flat()
        .map((c) => [c.id, c]),
    );
    const lost = answers.filter((a, i) => {
      if (a.status !== 200) return false;
      const content = byId.get(edited[i].id)?.content ?? {};
      return (content.notes ?? content.note) !== `edit ${i}`;
    }).length;
    report('boards.concurrent_edits_50.acknowledged', answers.filter((a) => a.status === 200).length, 'edits', {
      op: '>=',
      limit: 50,
    });
    report('boards.concurrent_edits_50.lost', lost, 'edits', { op: '<=', limit: 0 });
  } finally {
    agent.destroy();
    const closed = new Promise((resolve) => worker.once('message', resolve));
    worker.postMessage('close');
    await closed;
    await worker.terminate();
  }
}
