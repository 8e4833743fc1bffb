import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * What Coachboard says about itself (the Teams catalogue, the README, the package) claims only what
 * this build does. Each capability still to come removes its line from NOT_YET when it lands, with
 * its own words in the copy.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Planned capabilities that are not in this build, and how copy would name them. */
const NOT_YET: [string, RegExp][] = [['referrals', /\breferr(al|als|ed)\b/i]];

/** What this build does; the long texts name each of them. */
const BUILT: [string, RegExp][] = [
  ['the agenda linter', /agenda/i],
  ['account-strategy boards', /account[- ]strategy boards|account boards/i],
  ['the practice exchange', /practices?\b/i],
  ['role-plays', /role-plays?/i],
  ['field observations', /observations?\b/i],
  ['coverage against the goal', /\b20 ?%/],
  ['win/loss reviews', /\bwin\s*\/\s*loss/i],
  ['two-way agreements', /two-way agreements?/i],
  ['consultative-skills lessons', /\blessons?\b/i],
];

let texts: Record<string, string>;

beforeAll(async () => {
  const manifest = JSON.parse(await readFile(join(root, 'appPackage/manifest.json'), 'utf8')) as {
    description: { short: string; full: string };
  };
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { description: string };
  texts = {
    'manifest short description': manifest.description.short,
    'manifest full description': manifest.description.full,
    // The intro and the feature list: everything above "Run it".
    'README intro and features': readme.slice(0, readme.indexOf('## Run it')),
    'package.json description': pkg.description,
  };
});

describe('copy tells the truth', () => {
  it.each(NOT_YET)('does not promise %s, which this build lacks', (_name, pattern) => {
    for (const [where, text] of Object.entries(texts)) expect(text, where).not.toMatch(pattern);
  });

  it('names what this build does in the catalogue and the README', () => {
    for (const where of ['manifest full description', 'README intro and features']) {
      for (const [name, pattern] of BUILT) expect(texts[where], `${where}: ${name}`).toMatch(pattern);
    }
    expect(texts['README intro and features']).toContain('## Features');
  });
});
