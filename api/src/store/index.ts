import { join } from 'node:path';
import { DefaultAzureCredential } from '@azure/identity';
import type { StoreConfig } from '../config.js';
import { CosmosStore } from './cosmos.js';
import type { DocumentStore } from './port.js';
import { SqliteStore } from './sqlite.js';

export type { DocumentStore, NewDocument, Page, QuerySpec, Stored } from './port.js';

/** Opens the adapter the configuration names; nothing outside this folder knows which one it is. */
export async function openStore(config: StoreConfig): Promise<DocumentStore> {
  if (config.kind === 'sqlite') {
    return new SqliteStore(config.sqliteFile ?? join(config.dataDir, 'coachboard.sqlite'));
  }
  return CosmosStore.open({
    endpoint: config.cosmosEndpoint,
    database: config.cosmosDatabase,
    container: 'items',
    ...(config.cosmosKey
      ? { key: config.cosmosKey, createIfMissing: true }
      : { credential: new DefaultAzureCredential() }),
    endpointDiscovery: config.cosmosEndpointDiscovery,
  });
}
