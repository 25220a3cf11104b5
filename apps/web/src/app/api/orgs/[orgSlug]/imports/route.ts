import { sessionIdOf } from "@tally/api/auth";
import { importUpload } from "@tally/api/imports-http";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  return importUpload(request, await sessionIdOf(request.headers), orgSlug);
}
