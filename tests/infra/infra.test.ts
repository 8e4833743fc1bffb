import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config.js';
import {
  upperSnake,
  balanced,
  resourcesOf,
  resourceOf,
  appSettings,
  bicep,
  parameters,
  useInfraFiles,
} from './infra-fixture.js';

useInfraFiles();

describe('infra/azure.bicep and its parameters', () => {
  it('declares every parameter the parameters file sets, and the file sets every required one', () => {
    const declared = bicep.params.map((p) => p.name);
    const required = bicep.params.filter((p) => !p.hasDefault).map((p) => p.name);
    expect(Object.keys(parameters).filter((name) => !declared.includes(name))).toEqual([]);
    expect(required.filter((name) => !(name in parameters))).toEqual([]);
    expect(required.sort()).toEqual(['aadAppClientId', 'allowedTenants', 'resourceBaseName', 'teamsAppId']);
  });

  it('passes the Entra app and the Teams app of provision to the API', () => {
    expect(parameters.aadAppClientId?.value).toBe('${{AAD_APP_CLIENT_ID}}');
    expect(parameters.allowedTenants?.value).toBe('${{AAD_APP_TENANT_ID}}');
    expect(parameters.teamsAppId?.value).toBe('${{TEAMS_APP_ID}}');
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
    // System-assigned for Azure resources; the user-assigned one is the activity feed's (next test).
    const identity = balanced(app.body, app.body.indexOf('{', app.body.indexOf('identity:')));
    expect(identity).toMatch(/type:\s*'SystemAssigned, UserAssigned'/);
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

  it('gives the Function App a user-assigned identity for the activity feed, with no Azure role', () => {
    const feedIdentity = resourceOf(bicep, 'Microsoft.ManagedIdentity/userAssignedIdentities');
    expect(feedIdentity.name).toBe('feedIdentity');
    const app = resourceOf(bicep, 'Microsoft.Web/sites');
    const identity = balanced(app.body, app.body.indexOf('{', app.body.indexOf('identity:')));
    const assigned = balanced(identity, identity.indexOf('{', identity.indexOf('userAssignedIdentities:')));
    expect(assigned).toMatch(/'\$\{feedIdentity\.id\}':\s*\{\s*\}/);
    // The API picks this identity by its client id (the token endpoint's client_id).
    expect(appSettings(app).get('AAD_APP_FEDERATED_IDENTITY_CLIENT_ID')).toBe('feedIdentity.properties.clientId');
    // It proves the Entra app and nothing else: no role assignment names it.
    const principals = [
      ...resourcesOf(bicep, 'Microsoft.Authorization/roleAssignments'),
      ...resourcesOf(bicep, 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments'),
    ].map((r) => /principalId:\s*(\S+)/.exec(r.body)?.[1]);
    expect(principals).not.toContain('feedIdentity.properties.principalId');
    // The federated credential's subject is its principal id, written out for teamsapp.yml.
    expect(bicep.text).toMatch(/^output FEED_IDENTITY_PRINCIPAL_ID string = feedIdentity\.properties\.principalId$/m);
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

  it('sets every variable the API needs in Azure, so its own configuration loads with Cosmos, Entra and the feed', () => {
    const settings = appSettings(resourceOf(bicep, 'Microsoft.Web/sites'));
    // Literal values are used as they are; expressions get a value of the shape Azure gives them.
    const samples: Record<string, string> = {
      COSMOS_ENDPOINT: 'https://cosmos-coachboarddev-abc.documents.azure.com:443/',
      COSMOS_DATABASE: 'coachboard',
      AAD_APP_CLIENT_ID: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      ALLOWED_TENANTS: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      API_DOMAIN: 'gentle-river-0a1b2c3d4.5.azurestaticapps.net',
      TEAMS_APP_ID: '5b1f3c2e-8d4a-4f6b-9c7e-2a1d0e9f8b7c',
      AAD_APP_FEDERATED_IDENTITY_CLIENT_ID: '0f2c8e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a',
    };
    // What the platform sets in every Function App with a managed identity, not app settings.
    const platform: Record<string, string> = {
      WEBSITE_INSTANCE_ID: 'sample-instance',
      IDENTITY_ENDPOINT: 'http://localhost:8081/msi/token',
      IDENTITY_HEADER: 'sample-identity-header',
    };
    const fromSettings: Record<string, string> = {};
    for (const [name, expression] of settings) {
      const literal = /^'([^'$]*)'$/.exec(expression);
      fromSettings[name] = literal ? (literal[1] ?? '') : (samples[name] ?? `sample-${name}`);
    }
    const config = loadConfig({ ...platform, ...fromSettings });
    expect(config.store.kind).toBe('cosmos');
    expect(config.store.cosmosKey).toBeUndefined();
    expect(config.auth.mode).toBe('entra');
    expect(config.auth.clientId).toBe(samples.AAD_APP_CLIENT_ID);
    expect(config.auth.apiDomain).toBe(samples.API_DOMAIN);
    expect(config.runningInAzure).toBe(true);
    // The activity feed is on, proven by the managed identity's federated credential (no secret).
    expect(config.feed).toMatchObject({
      teamsAppId: samples.TEAMS_APP_ID,
      clientId: samples.AAD_APP_CLIENT_ID,
      credential: {
        kind: 'federated',
        identityClientId: samples.AAD_APP_FEDERATED_IDENTITY_CLIENT_ID,
        identityEndpoint: platform.IDENTITY_ENDPOINT,
        identityHeader: platform.IDENTITY_HEADER,
      },
    });
    expect(settings.has('AAD_APP_CLIENT_SECRET')).toBe(false);
    // Without the identity Azure provides, the same settings stop start-up rather than fail silently.
    expect(() => loadConfig({ WEBSITE_INSTANCE_ID: 'sample-instance', ...fromSettings })).toThrow(
      /AAD_APP_FEDERATED_IDENTITY_CLIENT_ID/,
    );
    expect(settings.get('TEAMS_APP_ID')).toBe('teamsAppId');

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
      'FEED_IDENTITY_CLIENT_ID',
      'FEED_IDENTITY_PRINCIPAL_ID',
      'TAB_DOMAIN',
      'TAB_ENDPOINT',
    ]);
  });
});
