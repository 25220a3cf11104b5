import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FORECAST_VERDICT_LABELS, KPI_STATUS_LABELS } from "@tally/domain";
import { PrintButton } from "@/components/briefing/print-button";
import { formatKpiValue } from "@/components/kpi/format-value";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { periodText } from "../../period-text";
import type { ReviewEntry } from "../../types";

export const metadata: Metadata = { title: "Review briefing" };

// Printing drops the app's navigation and starts every KPI on a new sheet.
const PRINT_CSS = `@media print {
  nav, header, aside, [data-print-hidden] { display: none !important; }
  main { padding: 0 !important; margin: 0 !important; }
  .briefing-kpi { break-before: page; }
}`;

const MAX_ID_LENGTH = 64;

function Entries({ title, entries, formatter }: { title: string; entries: readonly ReviewEntry[]; formatter: Awaited<ReturnType<typeof getOrgFormatter>> }) {
  if (entries.length === 0) return null;
  return (
    <div>
      <h4 className="mt-3 font-semibold">{title}</h4>
      <ul className="list-disc pl-5">
        {entries.map((entry) => (
          <li key={entry.id}>
            {entry.text} <span className="text-slate-600">— {entry.authorName}, {formatter.formatDate(entry.createdAt)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A review's briefing pack as a page to print: the same facts as its PDF. */
export default async function ReviewPrintPage({ params }: { params: Promise<{ orgSlug: string; reviewId: string }> }) {
  const { orgSlug, reviewId } = await params;
  if (reviewId.length > MAX_ID_LENGTH) notFound();
  await requirePagePermission(orgSlug, "review.view");
  const [caller, formatter] = await Promise.all([getCaller(), getOrgFormatter(orgSlug)]);
  const briefing = await loadForPage(() => caller.review.briefing({ orgSlug, reviewId }), `/${orgSlug}/reviews/${reviewId}/print`);
  const { review } = briefing;
  const state =
    review.status === "closed" && review.closedAt
      ? `Closed ${formatter.formatDate(review.closedAt)}${review.closedBy ? ` by ${review.closedBy.name}` : ""}: the figures are as they stood then.`
      : "Open: the figures are live.";

  return (
    <article className="mx-auto max-w-3xl space-y-8 text-slate-900">
      <style>{PRINT_CSS}</style>
      <div data-print-hidden className="flex flex-wrap items-center gap-2">
        <PrintButton />
        <a href={`/api/orgs/${orgSlug}/reviews/${reviewId}/briefing.pdf`} download className="text-sm underline underline-offset-2">
          Download PDF
        </a>
      </div>
      <div className="space-y-1 border-b border-slate-200 pb-4">
        <h1 className="text-2xl font-semibold">Review: {review.title}</h1>
        <p className="text-sm text-slate-700">
          {review.scopeLabel} · {periodText(review, formatter)}
        </p>
        <p className="text-sm text-slate-700">{state}</p>
        <p className="text-sm text-slate-700">Participants: {review.participants.map((p) => p.name).join(", ") || "none"}</p>
      </div>
      <section aria-labelledby="review-print-agenda">
        <h2 id="review-print-agenda" className="mb-2 text-lg font-semibold">
          Agenda
        </h2>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1">KPI</th>
              <th scope="col" className="py-1 text-right">Status</th>
            </tr>
          </thead>
          <tbody>
            {briefing.kpis.map(({ item }) => (
              <tr key={item.kpiId} className="border-b border-slate-200">
                <td className="py-1">{item.name}</td>
                <td className="py-1 text-right">{KPI_STATUS_LABELS[item.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Entries title="Notes on the review" entries={briefing.generalNotes} formatter={formatter} />
        <Entries title="Decisions on the review" entries={briefing.generalDecisions} formatter={formatter} />
        {briefing.restatements.length > 0 && (
          <div>
            <h3 className="mt-3 font-semibold">Restated since the close</h3>
            <ul className="list-disc pl-5">
              {briefing.restatements.map((restatement) => (
                <li key={`${restatement.kpiId}-${restatement.periodStart}`}>
                  {restatement.kpiName}, {formatter.formatDate(restatement.periodStart)}: {restatement.oldValue} → {restatement.newValue ?? "deleted"}
                  {restatement.byName ? ` by ${restatement.byName}` : ""}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      {briefing.kpis.map(({ item, notes, decisions, adjustments, actions }) => (
        <section key={item.kpiId} className="briefing-kpi space-y-2" aria-labelledby={`kpi-${item.kpiId}`}>
          <h2 id={`kpi-${item.kpiId}`} className="text-lg font-semibold">
            {item.name}
          </h2>
          <p className="text-sm text-slate-700">
            Owner {item.ownerName} · {KPI_STATUS_LABELS[item.status]} · Forecast {FORECAST_VERDICT_LABELS[item.forecast.verdict]}
          </p>
          <p>{item.explanation}</p>
          <p className="text-sm">
            Latest: {item.latest ? `${formatKpiValue(item.latest.value, item, formatter)} (${item.latest.periodLabel})` : "—"}
          </p>
          <Entries title="Notes" entries={notes} formatter={formatter} />
          <Entries title="Decisions" entries={decisions} formatter={formatter} />
          <Entries title="Adjustments" entries={adjustments} formatter={formatter} />
          <h3 className="mt-3 font-semibold">Actions</h3>
          {actions.length === 0 ? (
            <p className="text-sm text-slate-600">No action.</p>
          ) : (
            <ul className="list-disc pl-5">
              {actions.map((action) => (
                <li key={action.id}>
                  {action.title} — {action.ownerName}, due {formatter.formatDate(action.dueDate)} ({action.status})
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}
