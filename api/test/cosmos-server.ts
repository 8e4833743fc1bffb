import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { CosmosStore } from '../src/store/cosmos.js';

/** A Cosmos-protocol server in this process on a random loopback port, and a CosmosStore on it. */
export interface CosmosTestServer {
  endpoint: string;
  store: CosmosStore;
  close(): Promise<void>;
}

/**
 * Starts @vercel/cosmosdb-server over plain HTTP and opens the real adapter (real @azure/cosmos SDK)
 * against it, creating the database and container as a local run with a key would.
 */
export async function startCosmosServer(database = 'coachboard'): Promise<CosmosTestServer> {
  const server: Server = createHttpServer();
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = await CosmosStore.open({
    endpoint,
    key: 'cosmosdb-server accepts any key',
    database,
    container: 'items',
    createIfMissing: true,
    endpointDiscovery: false,
  });
  return {
    endpoint,
    store,
    async close() {
      await store.close();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
