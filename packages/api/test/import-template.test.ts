import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { importTemplate, runImport } from "../src/services/imports";
import { useTestDatabase } from "./support/database";
import { bytesInput, createImportKpi, IMPORT_NOW, keyActor, memberActor } from "./support/import-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();
let world: OrgWorld;
let ids: Record<string, string>;

beforeAll(async () => {
  world = await createOrgWorld(db(), "template");
  ids = {
    revenue: await createImportKpi(db(), world, { name: "Revenue", code: "REV" }),
    visits: await createImportKpi(db(), world, { name: "=Visits", code: null, cadence: "weekly", teamId: world.teams.department.id }),
    ended: await createImportKpi(db(), world, { name: "Pilot", code: "PILOT", end: "2025-06-10" }),
    archived: await createImportKpi(db(), world, { name: "Old", code: "OLD", archived: true }),
    calculated: await createImportKpi(db(), world, { name: "Margin", code: "MARGIN", formula: "REV / 2" }),
    later: await createImportKpi(db(), world, { name: "Next year", code: "LATER", start: "2027-01-01" }),
  };
});

// ignoreBOM keeps the byte-order mark in the text, so the tests can see it is there.
const text = (body: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);

describe("the import template", () => {
  it("lists, as CSV with a byte-order mark, each KPI the member may record, dated in its current (or last) period", async () => {
    const admin = await memberActor(db(), world, world.members.admin);
    const template = await importTemplate(db(), admin, { format: "csv", now: IMPORT_NOW });
    expect(template.fileName).toBe("tally-import-template.csv");
    expect(template.contentType).toBe("text/csv; charset=utf-8");
    const lines = text(template.body).split("\r\n");
    expect(lines[0]).toBe("\uFEFFkpi,date,value,comment");
    expect(lines).toContain("PILOT,2025-06-01,,");
    expect(lines).toContain("REV,2026-03-01,,");
    expect(lines).toContain("'=Visits,2026-03-16,,");
    expect(lines.some((line) => /^(OLD|MARGIN|LATER),/.test(line))).toBe(false);
  });

  it("lists only what the member may record, and one KPI when asked for it", async () => {
    const manager = await memberActor(db(), world, world.members.manager);
    const lines = text((await importTemplate(db(), manager, { format: "csv", now: IMPORT_NOW })).body).split("\r\n");
    expect(lines).toContain("'=Visits,2026-03-16,,");
    expect(lines.some((line) => line.startsWith("REV,"))).toBe(false);
    const admin = await memberActor(db(), world, world.members.admin);
    const one = await importTemplate(db(), admin, { format: "csv", kpiId: ids.revenue!, now: IMPORT_NOW });
    expect(one.fileName).toBe("tally-import-rev.csv");
    expect(text(one.body).split("\r\n").filter(Boolean)).toEqual(["\uFEFFkpi,date,value,comment", "REV,2026-03-01,,"]);
    await expect(importTemplate(db(), manager, { format: "csv", kpiId: ids.revenue!, now: IMPORT_NOW })).rejects.toMatchObject({ kind: "not_found" });
  });

  it("comes as an Excel workbook that, once filled in, imports", async () => {
    const admin = await memberActor(db(), world, world.members.admin);
    const template = await importTemplate(db(), admin, { format: "xlsx", kpiId: ids.revenue!, now: IMPORT_NOW });
    expect(template.fileName).toBe("tally-import-rev.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.body) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "kpi", "date", "value", "comment"]);
    sheet.getCell("C2").value = 42;
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await runImport(db(), admin, bytesInput(filled, { fileName: template.fileName, contentType: template.contentType }), { dryRun: true, now: IMPORT_NOW });
    expect(result.rows.map((row) => [row.outcome, row.period, row.value])).toEqual([["new", "2026-03-01", "42"]]);
  });

  it("lists nothing for a read-only key beyond the header", async () => {
    const key = await keyActor(db(), world, "read");
    expect(text((await importTemplate(db(), key, { format: "csv", now: IMPORT_NOW })).body)).toBe("\uFEFFkpi,date,value,comment\r\n");
  });
});
