import Link from "@/components/ui/link";
import type { KpiListColumn } from "@tally/domain";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import type { Formatter } from "@/lib/format";
import { KPI_COLUMN_HEADINGS, NUMERIC_COLUMNS, kpiColumnContent } from "./kpi-columns";
import type { KpiListItem } from "./kpi-display";
import { KpiMeta } from "./kpi-meta";

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
                <KpiMeta kpi={kpi} className="text-xs text-slate-500" />
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
