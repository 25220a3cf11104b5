export const dynamic = "force-dynamic";

/** Liveness: answers while the process is alive, whatever the database is doing. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
