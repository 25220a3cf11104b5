import Link from "@/components/ui/link";
import { KPI_STATUS_LABELS, attentionReason, type AttentionStatus } from "@tally/domain";
import { formatKpiNumber, formatKpiValue } from "@/components/kpi/format-value";
import { NoActionBadge } from "@/components/actions/no-action-badge";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Card } from "@/components/ui/card";
import type { Formatter } from "@/lib/format";
import type { AttentionItem } from "./types";

function reasonOf(item: AttentionItem, formatter: Formatter): string {
  return attentionReason(
    {
      status: item.status,
      direction: item.direction,
      latest: item.latest ? { periodLabel: formatter.formatPeriod(item.latest.periodStart, item.cadence), value: Number(item.latest.value) } : null,
      target: item.target,
      missing: item.missing ? { periodLabel: formatter.formatPeriod(item.missing.periodStart, item.cadence), overdueSince: item.missing.overdueSince } : null,
    },
    { value: (value) => formatKpiNumber(value, item, formatter), date: (date) => formatter.formatDate(date) },
  );
}

const ORDER: readonly AttentionStatus[] = ["off_track", "overdue", "at_risk"];

/** The KPIs to look at first, worst first, each with the reason in words and its value beside its period. */
export function NeedsAttention({
  orgSlug,
  items,
  totals,
  withoutAction,
  formatter,
}: {
  orgSlug: string;
  items: AttentionItem[];
  totals: Record<AttentionStatus, number>;
  /** Off-track or overdue KPIs with no open action, among all the member sees. */
  withoutAction: number;
  formatter: Formatter;
}) {
  const total = ORDER.reduce((sum, status) => sum + totals[status], 0);
  return (
    <Card>
      <h2 id="attention-heading" className="text-base font-semibold">
        Needs attention
      </h2>
      {total > items.length && (
        <p className="mt-1 text-xs text-slate-600">
          {formatter.formatNumber(items.length)} of {formatter.formatNumber(total)}; all:{" "}
          {ORDER.filter((status) => totals[status] > 0).map((status, index) => (
            <span key={status}>
              {index > 0 && " · "}
              <Link href={`/${orgSlug}/kpis?status=${status}`} className="underline underline-offset-2 hover:text-slate-900">
                {formatter.formatNumber(totals[status])} {KPI_STATUS_LABELS[status].toLowerCase()}
              </Link>
            </span>
          ))}
        </p>
      )}
      {withoutAction > 0 && (
        <p className="mt-1 text-xs text-slate-600" data-testid="without-action-count">
          {formatter.formatNumber(withoutAction)} off-track or overdue KPI{withoutAction === 1 ? " has" : "s have"} no open action.{" "}
          <Link href={`/${orgSlug}/actions`} className="underline underline-offset-2 hover:text-slate-900">
            See actions
          </Link>
        </p>
      )}
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">Nothing is off track, at risk or overdue. Well done.</p>
      ) : (
        <ul aria-labelledby="attention-heading" className="mt-3 divide-y divide-slate-100">
          {items.map((item) => (
            <li key={item.id} className="flex items-start justify-between gap-3 py-2.5">
              <div className="min-w-0 break-words">
                <Link href={`/${orgSlug}/kpis/${item.id}`} className="font-medium text-slate-900 hover:underline">
                  {item.name}
                </Link>
                <p className="text-sm text-slate-700">{reasonOf(item, formatter)}</p>
                <p className="text-xs text-slate-600">
                  {item.ownerName}
                  {item.latest ? ` · latest ${formatKpiValue(item.latest.value, item, formatter)} for ${formatter.formatPeriod(item.latest.periodStart, item.cadence)}` : " · no value yet"}
                </p>
              </div>
              <span className="flex shrink-0 flex-col items-end gap-1">
                <StatusBadge status={item.status} />
                {item.status !== "at_risk" && !item.hasOpenAction && <NoActionBadge />}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
