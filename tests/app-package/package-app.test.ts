import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The part of scripts/package-app.mjs these tests drive. */
interface PackageApp {
  buildAppPackage(options: {
    env?: string;
    vars?: Record<string, string>;
    rootDir?: string;
    outDir?: string;
  }): Promise<{ zipPath: string; size: number; manifest: { id: string } }>;
  parseEnv(text: string): Record<string, string>;
}

const loadScript = async (): Promise<PackageApp> =>
  (await import(pathToFileURL(join(root, 'scripts', 'package-app.mjs')).href)) as PackageApp;

const VARS = {
  TEAMS_APP_ID: '2f1d7a3c-5b6e-4c8d-9e0f-1a2b3c4d5e6f',
  AAD_APP_CLIENT_ID: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  TAB_DOMAIN: 'gentle-river-0a1b2c3d4.5.azurestaticapps.net',
  APP_NAME_SUFFIX: '-dev',
};

interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Reads a zip the way a consumer does: end record, then the central directory, then each local entry. */
function readZip(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  expect(at + zip.readUInt32LE(end + 12)).toBe(end);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    expect(zip.toString('utf8', local + 30, local + 30 + zip.readUInt16LE(local + 26))).toBe(name);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(start, start + compressedSize);
    expect([0, 8]).toContain(method);
    const data = method === 8 ? inflateRawSync(stored) : Buffer.from(stored);
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    entries.push({ name, data });
  }
  return entries;
}

describe('scripts/package-app.mjs', () => {
  let script: PackageApp;
  let outDir: string;

  beforeAll(async () => {
    script = await loadScript();
    outDir = await mkdtemp(join(tmpdir(), 'coachboard-package-'));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('zips the filled manifest and both icons into appPackage.<env>.zip', async () => {
    const result = await script.buildAppPackage({ env: 'dev', vars: VARS, outDir });
    expect(result.zipPath).toBe(join(outDir, 'appPackage.dev.zip'));
    const zip = await readFile(result.zipPath);
    expect(result.size).toBe(zip.length);

    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png']);
    const manifestText = entries[0]?.data.toString('utf8') ?? '';
    expect(manifestText).not.toContain('${{');
    expect((JSON.parse(manifestText) as { id: string }).id).toBe(VARS.TEAMS_APP_ID);
    expect(entries[1]?.data.equals(await readFile(join(root, 'appPackage', 'color.png')))).toBe(true);
    expect(entries[2]?.data.equals(await readFile(join(root, 'appPackage', 'outline.png')))).toBe(true);
    expect(await readFile(join(outDir, 'manifest.dev.json'), 'utf8')).toBe(manifestText);
  });

  it('writes the same bytes for the same inputs', async () => {
    const first = await readFile((await script.buildAppPackage({ env: 'a', vars: VARS, outDir })).zipPath);
    const second = await readFile((await script.buildAppPackage({ env: 'a', vars: VARS, outDir })).zipPath);
    expect(first.equals(second)).toBe(true);
  });

  it('names the variables that have no value instead of writing a broken package', async () => {
    const { TAB_DOMAIN: _, ...withoutDomain } = VARS;
    await expect(script.buildAppPackage({ env: 'dev', vars: withoutDomain, outDir })).rejects.toThrow(/TAB_DOMAIN/);
  });

  it('refuses a manifest the schema rejects', async () => {
    await expect(
      script.buildAppPackage({ env: 'dev', vars: { ...VARS, TEAMS_APP_ID: 'not-a-guid' }, outDir }),
    ).rejects.toThrow(/\/id /);
  });

  it('reads the committed env files', async () => {
    const dev = script.parseEnv(await readFile(join(root, 'env', '.env.dev'), 'utf8'));
    const local = script.parseEnv(await readFile(join(root, 'env', '.env.local'), 'utf8'));
    expect(dev).toMatchObject({ TEAMSFX_ENV: 'dev', APP_NAME_SUFFIX: '-dev', AZURE_SUBSCRIPTION_ID: '' });
    expect(local).toMatchObject({ TEAMSFX_ENV: 'local', TAB_DOMAIN: 'localhost:53000' });
    expect(script.parseEnv('A="x # y"\nB=z # note\n# C=1\n')).toEqual({ A: 'x # y', B: 'z' });
  });
});
