import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { KeyRound } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgToday } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { ApiKeyList } from "./api-key-list";
import { CreateApiKeyDialog } from "./create-api-key-dialog";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "apiKey.manage");
  const caller = await getCaller();
  const returnTo = `/${orgSlug}/settings/api-keys`;
  const [keys, teams, today] = await Promise.all([
    loadForPage(() => caller.apiKey.list({ orgSlug }), returnTo),
    loadForPage(() => caller.team.list({ orgSlug }), returnTo),
    getOrgToday(orgSlug),
  ]);
  const teamChoices = teams.map((team) => ({ id: team.id, name: team.name }));

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let other systems read your KPIs and record their values through the REST API."
        actions={<CreateApiKeyDialog orgSlug={orgSlug} teams={teamChoices} today={today} />}
      />
      <p className="mb-6 text-sm text-slate-600">
        <Link href={`/${orgSlug}/settings`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Settings
        </Link>
        {" · "}
        <Link href="/docs/api" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          API reference
        </Link>
      </p>
      {keys.length === 0 ? (
        <EmptyState icon={KeyRound} title="No API keys yet">
          Create a key for each system that sends or reads values, so you can revoke one without touching the others.
        </EmptyState>
      ) : (
        <ApiKeyList orgSlug={orgSlug} keys={keys} />
      )}
    </>
  );
}
