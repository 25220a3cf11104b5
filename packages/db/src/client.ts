import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { closeEmbedded, openEmbedded } from "./embedded/open";
import { PrismaClient } from "./generated/prisma/client";
import { resolveTarget, type TargetOptions } from "./target";

export type CreatePrismaClientOptions = TargetOptions;

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
      ? new PrismaPg({ connectionString: target.url })
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
