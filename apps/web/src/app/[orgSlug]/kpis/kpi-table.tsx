import Link from "next/link";
import { CADENCE_LABELS, KPI_CATEGORY_LABELS, type KpiListColumn } from "@tally/domain";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import type { Formatter } from "@/lib/format";
import { KPI_COLUMN_HEADINGS, NUMERIC_COLUMNS, kpiColumnContent } from "./kpi-columns";
import type { KpiListItem } from "./kpi-display";

interface Props {
  orgSlug: string;
  kpis: KpiListItem[];
  columns: readonly KpiListColumn[];
  filtered: boolean;
  formatter: Formatter;
  className?: string;
}

/** The KPI list from tablets up: one row per KPI, the member's columns, scrolling sideways inside its own box when it must. */
export function KpiTable({ orgSlug, kpis, columns, filtered, formatter, className }: Props) {
  return (
    <TableScrollBox className={className}>
      <Table>
        <TableCaption>KPIs{filtered ? ", filtered" : ""}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>KPI</TableHead>
            {columns.map((column) => (
              <TableHead key={column} className={cn(NUMERIC_COLUMNS.has(column) && "text-right")}>
                {KPI_COLUMN_HEADINGS[column]}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {kpis.map((kpi) => (
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
              {columns.map((column) => (
                <TableCell
                  key={column}
                  className={cn(NUMERIC_COLUMNS.has(column) && "text-right", (column === "target" || column === "owner") && "text-slate-600", column === "target" && "whitespace-nowrap")}
                >
                  {kpiColumnContent(column, kpi, formatter)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScrollBox>
  );
}
