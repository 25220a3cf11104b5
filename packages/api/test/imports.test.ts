import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runImport, type ImportProgress, type ImportResult } from "../src/services/imports";
import { isRaceForPeriod } from "../src/services/imports/run-import";
import { writeImportedValues } from "../src/services/imports/write-values";
import { useTestDatabase } from "./support/database";
import { bytesInput, createImportKpi, csvInput, IMPORT_NOW, keyActor, memberActor, type Actor } from "./support/import-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();
let world: OrgWorld;
let admin: Actor;

beforeAll(async () => {
  world = await createOrgWorld(db(), "imports");
  admin = await memberActor(db(), world, world.members.admin);
});

let sequence = 0;
/** A KPI of its own for each test, so that tests never see each other's values. */
async function freshKpi(spec: Partial<Parameters<typeof createImportKpi>[2]> = {}) {
  sequence += 1;
  const code = spec.code === undefined ? `K${sequence}` : spec.code;
  const name = spec.name ?? `Import KPI ${sequence}`;
  const id = await createImportKpi(db(), world, { ...spec, name, code });
  return { id, code: code ?? "", name };
}

const dryRun = (actor: Actor, text: string, overrides = {}) => runImport(db(), actor, csvInput(text, overrides), { dryRun: true, now: IMPORT_NOW });
const commit = (actor: Actor, text: string, overrides = {}) => runImport(db(), actor, csvInput(text, overrides), { dryRun: false, now: IMPORT_NOW });

const outcomes = (result: ImportResult) => result.rows.map((row) => [row.line, row.outcome, row.error?.code ?? null]);

async function storedValues(kpiId: string) {
  const rows = await db().checkIn.findMany({
    where: { orgId: world.org.id, kpiId },
    orderBy: { periodStart: "asc" },
    select: { periodStart: true, value: true, comment: true, source: true, apiKeyId: true, recordedByMembershipId: true, updatedAt: true, revisions: { select: { value: true, comment: true } } },
  });
  return rows.map((row) => ({ ...row, periodStart: row.periodStart.toISOString().slice(0, 10), value: row.value.toString(), revisions: row.revisions.map((revision) => revision.value.toString()) }));
}

async function refusal(call: Promise<unknown>) {
  const error = await call.then(() => null, (failure: unknown) => failure as { name?: string; kind?: string; field?: string | null; problem?: string; message: string });
  if (!error) return null;
  return { name: error.name, kind: error.kind, field: error.field, problem: error.problem, message: error.message };
}

describe("a dry run", () => {
  it("says what would happen to every row and writes nothing", async () => {
    const kpi = await freshKpi();
    const result = await dryRun(admin, `kpi,date,value,comment\n${kpi.code},2026-01-10,12.5,first\n${kpi.name},2026-02-10,13,\n`);
    expect(result).toMatchObject({ dryRun: true, committed: false, counts: { rows: 2, new: 2, changed: 0, unchanged: 0, error: 0 } });
    expect(result.message).toBe("Ready to import 2 values: 2 new values, 0 changed values, 0 unchanged rows.");
    expect(result.file).toEqual({ name: "values.csv", kind: "csv", delimiter: ",", decimalSeparator: ".", dateExample: "3/31/2026" });
    expect(result.kpis).toEqual([{ id: kpi.id, name: kpi.name, code: kpi.code, cadence: "monthly" }]);
    expect(result.rows[0]).toEqual({ line: 2, kpiText: kpi.code, kpiId: kpi.id, period: "2026-01-01", outcome: "new", value: "12.5", previousValue: null, comment: "first", previousComment: null, error: null });
    expect(await storedValues(kpi.id)).toEqual([]);
  });

  it("reports progress while reading and checking", async () => {
    const kpi = await freshKpi();
    const progress: ImportProgress[] = [];
    const text = `kpi,date,value\n${kpi.code},2026-01-10,1\n`;
    await runImport(db(), admin, csvInput(text, { size: text.length }), { dryRun: true, now: IMPORT_NOW, onProgress: (report) => progress.push(report) });
    expect(progress.at(0)).toMatchObject({ phase: "reading" });
    expect(progress).toContainEqual({ phase: "reading", done: text.length, total: text.length });
    expect(progress.at(-1)).toEqual({ phase: "checking", done: 1, total: 1 });
  });
});

describe("a commit", () => {
  it("writes every row as an import by the member, refreshes the KPI's latest value and logs one audit event", async () => {
    const kpi = await freshKpi();
    const text = `kpi,date,value,comment\n${kpi.code},2026-01-10,12.5,first\n${kpi.code},2026-02-10,13,\n`;
    const result = await commit(admin, text);
    expect(result).toMatchObject({ dryRun: false, committed: true, counts: { new: 2, error: 0 } });
    expect(result.message).toBe("Imported 2 values: 2 new values, 0 changed values, 0 unchanged rows.");
    const stored = await storedValues(kpi.id);
    expect(stored.map((row) => [row.periodStart, row.value, row.comment, row.source, row.apiKeyId, row.recordedByMembershipId])).toEqual([
      ["2026-01-01", "12.5", "first", "import", null, world.members.admin.membershipId],
      ["2026-02-01", "13", "", "import", null, world.members.admin.membershipId],
    ]);
    const summary = await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: kpi.id } }, select: { latestPeriodStart: true, latestValue: true, latestStatus: true } });
    expect([summary.latestPeriodStart?.toISOString().slice(0, 10), summary.latestValue?.toString(), summary.latestStatus]).toEqual(["2026-02-01", "13", "off_track"]);
    const audit = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "values.imported", after: { path: ["file"], equals: "values.csv" } }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(audit[0]).toMatchObject({ actorUserId: world.members.admin.userId, targetType: "import", after: { file: "values.csv", rows: 2, new: 2, changed: 0, unchanged: 0, kpis: 1 } });
  });

  it("changes nothing when the same file is imported again: every row unchanged, no revision, no audit event", async () => {
    const kpi = await freshKpi();
    const text = `kpi,date,value,comment\n${kpi.code},2026-01-10,12.5,first\n${kpi.code},2026-02-10,13,\n`;
    await commit(admin, text);
    const before = await storedValues(kpi.id);
    const audits = await db().auditEvent.count({ where: { orgId: world.org.id, action: "values.imported" } });
    const again = await commit(admin, text);
    expect(again).toMatchObject({ committed: true, counts: { rows: 2, unchanged: 2, new: 0, changed: 0 } });
    expect(again.message).toBe("Every row matches the stored values: nothing was changed.");
    expect(await storedValues(kpi.id)).toEqual(before);
    expect(await db().auditEvent.count({ where: { orgId: world.org.id, action: "values.imported" } })).toBe(audits);
  });

  it("corrects changed values, keeping the replaced ones as revisions, and shows old → new", async () => {
    const kpi = await freshKpi();
    await commit(admin, `kpi,date,value,comment\n${kpi.code},2026-01-10,12.5,first\n${kpi.code},2026-02-10,13,note\n`);
    const preview = await dryRun(admin, `kpi,date,value,comment\n${kpi.code},2026-01-10,12.50,first\n${kpi.code},2026-02-10,14,note\n${kpi.code},2026-03-01,15,\n`);
    expect(preview.rows.map((row) => [row.outcome, row.previousValue, row.value])).toEqual([
      ["unchanged", null, "12.5"],
      ["changed", "13", "14"],
      ["new", null, "15"],
    ]);
    await commit(admin, `kpi,date,value,comment\n${kpi.code},2026-01-10,12.50,first\n${kpi.code},2026-02-10,14,note\n${kpi.code},2026-03-01,15,\n`);
    const stored = await storedValues(kpi.id);
    expect(stored.map((row) => [row.periodStart, row.value, row.revisions])).toEqual([
      ["2026-01-01", "12.5", []],
      ["2026-02-01", "14", ["13"]],
      ["2026-03-01", "15", []],
    ]);
  });

  it("tells unchanged rows from changed and new ones wherever they lie in the file", async () => {
    const kpi = await freshKpi({ cadence: "daily" });
    const day = (n: number) => `2026-01-${String(n).padStart(2, "0")}`;
    await commit(admin, ["kpi,date,value,comment", ...[1, 2, 3, 4, 5, 6].map((n) => `${kpi.code},${day(n)},${n},c${n}`)].join("\n"));
    const result = await dryRun(admin, ["kpi,date,value,comment", `${kpi.code},${day(1)},1,c1`, `${kpi.code},${day(2)},20,c2`, `${kpi.code},${day(3)},3,c3`, `${kpi.code},${day(4)},4,c4`, `${kpi.code},${day(9)},9,`, `${kpi.code},${day(5)},5,other`, `${kpi.code},${day(6)},6.000,c6`].join("\n"));
    expect(result.rows.map((row) => [row.outcome, row.previousValue, row.previousComment])).toEqual([
      ["unchanged", null, null],
      ["changed", "2", null],
      ["unchanged", null, null],
      ["unchanged", null, null],
      ["new", null, null],
      ["changed", "5", "c5"],
      ["unchanged", null, null],
    ]);
  });

  it("changes a comment alone, and keeps stored comments when the file has no comment column", async () => {
    const kpi = await freshKpi();
    await commit(admin, `kpi,date,value,comment\n${kpi.code},2026-01-10,1,kept\n${kpi.code},2026-02-10,2,old\n`);
    const noComments = await commit(admin, `kpi,date,value\n${kpi.code},2026-01-10,1\n${kpi.code},2026-02-10,3\n`);
    expect(noComments.rows.map((row) => row.outcome)).toEqual(["unchanged", "changed"]);
    const commentOnly = await commit(admin, `kpi,date,value,comment\n${kpi.code},2026-01-10,1,new words\n`);
    expect(commentOnly.rows[0]).toMatchObject({ outcome: "changed", previousValue: "1", value: "1", previousComment: "kept", comment: "new words" });
    expect((await storedValues(kpi.id)).map((row) => [row.value, row.comment, row.revisions])).toEqual([
      ["1", "new words", ["1"]],
      ["3", "old", ["2"]],
    ]);
  });

  it("writes nothing at all when one row has an error, and says so", async () => {
    const kpi = await freshKpi();
    const result = await commit(admin, `kpi,date,value\n${kpi.code},2026-01-10,1\n${kpi.code},2026-02-10,two\n${kpi.code},2026-03-10,3\n`);
    expect(result).toMatchObject({ committed: false, counts: { rows: 3, error: 1, new: 2 } });
    expect(result.message).toBe("1 row has an error, so nothing was imported. Fix it and import the file again.");
    expect(outcomes(result)).toEqual([
      [2, "new", null],
      [3, "error", "bad_number"],
      [4, "new", null],
    ]);
    expect(await storedValues(kpi.id)).toEqual([]);
  });
});

describe("a value written by someone else between the check and the write", () => {
  it("breaks the unique index, so the whole import rolls back, and is told apart from other failures", async () => {
    const kpi = await freshKpi();
    await commit(admin, `kpi,date,value\n${kpi.code},2026-02-10,1\n`);
    const row = (period: string, value: string) => ({ line: 2, kpiText: kpi.code, kpiId: kpi.id, period, outcome: "new" as const, value, previousValue: null, comment: null, previousComment: null, error: null });
    const failure = await db()
      .$transaction((tx) => writeImportedValues(tx, admin, [row("2026-01-01", "5"), row("2026-02-01", "6")], { keepComments: true, onRows: () => {} }))
      .then(() => null, (error: unknown) => error);
    expect(isRaceForPeriod(failure)).toBe(true);
    expect(isRaceForPeriod(new Error("connection reset"))).toBe(false);
    expect((await storedValues(kpi.id)).map((stored) => [stored.periodStart, stored.value])).toEqual([["2026-02-01", "1"]]);
  });
});

describe("rows that cannot be imported", () => {
  it("gets each kind of refusal on its own line, with the reason", async () => {
    const kpi = await freshKpi({ start: "2025-06-15", end: "2026-02-20" });
    const archived = await freshKpi({ archived: true });
    const calculated = await freshKpi({ formula: "A + B" });
    const other = await createOrgWorld(db(), "imports-other");
    const foreign = await createImportKpi(db(), other, { name: "Foreign revenue", code: "FOREIGN" });
    const lines = [
      "kpi,date,value,comment",
      "NO_SUCH_KPI,2026-01-10,1,",
      `${foreign},2026-01-10,1,`,
      "FOREIGN,2026-01-10,1,",
      `${archived.code},2026-01-10,1,`,
      `${calculated.code},2026-01-10,1,`,
      `${kpi.code},2025-05-31,1,`,
      `${kpi.code},2026-02-21,1,`,
      `${kpi.code},2026-01-32,1,`,
      `${kpi.code},2026-01-10,1.2.3,`,
      `${kpi.code},2025-07-01,1,`,
      `${kpi.code},2025-07-31,2,`,
      `${kpi.code},2025-08-01,1,5,ok`,
      `${kpi.code},2025-09-01,1,"bell\u0007"`,
      `,2025-09-01,1,`,
    ];
    const result = await dryRun(admin, lines.join("\n"));
    expect(outcomes(result)).toEqual([
      [2, "error", "unknown_kpi"],
      [3, "error", "unknown_kpi"],
      [4, "error", "unknown_kpi"],
      [5, "error", "archived"],
      [6, "error", "calculated"],
      [7, "error", "before_start"],
      [8, "error", "after_end"],
      [9, "error", "bad_date"],
      [10, "error", "bad_number"],
      [11, "error", "duplicate"],
      [12, "error", "duplicate"],
      [13, "error", "extra_cells"],
      [14, "error", "bad_comment"],
      [15, "error", "unknown_kpi"],
    ]);
    const message = (line: number) => result.rows.find((row) => row.line === line)!.error!.message;
    expect(message(2)).toBe("No KPI “NO_SUCH_KPI” that you can see in this organization. Name it by its code, id or exact name.");
    expect(message(6)).toBe(`${calculated.name} is calculated from its formula; its values cannot be imported.`);
    expect(message(11)).toBe(`Line 12 also has a value for ${kpi.name} in Jul 2025. Keep one of the two lines.`);
    expect(message(12)).toBe(`Line 11 already has a value for ${kpi.name} in Jul 2025. Keep one of the two lines.`);
    expect(result.message).toBe("14 rows have errors. Fix them and check the file again; nothing was written.");
  });

  it("refuses a period that has not started yet on the organization's calendar", async () => {
    const kpi = await freshKpi({ cadence: "daily" });
    const result = await dryRun(admin, `kpi,date,value\n${kpi.code},2026-03-18,1\n${kpi.code},2026-03-19,2\n`);
    expect(outcomes(result)).toEqual([
      [2, "new", null],
      [3, "error", "future_period"],
    ]);
    expect(result.rows[1]!.error!.message).toBe("19 Mar 2026 has not started yet. Import values for the current or earlier periods.");
  });

  it("finds a KPI by id, by code in any case, by exact name in any case, and an archived one by its name", async () => {
    const kpi = await freshKpi({ code: "CASE_TEST" });
    const archived = await freshKpi({ name: "Retired revenue", code: null, archived: true });
    const result = await dryRun(admin, `kpi,date,value\n${kpi.id},2026-01-10,1\ncase_test,2026-02-10,1\n${kpi.name.toUpperCase()},2025-03-10,1\n Retired revenue ,2026-01-01,1\n`);
    expect(result.rows.map((row) => row.kpiId)).toEqual([kpi.id, kpi.id, kpi.id, archived.id]);
    expect(result.rows.at(-1)!.error!.code).toBe("archived");
  });
});

describe("who may import what", () => {
  it("tells a manager, on its line, that he may not record a KPI outside his teams, and imports the KPI of his team", async () => {
    const manager = await memberActor(db(), world, world.members.manager);
    const outside = await freshKpi();
    const inTeam = await freshKpi({ teamId: world.teams.department.id });
    const result = await dryRun(manager, `kpi,date,value\n${outside.code},2026-01-10,1\n${inTeam.code},2026-01-10,1\n`);
    expect(outcomes(result)).toEqual([
      [2, "error", "not_allowed"],
      [3, "new", null],
    ]);
    expect(result.rows[0]!.error!.message).toBe(`You may not record values for ${outside.name}. Ask its owner to add you as a contributor.`);
  });

  it("does not show a viewer a restricted KPI it may not see: that KPI is unknown", async () => {
    const viewer = await memberActor(db(), world, world.members.viewer);
    const hidden = await freshKpi({ visibility: "restricted" });
    const result = await dryRun(viewer, `kpi,date,value\n${hidden.code},2026-01-10,1\n`);
    expect(outcomes(result)).toEqual([[2, "error", "unknown_kpi"]]);
  });
});

describe("an API key importing", () => {
  it("is refused with a read-only key, before a byte is read", async () => {
    const key = await keyActor(db(), world, "read");
    const kpi = await freshKpi();
    const refused = await refusal(dryRun(key, `kpi,date,value\n${kpi.code},2026-01-10,1\n`));
    expect(refused).toMatchObject({ kind: "forbidden", message: "This API key may only read. Create a read-write key to import values." });
  });

  it("writes with a read-write key as an import naming the key, its creator as recorder, and logs the key in the audit event", async () => {
    const key = await keyActor(db(), world, "read_write");
    const kpi = await freshKpi();
    const result = await commit(key, `kpi,date,value\n${kpi.code},2026-01-10,1\n`, { fileName: undefined });
    expect(result.committed).toBe(true);
    expect((await storedValues(kpi.id)).map((row) => [row.source, row.apiKeyId, row.recordedByMembershipId])).toEqual([["import", key.apiKeyId, world.members.admin.membershipId]]);
    const audit = await db().auditEvent.findFirst({ where: { orgId: world.org.id, action: "values.imported", after: { path: ["apiKey"], equals: key.apiKeyName } } });
    expect(audit).toMatchObject({ actorUserId: null, after: { file: null, new: 1 } });
  });

  it("keeps a team key to its team: other KPIs are unknown to it", async () => {
    const key = await keyActor(db(), world, "read_write", world.teams.project.id);
    const inTeam = await freshKpi({ teamId: world.teams.project.id });
    const outside = await freshKpi({ teamId: world.teams.department.id });
    const result = await dryRun(key, `kpi,date,value\n${inTeam.code},2026-01-10,1\n${outside.code},2026-01-10,1\n${outside.id},2026-01-10,1\n`);
    expect(outcomes(result)).toEqual([
      [2, "new", null],
      [3, "error", "unknown_kpi"],
      [4, "error", "unknown_kpi"],
    ]);
  });
});

describe("files that cannot be imported", () => {
  const encoder = new TextEncoder();

  it.each([
    ["a JSON upload", csvInput("{}", { contentType: "application/json", fileName: "values.json" }), "unsupported_type", /^A file of type application\/json cannot be imported/],
    ["an old Excel file", csvInput("x", { contentType: "application/vnd.ms-excel", fileName: "values.xls" }), "unsupported_type", /\.xls\) cannot be read/],
    ["an empty file", csvInput(""), "empty", /^The file is empty\./],
    ["a file of blank lines", csvInput("\n\n  \n"), "empty", /^The file is empty\./],
    ["a header only", csvInput("kpi,date,value,comment\n"), "header_only", /^The file has a header row but no values\./],
    ["a header and blank lines", csvInput("kpi,date,value\n,,\n\n"), "header_only", /^The file has a header row but no values\./],
    ["an unknown column", csvInput("kpi,date,value,target\nA,2026-01-01,1,2\n"), "columns", /^Unknown column “target”\. The columns Tally reads are kpi/],
    ["a missing column", csvInput("kpi,value\nA,1\n"), "columns", /^The file has no date column\./],
    ["a UTF-16 file", bytesInput(new Uint8Array([0xff, 0xfe, 0x6b, 0x00, 0x70, 0x00])), "not_utf8", /saved as UTF-16.*CSV UTF-8/],
    ["a Windows-1252 file", bytesInput(new Uint8Array([...encoder.encode("kpi,date,value,comment\nA,2026-01-01,1,caf"), 0xe9, 0x0a])), "not_utf8", /not UTF-8 text.*CSV UTF-8/],
    ["UTF-16 without its mark", bytesInput(new Uint8Array([0x6b, 0x00, 0x70, 0x00, 0x69, 0x00])), "not_utf8", /NUL characters/],
    ["a charset other than UTF-8", csvInput("kpi,date,value\n", { contentType: "text/csv; charset=iso-8859-1" }), "not_utf8", /sent as iso-8859-1/],
    ["a declared size over the limit", csvInput("kpi,date,value\n", { size: 21 * 1024 * 1024 }), "too_large", /^The file is larger than 20 MB\./],
    ["a workbook that is not a zip", csvInput("kpi,date,value\n", { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName: "v.xlsx" }), "unreadable", /not an Excel workbook/],
    ["a broken workbook", bytesInput(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), { fileName: "v.xlsx" }), "unreadable", /The workbook could not be read/],
    ["an unclosed quote", csvInput('kpi,date,value,comment\nA,2026-01-01,1,"never closed\nB,2026-01-01,2,\n'), "unreadable", /^Line 2 opens a cell with a double quote that never closes\./],
  ])("refuses %s as a whole, on the file field", async (_label, input, problem, message) => {
    const refused = await refusal(runImport(db(), admin, input, { dryRun: false, now: IMPORT_NOW }));
    expect(refused).toMatchObject({ name: "ImportFileError", kind: "invalid", field: "file", problem });
    expect(refused!.message).toMatch(message);
  });

  it("stops reading a body larger than 20 MB as soon as it passes the limit", async () => {
    let served = 0;
    // Rows with long comments: a megabyte holds few rows, so the size limit comes long before the row limit.
    const row = `A,2026-01-01,1,${"x".repeat(1020)}\n`;
    const megabyte = encoder.encode(row.repeat((1024 * 1024) / row.length));
    async function* endless() {
      yield encoder.encode("kpi,date,value\n");
      for (;;) {
        served += 1;
        yield megabyte;
      }
    }
    const refused = await refusal(runImport(db(), admin, { body: endless(), contentType: "text/csv" }, { dryRun: true, now: IMPORT_NOW }));
    expect(refused).toMatchObject({ problem: "too_large" });
    expect(served).toBe(21);
  });

  it("refuses more than 200,000 rows", async () => {
    const rows = "A,2026-01-01,1\n".repeat(200_001);
    const refused = await refusal(runImport(db(), admin, bytesInput(encoder.encode(`kpi,date,value\n${rows}`)), { dryRun: true, now: IMPORT_NOW }));
    expect(refused).toMatchObject({ problem: "too_many_rows" });
    expect(refused!.message).toBe("The file has more than 200,000 rows. Split it into smaller files and import them one after the other.");
  });
});

describe("file formats", () => {
  it("finds a semicolon delimiter and reads comma decimals and day-first dates in a German organization", async () => {
    const kpi = await freshKpi();
    const german = { ...admin, orgLocale: "de-DE" };
    const result = await dryRun(german, `\uFEFFKPI;Datum;Value;Comment\n${kpi.code};10.01.2026;1.234,5;"a; b"\n`.replace("Datum", "date"));
    expect(result.file).toMatchObject({ delimiter: ";", decimalSeparator: ",", dateExample: "31.3.2026" });
    expect(result.rows[0]).toMatchObject({ outcome: "new", period: "2026-01-01", value: "1234.5", comment: "a; b" });
  });

  it("reads tabs and vertical bars, CRLF and CR line breaks, and a chosen decimal separator", async () => {
    const kpi = await freshKpi();
    const tabs = await dryRun(admin, `kpi\tdate\tvalue\r\n${kpi.code}\t2026-01-10\t7,5\r\n`, { decimalSeparator: "," });
    expect(tabs.rows[0]).toMatchObject({ outcome: "new", value: "7.5" });
    expect(tabs.file).toMatchObject({ delimiter: "\t", decimalSeparator: "," });
    const bars = await dryRun(admin, `kpi|date|value\r${kpi.code}|1/10/2026|8\r`);
    expect(bars.rows[0]).toMatchObject({ outcome: "new", period: "2026-01-01", value: "8" });
  });

  it("keeps line numbers across blank lines and quoted line breaks", async () => {
    const kpi = await freshKpi();
    const result = await dryRun(admin, `kpi,date,value,comment\n\n${kpi.code},2026-01-10,1,"two\nlines"\n${kpi.code},2026-02-10,x,\n`);
    expect(outcomes(result)).toEqual([
      [3, "new", null],
      [4, "error", "bad_number"],
    ]);
    expect(result.rows[0]!.comment).toBe("two\nlines");
  });

  it("takes back the apostrophe an export puts before = + - @, so an exported file imports unchanged", async () => {
    const kpi = await freshKpi({ code: null, name: "=Formula-looking name" });
    await commit(admin, `kpi,date,value,comment\n'=Formula-looking name,2026-01-10,'-5,'=SUM(A1)\n`);
    expect((await storedValues(kpi.id)).map((row) => [row.value, row.comment])).toEqual([["-5", "=SUM(A1)"]]);
    const again = await dryRun(admin, `kpi,kpi_name,date,period_end,value,status,comment,recorded_by,recorded_at\n'=Formula-looking name,x,2026-01-01,2026-01-31,'-5,off_track,'=SUM(A1),Admin,2026-01-02T10:00:00Z\n`);
    expect(again.rows.map((row) => row.outcome)).toEqual(["unchanged"]);
  });

  it("reads the first sheet of an Excel workbook: text, numbers, date cells and formulas", async () => {
    const kpi = await freshKpi();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Values");
    sheet.addRow(["KPI", "Date", "Value", "Comment"]);
    sheet.addRow([kpi.code, new Date(Date.UTC(2026, 0, 10)), 12.5, "from Excel"]);
    sheet.addRow([kpi.code, "2026-02-10", { formula: "1+2", result: 3 }, null]);
    sheet.getRow(6).values = [kpi.code, new Date(Date.UTC(2026, 2, 1)), "not a number", "x"];
    workbook.addWorksheet("Ignored").addRow(["anything"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await runImport(db(), admin, bytesInput(bytes, { fileName: "values.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), { dryRun: false, now: IMPORT_NOW });
    expect(result.file).toMatchObject({ kind: "xlsx", delimiter: null });
    expect(outcomes(result)).toEqual([
      [2, "new", null],
      [3, "new", null],
      [6, "error", "bad_number"],
    ]);
    // A workbook sent as "text/csv" is still read as a workbook.
    const mislabelled = await runImport(db(), admin, bytesInput(bytes), { dryRun: true, now: IMPORT_NOW });
    expect(mislabelled.file.kind).toBe("xlsx");
  });
});
