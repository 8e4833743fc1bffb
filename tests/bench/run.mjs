/**
 * `npm run bench`: runs every `tests/bench/*.bench.mjs` in name order. Each module exports
 * `default async function run(report)` and calls `report(name, value, unit, budget)` once per figure.
 * Prints one `BENCH …` line per figure; exits non-zero when a figure misses its budget or a module fails.
 * `node tests/bench/run.mjs api` runs only the modules whose file names start with `api`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const OPS = ['<=', '>=', '<', '>'];
const BUDGET = /^(<=|>=|<|>)(-?\d+(?:\.\d+)?)$/;
let failed = false;

/** Enough digits to compare runs, without a tail of noise. */
function format(value) {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

/** A budget is `'<=2'` or `{ op: '<=', limit: 2 }`; anything else is a mistake in the bench module. */
function parseBudget(name, budget) {
  if (typeof budget === 'string') {
    const match = BUDGET.exec(budget);
    if (match) return { op: match[1], limit: Number(match[2]) };
  } else if (OPS.includes(budget?.op) && Number.isFinite(budget?.limit)) {
    return { op: budget.op, limit: budget.limit };
  }
  throw new Error(`bad budget for ${name}: ${JSON.stringify(budget)}`);
}

function meets(value, { op, limit }) {
  if (!Number.isFinite(value)) return false;
  if (op === '<=') return value <= limit;
  if (op === '>=') return value >= limit;
  if (op === '<') return value < limit;
  return value > limit;
}

/**
 * Prints one figure. `budget` is `'<op><limit>'` (`'<=2'`, `'>=0.5'`), `{ op, limit }`, or absent for
 * a figure that is only reported; names and units are single words so the lines stay easy to parse.
 */
function report(name, value, unit, budget) {
  if (/\s/.test(name) || /\s/.test(unit))
    throw new Error(`bench names and units must not contain spaces: ${name} ${unit}`);
  if (budget === undefined || budget === null) {
    console.log(`BENCH ${name} ${format(value)} ${unit} budget none`);
    return;
  }
  const parsed = parseBudget(name, budget);
  const pass = meets(value, parsed);
  if (!pass) failed = true;
  console.log(`BENCH ${name} ${format(value)} ${unit} budget ${parsed.op}${parsed.limit} ${pass ? 'PASS' : 'FAIL'}`);
}

// `node tests/bench/run.mjs api` runs only the modules whose names start with the given words.
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => only.length === 0 || only.some((prefix) => file.startsWith(prefix)))
  .sort();
for (const file of modules) {
  try {
    const module = await import(pathToFileURL(join(here, file)).href);
    await module.default(report);
  } catch (error) {
    failed = true;
    console.error(`bench ${file} failed:`, error);
  }
}
process.exitCode = failed ? 1 : 0;
