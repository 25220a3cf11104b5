export { MAX_HEADER_CHARACTERS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, formatMegabytes } from "./limits";
export {
  IMPORT_FIELDS,
  INFORMATIONAL_IMPORT_COLUMNS,
  RECOGNISED_COLUMNS_TEXT,
  REQUIRED_IMPORT_FIELDS,
  fieldOfColumn,
  normalizeColumnName,
  recognizeColumns,
} from "./columns";
export type { ColumnRecognition, ImportColumns, ImportField } from "./columns";
export { DELIMITER_NAMES, IMPORT_DELIMITERS, detectDelimiter, detectLineBreak, splitLine } from "./delimiter";
export type { ImportDelimiter, LineBreak } from "./delimiter";
export { cellText, escapeCell, isBlankCell, unescapeCell } from "./cells";
export type { ImportCell } from "./cells";
export { importDateFormat, parseImportDate } from "./dates";
export type { DateOrder, ImportDateFormat, ImportDateResult } from "./dates";
export { DECIMAL_SEPARATORS, DECIMAL_SEPARATOR_LABELS, decimalSeparatorOf, parseImportValue } from "./values";
export type { DecimalSeparator, ImportValueResult } from "./values";
export { IMPORT_ERROR_CODES, IMPORT_OUTCOMES, IMPORT_OUTCOME_LABELS, countOutcomes, describeImport, errorsFirst } from "./outcomes";
export type { ImportCounts, ImportErrorCode, ImportOutcome, ImportRowError, ImportRowResult } from "./outcomes";
export { checkRecords, settleOutcomes, valueKey } from "./rows";
export type { ImportKpi, ImportRecord, ImportRules, StoredValue } from "./rows";
export { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, importFileKind } from "./file-kind";
export type { FileKindResult, ImportFileKind } from "./file-kind";
export { IMPORT_TEMPLATE_HEADER, MAX_TEMPLATE_KPIS, importTemplateRows } from "./template";
