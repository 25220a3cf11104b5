import { checkReadiness } from "@tally/api/server";

export const dynamic = "force-dynamic";

/** Readiness: 503 while the database cannot be reached, so a load balancer stops sending traffic here. */
export async function GET() {
  const ready = await checkReadiness();
  return Response.json(
    ready ? { status: "ready" } : { status: "unavailable", reason: "The database cannot be reached." },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
