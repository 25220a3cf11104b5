import type { PrismaClient } from "@tally/db";
import {
  CHECK_IN_EXPORT_COLUMNS,
  EXPORT_CONTENT_TYPES,
  KPI_EXPORT_COLUMNS,
  decimalSeparatorOf,
  exportFileName,
  todayIn,
  type ExportCheckInsQuery,
  type ExportColumn,
  type ExportFormat,
  type ExportKpisQuery,
  type ExportRow,
} from "@tally/domain";
import type { Actor } from "../actor";
import { EXPORT_BATCH_SIZE } from "./batch-size";
import { checkInExport } from "./check-in-rows";
import { csvStream } from "./csv-stream";
import { kpiExportBatches } from "./kpi-rows";
import { xlsxStream } from "./xlsx-stream";

export interface ExportFile {
  fileName: string;
  contentType: string;
  /** The file, produced as it is read. */
  body: ReadableStream<Uint8Array>;
}

export interface ExportOptions {
  now?: Date;
  batchSize?: number;
}

function fileBody<Key extends string>(actor: Actor, format: ExportFormat, columns: readonly ExportColumn<Key>[], batches: AsyncGenerator<ExportRow<Key>[]>, sheetName: string) {
  // CSV numbers are plain with a point for every reader; a workbook's rare text number follows the organization.
  return format === "csv" ? csvStream(columns, batches) : xlsxStream(columns, batches, sheetName, { decimalMark: decimalSeparatorOf(actor.orgLocale) });
}

/** The KPI list as the actor sees it with the list's filters, as a CSV or Excel file. */
export async function exportKpiList(db: PrismaClient, actor: Actor, { format, filters }: ExportKpisQuery, { now = new Date(), batchSize = EXPORT_BATCH_SIZE }: ExportOptions = {}): Promise<ExportFile> {
  const batches = await kpiExportBatches(db, actor, filters, now, batchSize);
  return {
    fileName: exportFileName(actor.orgSlug, { kind: "kpis" }, todayIn(actor.timeZone, now), format),
    contentType: EXPORT_CONTENT_TYPES[format],
    body: fileBody(actor, format, KPI_EXPORT_COLUMNS, batches, "KPIs"),
  };
}

/** Check-ins of one KPI, or of every KPI the actor sees, over a range of periods, as a CSV or Excel file. */
export async function exportCheckIns(db: PrismaClient, actor: Actor, { format, range }: ExportCheckInsQuery, { now = new Date(), batchSize = EXPORT_BATCH_SIZE }: ExportOptions = {}): Promise<ExportFile> {
  const { kpi, batches } = await checkInExport(db, actor, range, batchSize);
  const subject = kpi ? { kind: "kpiValues" as const, code: kpi.code, name: kpi.name } : { kind: "values" as const };
  return {
    fileName: exportFileName(actor.orgSlug, subject, todayIn(actor.timeZone, now), format),
    contentType: EXPORT_CONTENT_TYPES[format],
    body: fileBody(actor, format, CHECK_IN_EXPORT_COLUMNS, batches, "Values"),
  };
}
