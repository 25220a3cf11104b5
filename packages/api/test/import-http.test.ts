import { beforeAll, describe, expect, it } from "vitest";
import { countAttempt, RATE_LIMIT_POLICIES } from "../src/auth/rate-limit";
import { handleImportTemplate, handleImportUpload, type ImportStreamEvent } from "../src/http/imports";
import { useTestDatabase } from "./support/database";
import { createImportKpi } from "./support/import-world";
import { createOrgWorld, createUserWithSession, type OrgWorld } from "./support/world";

const db = useTestDatabase();
let world: OrgWorld;

beforeAll(async () => {
  world = await createOrgWorld(db(), "import-http");
  await createImportKpi(db(), world, { name: "Revenue", code: "REV" });
});

const CSV = "kpi,date,value\nREV,2025-02-10,12.5\n";

function upload(query: string, body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(`http://tally.test/api/orgs/${world.org.slug}/imports?${query}`, {
    method: "POST",
    body,
    headers: { "content-type": "text/csv", ...headers },
    duplex: "half",
  } as RequestInit);
}

const send = (request: Request, sessionId: string | null = world.members.admin.sessionId) => handleImportUpload(request, { db: db(), sessionId, orgSlug: world.org.slug });

async function lines(response: Response): Promise<ImportStreamEvent[]> {
  const text = await response.text();
  return text.trim().split("\n").map((line) => JSON.parse(line) as ImportStreamEvent);
}

describe("the browser's import route", () => {
  it("answers a dry run with the result as JSON, and a commit refused for row errors with 422", async () => {
    const response = await send(upload("dryRun=true&fileName=values.csv", CSV));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ dryRun: true, counts: { new: 1 }, file: { name: "values.csv" } });
    const refused = await send(upload("dryRun=false", "kpi,date,value\nREV,2025-02-10,x\n"));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ committed: false, counts: { error: 1 } });
  });

  it("streams progress lines, then the result, when asked for NDJSON", async () => {
    const response = await send(upload("dryRun=false&decimalSeparator=,", "kpi;date;value\nREV;2025-03-10;1,5\n", { accept: "application/x-ndjson" }));
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const events = await lines(response);
    expect(events.slice(0, -1).every((event) => event.type === "progress")).toBe(true);
    expect(events.some((event) => event.type === "progress" && event.phase === "writing")).toBe(true);
    const last = events.at(-1)!;
    expect(last.type === "result" && last.result).toMatchObject({ committed: true, counts: { new: 1 }, rows: [{ value: "1.5" }] });
  });

  it("streams a refused file as an error line with the status it would have", async () => {
    const events = await lines(await send(upload("dryRun=true", "kpi,date,vaule\n", { accept: "application/x-ndjson" })));
    expect(events.at(-1)).toMatchObject({ type: "error", status: 400, error: { field: "file", problem: "columns" } });
  });

  it("refuses a declared size over 20 MB with 413 before reading the body", async () => {
    let pulled = false;
    // No queue: the source is pulled only when someone reads.
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const response = await send(upload("dryRun=true", body, { "content-length": String(21 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { field: "file", problem: "too_large", message: expect.stringMatching(/larger than 20 MB/) } });
    expect(pulled).toBe(false);
  });

  it("refuses with 413 a body of unknown length that grows past 20 MB", async () => {
    const megabyte = new TextEncoder().encode(`REV,2025-02-10,1,${"x".repeat(1000)}\n`.repeat(1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("kpi,date,value,comment\n"));
      },
      pull(controller) {
        sent += 1;
        controller.enqueue(megabyte);
      },
    });
    const response = await send(upload("dryRun=true", body));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(25);
  });

  it("refuses an upload that ends before its declared length", async () => {
    const response = await send(upload("dryRun=true", CSV, { "content-length": String(CSV.length + 10) }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { problem: "incomplete" } });
  });

  it("refuses a wrong type with 415, a missing dryRun and an unknown separator with 400", async () => {
    expect((await send(upload("dryRun=true", "{}", { "content-type": "application/json" }))).status).toBe(415);
    expect((await send(upload("", CSV))).status).toBe(400);
    expect((await send(upload("dryRun=yes", CSV))).status).toBe(400);
    expect((await send(upload("dryRun=true&decimalSeparator=;", CSV))).status).toBe(400);
  });

  it("answers 401 without a session and 404 to someone who is not a member, writing nothing", async () => {
    expect((await send(upload("dryRun=false", CSV), null)).status).toBe(401);
    const outsider = await createUserWithSession(db(), "outsider");
    const response = await send(upload("dryRun=false", CSV), outsider.sessionId);
    expect(response.status).toBe(404);
    expect(await db().checkIn.count({ where: { orgId: world.org.id, periodStart: new Date("2025-02-01") } })).toBe(0);
  });
});

describe("the import route's budget", () => {
  it("refuses a member's upload past 60 in an hour with 429, Retry-After and the reason beside the file, and counts members apart", async () => {
    const { points } = RATE_LIMIT_POLICIES.importByMember;
    expect(points).toBe(60);
    for (let attempt = 0; attempt < points - 1; attempt += 1) await countAttempt(db(), "importByMember", world.members.executive.membershipId);
    // The last upload the budget allows still goes through.
    expect((await send(upload("dryRun=true", CSV), world.members.executive.sessionId)).status).toBe(200);
    const refused = await send(upload("dryRun=true", CSV), world.members.executive.sessionId);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3500);
    expect(await refused.json()).toEqual({ error: { message: "You have sent 60 files in the last hour. Try again in 60 minutes.", field: "file", problem: "rate_limited" } });
    expect((await send(upload("dryRun=true", CSV), world.members.admin.sessionId)).status).toBe(200);
  });
});

describe("the template route", () => {
  const template = (query: string, sessionId: string | null = world.members.admin.sessionId) =>
    handleImportTemplate(new Request(`http://tally.test/api/orgs/${world.org.slug}/imports/template?${query}`), { db: db(), sessionId, orgSlug: world.org.slug });

  it("downloads the CSV or Excel template as an attachment", async () => {
    const csv = await template("format=csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="tally-import-template.csv"');
    expect(await csv.text()).toContain("kpi,date,value,comment");
    const xlsx = await template("format=xlsx");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it("answers 404 to a non-member and for an unknown KPI, 400 for an unknown format", async () => {
    const outsider = await createUserWithSession(db(), "outsider");
    expect((await template("format=csv", outsider.sessionId)).status).toBe(404);
    expect((await template("format=csv&kpi=nope")).status).toBe(404);
    expect((await template("format=pdf")).status).toBe(400);
  });
});
