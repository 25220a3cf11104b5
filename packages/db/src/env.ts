import { resolve } from "node:path";
import { z } from "zod";
import { findWorkspaceRoot } from "./workspace-root";

// The only reader of process.env in this package. Empty strings count as unset, because .env files
// and CI settings often declare a variable without a value.
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

const postgresUrl = z.preprocess(
  emptyAsUnset,
  z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
);

const schema = z.object({
  DATABASE_URL: postgresUrl,
  TEST_DATABASE_URL: postgresUrl,
  PGLITE_DIR: z.preprocess(emptyAsUnset, z.string().optional()),
  NODE_ENV: z.preprocess(emptyAsUnset, z.enum(["development", "production", "test"]).default("development")),
  DATABASE_POOL_SIZE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(1000).default(10)),
});

export type DbEnv = {
  DATABASE_URL?: string;
  /** The PostgreSQL server on which tests create their databases. */
  TEST_DATABASE_URL?: string;
  /** Absolute path of the embedded database folder; a relative PGLITE_DIR counts from the workspace root. */
  PGLITE_DIR: string;
  NODE_ENV: "development" | "production" | "test";
  /** Connections each server process may hold to PostgreSQL; requests beyond it wait for one to be free. */
  DATABASE_POOL_SIZE: number;
};

/** Parsed on every call, so tests and scripts that set variables at runtime see them. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid database environment: ${problems.join("; ")}`);
  }
  const root = findWorkspaceRoot();
  return {
    ...parsed.data,
    PGLITE_DIR: resolve(root, parsed.data.PGLITE_DIR ?? ".data/pglite"),
  };
}
