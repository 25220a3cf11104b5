import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgContext } from "@/server/org-context";
import { NotificationPreferencesForm } from "./notification-preferences-form";

export const metadata: Metadata = { title: "Notification preferences" };

export default async function NotificationPreferencesPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { organization } = await getOrgContext(orgSlug);
  const caller = await getCaller();
  const preferences = await loadForPage(() => caller.notification.preferences({ orgSlug }), `/${orgSlug}/notifications/settings`);
  return (
    <>
      <PageHeader
        title="Notification preferences"
        description={`How ${organization.name} tells you about things: in the app, also by e-mail, or not at all. Digests go out at 08:00 in the organization's time zone.`}
      />
      <Card className="max-w-2xl">
        <NotificationPreferencesForm orgSlug={orgSlug} initial={preferences} />
      </Card>
    </>
  );
}
