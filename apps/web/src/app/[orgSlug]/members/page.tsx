import type { Metadata } from "next";
import { Users } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/server/org-context";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "member.list");
  return (
    <>
      <PageHeader title="Members" />
      <EmptyState icon={Users} title="Member management is on its way">
        Admins will invite stakeholders by email here and give each a role: admin, executive, manager, HR, project lead or viewer.
      </EmptyState>
    </>
  );
}
