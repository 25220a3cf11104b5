import type { ExportFormat } from "./formats";

const PART_MAX = 40;

/** Text as a piece of a file name: lower-case ASCII letters, digits and dashes; "kpi" when nothing is left. */
export function fileNamePart(text: string): string {
  const part = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, PART_MAX)
    .replace(/-+$/, "");
  return part || "kpi";
}

export type ExportSubject = { kind: "kpis" } | { kind: "values" } | { kind: "kpiValues"; code: string | null; name: string };

/** The file name of an export: the organization, what it holds and the day it was made, e.g. acme-kpis-2026-03-12.csv. */
export function exportFileName(orgSlug: string, subject: ExportSubject, day: string, format: ExportFormat): string {
  const what = subject.kind === "kpiValues" ? `${fileNamePart(subject.code ?? subject.name)}-values` : subject.kind;
  return `${fileNamePart(orgSlug)}-${what}-${day}.${format}`;
}

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A Content-Disposition that downloads the file under its name; the name is ASCII, so no encoded variant is needed. */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${fileName.replace(/["\\\r\n]/g, "")}"`;
}
