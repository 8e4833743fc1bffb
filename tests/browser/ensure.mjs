#!/usr/bin/env node
/**
 * `npm test`'s pretest step: makes sure the browser tests have a Chromium, silently when one is there.
 * COACHBOARD_CHROMIUM or Debian's chromium: nothing to do. Otherwise, as root with apt-get, Debian's
 * chromium (.ci/install-browser.sh); else the Chromium inside the @sparticuz/chromium dev dependency,
 * unpacked and started once here so that the tests find it ready.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumVersion, NO_CHROMIUM_MESSAGE, packagedChromium, SYSTEM_CHROMIUM } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @param {string} message */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const fromEnv = process.env.COACHBOARD_CHROMIUM;
if (fromEnv) {
  if (!existsSync(fromEnv)) fail(`COACHBOARD_CHROMIUM is set to ${fromEnv}, which does not exist.`);
  process.exit(0);
}
if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  const install = spawnSync('bash', [join(root, '.ci/install-browser.sh')], { stdio: 'inherit' });
  if (install.status === 0 && existsSync(SYSTEM_CHROMIUM)) process.exit(0);
  console.error('Installing Debian’s chromium failed; using the Chromium from @sparticuz/chromium instead.');
}

const packaged = await packagedChromium();
if (!packaged) fail(NO_CHROMIUM_MESSAGE);
else {
  const version = await chromiumVersion(packaged);
  if (!version) fail(`The Chromium from @sparticuz/chromium (${packaged.executablePath}) does not start here.`);
  console.log(`browser: ${packaged.executablePath} (${version}, from @sparticuz/chromium)`);
}
