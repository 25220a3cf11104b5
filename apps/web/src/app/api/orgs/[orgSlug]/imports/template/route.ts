import { sessionIdOf } from "@tally/api/auth";
import { importTemplateDownload } from "@tally/api/imports-http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  return importTemplateDownload(request, await sessionIdOf(request.headers), orgSlug);
}
