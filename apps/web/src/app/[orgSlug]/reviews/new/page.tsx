import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ArrowLeft } from "lucide-react";
import { addDays, periodStart } from "@tally/domain";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgToday } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { StartReviewForm } from "./start-review-form";

export const metadata: Metadata = { title: "Start a review" };

export default async function NewReviewPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const context = await requirePagePermission(orgSlug, "review.create");
  const caller = await getCaller();
  const [options, today] = await Promise.all([loadForPage(() => caller.review.formOptions({ orgSlug }), `/${orgSlug}/reviews/new`), getOrgToday(orgSlug)]);
  // A review usually looks back on the month that just ended.
  const lastMonth = periodStart(addDays(periodStart(today, "monthly", 1), -1), "monthly", 1);
  return (
    <>
      <Link href={`/${orgSlug}/reviews`} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft aria-hidden className="size-4" />
        All reviews
      </Link>
      <PageHeader
        title="Start a review"
        description="Choose what to go through and for which period. The agenda holds the KPIs of that scope you may review, those needing attention first; participants are notified."
      />
      <Card className="max-w-2xl">
        <StartReviewForm orgSlug={orgSlug} options={options} defaultDay={lastMonth} selfMembershipId={context.membership.id} />
      </Card>
    </>
  );
}
