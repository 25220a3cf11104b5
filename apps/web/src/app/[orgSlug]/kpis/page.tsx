import type { Metadata } from "next";
import { Gauge } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/server/org-context";

export const metadata: Metadata = { title: "KPIs" };

export default async function KpisPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "kpi.view");
  return (
    <>
      <PageHeader title="KPIs" />
      <EmptyState icon={Gauge} title="No KPIs yet">
        KPIs are the measurable indicators your organization steers by: each with a unit, a direction, targets, thresholds, a cadence and an owner. Defining them from the KPI library is coming to this page next.
      </EmptyState>
    </>
  );
}
