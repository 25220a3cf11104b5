import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { requirePagePermission } from "@/server/org-context";
import { OrganizationSettingsForm } from "./organization-settings-form";

export const metadata: Metadata = { title: "Settings" };

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export default async function SettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { permissions } = await requirePagePermission(orgSlug, "org.view");
  const caller = await getCaller();
  const settings = await loadForPage(() => caller.organization.settings({ orgSlug }), `/${orgSlug}/settings`);
  const canEdit = permissions.includes("org.update");

  return (
    <>
      <PageHeader title="Settings" description={canEdit ? "How your organization appears in Tally." : "Only admins can change these settings."} />
      <Card className="max-w-xl">
        <OrganizationSettingsForm orgSlug={orgSlug} initialName={settings.name} canEdit={canEdit} />
        <dl className="mt-6 grid grid-cols-2 gap-4 border-t border-slate-100 pt-6 text-sm">
          <div>
            <dt className="text-slate-500">Address</dt>
            <dd className="font-medium">/{settings.slug}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Currency</dt>
            <dd className="font-medium">{settings.currency}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Weeks start on</dt>
            <dd className="font-medium">{WEEKDAY_NAMES[settings.weekStart - 1] ?? "Monday"}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Created</dt>
            <dd className="font-medium">{settings.createdAt.toISOString().slice(0, 10)}</dd>
          </div>
        </dl>
      </Card>
    </>
  );
}
