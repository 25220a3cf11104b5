import pg from "pg";
import { e2eDatabaseUrl } from "./settings.mjs";

/** Reads the app's database directly, to prove what a flow did or did not write. */
export async function countRows(sql: string, params: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>(sql, params);
    return Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

/** Changes the app's database directly, for states a browser cannot reach quickly (an invitation a week old). */
export async function runSql(sql: string, params: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rowCount ?? 0;
  } finally {
    await client.end();
  }
}
