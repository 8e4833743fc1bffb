// Stages the API as Azure Functions runs it: `.deployment/api/` with host.json, package.json (main:
// dist/index.js), the compiled dist/ and the production node_modules. Used by the deploy stage of
// teamsapp.yml after `npm run build`: `node infra/scripts/stage-api.mjs`.
//
// Why a staging folder: npm workspaces hoist every dependency to the repository root, so api/ alone has
// no node_modules, and Flex Consumption runs the package as uploaded (no remote build here). The
// dependencies are copied from the installed tree, following each package's dependencies the way Node
// resolves them, so Azure runs exactly the versions the tests ran, and deploying needs no registry.
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Files the zip leaves out (gitignore syntax, read by azureFunctions/zipDeploy as its ignoreFile). */
export const FUNC_IGNORE = [
  '.funcignore',
  '*.map',
  '*.ts',
  '*.mts',
  '*.cts',
  '*.tsbuildinfo',
  // The API opens SQLite only with STORE=sqlite, never in Azure: its sources and local build stay out.
  'node_modules/better-sqlite3/deps/',
  'node_modules/better-sqlite3/src/',
  'node_modules/better-sqlite3/build/',
  '',
].join('\n');

const exists = async (path) =>
  stat(path).then(
    () => true,
    () => false,
  );

const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

/** Finds `name` from `fromDir` the way Node does: ./node_modules, then each parent's, up to `rootDir`. */
async function resolvePackageDir(name, fromDir, rootDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (await exists(join(candidate, 'package.json'))) return candidate;
    if (dir === rootDir || dirname(dir) === dir) return undefined;
  }
}

/** Where an installed package goes under the staged node_modules: its path below the nearest node_modules root. */
function stagedPath(packageDir, rootDir, apiDir) {
  for (const base of [join(apiDir, 'node_modules'), join(rootDir, 'node_modules')]) {
    if (packageDir.startsWith(base + sep)) return relative(base, packageDir);
  }
  throw new Error(`${packageDir} is outside the node_modules folders of the repository.`);
}

/**
 * Every package the API needs at run time: its `dependencies` and, transitively, theirs (optional and
 * peer dependencies when installed). Returns staged path -> installed folder, plus the exact versions
 * of the API's direct dependencies.
 */
export async function resolveProductionPackages(rootDir = repoRoot) {
  const apiDir = join(rootDir, 'api');
  const apiPackage = await readJson(join(apiDir, 'package.json'));
  const packages = new Map();
  const pinned = {};
  const queue = Object.keys(apiPackage.dependencies ?? {}).map((name) => ({ name, from: apiDir, required: true }));
  for (let item = queue.shift(); item; item = queue.shift()) {
    const dir = await resolvePackageDir(item.name, item.from, rootDir);
    if (!dir) {
      if (item.required) throw new Error(`${item.name} (needed from ${item.from}) is not installed: run npm ci.`);
      continue;
    }
    const manifest = await readJson(join(dir, 'package.json'));
    if (item.from === apiDir) pinned[item.name] = manifest.version;
    const target = stagedPath(dir, rootDir, apiDir);
    const known = packages.get(target);
    if (known === dir) continue;
    if (known) throw new Error(`Two installed copies of ${item.name} would share node_modules/${target}.`);
    packages.set(target, dir);
    for (const name of Object.keys(manifest.dependencies ?? {})) queue.push({ name, from: dir, required: true });
    for (const name of [
      ...Object.keys(manifest.optionalDependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}),
    ]) {
      queue.push({ name, from: dir, required: false });
    }
  }
  return { packages, pinned, apiPackage };
}

/** The package.json Azure Functions reads: ESM, the entry that registers the routes, pinned dependencies. */
export function stagedPackageJson(apiPackage, pinned) {
  return {
    name: apiPackage.name,
    version: apiPackage.version,
    private: true,
    type: 'module',
    main: apiPackage.main,
    dependencies: Object.fromEntries(Object.entries(pinned).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** Writes the staged API to `outDir` (replacing it) and returns the number of packages copied. */
export async function stageApi({ rootDir = repoRoot, outDir = join(rootDir, '.deployment', 'api') } = {}) {
  const apiDir = join(rootDir, 'api');
  const hostJson = join(apiDir, 'host.json');
  if (!(await exists(hostJson))) throw new Error('api/host.json is missing: Azure Functions needs it at the root.');
  if (!(await exists(join(apiDir, 'dist', 'index.js')))) throw new Error('api/dist is missing: run `npm run build`.');
  const { packages, pinned, apiPackage } = await resolveProductionPackages(rootDir);

  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'node_modules'), { recursive: true });
  await cp(hostJson, join(outDir, 'host.json'));
  await cp(join(apiDir, 'dist'), join(outDir, 'dist'), {
    recursive: true,
    filter: (source) => !/\.(map|d\.ts|tsbuildinfo)$|\.test\.js$/.test(source),
  });
  for (const [target, source] of packages) {
    await cp(source, join(outDir, 'node_modules', target), {
      recursive: true,
      dereference: true,
      // Nested node_modules are staged as packages of their own, only where something needs them.
      filter: (path) => !relative(source, path).split(sep).includes('node_modules'),
    });
  }
  await writeFile(join(outDir, 'package.json'), `${JSON.stringify(stagedPackageJson(apiPackage, pinned), null, 2)}\n`);
  await writeFile(join(outDir, '.funcignore'), FUNC_IGNORE);
  return packages.size;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1] ?? '') : undefined;
  try {
    const count = await stageApi(outDir ? { outDir } : {});
    console.log(
      `Staged the API with ${count} packages in ${relative(process.cwd(), outDir ?? join(repoRoot, '.deployment', 'api'))}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
