import { db } from "@tally/db";
import { handleImportTemplate, handleImportUpload } from "./imports";

export type { ImportErrorBody, ImportStreamEvent } from "./imports";
export { NDJSON_CONTENT_TYPE } from "./imports";

/** The browser's import route, on this process's database. */
export function importUpload(request: Request, sessionId: string | null, orgSlug: string): Promise<Response> {
  return handleImportUpload(request, { db: db(), sessionId, orgSlug });
}

/** The template download route, on this process's database. */
export function importTemplateDownload(request: Request, sessionId: string | null, orgSlug: string): Promise<Response> {
  return handleImportTemplate(request, { db: db(), sessionId, orgSlug });
}
