import type { Metadata } from "next";
import { Target } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/server/org-context";

export const metadata: Metadata = { title: "Objectives" };

export default async function ObjectivesPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "objective.view");
  return (
    <>
      <PageHeader title="Objectives" />
      <EmptyState icon={Target} title="No objectives yet">
        Objectives are the outcomes your KPIs serve, such as “Grow recurring revenue 20% this year”. Executives and admins will create them here and link KPIs to them.
      </EmptyState>
    </>
  );
}
