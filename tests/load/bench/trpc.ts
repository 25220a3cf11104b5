/** A tRPC query as the browser's client sends it over HTTP (superjson-encoded input in the query string). */
export function trpcQuery(procedure: string, input?: unknown): string {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return `/api/trpc/${procedure}${query}`;
}

/** The data of a tRPC answer, or an error naming what came back instead. */
export function trpcData(body: string): unknown {
  const parsed = JSON.parse(body) as { result?: { data?: { json?: unknown } }; error?: unknown };
  if (!parsed.result?.data || !("json" in parsed.result.data)) throw new Error(`not a tRPC result: ${body.slice(0, 300)}`);
  return parsed.result.data.json;
}
