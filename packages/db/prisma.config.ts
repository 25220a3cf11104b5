import { defineConfig } from "prisma/config";

// The URL is read from process.env directly: Prisma's env() throws when it is unset, and generating
// the client must work on a machine with no database at all.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
