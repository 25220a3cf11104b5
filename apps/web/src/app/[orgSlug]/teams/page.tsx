import type { Metadata } from "next";
import { UsersRound } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/server/org-context";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "team.list");
  return (
    <>
      <PageHeader title="Teams" />
      <EmptyState icon={UsersRound} title="Teams are on their way">
        Departments and projects group your members, so managers and project leads can own their teams’ KPIs. Admins will create teams and set their leads here.
      </EmptyState>
    </>
  );
}
