/** Readers of the infrastructure files (Bicep, teamsapp*.yml) that infra.test.ts and teamsapp.test.ts share. */
import { access, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect } from 'vitest';
import { parse } from 'yaml';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const read = (path: string): Promise<string> => readFile(join(root, path), 'utf8');
export const exists = (path: string): Promise<boolean> =>
  access(join(root, path)).then(
    () => true,
    () => false,
  );

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');
/** arm/deploy writes each template output to the environment under its name in UPPER_SNAKE case. */
export const upperSnake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

// ---------------------------------------------------------------------------------------------------
// A reader for the parts of Bicep these tests look at. Without the Bicep CLI there is no real parser,
// so azure.bicep keeps to plain declarations: one `param`, `output` or `resource` per line.

export interface Param {
  name: string;
  type: string;
  hasDefault: boolean;
}
export interface Resource {
  name: string;
  type: string;
  body: string;
}
export interface Bicep {
  text: string;
  params: Param[];
  outputs: string[];
  resources: Resource[];
}

/** The text from `open` (an opening bracket) to its matching closing bracket, skipping strings and comments. */
export function balanced(text: string, open: number): string {
  const pairs: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
  const stack: string[] = [];
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === "'") inString = false;
      continue;
    }
    if (text.startsWith('//', i)) {
      i = text.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (ch === "'") inString = true;
    else if (pairs[ch]) stack.push(pairs[ch]);
    else if (ch === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return text.slice(open, i + 1);
    }
  }
  throw new Error(`unbalanced bracket at ${open}`);
}

export function parseBicep(text: string): Bicep {
  const params = [...text.matchAll(/^param\s+(\w+)\s+(\w+)(\s*=.*)?$/gm)].map((m) => ({
    name: m[1] ?? '',
    type: m[2] ?? '',
    hasDefault: Boolean(m[3]),
  }));
  const outputs = [...text.matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1] ?? '');
  const resources = [...text.matchAll(/^resource\s+(\w+)\s+'([^']+)'\s*=\s*\{/gm)].map((m) => ({
    name: m[1] ?? '',
    type: m[2] ?? '',
    body: balanced(text, (m.index ?? 0) + m[0].length - 1),
  }));
  return { text, params, outputs, resources };
}

export const resourcesOf = (bicep: Bicep, type: string): Resource[] =>
  bicep.resources.filter((r) => r.type.split('@')[0]?.toLowerCase() === type.toLowerCase());

export function resourceOf(bicep: Bicep, type: string): Resource {
  const [resource, ...more] = resourcesOf(bicep, type);
  if (!resource || more.length > 0) throw new Error(`expected one ${type}`);
  return resource;
}

/** The Function App's app settings: name -> Bicep expression of the value. */
export function appSettings(functionApp: Resource): Map<string, string> {
  const at = functionApp.body.indexOf('appSettings: [');
  expect(at).toBeGreaterThan(0);
  const block = balanced(functionApp.body, functionApp.body.indexOf('[', at));
  return new Map(
    [...block.matchAll(/name:\s*'([^']+)'\s*\n\s*value:\s*(.+)/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}

// ---------------------------------------------------------------------------------------------------
// The lifecycle files.

export interface Action {
  uses: string;
  name?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
export interface Lifecycle {
  version: string;
  projectId: string;
  environmentFolderPath: string;
  provision: Action[];
  deploy?: Action[];
  publish?: Action[];
}

/**
 * What each action accepts, from the toolkit's yaml schema v1.11: keys of `with` (required ones
 * first, then `|`, then optional ones) and of `writeToEnvironmentFile`. Not every action takes
 * `name`/`env`: azureStaticWebApps/getDeploymentToken takes neither.
 */
export const ACTIONS: Record<string, { with: string; write?: string; top?: string }> = {
  'aadApp/create': {
    with: 'name generateClientSecret signInAudience | generateServicePrincipal serviceManagementReference uniqueName',
    write: 'clientId objectId | tenantId authority authorityHost',
  },
  'aadApp/update': { with: 'manifestPath outputFilePath |' },
  'arm/deploy': { with: 'subscriptionId resourceGroupName templates | bicepCliVersion' },
  'azureStaticWebApps/getDeploymentToken': { with: 'resourceId |', write: 'deploymentToken |', top: 'uses' },
  'teamsApp/create': { with: 'name |', write: 'teamsAppId |' },
  'teamsApp/validateManifest': { with: 'manifestPath |' },
  'teamsApp/zipAppPackage': { with: 'manifestPath outputZipPath outputFolder |' },
  'teamsApp/validateAppPackage': { with: 'appPackagePath |' },
  'teamsApp/update': { with: 'appPackagePath |' },
  'teamsApp/publishAppPackage': { with: 'appPackagePath |', write: 'publishedAppId |' },
  'cli/runNpmCommand': { with: 'args | workingDirectory' },
  'cli/runNpxCommand': { with: 'args | workingDirectory' },
  'azureFunctions/zipDeploy': {
    with: 'artifactFolder resourceId | workingDirectory ignoreFile dryRun outputZipFile',
  },
  script: { with: 'run | workingDirectory shell timeout redirectTo' },
};

export const split = (spec: string): { required: string[]; optional: string[] } => {
  const [required = '', optional = ''] = spec.split('|');
  return { required: required.split(/\s+/).filter(Boolean), optional: optional.split(/\s+/).filter(Boolean) };
};

/** Problems of one action against ACTIONS, as readable strings. */
export function actionProblems(action: Action): string[] {
  const spec = ACTIONS[action.uses];
  if (!spec) return [`unknown action ${action.uses}`];
  const problems: string[] = [];
  const top = ['uses', 'with', ...(spec.write ? ['writeToEnvironmentFile'] : []), ...(spec.top ? [] : ['name', 'env'])];
  for (const key of Object.keys(action)) if (!top.includes(key)) problems.push(`${action.uses}: unexpected ${key}`);
  const check = (what: string, given: Record<string, unknown> | undefined, specText: string): void => {
    const { required, optional } = split(specText);
    for (const key of required) if (given?.[key] === undefined) problems.push(`${action.uses}: ${what}.${key} missing`);
    for (const key of Object.keys(given ?? {})) {
      if (![...required, ...optional].includes(key)) problems.push(`${action.uses}: unexpected ${what}.${key}`);
    }
  };
  check('with', action.with, spec.with);
  if (spec.write) check('writeToEnvironmentFile', action.writeToEnvironmentFile, spec.write);
  for (const name of Object.values(action.writeToEnvironmentFile ?? {})) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(name)) problems.push(`${action.uses}: bad variable name ${name}`);
  }
  return problems;
}

/** Files an action reads whose ${{VAR}}s the toolkit fills at that step. */
export function filesOf(action: Action): string[] {
  const w = action.with ?? {};
  const files: string[] = [];
  if (typeof w.manifestPath === 'string') files.push(w.manifestPath);
  if (action.uses === 'arm/deploy') {
    for (const t of (w.templates ?? []) as { parameters?: string }[]) if (t.parameters) files.push(t.parameters);
  }
  return files;
}

export const envKeys = async (env: string): Promise<Set<string>> =>
  new Set([...(await read(`env/.env.${env}`)).matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*=/gm)].map((m) => m[1] ?? ''));

/**
 * Walks the stages in order and returns each use of a variable that nothing provides at that point:
 * not the env file, not an earlier action's writeToEnvironmentFile, not an arm/deploy output.
 * deploy and publish run after provision, so they see everything provision wrote.
 */
export async function unprovidedVariables(lifecycle: Lifecycle, env: string, bicep: Bicep): Promise<string[]> {
  const available = await envKeys(env);
  const missing: string[] = [];
  for (const stage of ['provision', 'deploy', 'publish'] as const) {
    for (const action of lifecycle[stage] ?? []) {
      const used = placeholders(JSON.stringify(action));
      for (const file of filesOf(action)) used.push(...placeholders(await read(file)));
      // aadApp/update creates the scope id itself when it is still empty.
      const own = action.uses === 'aadApp/update' ? ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'] : [];
      for (const name of used) {
        if (!available.has(name) && !own.includes(name)) missing.push(`${stage} ${action.uses}: ${name}`);
      }
      for (const name of [...Object.values(action.writeToEnvironmentFile ?? {}), ...own]) available.add(name);
      if (action.uses === 'arm/deploy') for (const output of bicep.outputs) available.add(upperSnake(output));
    }
  }
  return missing;
}

export const uses = (actions: Action[] | undefined): string[] => (actions ?? []).map((a) => a.uses);
export const one = (actions: Action[] | undefined, name: string): Action => {
  const found = (actions ?? []).filter((a) => a.uses === name);
  expect(found, name).toHaveLength(1);
  return found[0] as Action;
};

export let bicep: Bicep;
export let parameters: Record<string, { value: unknown }>;
export let cloud: Lifecycle;
export let local: Lifecycle;

/** Reads and parses the Bicep template, its parameters and both teamsapp lifecycles before the calling file's tests. */
export function useInfraFiles(): void {
  beforeAll(async () => {
    bicep = parseBicep(await read('infra/azure.bicep'));
    parameters = (JSON.parse(await read('infra/azure.parameters.json')) as { parameters: typeof parameters })
      .parameters;
    cloud = parse(await read('teamsapp.yml')) as Lifecycle;
    local = parse(await read('teamsapp.local.yml')) as Lifecycle;
  });
}
