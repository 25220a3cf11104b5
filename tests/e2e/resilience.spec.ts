import http from "node:http";
import { expect, test } from "@playwright/test";
import { databaseServer, dropOwnDatabase, ownDatabaseUrl, ownServerOutputs, query, recreateOwnDatabase, signInCookie, startOwnServer, type OwnServer } from "./support/own-server";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";

// Faults from outside: each test starts the production build on a port of its own, on a database of this spec,
// and cuts its database, signals it or kills it.
const ADMIN = { email: "admin@acme.test", password: "tally-demo-2026" };
const KPI_LIST = `/api/trpc/kpi.list?input=${encodeURIComponent(JSON.stringify({ json: { orgSlug: "acme" } }))}`;

test.describe.configure({ mode: "default", timeout: 150_000 });

test.beforeAll(async () => {
  await recreateOwnDatabase();
});

test.afterEach(async () => {
  const testInfo = test.info();
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const { name, output } of ownServerOutputs()) await testInfo.attach(name, { body: output, contentType: "text/plain" });
});

test.afterAll(async () => {
  await dropOwnDatabase();
});

async function createApiKey(base: string, cookie: string): Promise<string> {
  const response = await fetch(`${base}/api/trpc/apiKey.create`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ json: { orgSlug: "acme", name: `resilience ${Date.now()}`, scope: "read_write" } }),
  });
  expect(response.status).toBe(200);
  const payload = (await response.json()) as { result: { data: { json: { secret: string } } } };
  return payload.result.data.json.secret;
}

test.describe("a database that goes away", () => {
  let proxy: TcpProxy;
  let server: OwnServer;
  let cookie: string;
  let apiKey: string;

  test.beforeAll(async () => {
    proxy = await startTcpProxy(databaseServer());
    // Two connections, so that the burst below is many times the pool.
    server = await startOwnServer({ index: 0, databaseUrl: ownDatabaseUrl(proxy.port), env: { DATABASE_POOL_SIZE: "2" } });
    cookie = await signInCookie(server.base, ADMIN.email, ADMIN.password);
    apiKey = await createApiKey(server.base, cookie);
  });

  test.afterAll(async () => {
    await server?.stop();
    await proxy?.close();
  });

  const page = (path = "/acme/kpis") => fetch(`${server.base}${path}`, { headers: { cookie, accept: "text/html", "sec-fetch-dest": "document" }, redirect: "manual" });
  const trpc = () => fetch(`${server.base}${KPI_LIST}`, { headers: { cookie } });
  const rest = () => fetch(`${server.base}/api/v1/kpis`, { headers: { authorization: `Bearer ${apiKey}` } });

  test("fifty calls at once on a pool of two connections wait for one and all succeed", async () => {
    const calls = Array.from({ length: 50 }, (_, index) => (index % 5 === 4 ? rest() : trpc()));
    const statuses = await Promise.all(calls.map(async (call) => (await call).status));
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  });

  test("answers 503 with Retry-After while the database refuses connections, and serves again within 2 s of its return", async ({ browser }) => {
    expect((await page()).status).toBe(200);
    proxy.cut("refuse");

    // The first page to meet the outage sends the browser to its own address again, never a 500.
    const first = await page();
    expect([503, 307]).toContain(first.status);
    if (first.status === 307) expect(new URL(first.headers.get("location")!, server.base).pathname).toBe("/acme/kpis");
    const outage = await page();
    expect(outage.status).toBe(503);
    expect(outage.headers.get("retry-after")).toBe("5");
    expect(await outage.text()).toContain("reconnecting to its database");

    for (const call of [trpc, rest, () => page("/acme"), () => page("/sign-in")]) {
      const response = await call();
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    const exported = await fetch(`${server.base}/api/orgs/acme/exports/kpis?format=csv`, { headers: { cookie } });
    expect(exported.status).toBe(503);
    expect(exported.headers.get("retry-after")).toBe("5");
    const signIn = await fetch(`${server.base}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", body: new URLSearchParams(ADMIN) });
    expect(signIn.status).toBe(503);

    const context = await browser.newContext({ extraHTTPHeaders: { cookie } });
    const tab = await context.newPage();
    const shown = await tab.goto(`${server.base}/acme`);
    expect(shown?.status()).toBe(503);
    await expect(tab.getByRole("heading", { name: "Tally is reconnecting to its database" })).toBeVisible();
    await context.close();

    proxy.restore();
    const restored = Date.now();
    await expect.poll(async () => (await Promise.all([page(), trpc(), rest()])).map((response) => response.status), { intervals: [100], timeout: 5_000 }).toEqual([200, 200, 200]);
    test.info().annotations.push({ type: "served again after", description: `${Date.now() - restored} ms` });
    expect(Date.now() - restored).toBeLessThanOrEqual(2_000);
  });

  test("answers 503 when connecting to the database hangs, and serves again within 2 s of its return", async () => {
    proxy.cut("hang");
    const started = Date.now();
    const response = await trpc();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    // The pool gives up connecting after 5 s rather than waiting for the operating system.
    expect(Date.now() - started).toBeLessThan(9_000);
    expect((await page()).status).toBe(503);

    proxy.restore();
    const restored = Date.now();
    await expect.poll(async () => (await Promise.all([page(), trpc()])).map((response) => response.status), { intervals: [100], timeout: 5_000 }).toEqual([200, 200]);
    test.info().annotations.push({ type: "served again after", description: `${Date.now() - restored} ms` });
    expect(Date.now() - restored).toBeLessThanOrEqual(2_000);
  });
});

test.describe("stopping", () => {
  test("SIGTERM finishes the request in flight, claims no new job and exits within 10 s", async () => {
    // The job runner looks at its table every half second, so that a short upload outlasts several looks.
    const server = await startOwnServer({ index: 1, databaseUrl: ownDatabaseUrl(), env: { JOB_POLL_INTERVAL_MS: "500" } });
    try {
      const cookie = await signInCookie(server.base, ADMIN.email, ADMIN.password);
      // A kind no handler knows is claimed and put back with one attempt more: proof that a worker took it.
      const queue = async (key: string) => {
        await query(`INSERT INTO "Job" ("id", "kind", "key", "payload", "runAt") VALUES ($1, 'resilience.probe', $1, '{}', now())`, [key]);
      };
      const attemptsOf = async (key: string) => (await query<{ attempts: number }>(`SELECT "attempts" FROM "Job" WHERE "key" = $1`, [key]))[0]!.attempts;
      const before = `before-${Date.now()}`;
      await queue(before);
      await expect.poll(() => attemptsOf(before), { timeout: 5_000 }).toBeGreaterThan(0);

      // An upload the server is still receiving: in flight for as long as this test holds back its end.
      const csv = Buffer.from(`kpi,date,value\n${Array.from({ length: 200 }, (_, day) => `MRR,2026-0${1 + (day % 9)}-01,${day}`).join("\n")}\n`);
      const answer = new Promise<{ status: number; body: string }>((done, fail) => {
        const request = http.request(`${server.base}/api/orgs/acme/imports?dryRun=true`, {
          method: "POST",
          headers: { cookie, "content-type": "text/csv", "content-length": csv.length },
        });
        request.on("response", (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => (body += chunk.toString()));
          response.on("end", () => done({ status: response.statusCode ?? 0, body }));
        });
        request.on("error", fail);
        request.write(csv.subarray(0, 100));
        setTimeout(() => request.end(csv.subarray(100)), 3_000);
      });
      await new Promise((done) => setTimeout(done, 300));

      server.signal("SIGTERM");
      const signalled = Date.now();
      await server.waitForOutput(/SIGTERM: finishing the requests in flight/);
      const after = `after-${Date.now()}`;
      await queue(after);

      // The upload stays open for more than two seconds after the job was queued: four looks at the table.
      const { status, body } = await answer;
      expect(status, body).toBe(200);
      expect(JSON.parse(body)).toMatchObject({ committed: false });
      expect(await server.waitForExit(10_000 - (Date.now() - signalled))).toBe(true);
      test.info().annotations.push({ type: "exited after SIGTERM", description: `${Date.now() - signalled} ms` });
      expect(Date.now() - signalled).toBeLessThanOrEqual(10_000);
      expect(await attemptsOf(after)).toBe(0);
      // New connections were refused while the upload finished.
      expect(await fetch(`${server.base}/api/health`).then(() => "answered", () => "refused")).toBe("refused");
    } finally {
      await server.stop();
    }
  });
});

test.describe("a crash during an import", () => {
  const KPIS = 100;
  const DAYS = 400;

  test("a server killed while it writes an import leaves none of its rows, and the same file imports whole afterwards", async () => {
    const first = await startOwnServer({ index: 2, databaseUrl: ownDatabaseUrl() });
    let second: OwnServer | undefined;
    try {
      const [owner] = await query<{ orgId: string; membershipId: string }>(
        `SELECT m."orgId", m."id" AS "membershipId" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" JOIN "Organization" o ON o."id" = m."orgId" WHERE o."slug" = 'acme' AND u."email" = $1`,
        [ADMIN.email],
      );
      await query(
        `INSERT INTO "Kpi" ("orgId", "id", "name", "activeName", "code", "activeCode", "category", "unit", "direction", "cadence", "startDate", "ownerMembershipId", "updatedAt")
         SELECT $1, 'crash_' || n, 'Crash KPI ' || n, 'crash kpi ' || n, 'CRASH' || n, 'CRASH' || n, 'operational', 'number', 'increase', 'daily', DATE '2025-01-01', $2, now()
         FROM generate_series(1, ${KPIS}) AS n`,
        [owner!.orgId, owner!.membershipId],
      );
      const lines = ["kpi,date,value"];
      for (let day = 0; day < DAYS; day += 1) {
        const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
        for (let kpi = 1; kpi <= KPIS; kpi += 1) lines.push(`CRASH${kpi},${date},${day + kpi}`);
      }
      const csv = `${lines.join("\n")}\n`;
      const rows = KPIS * DAYS;
      const stored = async () => Number((await query<{ count: string }>(`SELECT count(*) FROM "CheckIn" WHERE "kpiId" LIKE 'crash\\_%'`))[0]!.count);
      const importFile = async (server: OwnServer, cookie: string) =>
        fetch(`${server.base}/api/orgs/acme/imports?dryRun=false&fileName=crash.csv`, {
          method: "POST",
          headers: { cookie, "content-type": "text/csv", accept: "application/x-ndjson" },
          body: csv,
        });

      const response = await importFile(first, await signInCookie(first.base, ADMIN.email, ADMIN.password));
      expect(response.status).toBe(200);
      // Progress streams as the rows are written inside the transaction; the server dies part way through.
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = "";
      let killedAt: { done: number; total: number } | null = null;
      while (!killedAt) {
        const { done, value } = await reader.read();
        if (done) break;
        buffered += value;
        for (const line of buffered.split("\n").slice(0, -1)) {
          const event = JSON.parse(line) as { type: string; phase?: string; done?: number; total?: number };
          if (event.type === "progress" && event.phase === "writing" && event.done! > 0 && event.done! < event.total!) {
            first.killAll();
            killedAt = { done: event.done!, total: event.total! };
            break;
          }
        }
        buffered = buffered.slice(buffered.lastIndexOf("\n") + 1);
      }
      await reader.cancel().catch(() => {});
      expect(killedAt, "the import was killed while writing").not.toBeNull();
      expect(killedAt!.total).toBe(rows);
      expect(await first.waitForExit(5_000)).toBe(true);
      expect(await stored()).toBe(0);
      expect(Number((await query<{ count: string }>(`SELECT count(*) FROM "AuditEvent" WHERE "action" = 'values.imported' AND "after"->>'file' = 'crash.csv'`))[0]!.count)).toBe(0);

      second = await startOwnServer({ index: 2, databaseUrl: ownDatabaseUrl() });
      const again = await importFile(second, await signInCookie(second.base, ADMIN.email, ADMIN.password));
      const events = (await again.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; result?: { committed: boolean } });
      expect(events.at(-1)).toMatchObject({ type: "result", result: { committed: true } });
      expect(await stored()).toBe(rows);
    } finally {
      first.killAll();
      await second?.stop();
    }
  });
});
