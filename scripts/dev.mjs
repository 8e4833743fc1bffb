#!/usr/bin/env node
/**
 * `npm run dev`: the API dev host on port 53000 and Vite with hot reload for the tabs on 53001
 * (Vite proxies /api to the dev host, so the page and the API share one origin).
 * Open http://127.0.0.1:53001/. Ctrl+C stops both; when either one exits, the other is stopped too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const API_PORT = '53000';
const TABS_PORT = '53001';
const onWindows = process.platform === 'win32';
const bin = (name) => join(root, 'node_modules', '.bin', onWindows ? `${name}.cmd` : name);

// The dev host runs the compiled API; an incremental build is quick when nothing changed.
const build = spawnSync(bin('tsc'), ['-b'], { cwd: root, stdio: 'inherit', shell: onWindows });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
let stopping = false;

function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}

function start(name, command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  child.on('error', (error) => {
    console.error(`${name} could not start: ${error.message}`);
    stopAll(1);
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stopAll(code ?? 1);
  });
  children.push(child);
}

start('API dev host', process.execPath, [join(root, 'api', 'dist', 'devhost', 'main.js')], {
  cwd: root,
  env: { ...process.env, PORT: API_PORT },
});
start('Vite', bin('vite'), ['--port', TABS_PORT, '--strictPort'], {
  cwd: join(root, 'tabs'),
  shell: onWindows,
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(0));
