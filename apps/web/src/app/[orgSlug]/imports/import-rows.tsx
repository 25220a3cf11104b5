"use client";

import { useMemo, useState } from "react";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { errorsFirst, IMPORT_OUTCOME_LABELS, IMPORT_OUTCOMES, type ImportOutcome, type ImportRowResult } from "@tally/domain";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RadioGroupField } from "@/components/ui/radio-group";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { useFormatter } from "@/lib/format-context";
import type { ImportResult } from "./upload";

export const ROWS_PER_PAGE = 100;

const TONES: Record<ImportOutcome, BadgeTone> = { error: "danger", new: "brand", changed: "warning", unchanged: "neutral" };

type Filter = ImportOutcome | "all";

function ValueCell({ row, format }: { row: ImportRowResult; format: (value: string) => string }) {
  if (row.value === null) return <span className="text-slate-400">—</span>;
  if (row.outcome === "changed" && row.previousValue !== null && row.previousValue !== row.value) {
    return (
      <span className="whitespace-nowrap">
        <span className="sr-only">from </span>
        <span className="text-slate-500 line-through">{format(row.previousValue)}</span>
        <span aria-hidden> → </span>
        <span className="sr-only"> to </span>
        <span className="font-medium text-slate-900">{format(row.value)}</span>
      </span>
    );
  }
  return <span className="whitespace-nowrap text-slate-900">{format(row.value)}</span>;
}

function DetailsCell({ row }: { row: ImportRowResult }) {
  if (row.error) return <span className="text-red-700">{row.error.message}</span>;
  if (row.outcome === "changed" && row.previousComment !== null) {
    return (
      <span>
        Comment: “{row.previousComment}” → “{row.comment}”
      </span>
    );
  }
  return row.comment ? <span className="text-slate-600">{row.comment}</span> : null;
}

/**
 * Every row of a checked (or imported) file: errors first, then by line; filtered by outcome; 100 rows a page,
 * so a file of 100,000 rows stays quick to read.
 */
export function ImportRows({ result }: { result: ImportResult }) {
  const formatter = useFormatter();
  const [filter, setFilter] = useState<Filter>(result.counts.error > 0 ? "error" : "all");
  const [page, setPage] = useState(1);
  const kpis = useMemo(() => new Map(result.kpis.map((kpi) => [kpi.id, kpi])), [result.kpis]);
  const ordered = useMemo(() => errorsFirst(result.rows), [result.rows]);
  const shown = useMemo(() => (filter === "all" ? ordered : ordered.filter((row) => row.outcome === filter)), [ordered, filter]);
  const pages = Math.max(1, Math.ceil(shown.length / ROWS_PER_PAGE));
  const current = Math.min(page, pages);
  const first = (current - 1) * ROWS_PER_PAGE;
  const visible = shown.slice(first, first + ROWS_PER_PAGE);
  const count = (value: number) => formatter.formatNumber(value);

  const choices = [
    { value: "all", label: `All (${count(result.counts.rows)})` },
    ...IMPORT_OUTCOMES.map((outcome) => ({ value: outcome, label: `${IMPORT_OUTCOME_LABELS[outcome]} (${count(result.counts[outcome])})` })),
  ];

  return (
    <div className="flex flex-col gap-4">
      <RadioGroupField
        legend="Show rows"
        orientation="horizontal"
        choices={choices}
        value={filter}
        onValueChange={(value) => {
          setFilter(value as Filter);
          setPage(1);
        }}
      />
      {shown.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">No rows with this outcome.</p>
      ) : (
        <TableScrollBox scrollLabel="Rows of the file">
          <Table>
            <TableCaption>
              Rows of {result.file.name ?? "the file"}, {filter === "all" ? "all outcomes" : IMPORT_OUTCOME_LABELS[filter].toLowerCase()}, errors first
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead className="w-16">Line</TableHead>
                <TableHead>KPI</TableHead>
                <TableHead>Period</TableHead>
                <TableHead>Outcome</TableHead>
                <TableHead>Value</TableHead>
                <TableHead>Details</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {visible.map((row) => {
                const kpi = row.kpiId ? kpis.get(row.kpiId) : undefined;
                return (
                  <TableRow key={row.line} data-outcome={row.outcome}>
                    <TableCell className="tabular-nums text-slate-600">{row.line}</TableCell>
                    <TableCell>
                      {kpi ? (
                        <span className="font-medium text-slate-900">
                          {kpi.name}
                          {kpi.code && <span className="ml-1 font-mono text-xs text-slate-500">{kpi.code}</span>}
                        </span>
                      ) : (
                        <span className="text-slate-600">{row.kpiText || "—"}</span>
                      )}
                    </TableCell>
                    <TableCell className="whitespace-nowrap">{kpi && row.period ? formatter.formatPeriod(row.period, kpi.cadence) : "—"}</TableCell>
                    <TableCell>
                      <Badge tone={TONES[row.outcome]}>{IMPORT_OUTCOME_LABELS[row.outcome]}</Badge>
                    </TableCell>
                    <TableCell>
                      <ValueCell row={row} format={(value) => formatter.formatNumber(value)} />
                    </TableCell>
                    <TableCell className="min-w-64 text-sm">
                      <DetailsCell row={row} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScrollBox>
      )}
      {pages > 1 && (
        <nav aria-label="Pages of rows" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
          <p>
            Rows {count(first + 1)}–{count(first + visible.length)} of {count(shown.length)}
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" disabled={current === 1} onClick={() => setPage(current - 1)}>
              <ChevronLeft aria-hidden className="size-4" /> Previous
            </Button>
            <Button variant="secondary" disabled={current === pages} onClick={() => setPage(current + 1)}>
              Next <ChevronRight aria-hidden className="size-4" />
            </Button>
          </div>
        </nav>
      )}
    </div>
  );
}
