import type { ReactNode } from "react";
import type { KpiListColumn } from "@tally/domain";
import { formatKpiNumber, formatKpiValue } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Trend } from "@/components/kpi/trend";
import type { Formatter } from "@/lib/format";
import { ForecastCell, SignalCell } from "./kpi-analysis-cells";
import { KpiDelta } from "./kpi-delta";
import { listItemFormat, listItemTarget, type KpiListItem } from "./kpi-display";

/** Column headings of the table, and the labels of a card's lines. */
export const KPI_COLUMN_HEADINGS: Record<KpiListColumn, string> = {
  status: "Status",
  latest: "Latest",
  target: "Target",
  trend: "Trend",
  owner: "Owner",
  deltaPrevious: "Δ previous period",
  deltaYear: "Δ a year before",
  forecast: "Forecast",
  signal: "Signal",
};

/** Columns whose figures line up on the right. */
export const NUMERIC_COLUMNS: ReadonlySet<KpiListColumn> = new Set(["latest", "deltaPrevious", "deltaYear"]);

/** The latest value with its period beside it, so an old value never passes for a current one. */
function LatestValue({ kpi, formatter }: { kpi: KpiListItem; formatter: Formatter }) {
  return (
    <span className="whitespace-nowrap">
      <span className="font-medium tabular-nums text-slate-900">{formatKpiValue(kpi.latestValue, listItemFormat(kpi), formatter)}</span>
      {kpi.latestPeriodStart && <span className="block text-xs text-slate-500">{formatter.formatPeriod(kpi.latestPeriodStart, kpi.cadence)}</span>}
    </span>
  );
}

/** What one column shows for one KPI, in the table and on a card alike. */
export function kpiColumnContent(column: KpiListColumn, kpi: KpiListItem, formatter: Formatter): ReactNode {
  switch (column) {
    case "status":
      return <StatusBadge status={kpi.status} />;
    case "latest":
      return <LatestValue kpi={kpi} formatter={formatter} />;
    case "target":
      return listItemTarget(kpi, formatter);
    case "trend":
      return <Trend values={kpi.trend} format={(value) => formatKpiNumber(value, listItemFormat(kpi), formatter)} />;
    case "owner":
      return kpi.owner.name;
    case "deltaPrevious":
      return <KpiDelta kpi={kpi} delta={kpi.deltas.previous} formatter={formatter} />;
    case "deltaYear":
      return <KpiDelta kpi={kpi} delta={kpi.deltas.yearBefore} formatter={formatter} />;
    case "forecast":
      return <ForecastCell kpi={kpi} formatter={formatter} />;
    case "signal":
      return <SignalCell kpi={kpi} />;
  }
}
