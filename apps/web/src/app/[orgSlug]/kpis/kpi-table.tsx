import Link from "next/link";
import { CADENCE_LABELS, KPI_CATEGORY_LABELS } from "@tally/domain";
import { formatKpiNumber, formatKpiValue } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Trend } from "@/components/kpi/trend";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import type { Formatter } from "@/lib/format";
import { listItemFormat, listItemTarget, type KpiListItem } from "./kpi-display";

/** The KPI list from tablets up: one row per KPI, scrolling sideways inside its own box when it must. */
export function KpiTable({ orgSlug, kpis, filtered, formatter, className }: { orgSlug: string; kpis: KpiListItem[]; filtered: boolean; formatter: Formatter; className?: string }) {
  return (
    <TableScrollBox className={className}>
      <Table>
        <TableCaption>KPIs{filtered ? ", filtered" : ""}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>KPI</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Current</TableHead>
            <TableHead>Target</TableHead>
            <TableHead>Trend</TableHead>
            <TableHead>Owner</TableHead>
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
                    {kpi.code && <span className="font-mono">{kpi.code} · </span>}
                    {KPI_CATEGORY_LABELS[kpi.category]} · {CADENCE_LABELS[kpi.cadence]}
                    {kpi.team && ` · ${kpi.team.name}`}
                    {kpi.visibility === "restricted" && " · Restricted"}
                  </p>
                </TableCell>
                <TableCell>
                  <StatusBadge status={kpi.status} />
                </TableCell>
                <TableCell className="whitespace-nowrap text-right tabular-nums">{formatKpiValue(kpi.latestValue, format, formatter)}</TableCell>
                <TableCell className="whitespace-nowrap text-slate-600">{listItemTarget(kpi, formatter)}</TableCell>
                <TableCell>
                  <Trend values={kpi.trend} format={(value) => formatKpiNumber(value, format, formatter)} />
                </TableCell>
                <TableCell className="text-slate-600">{kpi.owner.name}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScrollBox>
  );
}
