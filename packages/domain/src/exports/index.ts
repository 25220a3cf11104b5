export { ESCAPE_PREFIX, FORMULA_TRIGGERS, escapeSpreadsheetCell, startsWithFormulaTrigger } from "./spreadsheet-cell";
export { SPREADSHEET_DIGITS, isPlainDecimal, spreadsheetNumber } from "./spreadsheet-number";
export { CHECK_IN_EXPORT_COLUMNS, KPI_EXPORT_COLUMNS } from "./columns";
export type { CheckInExportKey, ExportCellKind, ExportColumn, ExportRow, KpiExportKey } from "./columns";
export { XLSX_DATE_FORMATS, csvCell, xlsxCell } from "./cells";
export type { XlsxCellOptions } from "./cells";
export { EXPORT_FORMAT_LABELS, EXPORT_FORMATS } from "./formats";
export type { ExportFormat } from "./formats";
export {
  DATE_RANGE_ORDER_MESSAGE,
  exportCheckInsQuerySchema,
  exportDateRangeShape,
  exportFormatSchema,
  exportKpisQuerySchema,
  exportValuesFormSchema,
} from "./schemas";
export type { CheckInExportRange, ExportCheckInsQuery, ExportKpisQuery, ExportValuesForm, KpiExportFilters } from "./schemas";
export { queryObject } from "./query";
export type { QueryProblem } from "./query";
export { EXPORT_CONTENT_TYPES, attachmentDisposition, exportFileName, fileNamePart } from "./file-name";
export type { ExportSubject } from "./file-name";
