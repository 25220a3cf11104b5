import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { closeEmbedded, openEmbedded } from "./embedded/open";
import { readEnv } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export type CreatePrismaClientOptions = {
  /** A postgresql:// URL; wins over everything else. Defaults to DATABASE_URL. */
  databaseUrl?: string;
  /** The embedded database folder (or `memory://…`), used when no URL is given. Defaults to PGLITE_DIR. */
  pgliteDir?: string;
};

type Store = { singleton?: PrismaClient; clients: Set<PrismaClient> };
const KEY = Symbol.for("@tally/db/clients");
const globals = globalThis as typeof globalThis & { [KEY]?: Store };
// On globalThis so that Next's dev reloads reuse the client instead of opening the database again.
const store: Store = (globals[KEY] ??= { clients: new Set() });

/**
 * A PrismaClient on PostgreSQL when a URL is configured, else on the embedded PGlite folder, which
 * is locked for this process: a second process gets DatabaseInUseError at once.
 */
export function createPrismaClient(options: CreatePrismaClientOptions = {}): PrismaClient {
  const env = options.databaseUrl || options.pgliteDir ? undefined : readEnv();
  const url = options.databaseUrl ?? env?.DATABASE_URL;
  const adapter = url
    ? new PrismaPg({ connectionString: url })
    : new PrismaPGlite(openEmbedded(options.pgliteDir ?? env?.PGLITE_DIR ?? readEnv().PGLITE_DIR));
  const client = new PrismaClient({ adapter });
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
