import type { ReactNode } from "react";
import { describeStatusChange, statusChangeFromDecimalText } from "@tally/domain";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { Formatter } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/types";
import { getCaller, loadForPage } from "@/server/caller";
import { formatKpiNumber, type KpiValueFormat } from "./format-value";
import { StatusBadge } from "./status-badge";

type Timeline = RouterOutputs["kpi"]["statusHistory"];

const HEADING_ID = "status-timeline-heading";

/** "Why this status": every status change of the KPI, newest first, each with the sentence that explains it. */
export function StatusTimeline({ timeline, format, formatter }: { timeline: Timeline; format: KpiValueFormat; formatter: Formatter }) {
  if (timeline.changes.length === 0) {
    return <p className="text-sm text-slate-500">No status changes yet. Each value that moves the status, and each period that goes overdue, will be explained here.</p>;
  }
  const sentenceFormat = {
    value: (value: number) => formatKpiNumber(value, format, formatter),
    period: (start: string, cadence: Timeline["cadence"]) => formatter.formatPeriod(start, cadence),
    date: (day: string) => formatter.formatDate(day),
  };
  return (
    <ol className="flex flex-col gap-3" aria-label="Status changes, newest first">
      {timeline.changes.map((entry) => (
        <li key={`${entry.on}-${entry.rule}`} className="flex flex-col gap-1 border-l-2 border-slate-200 pl-3 text-sm sm:flex-row sm:items-start sm:gap-3">
          <span className="shrink-0">
            <StatusBadge status={entry.to} />
          </span>
          <span className="flex flex-col">
            <span className="text-slate-900">{describeStatusChange(statusChangeFromDecimalText(entry), timeline, sentenceFormat)}</span>
            <span className="text-xs text-slate-500">
              {entry.rule === "overdue" ? "Missing period" : entry.rule === "ended" ? "Last period" : "Check-in"}:{" "}
              <time dateTime={entry.periodStart}>{formatter.formatPeriod(entry.periodStart, timeline.cadence)}</time>
              {entry.asOfToday ? " · as of today" : ""}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

function Section({ children }: { children: ReactNode }) {
  return (
    <Card>
      <section aria-labelledby={HEADING_ID} data-testid="status-timeline">
        <h2 id={HEADING_ID} className="mb-3 text-base font-semibold text-slate-900">
          Why this status
        </h2>
        {children}
      </section>
    </Card>
  );
}

/** The section on the KPI page; it loads its own data so the page streams it in behind a placeholder. */
export async function StatusTimelineSection({ orgSlug, kpiId, format, formatter }: { orgSlug: string; kpiId: string; format: KpiValueFormat; formatter: Formatter }) {
  const caller = await getCaller();
  const timeline = await loadForPage(() => caller.kpi.statusHistory({ orgSlug, kpiId }), `/${orgSlug}/kpis/${kpiId}`);
  return (
    <Section>
      <StatusTimeline timeline={timeline} format={format} formatter={formatter} />
    </Section>
  );
}

export function StatusTimelineLoading() {
  return (
    <Section>
      <p className="sr-only" role="status">
        Loading the status changes…
      </p>
      <div className="flex flex-col gap-3">
        <Skeleton className="h-5 w-3/4" />
        <Skeleton className="h-5 w-2/3" />
        <Skeleton className="h-5 w-1/2" />
      </div>
    </Section>
  );
}
