export { runImport } from "./run-import";
export { ImportFileError, importFileErrorStatus } from "./types";
export type { ImportFileProblem, ImportInput, ImportOptions, ImportPhase, ImportProgress, ImportResult, ImportedKpi } from "./types";
export { importTemplate, type ImportTemplate } from "./template";
