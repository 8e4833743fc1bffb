import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { testEnv } from '../../test/helpers.js';
import { loadConfig } from '../config.js';
import { startDevHost } from '../devhost/server.js';
import { createServices } from '../services.js';
import { assertDevIdentityAllowed } from './devIdentity.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coachboard-devid-'));
  dirs.push(dir);
  return dir;
}

describe('local sign-in (AUTH_MODE=dev)', () => {
  test.for(['127.0.0.1', 'localhost', '::1'])('is allowed on loopback host %s', (host) => {
    expect(() => assertDevIdentityAllowed(host, false)).not.toThrow();
  });

  test.for(['0.0.0.0', '::', '192.168.1.20', 'coachboard.example.com'])('is refused on host %s', (host) => {
    expect(() => assertDevIdentityAllowed(host, false)).toThrow(/loopback/);
  });

  test('is refused in Azure even on loopback', () => {
    expect(() => assertDevIdentityAllowed('127.0.0.1', true)).toThrow(/Azure/);
  });

  test('the dev host will not start on a non-loopback HOST', async () => {
    const config = loadConfig(testEnv(tempDir(), { HOST: '0.0.0.0' }));
    await expect(startDevHost(config, { quiet: true })).rejects.toThrow(/loopback/);
  });

  test('services refuse it when WEBSITE_INSTANCE_ID is set', async () => {
    const config = loadConfig(testEnv(tempDir(), { WEBSITE_INSTANCE_ID: 'a1b2c3' }));
    await expect(createServices(config)).rejects.toThrow(/Azure/);
  });
});
