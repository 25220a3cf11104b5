import { fileURLToPath } from "node:url";

// Resolved from this file rather than the working directory, so the root `pnpm db:*` commands,
// the package scripts and tests in other packages all find the same schema and migrations.
export const SCHEMA_PATH = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
