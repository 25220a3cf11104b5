import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { CADENCE_LABELS } from "@tally/domain";
import { formatKpiNumber, formatKpiValue } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Trend } from "@/components/kpi/trend";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import type { Formatter } from "@/lib/format";
import { listItemFormat, listItemTarget, type KpiRowBasics } from "@/app/[orgSlug]/kpis/kpi-display";

export interface ExtraColumn<Row> {
  header: string;
  render: (kpi: Row) => ReactNode;
}

interface GroupKpiTableProps<Row extends KpiRowBasics> {
  orgSlug: string;
  caption: string;
  kpis: Row[];
  formatter: Formatter;
  /** A column after the trend, such as a link's weight. */
  extra?: ExtraColumn<Row>;
}

/**
 * The KPIs of a team or an objective: status, latest value with the period it belongs to (an old value is never
 * shown as if it were current), target and trend, each row opening its KPI.
 */
export function GroupKpiTable<Row extends KpiRowBasics>({ orgSlug, caption, kpis, formatter, extra }: GroupKpiTableProps<Row>) {
  return (
    <TableScrollBox>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>KPI</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Latest value</TableHead>
            <TableHead>Target</TableHead>
            <TableHead>Trend</TableHead>
            {extra && <TableHead>{extra.header}</TableHead>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {kpis.map((kpi) => {
            const format = listItemFormat(kpi);
            return (
              <TableRow key={kpi.id} aria-label={kpi.name}>
                <TableCell>
                  <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="font-medium text-slate-900 hover:underline">
                    {kpi.name}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {CADENCE_LABELS[kpi.cadence]} · {kpi.owner.name}
                  </p>
                </TableCell>
                <TableCell>
                  <StatusBadge status={kpi.status} />
                </TableCell>
                <TableCell className="whitespace-nowrap text-right">
                  <span className="tabular-nums">{formatKpiValue(kpi.latestValue, format, formatter)}</span>
                  <span className="block text-xs text-slate-500">
                    {kpi.latestPeriodStart ? formatter.formatPeriod(kpi.latestPeriodStart, kpi.cadence) : "No value yet"}
                  </span>
                </TableCell>
                <TableCell className="whitespace-nowrap text-slate-600">{listItemTarget(kpi, formatter)}</TableCell>
                <TableCell>
                  <Trend values={kpi.trend} format={(value) => formatKpiNumber(value, format, formatter)} />
                </TableCell>
                {extra && <TableCell>{extra.render(kpi)}</TableCell>}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScrollBox>
  );
}
