import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "@tally/db";
import { CSV_CONTENT_TYPE, escapeCell, importTemplateRows, MAX_TEMPLATE_KPIS, periodStart, todayIn, XLSX_CONTENT_TYPE } from "@tally/domain";
import type { Actor } from "../actor";
import { notFound } from "../errors";
import { isoDate } from "../kpi/decimal";
import { kpiWhereFor } from "../kpi/scope";

export interface ImportTemplate {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

function fileSlug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "kpi";
}

async function workbookOf(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Values");
  sheet.columns = [
    { key: "kpi", width: 28 },
    { key: "date", width: 14, style: { numFmt: "yyyy-mm-dd" } },
    { key: "value", width: 14 },
    { key: "comment", width: 48 },
  ];
  for (const [index, row] of rows.entries()) {
    const [kpi = "", date = "", value = "", comment = ""] = row;
    // Dates as date cells, so the spreadsheet offers its calendar; the import reads them back as days.
    sheet.addRow([kpi, index === 0 ? date : new Date(`${date}T00:00:00Z`), value, comment]);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A file to fill in: the header, then a row for each KPI the actor may record (or for the one KPI asked for),
 * active and not calculated, dated in its current period. CSV in UTF-8 with a byte-order mark, so spreadsheets
 * open it with the right characters, or an Excel workbook.
 */
export async function importTemplate(db: PrismaClient, actor: Actor, { format, kpiId, now = new Date() }: { format: "csv" | "xlsx"; kpiId?: string; now?: Date }): Promise<ImportTemplate> {
  const today = todayIn(actor.timeZone, now);
  const recordWhere = await kpiWhereFor(db, actor, "checkin.record");
  const kpis = await db.kpi.findMany({
    where: { AND: [{ orgId: actor.orgId, archivedAt: null, formula: null, startDate: { lte: new Date(`${today}T00:00:00Z`) }, ...(kpiId ? { id: kpiId } : {}) }, recordWhere] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_TEMPLATE_KPIS,
    select: { name: true, code: true, cadence: true, endDate: true },
  });
  if (kpiId && !kpis.length) throw notFound("This KPI");
  const rows = importTemplateRows(
    kpis.map((kpi) => {
      const end = kpi.endDate ? isoDate(kpi.endDate) : null;
      const day = end && end < today ? end : today;
      return { code: kpi.code, name: kpi.name, date: periodStart(day, kpi.cadence, actor.weekStart) };
    }),
  );
  const name = kpiId && kpis[0] ? `tally-import-${fileSlug(kpis[0].code ?? kpis[0].name)}` : "tally-import-template";
  if (format === "xlsx") return { fileName: `${name}.xlsx`, contentType: XLSX_CONTENT_TYPE, body: await workbookOf(rows) };
  const text = stringify(rows.map((row) => row.map(escapeCell)), { record_delimiter: "\r\n" });
  return { fileName: `${name}.csv`, contentType: `${CSV_CONTENT_TYPE}; charset=utf-8`, body: new TextEncoder().encode(`\uFEFF${text}`) };
}
