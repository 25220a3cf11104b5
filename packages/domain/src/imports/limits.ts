/** Bounds on one imported file, shared by the server that enforces them and the page that announces them. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;
/** A header row longer than this is not a header of kpi, date, value and comment columns. */
export const MAX_HEADER_CHARACTERS = 16 * 1024;

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
