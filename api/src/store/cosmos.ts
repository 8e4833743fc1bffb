import { CosmosClient, type Container, type SqlParameter } from '@azure/cosmos';
import type { TokenCredential } from '@azure/identity';
import { Conflict, NotFound, PreconditionFailed } from '../domain/index.js';
import { stripStored } from './documents.js';
import {
  normaliseQuery,
  type DocumentStore,
  type NewDocument,
  type Page,
  type QuerySpec,
  type Stored,
} from './port.js';

/** How to reach the account: a key (local emulators, tests) or an Entra credential (Azure). */
export interface CosmosOptions {
  endpoint: string;
  database: string;
  container: string;
  key?: string;
  credential?: TokenCredential;
  /** Create the database and container when missing. Only with a key: data-plane RBAC cannot. */
  createIfMissing?: boolean;
  /** Off for single-endpoint servers (cosmosdb-server, the emulator behind a proxy). */
  endpointDiscovery?: boolean;
}

const SYSTEM_FIELDS = ['_rid', '_self', '_attachments', '_ts'] as const;

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown; statusCode?: unknown })?.code;
  if (typeof code === 'number') return code;
  const statusCode = (error as { statusCode?: unknown })?.statusCode;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

/**
 * `c["field"]` rather than `c.field`: fields named like SQL keywords (`value`, `order`, `top`) are a
 * syntax error in dot notation. `normaliseQuery` has already limited names to plain identifiers.
 */
const property = (field: string): string => `c["${field}"]`;

/**
 * The production adapter: one container `items` partitioned on `/pk`. Parameterized SQL only;
 * field names come from code and are checked by `normaliseQuery`, never from requests.
 */
export class CosmosStore implements DocumentStore {
  readonly kind = 'cosmos' as const;

  private constructor(
    private readonly client: CosmosClient,
    private readonly container: Container,
  ) {}

  static async open(options: CosmosOptions): Promise<CosmosStore> {
    const client = new CosmosClient({
      endpoint: options.endpoint,
      ...(options.key ? { key: options.key } : { aadCredentials: options.credential }),
      connectionPolicy: { enableEndpointDiscovery: options.endpointDiscovery ?? true },
    });
    let container: Container;
    if (options.createIfMissing) {
      const { database } = await client.databases.createIfNotExists({ id: options.database });
      ({ container } = await database.containers.createIfNotExists({
        id: options.container,
        partitionKey: { paths: ['/pk'] },
      }));
    } else {
      container = client.database(options.database).container(options.container);
    }
    return new CosmosStore(client, container);
  }

  async read<T extends NewDocument>(pk: string, id: string): Promise<Stored<T> | undefined> {
    try {
      const { resource } = await this.container.item(id, pk).read<Stored<T>>();
      return resource ? this.clean(resource) : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async create<T extends NewDocument>(doc: T): Promise<Stored<T>> {
    try {
      const { resource } = await this.container.items.create<T>(stripStored(doc));
      return this.clean(resource as Stored<T>);
    } catch (error) {
      if (statusOf(error) === 409) throw new Conflict(`A document with id ${doc.id} already exists.`);
      throw error;
    }
  }

  async replace<T extends NewDocument>(doc: T, options: { ifMatch: string }): Promise<Stored<T>> {
    try {
      const { resource } = await this.container
        .item(doc.id, doc.pk)
        .replace<T>(stripStored(doc), { accessCondition: { type: 'IfMatch', condition: options.ifMatch } });
      return this.clean(resource as Stored<T>);
    } catch (error) {
      throw this.translate(error);
    }
  }

  async delete(pk: string, id: string, options: { ifMatch?: string } = {}): Promise<void> {
    try {
      await this.container
        .item(id, pk)
        .delete(
          options.ifMatch === undefined ? {} : { accessCondition: { type: 'IfMatch', condition: options.ifMatch } },
        );
    } catch (error) {
      throw this.translate(error);
    }
  }

  async query<T extends NewDocument>(pk: string, spec: QuerySpec): Promise<Page<Stored<T>>> {
    const q = normaliseQuery(spec);
    // The partition key always goes into WHERE as well: cosmosdb-server ignores the option.
    const clauses = ['c.pk = @pk', 'c.type = @type'];
    const parameters: SqlParameter[] = [
      { name: '@pk', value: pk },
      { name: '@type', value: q.type },
    ];
    Object.entries(q.where).forEach(([field, value], i) => {
      clauses.push(`${property(field)} = @p${i}`);
      parameters.push({ name: `@p${i}`, value });
    });
    const dir = q.orderBy.direction === 'desc' ? 'DESC' : 'ASC';
    const query = `SELECT * FROM c WHERE ${clauses.join(' AND ')} ORDER BY ${property(q.orderBy.field)} ${dir}`;
    const iterator = this.container.items.query<Stored<T>>(
      { query, parameters },
      { partitionKey: pk, maxItemCount: q.limit, continuationToken: q.continuation },
    );
    const page = await iterator.fetchNext();
    const items = page.resources.map((doc) => this.clean(doc));
    return page.hasMoreResults && page.continuationToken ? { items, continuation: page.continuationToken } : { items };
  }

  async ping(): Promise<void> {
    await this.container.read();
  }

  async close(): Promise<void> {
    this.client.dispose();
  }

  private translate(error: unknown): unknown {
    const status = statusOf(error);
    if (status === 404) return new NotFound('document');
    if (status === 412) return new PreconditionFailed();
    return error;
  }

  private clean<T extends NewDocument>(doc: Stored<T>): Stored<T> {
    const copy: Record<string, unknown> = { ...doc };
    for (const field of SYSTEM_FIELDS) delete copy[field];
    return copy as Stored<T>;
  }
}
