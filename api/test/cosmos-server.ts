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

/** A Cosmos-protocol server alone, for a process that opens its own store (the dev host with STORE=cosmos). */
export interface CosmosProtocolServer {
  endpoint: string;
  /** Any key works; the SDK still signs every request with it. */
  key: string;
  close(): Promise<void>;
}

/** Starts @vercel/cosmosdb-server over plain HTTP on a random loopback port. */
export async function startCosmosProtocolServer(): Promise<CosmosProtocolServer> {
  const server: Server = createHttpServer();
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    key: 'cosmosdb-server accepts any key',
    async close() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/**
 * Starts @vercel/cosmosdb-server over plain HTTP and opens the real adapter (real @azure/cosmos SDK)
 * against it, creating the database and container as a local run with a key would.
 */
export async function startCosmosServer(database = 'coachboard'): Promise<CosmosTestServer> {
  const server = await startCosmosProtocolServer();
  const endpoint = server.endpoint;
  const store = await CosmosStore.open({
    endpoint,
    key: server.key,
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
      await server.close();
    },
  };
}
