#!/usr/bin/env node
/**
 * Gzipped size (gzip -9) of what each surface loads before its first render: the entry chunk,
 * the surface's page chunk, every chunk they import statically, and their CSS. Reads the Vite
 * manifest of `tabs/dist`. Prints JSON; with `--check`, fails when the side panel is over budget.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
/** The side panel's budget for first-render JavaScript (gzip), from the product brief. */
const SIDE_PANEL_BUDGET_KB = 200;

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('The Vite manifest has no entry; build with build.manifest enabled.');

const pages = {
  landing: 'src/pages/LandingPage.tsx',
  config: 'src/pages/ConfigPage.tsx',
  channel: 'src/pages/ChannelPage.tsx',
  details: 'src/pages/DetailsPage.tsx',
  sidepanel: 'src/pages/SidePanelPage.tsx',
  stage: 'src/pages/StagePage.tsx',
  chat: 'src/pages/ChatPage.tsx',
  personal: 'src/pages/PersonalPage.tsx',
};

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

const gzipBytes = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

const result = {};
for (const [name, source] of Object.entries(pages)) {
  if (!manifest[source]) throw new Error(`${source} is not in the build.`);
  const chunks = closure([entryKey, source]);
  const js = [...chunks].map((key) => manifest[key].file);
  const css = [...new Set([...chunks].flatMap((key) => manifest[key].css ?? []))];
  const jsBytes = js.reduce((sum, file) => sum + gzipBytes(file), 0);
  const cssBytes = css.reduce((sum, file) => sum + gzipBytes(file), 0);
  result[name] = {
    jsGzipKB: kb(jsBytes),
    cssGzipKB: kb(cssBytes),
    totalGzipKB: kb(jsBytes + cssBytes),
    files: js.length + css.length,
  };
}

console.log(JSON.stringify(result, null, 2));
if (process.argv.includes('--check') && result.sidepanel.totalGzipKB > SIDE_PANEL_BUDGET_KB) {
  console.error(
    `Side panel first render is ${result.sidepanel.totalGzipKB} KB gzip, over the ${SIDE_PANEL_BUDGET_KB} KB budget.`,
  );
  process.exit(1);
}
