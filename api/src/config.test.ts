import { describe, expect, test } from 'vitest';
import { ConfigError, DEV_CLIENT_ID, loadConfig } from './config.js';

/** What a deployment in Azure sets, minimal but valid. */
const entraEnv = {
  STORE: 'cosmos',
  COSMOS_ENDPOINT: 'https://coachboard.documents.azure.com:443/',
  AUTH_MODE: 'entra',
  AAD_APP_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  ALLOWED_TENANTS: 'tenant-a, tenant-b',
};

function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  test('reads a complete Azure environment', () => {
    const config = loadConfig(entraEnv);
    expect(config.store).toMatchObject({ kind: 'cosmos', cosmosEndpoint: entraEnv.COSMOS_ENDPOINT });
    expect(config.auth).toEqual({
      mode: 'entra',
      clientId: entraEnv.AAD_APP_CLIENT_ID,
      apiDomain: undefined,
      allowedTenants: ['tenant-a', 'tenant-b'],
      jwksUrl: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
    });
  });

  test('ENTRA_JWKS_URL moves the key set; plain http only on localhost', () => {
    expect(loadConfig({ ...entraEnv, ENTRA_JWKS_URL: 'https://keys.example.com/keys' }).auth.jwksUrl).toBe(
      'https://keys.example.com/keys',
    );
    expect(loadConfig({ ...entraEnv, ENTRA_JWKS_URL: 'http://127.0.0.1:8080/keys' }).auth.jwksUrl).toBe(
      'http://127.0.0.1:8080/keys',
    );
    expect(configErrorOf({ ...entraEnv, ENTRA_JWKS_URL: 'http://keys.example.com/keys' }).message).toContain(
      'ENTRA_JWKS_URL',
    );
    expect(configErrorOf({ ...entraEnv, ENTRA_JWKS_URL: 'not a url' }).message).toContain('ENTRA_JWKS_URL');
  });

  test('local defaults need no variables but a dev auth mode', () => {
    const config = loadConfig({ AUTH_MODE: 'dev' });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 53000, seedDemo: true, runningInAzure: false });
    expect(config.store.kind).toBe('sqlite');
    expect(config.auth.clientId).toBe(DEV_CLIENT_ID);
  });

  test.for([
    { name: 'COSMOS_ENDPOINT', env: { ...entraEnv, COSMOS_ENDPOINT: undefined } },
    { name: 'COSMOS_ENDPOINT', env: { ...entraEnv, COSMOS_ENDPOINT: 'not a url' } },
    { name: 'AAD_APP_CLIENT_ID', env: { ...entraEnv, AAD_APP_CLIENT_ID: undefined } },
    { name: 'ALLOWED_TENANTS', env: { ...entraEnv, ALLOWED_TENANTS: undefined } },
    { name: 'AUTH_MODE', env: { ...entraEnv, AUTH_MODE: 'none' } },
    { name: 'STORE', env: { ...entraEnv, STORE: 'mongodb' } },
    { name: 'PORT', env: { AUTH_MODE: 'dev', PORT: 'eighty' } },
    { name: 'PORT', env: { AUTH_MODE: 'dev', PORT: '70000' } },
    { name: 'SEED_DEMO', env: { AUTH_MODE: 'dev', SEED_DEMO: 'yes' } },
  ])('a missing or wrong $name stops start-up with a ConfigError naming it', ({ name, env }) => {
    const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    expect(configErrorOf(defined).message).toContain(name);
  });

  test('names every bad variable at once', () => {
    const message = configErrorOf({ STORE: 'cosmos', AUTH_MODE: 'entra' }).message;
    for (const name of ['COSMOS_ENDPOINT', 'AAD_APP_CLIENT_ID', 'ALLOWED_TENANTS']) expect(message).toContain(name);
  });

  test.for(['WEBSITE_INSTANCE_ID', 'FUNCTIONS_WORKER_RUNTIME'])('knows it runs in Azure when %s is set', (name) => {
    expect(loadConfig({ ...entraEnv, [name]: 'x' }).runningInAzure).toBe(true);
  });
});
