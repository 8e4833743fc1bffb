import { z } from 'zod';
import { ENTRA_JWKS_URL } from './auth/entraKeys.js';

/**
 * Configuration, parsed once at start-up. Every variable is documented in the README's
 * configuration table; a missing or wrong one stops start-up with a message that names it.
 */
const Env = z
  .object({
    STORE: z.enum(['sqlite', 'cosmos']).default('sqlite'),
    DATA_DIR: z.string().min(1).default('.data'),
    SQLITE_FILE: z.string().min(1).optional(),
    COSMOS_ENDPOINT: z.url().optional(),
    COSMOS_KEY: z.string().min(1).optional(),
    COSMOS_DATABASE: z.string().min(1).default('coachboard'),
    COSMOS_ENDPOINT_DISCOVERY: z.enum(['true', 'false']).default('true'),
    AUTH_MODE: z.enum(['entra', 'dev']).default('entra'),
    AAD_APP_CLIENT_ID: z.string().min(1).optional(),
    API_DOMAIN: z.string().min(1).optional(),
    ALLOWED_TENANTS: z.string().min(1).optional(),
    ENTRA_JWKS_URL: z
      .url()
      .refine((url) => url.startsWith('https://') || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//.test(url), {
        message: 'must be an https URL (http only on localhost)',
      })
      .optional(),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(53000),
    SEED_DEMO: z.enum(['true', 'false']).default('true'),
    TABS_DIST: z.string().min(1).optional(),
    WEBSITE_INSTANCE_ID: z.string().optional(),
    FUNCTIONS_WORKER_RUNTIME: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.STORE === 'cosmos' && !env.COSMOS_ENDPOINT) {
      ctx.addIssue({ code: 'custom', path: ['COSMOS_ENDPOINT'], message: 'is required when STORE=cosmos' });
    }
    if (env.AUTH_MODE === 'entra') {
      for (const name of ['AAD_APP_CLIENT_ID', 'ALLOWED_TENANTS'] as const) {
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when AUTH_MODE=entra' });
      }
    }
  });

export interface StoreConfig {
  kind: 'sqlite' | 'cosmos';
  dataDir: string;
  sqliteFile?: string;
  cosmosEndpoint: string;
  cosmosKey?: string;
  cosmosDatabase: string;
  cosmosEndpointDiscovery: boolean;
}

export interface AuthConfig {
  mode: 'entra' | 'dev';
  clientId: string;
  apiDomain?: string;
  /** Tenant ids whose tokens are accepted; `*` accepts any (never the default). */
  allowedTenants: string[];
  /** Where Entra's signing keys are fetched. */
  jwksUrl: string;
}

export interface Config {
  store: StoreConfig;
  auth: AuthConfig;
  host: string;
  port: number;
  seedDemo: boolean;
  tabsDist?: string;
  /** True inside Azure Functions, where dev identity is refused. */
  runningInAzure: boolean;
}

/** The client id local tokens carry; any fixed GUID works since the local key pair signs them. */
export const DEV_CLIENT_ID = '00000000-0000-4000-8000-00000000c0ac';

/** Thrown when the environment is unusable; `message` names every bad variable. */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const devTenants = e.ALLOWED_TENANTS ?? '';
  return {
    store: {
      kind: e.STORE,
      dataDir: e.DATA_DIR,
      sqliteFile: e.SQLITE_FILE,
      cosmosEndpoint: e.COSMOS_ENDPOINT ?? '',
      cosmosKey: e.COSMOS_KEY,
      cosmosDatabase: e.COSMOS_DATABASE,
      cosmosEndpointDiscovery: e.COSMOS_ENDPOINT_DISCOVERY === 'true',
    },
    auth: {
      mode: e.AUTH_MODE,
      clientId: e.AAD_APP_CLIENT_ID ?? DEV_CLIENT_ID,
      apiDomain: e.API_DOMAIN,
      allowedTenants: devTenants
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      jwksUrl: e.ENTRA_JWKS_URL ?? ENTRA_JWKS_URL,
    },
    host: e.HOST,
    port: e.PORT,
    seedDemo: e.SEED_DEMO === 'true',
    tabsDist: e.TABS_DIST,
    runningInAzure: Boolean(e.WEBSITE_INSTANCE_ID || e.FUNCTIONS_WORKER_RUNTIME),
  };
}
