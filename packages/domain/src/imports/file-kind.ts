/** The kinds of file an import reads. */
export type ImportFileKind = "csv" | "xlsx";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_CONTENT_TYPE = "text/csv";

const CSV_TYPES = new Set(["text/csv", "application/csv", "text/comma-separated-values", "text/plain", "text/tab-separated-values", "text/x-csv", "application/x-csv"]);
// Sent by browsers and tools that know no better: the file's name decides.
const UNSPECIFIC_TYPES = new Set(["", "application/octet-stream", "binary/octet-stream", "application/vnd.ms-excel"]);
const UTF8_CHARSETS = new Set(["utf-8", "utf8", "us-ascii"]);

export type FileKindResult = { ok: true; kind: ImportFileKind } | { ok: false; reason: "unsupported_type" | "not_utf8"; problem: string };

const WHAT_TO_UPLOAD = "Upload a CSV file (.csv, UTF-8) or an Excel workbook (.xlsx).";

function extensionOf(fileName: string | undefined): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName?.trim() ?? "");
  return match ? match[1]!.toLowerCase() : "";
}

function kindFromName(fileName: string | undefined): FileKindResult {
  const extension = extensionOf(fileName);
  if (extension === "xlsx") return { ok: true, kind: "xlsx" };
  if (extension === "" || extension === "csv" || extension === "txt" || extension === "tsv") return { ok: true, kind: "csv" };
  if (extension === "xls") return { ok: false, reason: "unsupported_type", problem: "Excel 97–2003 workbooks (.xls) cannot be read. Save the file as an Excel workbook (.xlsx) or as CSV UTF-8." };
  return { ok: false, reason: "unsupported_type", problem: `A .${extension} file cannot be imported. ${WHAT_TO_UPLOAD}` };
}

/**
 * What kind of file an upload is, from its content type and, when that says nothing specific, its name. A
 * content type with a charset other than UTF-8 is refused here, before a byte is read.
 */
export function importFileKind(contentType: string | undefined, fileName: string | undefined): FileKindResult {
  const [mediaType = "", ...parameters] = (contentType ?? "").split(";").map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith("charset="))?.slice("charset=".length).replace(/"/g, "");
  if (charset && !UTF8_CHARSETS.has(charset)) {
    return { ok: false, reason: "not_utf8", problem: `The file is sent as ${charset}, not UTF-8. Save it as “CSV UTF-8” and upload it again.` };
  }
  if (mediaType === XLSX_CONTENT_TYPE) return { ok: true, kind: "xlsx" };
  if (CSV_TYPES.has(mediaType)) {
    const byName = kindFromName(fileName);
    return byName.ok && byName.kind === "xlsx" ? byName : { ok: true, kind: "csv" };
  }
  if (UNSPECIFIC_TYPES.has(mediaType)) return kindFromName(fileName);
  return { ok: false, reason: "unsupported_type", problem: `A file of type ${mediaType.slice(0, 80)} cannot be imported. ${WHAT_TO_UPLOAD}` };
}
