import { readEnv } from "./env";

export type TargetOptions = {
  /** A postgresql:// URL; wins over everything else. Defaults to DATABASE_URL. */
  databaseUrl?: string;
  /** The embedded database folder (or `memory://…`), used when no URL is given. Defaults to PGLITE_DIR. */
  pgliteDir?: string;
};

export type DatabaseTarget = { kind: "postgresql"; url: string } | { kind: "pglite"; dir: string };

/** Which database to open: explicit options first, then DATABASE_URL, then the embedded folder. */
export function resolveTarget(options: TargetOptions = {}): DatabaseTarget {
  if (options.databaseUrl) return { kind: "postgresql", url: options.databaseUrl };
  if (options.pgliteDir) return { kind: "pglite", dir: options.pgliteDir };
  const env = readEnv();
  return env.DATABASE_URL ? { kind: "postgresql", url: env.DATABASE_URL } : { kind: "pglite", dir: env.PGLITE_DIR };
}
