import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArrowLeft, Download, Lock, Printer } from "lucide-react";
import { addDays, todayIn } from "@tally/domain";
import { AddActionDialog } from "@/components/actions/add-action-dialog";
import { formatKpiValue } from "@/components/kpi/format-value";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";
import { getCaller, loadForPage } from "@/server/caller";
import { getFormatSettings, getOrgFormatter, getOrgToday } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { periodText } from "../period-text";
import { ReviewStatusBadge } from "../review-status-badge";
import { AdjustDialog } from "./adjust-dialog";
import { AgendaCard, agendaFormat } from "./agenda-card";
import { CloseReviewButton } from "./close-review-button";
import { EntryForm } from "./entry-form";
import { EntryList } from "./entry-list";

interface Props {
  params: Promise<{ orgSlug: string; reviewId: string }>;
}

// Ids are short; anything longer names no review, and asking the API would only earn a validation error.
const MAX_ID_LENGTH = 64;
/** A new action is due two weeks out unless its author picks another day. */
const DEFAULT_DAYS_TO_DUE = 14;

const loadBriefing = cache(async (orgSlug: string, reviewId: string) => {
  if (reviewId.length > MAX_ID_LENGTH) notFound();
  await requirePagePermission(orgSlug, "review.view");
  const caller = await getCaller();
  return loadForPage(() => caller.review.briefing({ orgSlug, reviewId }), `/${orgSlug}/reviews/${reviewId}`);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, reviewId } = await params;
  const briefing = await loadBriefing(orgSlug, reviewId);
  return { title: briefing.review.title };
}

export default async function ReviewPage({ params }: Props) {
  const { orgSlug, reviewId } = await params;
  const briefing = await loadBriefing(orgSlug, reviewId);
  const context = await requirePagePermission(orgSlug, "review.view");
  const { review, can } = briefing;
  const caller = await getCaller();
  const returnTo = `/${orgSlug}/reviews/${reviewId}`;
  const open = review.status === "open";
  const mayAddActions = open && context.permissions.includes("action.manage");
  const [formatter, settings, today, options, actionOptions] = await Promise.all([
    getOrgFormatter(orgSlug),
    getFormatSettings(orgSlug),
    getOrgToday(orgSlug),
    can.run ? loadForPage(() => caller.review.formOptions({ orgSlug }), returnTo) : null,
    mayAddActions
      ? Promise.all(briefing.kpis.map((kpi) => (kpi.item.archived ? null : loadForPage(() => caller.action.formOptions({ orgSlug, kpiIds: [kpi.item.kpiId] }), returnTo))))
      : null,
  ]);
  const closedDay = review.closedAt ? todayIn(settings.timeZone, review.closedAt) : null;
  const formatOf = new Map(briefing.kpis.map((kpi) => [kpi.item.kpiId, agendaFormat(kpi.item)]));
  const base = `/${orgSlug}/reviews/${reviewId}`;

  return (
    <>
      <Link href={`/${orgSlug}/reviews`} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft aria-hidden className="size-4" />
        All reviews
      </Link>
      <header className="mb-6 flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <h1 id="page-title" tabIndex={-1} className="break-words text-2xl font-semibold tracking-tight text-slate-900 focus:outline-none">
                {review.title}
              </h1>
              <ReviewStatusBadge status={review.status} />
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {review.scopeLabel} · {periodText(review, formatter)}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <a href={`/api/orgs/${orgSlug}/reviews/${reviewId}/briefing.pdf`} download className={buttonClasses("secondary")}>
              <Download aria-hidden className="size-4" />
              Briefing PDF
            </a>
            <Link href={`${base}/print`} className={buttonClasses("secondary")}>
              <Printer aria-hidden className="size-4" />
              Print view
            </Link>
            {can.run && <CloseReviewButton orgSlug={orgSlug} reviewId={reviewId} />}
          </div>
        </div>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">Started by</dt>
          <dd className="text-slate-900">
            {review.createdBy.name} on {formatter.formatDate(review.createdAt)}
          </dd>
          <dt className="text-slate-600">Participants</dt>
          <dd className="text-slate-900">{review.participants.map((p) => p.name).join(", ") || "Nobody yet"}</dd>
        </dl>
      </header>

      {!open && closedDay && (
        <div role="note" data-testid="review-closed-banner" className="mb-6 flex items-start gap-3 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm text-slate-800">
          <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
          <p>
            Closed on {formatter.formatDate(review.closedAt!)} by {review.closedBy?.name ?? "a former member"}: the figures below are as they stood then.{" "}
            <Link href={`/${orgSlug}?asOf=${closedDay}`} className="font-medium underline underline-offset-2">
              See the overview as of {formatter.formatDate(closedDay)}
            </Link>
            .
          </p>
        </div>
      )}

      <section aria-labelledby="agenda-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="agenda-heading" className="text-lg font-semibold text-slate-900">
          Agenda <span className="text-sm font-normal text-slate-600">({briefing.kpis.length} KPIs, those needing attention first)</span>
        </h2>
        {briefing.kpis.length === 0 && <p className="text-sm text-slate-600">This review has no KPI you may see.</p>}
        {briefing.kpis.map((kpi, index) => {
          const actionOption = actionOptions?.[index] ?? null;
          return (
            <AgendaCard
              key={kpi.item.kpiId}
              orgSlug={orgSlug}
              reviewId={reviewId}
              kpi={kpi}
              formatter={formatter}
              today={today}
              canNote={can.note}
              canRun={can.run}
              closedDay={closedDay}
              adjust={
                options ? (
                  <AdjustDialog orgSlug={orgSlug} reviewId={reviewId} kpi={kpi.item} defaultEffectiveFrom={addDays(review.periodEnd, 1)} members={options.members} />
                ) : undefined
              }
              addAction={
                actionOption?.canManage ? (
                  <AddActionDialog orgSlug={orgSlug} options={actionOption} defaultDueDate={addDays(today, DEFAULT_DAYS_TO_DUE)} reviewId={reviewId} />
                ) : undefined
              }
            />
          );
        })}
      </section>

      <section aria-labelledby="general-heading" className="mb-8">
        <Card>
          <div className="flex flex-col gap-4">
            <h2 id="general-heading" className="text-lg font-semibold text-slate-900">
              About the review as a whole
            </h2>
            <EntryList entries={briefing.generalDecisions} label="Decisions on the review" formatter={formatter} />
            <EntryList entries={briefing.generalNotes} label="Notes on the review" formatter={formatter} />
            {briefing.otherActions.length > 0 && (
              <ul aria-label="Other actions from this review" className="text-sm">
                {briefing.otherActions.map((action) => (
                  <li key={action.id}>
                    {action.title} · {action.ownerName} · due {formatter.formatDate(action.dueDate)}
                  </li>
                ))}
              </ul>
            )}
            {briefing.generalDecisions.length + briefing.generalNotes.length + briefing.otherActions.length === 0 && (
              <p className="text-sm text-slate-600">Nothing recorded about the review as a whole{open ? " yet" : ""}.</p>
            )}
            {(can.note || can.run) && (
              <div className="grid gap-3 border-t border-slate-100 pt-3 md:grid-cols-2">
                {can.note && <EntryForm orgSlug={orgSlug} reviewId={reviewId} kpiId={null} kind="note" label="Note on the review" />}
                {can.run && <EntryForm orgSlug={orgSlug} reviewId={reviewId} kpiId={null} kind="decision" label="Decision on the review" />}
              </div>
            )}
          </div>
        </Card>
      </section>

      {!open && (
        <section aria-labelledby="restatements-heading" className="mb-8">
          <Card>
            <h2 id="restatements-heading" className="mb-2 text-lg font-semibold text-slate-900">
              Restatements
            </h2>
            {briefing.restatements.length === 0 ? (
              <p className="text-sm text-slate-600">No value of the period has changed since the close.</p>
            ) : (
              <ul aria-label="Values changed since the close" className="divide-y divide-slate-100">
                {briefing.restatements.map((r) => {
                  const format = formatOf.get(r.kpiId) ?? { unit: "number" as const, currency: null, durationUnit: null, decimals: 4 };
                  return (
                    <li key={`${r.kpiId}-${r.periodStart}`} data-testid="restatement" className="py-2 text-sm">
                      <p className="text-slate-900">
                        <span className="font-medium">{r.kpiName}</span>, period from {formatter.formatDate(r.periodStart)}: {formatKpiValue(r.oldValue, format, formatter)} →{" "}
                        {r.newValue === null ? "deleted" : formatKpiValue(r.newValue, format, formatter)}
                      </p>
                      <p className="text-xs text-slate-600">
                        {r.kind === "deleted" ? "Deleted" : "Corrected"} by {r.byName ?? "someone no longer here"}
                        {r.at && ` on ${formatter.formatDateTime(r.at)}`}
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </Card>
        </section>
      )}
    </>
  );
}
