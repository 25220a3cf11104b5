import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Plus, Presentation } from "lucide-react";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { periodText } from "./period-text";
import { ReviewStatusBadge } from "./review-status-badge";

export const metadata: Metadata = { title: "Reviews" };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export default async function ReviewsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const context = await requirePagePermission(orgSlug, "review.view");
  const [caller, formatter] = await Promise.all([getCaller(), getOrgFormatter(orgSlug)]);
  const reviews = await loadForPage(() => caller.review.list({ orgSlug }), `/${orgSlug}/reviews`);
  const canStart = context.permissions.includes("review.create");
  const start = canStart ? (
    <Link href={`/${orgSlug}/reviews/new`} className={buttonClasses("primary")}>
      <Plus aria-hidden className="size-4" />
      Start a review
    </Link>
  ) : undefined;

  return (
    <>
      <PageHeader
        title="Reviews"
        description="Meetings that go through a set of KPIs for a period: notes, decisions, adjustments and actions, kept as they stood once closed. Open ones first."
        actions={start}
      />
      {reviews.length === 0 ? (
        <EmptyState icon={Presentation} title="No reviews yet">
          {canStart
            ? "Start a review to walk through the KPIs of a team, an objective or your own choice for a month or a quarter."
            : "When someone invites you to a review, it shows up here."}
        </EmptyState>
      ) : (
        <Card>
          <ul aria-label="Reviews" className="divide-y divide-slate-100">
            {reviews.map((review) => (
              <li key={review.id} data-testid="review-row" className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                <div className="min-w-0 break-words">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/${orgSlug}/reviews/${review.id}`} className="font-medium text-slate-900 underline-offset-2 hover:underline">
                      {review.title}
                    </Link>
                    <ReviewStatusBadge status={review.status} />
                  </p>
                  <p className="text-sm text-slate-700">
                    {review.scopeLabel} · {periodText(review, formatter)}
                  </p>
                  <p className="text-xs text-slate-600">
                    Started by {review.createdByName}
                    {review.closedAt && ` · closed ${formatter.formatDate(review.closedAt)}`}
                  </p>
                </div>
                <p className="shrink-0 text-sm text-slate-600 sm:text-right">
                  {plural(review.kpiCount, "KPI")} · {plural(review.participantCount, "participant")}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
