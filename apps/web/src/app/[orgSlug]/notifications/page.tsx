import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { BellOff, Settings2 } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgContext } from "@/server/org-context";
import { MarkAllReadButton } from "./mark-all-read-button";
import { NotificationList } from "./notification-list";

export const metadata: Metadata = { title: "Notifications" };

function pageOf(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgSlug } = await params;
  await getOrgContext(orgSlug);
  const page = pageOf((await searchParams).page);
  const caller = await getCaller();
  const list = await loadForPage(() => caller.notification.list({ orgSlug, page }), `/${orgSlug}/notifications`);

  return (
    <>
      <PageHeader
        title="Notifications"
        description={list.unread > 0 ? `${list.unread} unread. Each one opens the page it is about.` : "You are all caught up."}
        actions={
          <div className="flex flex-wrap gap-2">
            {list.unread > 0 && <MarkAllReadButton orgSlug={orgSlug} />}
            <Link
              href={`/${orgSlug}/notifications/settings`}
              className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-surface px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50"
            >
              <Settings2 aria-hidden className="size-4" />
              Preferences
            </Link>
          </div>
        }
      />
      {list.entries.length === 0 ? (
        <EmptyState icon={BellOff} title="No notifications yet">
          Reminders of values that are due, escalations, alerts on KPIs you follow and invitations to reviews appear here.
        </EmptyState>
      ) : (
        <>
          <NotificationList orgSlug={orgSlug} entries={list.entries} />
          <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={(target) => `/${orgSlug}/notifications?page=${target}`} />
        </>
      )}
    </>
  );
}
