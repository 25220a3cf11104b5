import { MAX_IMPORT_BYTES } from "@tally/domain";
import { readBodyWithin } from "../http/bounded-body";
import { RestProblem } from "./problem";

export const MAX_JSON_BODY_BYTES = 1024 * 1024;
/** The file import's own bound: the same file is refused at the same size through both doors. */
export const MAX_CSV_BODY_BYTES = MAX_IMPORT_BYTES;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i;
const CSV_TYPE = /^(?:text\/csv|text\/plain|text\/tab-separated-values|application\/csv)\s*(?:;.*)?$/i;

function megabytes(bytes: number): string {
  return `${bytes / 1024 / 1024} MB`;
}

/** The body within its bound, or 413 without reading past it. */
export async function readBoundedBody(request: Request, kind: "json" | "csv"): Promise<Uint8Array> {
  const limit = kind === "json" ? MAX_JSON_BODY_BYTES : MAX_CSV_BODY_BYTES;
  const body = await readBodyWithin(request, limit);
  if (body === null) {
    throw new RestProblem("payload-too-large", `The body is larger than ${megabytes(limit)}. ${kind === "json" ? "Split the values into several requests." : "Split the file into several imports."}`);
  }
  return body;
}

/** Refuses a body of another kind than the endpoint reads, with 415 naming the one it does. */
export function requireContentType(contentType: string | null, kind: "json" | "csv"): void {
  const accepted = kind === "json" ? JSON_TYPE : CSV_TYPE;
  if (contentType && accepted.test(contentType.trim())) return;
  const wanted = kind === "json" ? "application/json" : "text/csv";
  throw new RestProblem(
    "unsupported-media-type",
    contentType ? `This endpoint reads ${wanted}, not ${contentType.split(";")[0]!.trim()}. Send the header Content-Type: ${wanted}.` : `Send the header Content-Type: ${wanted} with the body.`,
  );
}

/** The body as JSON, or 400 saying where it stops being JSON. */
export function parseJsonBody(body: Uint8Array): unknown {
  if (body.byteLength === 0) throw new RestProblem("bad-request", "The body is empty. Send a JSON document.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new RestProblem("bad-request", "The body is not valid UTF-8. Send JSON encoded as UTF-8.");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RestProblem("bad-request", `The body is not valid JSON: ${(error as Error).message}.`);
  }
}
