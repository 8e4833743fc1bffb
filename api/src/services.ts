import { createDevIdentity, assertDevIdentityAllowed, type DevIdentity } from './auth/devIdentity.js';
import { createVerifier, entraKeys, type Verifier } from './auth/verify.js';
import type { Config } from './config.js';
import { inboxNotifier } from './notify/inbox.js';
import type { Notifier } from './notify/port.js';
import { openStore } from './store/index.js';
import type { DocumentStore } from './store/port.js';

/** What every endpoint may use; built once per process. */
export interface Services {
  config: Config;
  store: DocumentStore;
  verify: Verifier;
  /** What waits for someone reaches them: the in-app inbox (and, in Teams, the activity feed). */
  notifier: Notifier;
  /** Present only with AUTH_MODE=dev on loopback. */
  devIdentity?: DevIdentity;
}

/** Opens the store and sets up token verification for the configured identity mode. */
export async function createServices(
  config: Config,
  store?: DocumentStore,
  options: { wrapStore?: (store: DocumentStore) => DocumentStore } = {},
): Promise<Services> {
  let devIdentity: DevIdentity | undefined;
  let keys;
  if (config.auth.mode === 'dev') {
    assertDevIdentityAllowed(config.host, config.runningInAzure);
    devIdentity = await createDevIdentity(config.store.dataDir, config.auth.clientId);
    keys = devIdentity.keys;
  } else {
    keys = entraKeys(config.auth.jwksUrl, (reason) => console.warn(`Entra key set: ${reason}`));
  }
  const verify = createVerifier({
    clientId: config.auth.clientId,
    apiDomain: config.auth.apiDomain,
    allowedTenants: config.auth.allowedTenants,
    keys,
  });
  const raw = store ?? (await openStore(config.store));
  const opened = options.wrapStore ? options.wrapStore(raw) : raw;
  const notifier = inboxNotifier(opened, (message) => console.warn(message));
  return { config, store: opened, verify, notifier, devIdentity };
}
