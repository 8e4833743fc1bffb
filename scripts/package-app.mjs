// Builds the Teams app package without the toolkit: `npm run package` (environment "local") or
// `npm run package -- --env dev`. Reads env/.env.<env> and env/.env.<env>.user, fills the ${{VAR}}
// placeholders of appPackage/manifest.json, validates the manifest offline against its bundled schema
// and checks the icons, then writes appPackage/build/appPackage.<env>.zip (manifest.json, color.png,
// outline.png) and appPackage/build/manifest.<env>.json, as teamsApp/zipAppPackage does.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The icons the manifest names and the size Teams requires of each. */
export const ICON_SIZES = { color: 192, outline: 32 };

/** Parses a dotenv file: KEY=VALUE lines, `#` comments, optional single or double quotes. */
export function parseEnv(text) {
  const vars = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, key, raw] = match;
    const quoted = /^(['"])(.*)\1$/.exec(raw);
    vars[key] = quoted ? quoted[2] : raw.replace(/\s+#.*$/, '');
  }
  return vars;
}

/**
 * Variables of one environment: env/.env.<env>, then env/.env.<env>.user (secrets) when present; a
 * variable empty in both is taken from the process environment (as CI pipelines set them).
 */
export async function loadEnv(env, rootDir = repoRoot) {
  const base = join(rootDir, 'env', `.env.${env}`);
  const vars = { TEAMSFX_ENV: env, ...parseEnv(await readFile(base, 'utf8')) };
  Object.assign(vars, parseEnv(await readFile(`${base}.user`, 'utf8').catch(() => '')));
  for (const [name, value] of Object.entries(process.env)) {
    if (value && !vars[name]) vars[name] = value;
  }
  return vars;
}

/** Replaces every ${{NAME}}; throws naming each variable that is missing or empty. */
export function fillPlaceholders(text, vars) {
  const missing = new Set();
  const filled = text.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name) => {
    const value = vars[name];
    if (value === undefined || value === '') missing.add(name);
    return value ?? '';
  });
  if (missing.size > 0) {
    throw new Error(
      `No value for ${[...missing].join(', ')}. Run the toolkit's provision for this environment, ` +
        'which writes them to env/.env.<env>, or set them there.',
    );
  }
  return filled;
}

/** Width and height from a PNG's IHDR chunk; throws when `bytes` is not a PNG. */
export function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Schema errors of a filled manifest, from the schema bundled in @microsoft/app-manifest (no network). */
export async function validateManifest(manifest) {
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  return AppManifestUtils.validateAgainstSchema(manifest);
}

// A fixed timestamp (2026-01-01 00:00) keeps the same inputs producing the same bytes.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** A zip archive (deflate, no directories, no extra fields) of `files`: [{name, data}]. */
export function createZip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const fileName = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42); // extra, comment, disk, attributes: 0
    locals.push(local, fileName, compressed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Fills, validates and zips the app package of `env`. `vars` replaces the env files (tests pass their
 * own values); `outDir` defaults to appPackage/build. Returns the zip's path, size and the manifest.
 */
export async function buildAppPackage({ env = 'local', vars, rootDir = repoRoot, outDir } = {}) {
  const appPackage = join(rootDir, 'appPackage');
  const values = vars ?? (await loadEnv(env, rootDir));
  const text = fillPlaceholders(await readFile(join(appPackage, 'manifest.json'), 'utf8'), values);
  const manifest = JSON.parse(text);

  const problems = [...(await validateManifest(manifest))];
  const icons = {};
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const file = manifest.icons?.[kind];
    if (typeof file !== 'string') continue;
    icons[file] = await readFile(join(appPackage, file));
    const { width, height } = pngSize(icons[file]);
    if (width !== size || height !== size) problems.push(`${file}: ${width}x${height}, Teams requires ${size}x${size}`);
  }
  if (problems.length > 0) throw new Error(`appPackage/manifest.json is not valid:\n  ${problems.join('\n  ')}`);

  const target = outDir ?? join(appPackage, 'build');
  await mkdir(target, { recursive: true });
  const zip = createZip([
    { name: 'manifest.json', data: Buffer.from(text, 'utf8') },
    ...Object.entries(icons).map(([name, data]) => ({ name, data })),
  ]);
  const zipPath = join(target, `appPackage.${env}.zip`);
  await writeFile(zipPath, zip);
  await writeFile(join(target, `manifest.${env}.json`), text);
  return { zipPath, size: zip.length, manifest };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const envIndex = process.argv.indexOf('--env');
  const env = envIndex > 0 ? process.argv[envIndex + 1] : 'local';
  try {
    if (!env || !/^[\w-]+$/.test(env)) throw new Error('Usage: node scripts/package-app.mjs [--env <name>]');
    const { zipPath, size } = await buildAppPackage({ env });
    console.log(`Wrote ${zipPath} (${size} bytes)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
