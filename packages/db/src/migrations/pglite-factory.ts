import { PGlite } from "@electric-sql/pglite";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

// pglite-prisma-adapter 0.7.2 starts migration scripts without awaiting them, so a failing
// migration would be recorded as applied and its error would surface as an unhandled rejection;
// its shadow databases are never closed either. This factory fixes both for the schema engine.

function convertError(error: unknown): unknown {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") return error;
  const pgError = error as Error & { code: string; severity?: string; detail?: string; column?: string; hint?: string };
  return new DriverAdapterError({
    kind: "postgres",
    code: pgError.code,
    severity: pgError.severity ?? "ERROR",
    message: pgError.message,
    detail: pgError.detail,
    column: pgError.column,
    hint: pgError.hint,
  });
}

async function adapterFor(pglite: PGlite, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const inner = await new PrismaPGlite(pglite).connect();
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    async executeScript(script) {
      try {
        await pglite.exec(script);
      } catch (error) {
        throw convertError(error);
      }
    },
    async dispose() {
      await inner.dispose();
      await onDispose?.();
    },
  };
}

/** Migrations on `pglite`; shadow databases are fresh in-memory PGlites, so no setup is needed. */
export function pgliteMigrationFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "pglite-migrate",
    connect: () => adapterFor(pglite),
    async connectToShadowDb() {
      const shadow = new PGlite("memory://");
      return adapterFor(shadow, () => shadow.close());
    },
  };
}
