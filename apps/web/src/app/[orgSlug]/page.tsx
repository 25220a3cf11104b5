import type { Metadata } from "next";
import { LayoutDashboard } from "lucide-react";
import { ROLE_LABELS } from "@tally/domain";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgContext } from "@/server/org-context";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { organization, membership } = await getOrgContext(orgSlug);
  return (
    <>
      <PageHeader title={organization.name} description={`Overview · you are signed in as ${ROLE_LABELS[membership.role].toLowerCase()}.`} />
      <EmptyState icon={LayoutDashboard} title="Your KPI overview will live here">
        Once your organization tracks KPIs, this page shows how many are on track, at risk, off track or overdue, the
        objectives they serve and what needs attention first.
      </EmptyState>
    </>
  );
}
