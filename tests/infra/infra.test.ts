import { access, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../api/src/config.js';
import { TAB_REFERRER_POLICY, tabContentSecurityPolicy } from '../../api/src/devhost/pageHeaders.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string): Promise<string> => readFile(join(root, path), 'utf8');
const exists = (path: string): Promise<boolean> =>
  access(join(root, path)).then(
    () => true,
    () => false,
  );

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const placeholders = (text: string): string[] => [...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');
/** arm/deploy writes each template output to the environment under its name in UPPER_SNAKE case. */
const upperSnake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

// ---------------------------------------------------------------------------------------------------
// A reader for the parts of Bicep these tests look at. Without the Bicep CLI there is no real parser,
// so azure.bicep keeps to plain declarations: one `param`, `output` or `resource` per line.

interface Param {
  name: string;
  type: string;
  hasDefault: boolean;
}
interface Resource {
  name: string;
  type: string;
  body: string;
}
interface Bicep {
  text: string;
  params: Param[];
  outputs: string[];
  resources: Resource[];
}

/** The text from `open` (an opening bracket) to its matching closing bracket, skipping strings and comments. */
function balanced(text: string, open: number): string {
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

function parseBicep(text: string): Bicep {
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

const resourcesOf = (bicep: Bicep, type: string): Resource[] =>
  bicep.resources.filter((r) => r.type.split('@')[0]?.toLowerCase() === type.toLowerCase());

function resourceOf(bicep: Bicep, type: string): Resource {
  const [resource, ...more] = resourcesOf(bicep, type);
  if (!resource || more.length > 0) throw new Error(`expected one ${type}`);
  return resource;
}

/** The Function App's app settings: name -> Bicep expression of the value. */
function appSettings(functionApp: Resource): Map<string, string> {
  const at = functionApp.body.indexOf('appSettings: [');
  expect(at).toBeGreaterThan(0);
  const block = balanced(functionApp.body, functionApp.body.indexOf('[', at));
  return new Map(
    [...block.matchAll(/name:\s*'([^']+)'\s*\n\s*value:\s*(.+)/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}

// ---------------------------------------------------------------------------------------------------
// The lifecycle files.

interface Action {
  uses: string;
  name?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Lifecycle {
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
const ACTIONS: Record<string, { with: string; write?: string; top?: string }> = {
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

const split = (spec: string): { required: string[]; optional: string[] } => {
  const [required = '', optional = ''] = spec.split('|');
  return { required: required.split(/\s+/).filter(Boolean), optional: optional.split(/\s+/).filter(Boolean) };
};

/** Problems of one action against ACTIONS, as readable strings. */
function actionProblems(action: Action): string[] {
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
function filesOf(action: Action): string[] {
  const w = action.with ?? {};
  const files: string[] = [];
  if (typeof w.manifestPath === 'string') files.push(w.manifestPath);
  if (action.uses === 'arm/deploy') {
    for (const t of (w.templates ?? []) as { parameters?: string }[]) if (t.parameters) files.push(t.parameters);
  }
  return files;
}

const envKeys = async (env: string): Promise<Set<string>> =>
  new Set([...(await read(`env/.env.${env}`)).matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*=/gm)].map((m) => m[1] ?? ''));

/**
 * Walks the stages in order and returns each use of a variable that nothing provides at that point:
 * not the env file, not an earlier action's writeToEnvironmentFile, not an arm/deploy output.
 * deploy and publish run after provision, so they see everything provision wrote.
 */
async function unprovidedVariables(lifecycle: Lifecycle, env: string, bicep: Bicep): Promise<string[]> {
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

const uses = (actions: Action[] | undefined): string[] => (actions ?? []).map((a) => a.uses);
const one = (actions: Action[] | undefined, name: string): Action => {
  const found = (actions ?? []).filter((a) => a.uses === name);
  expect(found, name).toHaveLength(1);
  return found[0] as Action;
};

let bicep: Bicep;
let parameters: Record<string, { value: unknown }>;
let cloud: Lifecycle;
let local: Lifecycle;

beforeAll(async () => {
  bicep = parseBicep(await read('infra/azure.bicep'));
  parameters = (JSON.parse(await read('infra/azure.parameters.json')) as { parameters: typeof parameters }).parameters;
  cloud = parse(await read('teamsapp.yml')) as Lifecycle;
  local = parse(await read('teamsapp.local.yml')) as Lifecycle;
});

describe('infra/azure.bicep and its parameters', () => {
  it('declares every parameter the parameters file sets, and the file sets every required one', () => {
    const declared = bicep.params.map((p) => p.name);
    const required = bicep.params.filter((p) => !p.hasDefault).map((p) => p.name);
    expect(Object.keys(parameters).filter((name) => !declared.includes(name))).toEqual([]);
    expect(required.filter((name) => !(name in parameters))).toEqual([]);
    expect(required.sort()).toEqual(['aadAppClientId', 'allowedTenants', 'resourceBaseName']);
  });

  it('passes the Entra app of provision to the API', () => {
    expect(parameters.aadAppClientId?.value).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(parameters.allowedTenants?.value).toBe('${{AAD_APP_TENANT_ID}}');
  });

  it('runs the API on Linux Flex Consumption (FC1) with Node 22 and a deployment container', () => {
    const plan = resourceOf(bicep, 'Microsoft.Web/serverfarms');
    expect(plan.body).toMatch(/name:\s*'FC1'/);
    expect(plan.body).toMatch(/tier:\s*'FlexConsumption'/);
    expect(plan.body).toMatch(/reserved:\s*true/);
    const app = resourceOf(bicep, 'Microsoft.Web/sites');
    expect(app.body).toMatch(/kind:\s*'functionapp,linux'/);
    expect(app.body).toMatch(/serverFarmId:\s*plan\.id/);
    const runtime = balanced(app.body, app.body.indexOf('{', app.body.indexOf('runtime:')));
    expect(runtime).toMatch(/name:\s*'node'/);
    expect(runtime).toMatch(/version:\s*'22'/);
    expect(app.body).toMatch(/type:\s*'blobContainer'/);
    expect(app.body).toMatch(
      /value:\s*'\$\{storage\.properties\.primaryEndpoints\.blob\}\$\{deploymentContainerName\}'/,
    );
    expect(resourceOf(bicep, 'Microsoft.Storage/storageAccounts/blobServices/containers').body).toMatch(
      /name:\s*deploymentContainerName/,
    );
  });

  it('gives the Function App a system-assigned identity with the roles it uses instead of keys', () => {
    const app = resourceOf(bicep, 'Microsoft.Web/sites');
    expect(app.body).toMatch(/identity:\s*\{\s*type:\s*'SystemAssigned'\s*\}/);
    expect(app.body).toMatch(/authentication:\s*\{\s*type:\s*'SystemAssignedIdentity'\s*\}/);
    const roles = resourcesOf(bicep, 'Microsoft.Authorization/roleAssignments');
    const roleIds = roles.map((r) => {
      expect(r.body).toMatch(/principalId:\s*functionApp\.identity\.principalId/);
      return /roleDefinitions',\s*(\w+)\)/.exec(r.body)?.[1];
    });
    expect(roleIds.sort()).toEqual(['monitoringMetricsPublisherRoleId', 'storageBlobDataOwnerRoleId']);
    expect(bicep.text).toMatch(/storageBlobDataOwnerRoleId = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'/);
    expect(bicep.text).toMatch(/monitoringMetricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'/);
  });

  it('has a serverless Cosmos DB account without local auth, database coachboard, container items on /pk', () => {
    const account = resourceOf(bicep, 'Microsoft.DocumentDB/databaseAccounts');
    expect(account.body).toMatch(/capabilities:\s*\[\s*\{\s*name:\s*'EnableServerless'\s*\}\s*\]/);
    expect(account.body).toMatch(/disableLocalAuth:\s*true/);
    expect(bicep.text).toMatch(/var cosmosDatabaseName = 'coachboard'/);
    expect(resourceOf(bicep, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases').body).toMatch(
      /name:\s*cosmosDatabaseName/,
    );
    const container = resourceOf(bicep, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers');
    expect(container.body).toMatch(/name:\s*'items'/);
    expect(container.body).toMatch(/paths:\s*\[\s*'\/pk'\s*\]/);
  });

  it('grants the Function App the Cosmos DB Built-in Data Contributor role on the account', () => {
    const assignment = resourceOf(bicep, 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments');
    expect(assignment.body).toMatch(/parent:\s*cosmos\b/);
    expect(assignment.body).toMatch(
      /roleDefinitionId:\s*'\$\{cosmos\.id\}\/sqlRoleDefinitions\/\$\{cosmosDataContributorRoleId\}'/,
    );
    expect(bicep.text).toMatch(/cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'/);
    expect(assignment.body).toMatch(/principalId:\s*functionApp\.identity\.principalId/);
    expect(assignment.body).toMatch(/scope:\s*cosmos\.id/);
  });

  it('sets every variable the API needs in Azure, so its own configuration loads with Cosmos and Entra', () => {
    const settings = appSettings(resourceOf(bicep, 'Microsoft.Web/sites'));
    // Literal values are used as they are; expressions get a value of the shape Azure gives them.
    const samples: Record<string, string> = {
      COSMOS_ENDPOINT: 'https://cosmos-coachboarddev-abc.documents.azure.com:443/',
      COSMOS_DATABASE: 'coachboard',
      AAD_APP_CLIENT_ID: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      ALLOWED_TENANTS: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      API_DOMAIN: 'gentle-river-0a1b2c3d4.5.azurestaticapps.net',
    };
    const env: Record<string, string> = { WEBSITE_INSTANCE_ID: 'sample-instance' };
    for (const [name, expression] of settings) {
      const literal = /^'([^'$]*)'$/.exec(expression);
      env[name] = literal ? (literal[1] ?? '') : (samples[name] ?? `sample-${name}`);
    }
    const config = loadConfig(env);
    expect(config.store.kind).toBe('cosmos');
    expect(config.store.cosmosKey).toBeUndefined();
    expect(config.auth.mode).toBe('entra');
    expect(config.auth.clientId).toBe(samples.AAD_APP_CLIENT_ID);
    expect(config.auth.apiDomain).toBe(samples.API_DOMAIN);
    expect(config.runningInAzure).toBe(true);

    expect(settings.get('STORE')).toBe("'cosmos'");
    expect(settings.get('AUTH_MODE')).toBe("'entra'");
    expect(settings.get('COSMOS_ENDPOINT')).toBe('cosmos.properties.documentEndpoint');
    expect(settings.get('COSMOS_DATABASE')).toBe('cosmosDatabaseName');
    expect(settings.get('AAD_APP_CLIENT_ID')).toBe('aadAppClientId');
    expect(settings.get('ALLOWED_TENANTS')).toBe('allowedTenants');
    // The v1 audience is api://<tab domain>/<client id>: the domain of the identifier URI, not the API's.
    expect(settings.get('API_DOMAIN')).toBe('tabDomain');
    expect(bicep.text).toMatch(/var tabDomain = staticWebApp\.properties\.defaultHostname/);
    expect(settings.get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBe('appInsights.properties.ConnectionString');
    expect(settings.get('AzureWebJobsStorage__accountName')).toBe('storage.name');
  });

  it('puts no key, secret or keyed connection string in app settings or anywhere in the template', () => {
    const settings = appSettings(resourceOf(bicep, 'Microsoft.Web/sites'));
    const suspicious = [...settings].filter(
      ([name, value]) =>
        (/key|secret|password|token|connection/i.test(name) && name !== 'APPLICATIONINSIGHTS_CONNECTION_STRING') ||
        /list\w*keys|listconnectionstrings|accountkey|masterkey|sharedaccess|secret/i.test(value),
    );
    expect(suspicious).toEqual([]);
    expect(settings.has('AzureWebJobsStorage')).toBe(false);
    expect(settings.has('COSMOS_KEY')).toBe(false);
    expect(bicep.text).not.toMatch(/listKeys|listConnectionStrings|@secure\(\)/);
    expect(resourceOf(bicep, 'Microsoft.Storage/storageAccounts').body).toMatch(/allowSharedKeyAccess:\s*false/);
  });

  it('lets only the tabs origin call the API from a browser', () => {
    const app = resourceOf(bicep, 'Microsoft.Web/sites');
    const cors = balanced(app.body, app.body.indexOf('{', app.body.indexOf('cors:')));
    expect(cors).toMatch(/allowedOrigins:\s*\[\s*'https:\/\/\$\{tabDomain\}'\s*\]/);
  });

  it('hosts the tabs on a static web app and sends Application Insights telemetry to Log Analytics', () => {
    expect(resourcesOf(bicep, 'Microsoft.Web/staticSites')).toHaveLength(1);
    expect(resourceOf(bicep, 'Microsoft.Insights/components').body).toMatch(/WorkspaceResourceId:\s*logAnalytics\.id/);
    expect(resourcesOf(bicep, 'Microsoft.OperationalInsights/workspaces')).toHaveLength(1);
  });

  it('outputs what the toolkit and the deploy steps read', () => {
    expect(bicep.outputs.map(upperSnake).sort()).toEqual([
      'API_FUNCTION_APP_NAME',
      'API_FUNCTION_ENDPOINT',
      'API_FUNCTION_RESOURCE_ID',
      'AZURE_STATIC_WEB_APPS_RESOURCE_ID',
      'TAB_DOMAIN',
      'TAB_ENDPOINT',
    ]);
  });
});

describe('teamsapp.yml and teamsapp.local.yml', () => {
  it.each([
    ['teamsapp.yml', () => cloud],
    ['teamsapp.local.yml', () => local],
  ])('%s follows the toolkit yaml schema v1.11', (_, get) => {
    const lifecycle = get();
    expect(
      Object.keys(lifecycle).filter(
        (k) => !['version', 'projectId', 'environmentFolderPath', 'provision', 'deploy', 'publish'].includes(k),
      ),
    ).toEqual([]);
    expect(lifecycle.version).toBe('v1.11');
    expect(lifecycle.projectId).toMatch(GUID);
    expect(lifecycle.environmentFolderPath).toBe('./env');
    const actions = [...lifecycle.provision, ...(lifecycle.deploy ?? []), ...(lifecycle.publish ?? [])];
    expect(actions.flatMap(actionProblems)).toEqual([]);
  });

  it('both use one project id and the schema comment of v1.11', async () => {
    expect(local.projectId).toBe(cloud.projectId);
    for (const file of ['teamsapp.yml', 'teamsapp.local.yml']) {
      expect(await read(file)).toMatch(
        /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/v1\.11\/yaml\.schema\.json$/m,
      );
    }
  });

  it('provisions in the order the variables need', () => {
    expect(uses(cloud.provision)).toEqual([
      'aadApp/create',
      'teamsApp/create',
      'arm/deploy',
      'azureStaticWebApps/getDeploymentToken',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(uses(local.provision)).toEqual([
      'aadApp/create',
      'teamsApp/create',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(local.deploy).toBeUndefined();
    expect(one(cloud.publish, 'teamsApp/publishAppPackage').with?.appPackagePath).toBe(
      './appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip',
    );
  });

  it.each([
    ['teamsapp.yml', 'dev', () => cloud],
    ['teamsapp.local.yml', 'local', () => local],
  ])('%s uses only variables that env/.env.%s or an earlier action provides', async (_, env, get) => {
    expect(await unprovidedVariables(get(), env, bicep)).toEqual([]);
  });

  it('notices a variable that nothing provides', async () => {
    const broken: Lifecycle = {
      ...cloud,
      provision: cloud.provision.filter((a) => a.uses !== 'arm/deploy'),
    };
    const missing = await unprovidedVariables(broken, 'dev', bicep);
    expect(missing).toContain('provision aadApp/update: TAB_DOMAIN');
    expect(missing).toContain('provision azureStaticWebApps/getDeploymentToken: AZURE_STATIC_WEB_APPS_RESOURCE_ID');
  });

  it('creates the Entra app without a secret and registers it with aad.manifest.json', () => {
    for (const lifecycle of [cloud, local]) {
      expect(one(lifecycle.provision, 'aadApp/create').with).toMatchObject({ generateClientSecret: false });
      expect(one(lifecycle.provision, 'aadApp/update').with?.manifestPath).toBe('./aad.manifest.json');
    }
  });

  it('deploys infra/azure.bicep with its parameters file, and every referenced file exists', async () => {
    const arm = one(cloud.provision, 'arm/deploy');
    expect(arm.with?.templates).toEqual([
      expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' }),
    ]);
    const paths = [cloud, local]
      .flatMap((l) => [...l.provision, ...(l.publish ?? [])])
      .flatMap((a) => [
        a.with?.manifestPath,
        ...((a.with?.templates ?? []) as { path: string; parameters: string }[]).flatMap((t) => [t.path, t.parameters]),
      ])
      .filter((p): p is string => typeof p === 'string');
    for (const path of new Set(paths)) expect(await exists(path), path).toBe(true);
  });

  it('builds with the public VITE_* values and deploys tabs/dist to the static web app', async () => {
    const [install, build] = (cloud.deploy ?? []).filter((a) => a.uses === 'cli/runNpmCommand');
    expect(install?.with?.args).toMatch(/^(ci|install)\b/);
    expect(build?.with?.args).toBe('run build');
    expect(build?.env).toEqual({
      VITE_API_BASE: '${{API_FUNCTION_ENDPOINT}}',
      VITE_AAD_APP_CLIENT_ID: '${{AAD_APP_CLIENT_ID}}',
    });
    const swa = one(cloud.deploy, 'cli/runNpxCommand');
    expect(swa.with?.args).toMatch(/@azure\/static-web-apps-cli@\d+ deploy \.\/tabs\/dist /);
    expect(swa.with?.args).toMatch(/--swa-config-location \.\/infra\/swa/);
    // The deployment token travels in the environment, not on a command line.
    expect(JSON.stringify(swa.with)).not.toMatch(/SECRET_/);
    expect(swa.env).toEqual({ SWA_CLI_DEPLOYMENT_TOKEN: '${{SECRET_TAB_SWA_DEPLOYMENT_TOKEN}}' });
    const token = one(cloud.provision, 'azureStaticWebApps/getDeploymentToken');
    expect(token.writeToEnvironmentFile?.deploymentToken).toBe('SECRET_TAB_SWA_DEPLOYMENT_TOKEN');

    const swaConfig = JSON.parse(await read('infra/swa/staticwebapp.config.json')) as {
      navigationFallback: { rewrite: string; exclude: string[] };
      globalHeaders: Record<string, string>;
    };
    expect(swaConfig.navigationFallback.rewrite).toBe('/index.html');
    expect(swaConfig.navigationFallback.exclude).toContain('/assets/*');
    // The same policy as the dev host serves, plus the API's own host (the Function app's default name).
    expect(swaConfig.globalHeaders).toMatchObject({
      'Content-Security-Policy': tabContentSecurityPolicy({ connect: ['https://*.azurewebsites.net'] }),
      'Referrer-Policy': TAB_REFERRER_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('packages the staged API with an ignore file and uploads it through OneDeploy', () => {
    const deploy = cloud.deploy ?? [];
    const stage = deploy.findIndex(
      (a) => a.uses === 'script' && /infra\/scripts\/stage-api\.mjs/.test(String(a.with?.run)),
    );
    const zip = deploy.findIndex((a) => a.uses === 'azureFunctions/zipDeploy');
    const upload = deploy.findIndex((a) => a.uses === 'script' && /config-zip/.test(String(a.with?.run)));
    expect(stage).toBeGreaterThan(deploy.findIndex((a) => a.with?.args === 'run build'));
    expect(zip).toBeGreaterThan(stage);
    expect(upload).toBeGreaterThan(zip);
    expect(deploy[zip]?.with).toMatchObject({
      workingDirectory: './.deployment/api',
      artifactFolder: '.',
      ignoreFile: '.funcignore',
      resourceId: '${{API_FUNCTION_RESOURCE_ID}}',
      dryRun: true,
      outputZipFile: '../api.zip',
    });
    expect(String(deploy[upload]?.with?.run)).toMatch(
      /--name \$\{\{API_FUNCTION_APP_NAME\}\}.*--src \.\/\.deployment\/api\.zip/s,
    );
  });
});

describe('aad.manifest.json', () => {
  const TEAMS_AND_M365_CLIENTS = [
    '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
    '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
    '4765445b-32c6-49b0-83e6-1d93765276ca', // Microsoft 365 web
    '0ec893e0-5785-4de6-99da-4ed124e5296c', // Microsoft 365 desktop
    'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft 365 mobile, Outlook desktop
    'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
    '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
  ];

  interface AadManifest {
    displayName: string;
    identifierUris: string[];
    api: {
      requestedAccessTokenVersion: number;
      oauth2PermissionScopes: { id: string; value: string; type: string; isEnabled: boolean }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
  }

  it('issues v2 tokens for api://<tab domain>/<client id>, the resource the Teams manifest asks for', async () => {
    const aad = JSON.parse(await read('aad.manifest.json')) as AadManifest;
    const teams = JSON.parse(await read('appPackage/manifest.json')) as { webApplicationInfo: { resource: string } };
    expect(aad.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(teams.webApplicationInfo.resource).toBe(aad.identifierUris[0]);
    expect(aad.api.requestedAccessTokenVersion).toBe(2);
  });

  it('exposes access_as_user and pre-authorizes the Teams and Microsoft 365 clients for it', async () => {
    const aad = JSON.parse(await read('aad.manifest.json')) as AadManifest;
    expect(aad.api.oauth2PermissionScopes).toEqual([
      expect.objectContaining({
        id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}',
        value: 'access_as_user',
        type: 'User',
        isEnabled: true,
      }),
    ]);
    expect(aad.api.preAuthorizedApplications.map((a) => a.appId).sort()).toEqual([...TEAMS_AND_M365_CLIENTS].sort());
    for (const app of aad.api.preAuthorizedApplications) {
      expect(app.delegatedPermissionIds).toEqual(['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}']);
    }
  });
});

describe('infra/scripts/stage-api.mjs', () => {
  interface StageApi {
    resolveProductionPackages(rootDir?: string): Promise<{
      packages: Map<string, string>;
      pinned: Record<string, string>;
      apiPackage: { main: string; dependencies: Record<string, string> };
    }>;
    stagedPackageJson(
      apiPackage: { main: string },
      pinned: Record<string, string>,
    ): { type: string; main: string; dependencies: Record<string, string> };
    FUNC_IGNORE: string;
  }
  let stage: StageApi;

  beforeAll(async () => {
    stage = (await import(pathToFileURL(join(root, 'infra/scripts/stage-api.mjs')).href)) as StageApi;
  });

  it('collects the API dependencies with theirs, and none of the development tools', async () => {
    const { packages, pinned, apiPackage } = await stage.resolveProductionPackages(root);
    expect(Object.keys(pinned).sort()).toEqual(Object.keys(apiPackage.dependencies).sort());
    for (const name of ['@azure/functions', '@azure/cosmos', '@azure/identity', 'jose', 'zod', '@azure/core-auth']) {
      expect(packages.has(name), name).toBe(true);
    }
    for (const name of ['vitest', 'typescript', 'tsx', 'fast-check', '@vercel/cosmosdb-server', 'react', 'vite']) {
      expect(packages.has(name), name).toBe(false);
    }
    const staged = stage.stagedPackageJson(apiPackage, pinned);
    expect(staged).toMatchObject({ type: 'module', main: 'dist/index.js' });
    expect(Object.values(staged.dependencies).every((v) => /^\d+\.\d+\.\d+/.test(v))).toBe(true);
  });

  it('keeps source maps and TypeScript sources out of the zip', () => {
    const rules = stage.FUNC_IGNORE.split('\n');
    expect(rules).toEqual(expect.arrayContaining(['.funcignore', '*.map', '*.ts']));
  });
});
