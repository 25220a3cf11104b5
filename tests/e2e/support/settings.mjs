// Shared by the e2e server and the specs, so both talk to the same database and ports.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// The mail the app sends during the run can be read on this port (see mailbox.ts).
export const E2E_MAILBOX_PORT = E2E_PORT + 1;
// Another name lets a second run (another E2E_PORT) go on beside one that is already using the default.
export const E2E_DATABASE = process.env.E2E_DATABASE ?? "tally_e2e";
if (!/^[a-z_][a-z0-9_]*$/.test(E2E_DATABASE)) {
  throw new Error(`E2E_DATABASE must be a plain lower-case database name, not "${E2E_DATABASE}".`);
}

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
