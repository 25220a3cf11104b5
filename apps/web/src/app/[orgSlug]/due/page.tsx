import type { Metadata } from "next";
import { CalendarCheck } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { requirePagePermission } from "@/server/org-context";
import { DueForm } from "./due-form";

export const metadata: Metadata = { title: "Due" };

export default async function DuePage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "checkin.record");
  const caller = await getCaller();
  const due = await loadForPage(() => caller.checkIn.due({ orgSlug }), `/${orgSlug}/due`);
  const overdue = due.filter((row) => row.overdue).length;
  const kpis = new Set(due.map((row) => row.kpiId)).size;
  return (
    <>
      <PageHeader
        title="Due"
        description={
          due.length === 0
            ? "Nothing to record right now."
            : `${due.length} period${due.length === 1 ? "" : "s"} of ${kpis} KPI${kpis === 1 ? "" : "s"} waiting for a value${overdue ? `, ${overdue} overdue` : ""}, newest first. Type the values, Tab to the next line, save once.`
        }
      />
      {due.length === 0 ? (
        <EmptyState icon={CalendarCheck} title="You are up to date">
          Every KPI you record has a value for each of its last twelve periods. New periods appear here when they start.
        </EmptyState>
      ) : (
        <DueForm orgSlug={orgSlug} rows={due} />
      )}
    </>
  );
}
