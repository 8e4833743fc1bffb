/** teamsapp.yml and teamsapp.local.yml, aad.manifest.json and infra/scripts/stage-api.mjs (see infra.test.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { TAB_REFERRER_POLICY, tabContentSecurityPolicy } from '../../api/src/devhost/pageHeaders.js';
import {
  root,
  read,
  exists,
  GUID,
  type Lifecycle,
  actionProblems,
  unprovidedVariables,
  uses,
  one,
  bicep,
  cloud,
  local,
  useInfraFiles,
} from './infra-fixture.js';

useInfraFiles();

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
      'script',
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

describe('infra/scripts/federated-credential.mjs', () => {
  interface Credential {
    id?: string;
    name: string;
    issuer: string;
    subject: string;
    audiences: string[];
  }
  interface FederatedCredential {
    readInputs(env: Record<string, string | undefined>): { appObjectId: string; tenantId: string; principalId: string };
    credentialFor(inputs: { tenantId: string; principalId: string }): Credential;
    plan(existing: Credential[], wanted: Credential): { action: 'keep' | 'update' | 'create'; id?: string };
    ensureCredential(
      env: Record<string, string | undefined>,
      run: (args: string[]) => string,
    ): { action: 'keep' | 'update' | 'create' };
  }
  let fic: FederatedCredential;
  const env = {
    AAD_APP_OBJECT_ID: '3c7e1f2a-9b8d-4e6f-a1b2-c3d4e5f60718',
    AAD_APP_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    FEED_IDENTITY_PRINCIPAL_ID: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  };

  beforeAll(async () => {
    fic = (await import(
      pathToFileURL(join(root, 'infra/scripts/federated-credential.mjs')).href
    )) as FederatedCredential;
  });

  it('runs in provision after arm/deploy, with the Entra app and the identity that deploy created', () => {
    const step = one(cloud.provision, 'script');
    const at = cloud.provision.indexOf(step);
    expect(at).toBeGreaterThan(cloud.provision.findIndex((a) => a.uses === 'arm/deploy'));
    expect(at).toBeGreaterThan(cloud.provision.findIndex((a) => a.uses === 'aadApp/create'));
    expect(step.with?.run).toBe('node ./infra/scripts/federated-credential.mjs');
    expect(step.env).toEqual({
      AAD_APP_OBJECT_ID: '${{AAD_APP_OBJECT_ID}}',
      AAD_APP_TENANT_ID: '${{AAD_APP_TENANT_ID}}',
      FEED_IDENTITY_PRINCIPAL_ID: '${{FEED_IDENTITY_PRINCIPAL_ID}}',
    });
    expect(bicep.outputs).toContain('FEED_IDENTITY_PRINCIPAL_ID');
  });

  it('trusts tokens of the managed identity issued in the app tenant for the token exchange', () => {
    const inputs = fic.readInputs(env);
    expect(fic.credentialFor(inputs)).toMatchObject({
      issuer: `https://login.microsoftonline.com/${env.AAD_APP_TENANT_ID}/v2.0`,
      subject: env.FEED_IDENTITY_PRINCIPAL_ID,
      audiences: ['api://AzureADTokenExchange'],
    });
    expect(() => fic.readInputs({ ...env, FEED_IDENTITY_PRINCIPAL_ID: '' })).toThrow(/FEED_IDENTITY_PRINCIPAL_ID/);
    expect(() => fic.readInputs({ ...env, AAD_APP_OBJECT_ID: 'not-a-guid' })).toThrow(/AAD_APP_OBJECT_ID/);
  });

  it('creates the credential once, keeps it on later runs and updates it when the identity changes', () => {
    const calls: string[][] = [];
    const parameters: Credential[] = [];
    let stored: Credential[] = [];
    const run = (args: string[]): string => {
      calls.push(args);
      const file = args[args.indexOf('--parameters') + 1];
      if (args[3] === 'list') return JSON.stringify(stored);
      const sent = JSON.parse(readFileSync(String(file).slice(1), 'utf8')) as Credential;
      parameters.push(sent);
      stored = [{ ...sent, id: 'fic-1' }];
      return '';
    };
    expect(fic.ensureCredential(env, run)).toEqual({ action: 'create' });
    expect(calls[1]?.slice(0, 6)).toEqual([
      'ad',
      'app',
      'federated-credential',
      'create',
      '--id',
      env.AAD_APP_OBJECT_ID,
    ]);
    expect(parameters[0]?.subject).toBe(env.FEED_IDENTITY_PRINCIPAL_ID);

    expect(fic.ensureCredential(env, run)).toEqual({ action: 'keep' });
    expect(calls).toHaveLength(3); // list, create, list

    const moved = { ...env, FEED_IDENTITY_PRINCIPAL_ID: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e' };
    expect(fic.ensureCredential(moved, run)).toMatchObject({ action: 'update' });
    expect(calls[4]).toEqual(expect.arrayContaining(['update', '--federated-credential-id', 'fic-1']));
    expect(parameters[1]?.subject).toBe(moved.FEED_IDENTITY_PRINCIPAL_ID);
  });
});
