import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../config.js';
import { DEMO_TENANT, OTHER_TENANT } from './demo.js';
import { startDevHost } from './server.js';

/**
 * `npm start`: the whole app on one laptop. Local defaults (SQLite, local sign-in, demo data) apply
 * to variables that are not set; anything set in the environment wins.
 */
const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const defaults: Record<string, string> = {
  STORE: 'sqlite',
  AUTH_MODE: 'dev',
  ALLOWED_TENANTS: `${DEMO_TENANT},${OTHER_TENANT}`,
  DATA_DIR: resolve(repoRoot, '.data'),
  TABS_DIST: resolve(repoRoot, 'tabs/dist'),
};
const env = { ...process.env };
for (const [key, value] of Object.entries(defaults)) env[key] ??= value;

try {
  const host = await startDevHost(loadConfig(env));
  console.log(`Coachboard is running at ${host.url}  (store: ${host.services.store.kind}, sign-in: local demo users)`);
  const stop = (): void => {
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
