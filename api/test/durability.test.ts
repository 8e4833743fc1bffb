import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import type { MemberListResponse, SpaceListResponse, SpaceResponse } from '../src/domain/index.js';
import { buildInviteBody, buildSpaceBody } from './factories.js';
import { api, testEnv } from './helpers.js';

const apiDir = resolve(fileURLToPath(import.meta.url), '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'coachboard-durability-'));
const children: ChildProcess[] = [];
/** tsx compiles the API on each start; on a busy two-core machine that has taken over 20 s. */
const START_TIMEOUT_MS = 60_000;

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `main.ts` as `npm start` would, in a process of its own, and waits for the line that gives its URL. */
async function spawnHost(): Promise<{ url: string; child: ChildProcess }> {
  // No demo data: start-up stays quick, and every document in the store is one this test wrote.
  const env: NodeJS.ProcessEnv = { ...process.env, ...testEnv(dataDir, { SEED_DEMO: 'false' }) };
  delete env.WEBSITE_INSTANCE_ID;
  delete env.FUNCTIONS_WORKER_RUNTIME;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/devhost/main.ts'], {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const url = await new Promise<string>((ok, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`dev host did not start:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /Coachboard is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        ok(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`dev host exited with ${code}:\n${output}`));
    });
  });
  return { url, child };
}

async function kill9(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill('SIGKILL');
  await exited;
}

async function tokenAt(url: string, userId: string): Promise<string> {
  const res = await api(url, 'POST', '/api/dev/token', { body: { userId } });
  return (res.json as { token: string }).token;
}

test(
  'every acknowledged write survives kill -9 and a restart on the same DATA_DIR',
  async () => {
    const first = await spawnHost();
    const megan = await tokenAt(first.url, 'u-megan');
    const alex = await tokenAt(first.url, 'u-alex');

    const created: SpaceResponse[] = [];
    const invited = new Map<string, string[]>();
    for (let i = 0; i < 5; i++) {
      const res = await api(first.url, 'POST', '/api/spaces', { token: megan, body: buildSpaceBody() });
      expect(res.status).toBe(201);
      created.push(res.json as SpaceResponse);
    }
    // Some writes in flight together, as real clients send them.
    await Promise.all(
      created.map(async (space) => {
        const people = [
          buildInviteBody(),
          buildInviteBody(),
          buildInviteBody({ userId: 'u-alex', name: 'Alex Wilber' }),
        ];
        for (const person of people) {
          const res = await api(first.url, 'POST', `/api/spaces/${space.id}/members`, { token: megan, body: person });
          expect(res.status).toBe(201);
        }
        invited.set(
          space.id,
          people.map((p) => p.userId),
        );
      }),
    );
    const [renamedSpace, leftSpace] = created;
    if (!renamedSpace || !leftSpace) throw new Error('spaces were not created');
    const current = await api(first.url, 'GET', `/api/spaces/${renamedSpace.id}`, { token: megan });
    const renamed = await api(first.url, 'PATCH', `/api/spaces/${renamedSpace.id}`, {
      token: megan,
      body: { name: 'Renamed before the crash' },
      headers: { 'if-match': String(current.headers.etag) },
    });
    expect(renamed.status).toBe(200);
    const left = await api(first.url, 'DELETE', `/api/spaces/${leftSpace.id}/members/u-alex`, { token: alex });
    expect(left.status).toBe(204);

    await kill9(first.child);
    const second = await spawnHost();

    // Tokens issued before the crash still verify: the signing key is kept under DATA_DIR as well.
    const list = await api(second.url, 'GET', '/api/spaces', { token: megan });
    expect(list.status).toBe(200);
    const spaces = (list.json as SpaceListResponse).items;
    expect(spaces.map((s) => s.id).sort()).toEqual(created.map((s) => s.id).sort());
    expect(spaces.find((s) => s.id === renamedSpace.id)?.name).toBe('Renamed before the crash');

    for (const space of created) {
      const res = await api(second.url, 'GET', `/api/spaces/${space.id}/members`, { token: megan });
      const ids = (res.json as MemberListResponse).items.map((m) => m.userId).sort();
      const expected = ['u-megan', ...(invited.get(space.id) ?? [])].filter(
        (id) => space !== leftSpace || id !== 'u-alex',
      );
      expect(ids).toEqual(expected.sort());
    }
    const alexList = await api(second.url, 'GET', '/api/spaces', { token: alex });
    const alexSpaces = (alexList.json as SpaceListResponse).items.map((s) => s.id);
    expect(alexSpaces.sort()).toEqual(
      created
        .filter((s) => s !== leftSpace)
        .map((s) => s.id)
        .sort(),
    );

    await kill9(second.child);
  },
  3 * START_TIMEOUT_MS,
);
