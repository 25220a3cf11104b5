// Shared by the e2e server and the specs, so both talk to the same database and port.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE = "tally_e2e";

export function adminDatabaseUrl() {
  const base = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432";
  const url = new URL(base);
  url.pathname = "/postgres";
  return url.toString();
}

export function e2eDatabaseUrl() {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${E2E_DATABASE}`;
  return url.toString();
}
