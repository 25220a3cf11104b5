import pg from "pg";
import { readEnv } from "../env";
import { databaseUrl } from "../url";

export const LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432";

/** The PostgreSQL server tests use: TEST_DATABASE_URL, else the local one. */
export function testServerUrl(): string {
  return readEnv().TEST_DATABASE_URL ?? LOCAL_SERVER;
}

/** Whether a server answers at `url` within `timeoutMs`, for tests that need PostgreSQL itself. */
export async function isServerReachable(url: string = testServerUrl(), timeoutMs = 2_000): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl(url, "postgres"), connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
