import type { DecimalSeparator } from "@tally/domain";
import type { ImportErrorBody, ImportStreamEvent } from "@tally/api/imports-http";
import type { ImportProgress, ImportResult } from "@tally/api/imports";

export type { ImportProgress, ImportResult };

/** An import the server refused as a whole (the file, the session, the size). */
export class ImportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: ImportErrorBody,
  ) {
    super(body.message);
    this.name = "ImportRefusal";
  }
}

interface UploadOptions {
  orgSlug: string;
  file: File;
  dryRun: boolean;
  decimalSeparator: DecimalSeparator;
  onProgress: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

const GENERIC = "The import could not be completed. Check your connection and try again; nothing was written.";

async function refusalOf(response: Response): Promise<ImportRefusal> {
  const body = (await response.json().catch(() => null)) as { error?: Partial<ImportErrorBody> } | null;
  return new ImportRefusal(response.status, { message: body?.error?.message ?? GENERIC, field: body?.error?.field ?? null, problem: body?.error?.problem ?? null });
}

/**
 * Sends the file to the organization's import route and reads its NDJSON answer as it streams in: progress
 * reports while the server reads, checks and writes, then the result. A refusal comes back as ImportRefusal.
 */
export async function uploadImport({ orgSlug, file, dryRun, decimalSeparator, onProgress, signal }: UploadOptions): Promise<ImportResult> {
  const query = new URLSearchParams({ dryRun: String(dryRun), decimalSeparator, fileName: file.name });
  let response: Response;
  try {
    response = await fetch(`/api/orgs/${encodeURIComponent(orgSlug)}/imports?${query}`, {
      method: "POST",
      body: file,
      headers: { "content-type": file.type || "application/octet-stream", accept: "application/x-ndjson" },
      signal,
    });
  } catch {
    throw new ImportRefusal(0, { message: GENERIC, field: null, problem: null });
  }
  if (!response.ok || !response.body) throw await refusalOf(response);

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffered += value;
    let newline = buffered.indexOf("\n");
    while (newline !== -1) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf("\n");
      if (!line.trim()) continue;
      const event = JSON.parse(line) as ImportStreamEvent;
      if (event.type === "progress") onProgress({ phase: event.phase, done: event.done, total: event.total });
      else if (event.type === "result") return event.result;
      else throw new ImportRefusal(event.status, event.error);
    }
    if (done) break;
  }
  throw new ImportRefusal(0, { message: GENERIC, field: null, problem: null });
}

const WEIGHTS: Record<"dryRun" | "commit", Record<ImportProgress["phase"], [start: number, share: number]>> = {
  dryRun: { reading: [0, 0.85], checking: [0.85, 0.15], writing: [1, 0] },
  commit: { reading: [0, 0.45], checking: [0.45, 0.1], writing: [0.55, 0.45] },
};

/** How far the whole import is, from 0 to 1, from the latest report of one of its phases. */
export function overallShare(progress: ImportProgress, dryRun: boolean): number {
  const [start, share] = WEIGHTS[dryRun ? "dryRun" : "commit"][progress.phase];
  const within = progress.total ? Math.min(1, progress.done / progress.total) : 0;
  return Math.min(1, start + share * within);
}
