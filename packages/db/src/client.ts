import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { closeEmbedded, openEmbedded } from "./embedded/open";
import { PrismaClient } from "./generated/prisma/client";
import { readEnv } from "./env";
import { resolveTarget, type TargetOptions } from "./target";

export type CreatePrismaClientOptions = TargetOptions & {
  /** Connections to PostgreSQL this client may hold at once; DATABASE_POOL_SIZE, else 10. */
  poolSize?: number;
};

/**
 * A connection attempt to PostgreSQL that gets no answer fails after this long, so that a database behind a lost
 * network answers 503 in seconds instead of holding requests until the operating system gives up.
 */
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The pool's own connectionTimeoutMillis would also bound the wait for a free connection, failing a burst of
 * requests beyond the pool's size; set on each connection instead, it bounds only the connecting.
 */
class BoundedConnectClient extends pg.Client {
  constructor(config: pg.ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

function postgresAdapter(url: string, poolSize: number): PrismaPg {
  const pool: pg.PoolConfig = {
    connectionString: url,
    max: poolSize,
    // A connection whose peer vanished without closing it is found by TCP keep-alive rather than never.
    keepAlive: true,
    Client: BoundedConnectClient as unknown as NonNullable<pg.PoolConfig["Client"]>,
  };
  return new PrismaPg(pool);
}

type Store = { singleton?: PrismaClient; clients: Set<PrismaClient> };
const KEY = Symbol.for("@tally/db/clients");
const globals = globalThis as typeof globalThis & { [KEY]?: Store };
// On globalThis so that Next's dev reloads reuse the client instead of opening the database again.
const store: Store = (globals[KEY] ??= { clients: new Set() });

/**
 * A transaction waits this long for a free connection before it fails, and may run this long: under a burst of
 * requests beyond the pool's size, requests queue for a connection instead of failing after Prisma's 2 seconds.
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/**
 * A PrismaClient on PostgreSQL when a URL is configured, else on the embedded PGlite folder, which
 * is locked for this process: a second process gets DatabaseInUseError at once.
 */
export function createPrismaClient(options: CreatePrismaClientOptions = {}): PrismaClient {
  const target = resolveTarget(options);
  const adapter =
    target.kind === "postgresql"
      ? postgresAdapter(target.url, options.poolSize ?? readEnv().DATABASE_POOL_SIZE)
      : new PrismaPGlite(openEmbedded(target.dir));
  const client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  store.clients.add(client);
  return client;
}

/** The process-wide client, created on first call so that importing this package opens nothing. */
export function db(): PrismaClient {
  return (store.singleton ??= createPrismaClient());
}

/** Disconnects every client this package created, closes embedded databases and releases their locks. */
export async function disconnectDb(): Promise<void> {
  const clients = [...store.clients];
  store.clients.clear();
  store.singleton = undefined;
  await Promise.allSettled(clients.map((client) => client.$disconnect()));
  await closeEmbedded();
}
