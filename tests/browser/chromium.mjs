/**
 * Where the browser tests (tests/e2e) and the tabs benchmark (tests/bench) get their Chromium:
 * COACHBOARD_CHROMIUM when set, else Debian's /usr/bin/chromium, else the Chromium that ships inside
 * the `@sparticuz/chromium` dev dependency (so a machine without root or apt still runs them).
 * Plain JavaScript, so the pretest step (ensure.mjs) and the benchmark run it without a build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

/** Debian's chromium, as `.ci/install-browser.sh` installs it. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that let Chromium run headless here without reaching out to the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Only the dev host exists for the tests; anything else (teams-js' CDN origin list) fails at once.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/**
 * The packaged build is a headless shell made for serverless hosts: it renders with SwiftShader and
 * runs as root only without the zygote. Its other flags (single process, no web security) are left out.
 */
const PACKAGED_ARGS = ['--no-zygote', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium for the browser tests. Run `npm run pretest` (it installs Debian’s chromium as root, or ' +
  'uses the one inside the @sparticuz/chromium dev dependency), or set COACHBOARD_CHROMIUM to a Chromium binary.';

/**
 * @typedef {object} ChromiumLaunch
 * @property {string} executablePath
 * @property {string[]} args
 * @property {Record<string, string | undefined>} [env] the environment the browser needs, when not the process's
 * @property {'env' | 'system' | 'packaged'} source
 */

/**
 * Finds a Chromium to launch: COACHBOARD_CHROMIUM, Debian's /usr/bin/chromium, or the packaged one.
 * @returns {Promise<ChromiumLaunch>}
 */
export async function findChromium() {
  const fromEnv = process.env.COACHBOARD_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`COACHBOARD_CHROMIUM is set to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, args: CHROMIUM_ARGS, source: 'env' };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS, source: 'system' };
  const packaged = await packagedChromium();
  if (packaged) return packaged;
  throw new Error(NO_CHROMIUM_MESSAGE);
}

/**
 * The Chromium inside `@sparticuz/chromium`, unpacked into the temp folder on first use, with the
 * NSS libraries it links against (a bare machine lacks them). `null` when the package is not installed.
 * @returns {Promise<ChromiumLaunch | null>}
 */
export async function packagedChromium() {
  /** @type {{ default: { executablePath(): Promise<string> } }} */
  let mod;
  try {
    mod = await import('@sparticuz/chromium');
  } catch {
    return null;
  }
  const executablePath = await mod.default.executablePath();
  const binDir = join(dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))), '..', '..', 'bin');
  const libDir = join(tmpdir(), 'al2023', 'lib');
  if (!existsSync(join(libDir, 'libnss3.so')))
    await untarBrotli(join(binDir, 'al2023.tar.br'), join(tmpdir(), 'al2023'));
  /** @type {Record<string, string | undefined>} */
  const env = { ...process.env, LD_LIBRARY_PATH: [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };
  // The package's fonts (unpacked beside the binary) serve a machine without a fontconfig of its own.
  if (!existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_PATH = join(tmpdir(), 'fonts');
  return { executablePath, args: [...CHROMIUM_ARGS, ...PACKAGED_ARGS], env, source: 'packaged' };
}

/**
 * Unpacks a brotli-compressed tar (a few MB) into a folder with the system's tar.
 * @param {string} archive
 * @param {string} into
 */
async function untarBrotli(archive, into) {
  await mkdir(into, { recursive: true });
  const tarball = brotliDecompressSync(await readFile(archive));
  const tar = spawnSync('tar', ['-x', '-C', into], { input: tarball, stdio: ['pipe', 'ignore', 'inherit'] });
  if (tar.status !== 0) throw new Error(`Unpacking ${archive} failed (tar exited with ${tar.status}).`);
}

/**
 * The first line of `chromium --version`, or null when it does not start.
 * @param {ChromiumLaunch} browser
 * @returns {Promise<string | null>}
 */
export async function chromiumVersion(browser) {
  return new Promise((resolve) => {
    const child = spawn(browser.executablePath, ['--version'], {
      env: browser.env ?? process.env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += String(chunk)));
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code === 0 ? (out.split('\n')[0] ?? '').trim() || null : null));
  });
}
