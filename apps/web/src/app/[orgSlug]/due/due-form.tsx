"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { CADENCE_LABELS, parseLocaleDecimal } from "@tally/domain";
import { formatKpiValue } from "@/components/kpi/format-value";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { cn } from "@/lib/cn";
import { useFormatter } from "@/lib/format-context";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";
import type { RouterOutputs } from "@/lib/trpc/types";
import { useRefreshingMutation } from "@/lib/use-refreshing-mutation";

/** A period of a KPI waiting for a value, with the KPI's unit and decimals (the KPI value format) for its last value. */
type DueRow = RouterOutputs["checkIn"]["due"][number];

/** Drafts by line: a KPI may wait for several periods, each a line of its own. */
type Drafts = Record<string, { value: string; comment: string }>;

function lineKey(row: DueRow): string {
  return `${row.kpiId}-${row.periodStart}`;
}

/**
 * One line per missing period, a KPI's newest first: type a value, Tab to the comment and on to the next line,
 * save everything at once.
 */
export function DueForm({ orgSlug, rows }: { orgSlug: string; rows: DueRow[] }) {
  const trpc = useTRPC();
  const formatter = useFormatter();
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const filled = rows.filter((row) => drafts[lineKey(row)]?.value.trim());

  const save = useRefreshingMutation(
    trpc.checkIn.recordMany.mutationOptions({
      onSuccess: (result) => {
        setDrafts({});
        setErrors({});
        toast.success(`${result.recorded} value${result.recorded === 1 ? "" : "s"} saved.`);
      },
      onError: (error) => {
        const failure = clientFailure(error);
        const next: Record<string, string> = {};
        for (const [path, messages] of Object.entries(failure.fieldErrors)) {
          const match = /^entries\.(\d+)\./.exec(path);
          const row = match ? filled[Number(match[1])] : undefined;
          if (row && messages[0]) next[lineKey(row)] = messages[0];
        }
        setErrors(next);
        setNotice({ tone: "error", text: Object.keys(next).length ? "Nothing was saved. Correct the marked lines and save again." : failure.message });
      },
    }),
  );

  const update = (key: string, field: "value" | "comment", text: string) =>
    setDrafts((current) => ({ ...current, [key]: { value: "", comment: "", ...current[key], [field]: text } }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setNotice(null);
        if (!filled.length) {
          setNotice({ tone: "error", text: "Type at least one value before saving." });
          return;
        }
        // Values are typed in the reader's format ("89,5") and travel as decimal strings with a point.
        const values = new Map<string, string>();
        const unreadable: Record<string, string> = {};
        for (const row of filled) {
          const read = parseLocaleDecimal(drafts[lineKey(row)]!.value, formatter.settings.locale);
          if (read.ok) values.set(lineKey(row), read.value);
          else unreadable[lineKey(row)] = read.problem;
        }
        if (Object.keys(unreadable).length) {
          setErrors(unreadable);
          setNotice({ tone: "error", text: "Nothing was saved. Correct the marked lines and save again." });
          return;
        }
        save.mutate({
          orgSlug,
          entries: filled.map((row) => ({
            kpiId: row.kpiId,
            date: row.periodStart,
            value: values.get(lineKey(row))!,
            comment: drafts[lineKey(row)]!.comment.trim(),
          })),
        });
      }}
    >
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {/*
        One list, two layouts: a card per KPI on a phone, a table from md up. The inputs exist once, so Tab runs
        value → comment → next value and the form sends each value once on every screen.
      */}
      {/* Below md the box, the table and its rows step aside (the max-md: classes) and the rows stand as cards. */}
      <TableScrollBox className="mt-3 max-md:overflow-visible max-md:rounded-none max-md:border-0 max-md:bg-transparent max-md:shadow-none">
        <Table className="block md:table">
          <TableCaption>Periods waiting for a value</TableCaption>
          <TableHeader className="hidden md:table-header-group">
            <TableRow>
              <TableHead>KPI</TableHead>
              <TableHead>Period</TableHead>
              <TableHead>Last value</TableHead>
              <TableHead>Value</TableHead>
              <TableHead>Comment</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody className="flex flex-col gap-3 max-md:divide-y-0 md:table-row-group">
            {rows.map((row) => {
              const key = lineKey(row);
              const error = errors[key];
              const errorId = `due-error-${key}`;
              const period = formatter.formatPeriod(row.periodStart, row.cadence);
              return (
                <TableRow
                  key={key}
                  aria-label={`${row.name}, ${period}`}
                  className="grid grid-cols-2 gap-x-4 gap-y-3 max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-surface max-md:p-4 md:table-row"
                >
                  <TableCell className={cn(CARD_CELL, "col-span-2 min-w-0")}>
                    {/* Out of the tab order so Tab runs value → comment → next value; the KPI page is a click away. */}
                    <Link href={`/${orgSlug}/kpis/${row.kpiId}`} tabIndex={-1} className="break-words font-medium text-slate-900 hover:underline">
                      {row.name}
                    </Link>
                    <div className="mt-1 flex gap-2 text-xs text-slate-600">
                      {CADENCE_LABELS[row.cadence]}
                      {row.overdue ? (
                        <Badge tone="danger">Overdue</Badge>
                      ) : (
                        <span className="md:hidden">
                          <Badge>Due</Badge>
                        </span>
                      )}
                    </div>
                  </TableCell>
                  <TableCell className={cn(CARD_CELL, "min-w-0 text-slate-700 md:whitespace-nowrap")}>
                    <CardLabel>Period</CardLabel>
                    {period}
                  </TableCell>
                  {/* The exact stored value rides along for tools and tests; people read it formatted. */}
                  <TableCell data-last-value={row.lastValue ?? ""} className={cn(CARD_CELL, "min-w-0 break-words text-slate-600")}>
                    <CardLabel>Last value</CardLabel>
                    {formatKpiValue(row.lastValue, row, formatter)}
                    {row.lastPeriodStart && <span className="block text-xs text-slate-500">{formatter.formatPeriod(row.lastPeriodStart, row.cadence)}</span>}
                  </TableCell>
                  <TableCell className={cn(CARD_CELL, "col-span-2")}>
                    <CardLabel forInput>Value</CardLabel>
                    <label className="sr-only" htmlFor={`due-value-${key}`}>
                      Value of {row.name} for {period}
                    </label>
                    <input
                      id={`due-value-${key}`}
                      inputMode="decimal"
                      autoComplete="off"
                      value={drafts[key]?.value ?? ""}
                      onChange={(event) => update(key, "value", event.target.value)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      // A large field on a phone (16px text so the browser does not zoom in), a compact one in the table.
                      className={`w-full rounded-md border px-3 py-2.5 text-base md:w-32 md:px-2 md:py-1.5 md:text-sm ${error ? "border-red-500" : "border-slate-300"}`}
                    />
                    {error && (
                      <p id={errorId} className="mt-1 text-xs font-medium text-red-600 md:max-w-56">
                        {error}
                      </p>
                    )}
                  </TableCell>
                  <TableCell className={cn(CARD_CELL, "col-span-2")}>
                    <CardLabel forInput>Comment (optional)</CardLabel>
                    <label className="sr-only" htmlFor={`due-comment-${key}`}>
                      Comment on {row.name} for {period}
                    </label>
                    <input
                      id={`due-comment-${key}`}
                      autoComplete="off"
                      value={drafts[key]?.comment ?? ""}
                      onChange={(event) => update(key, "comment", event.target.value)}
                      className="w-full rounded-md border border-slate-300 px-3 py-2.5 text-base md:min-w-48 md:px-2 md:py-1.5 md:text-sm"
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableScrollBox>
      {/* On a phone the save button stays in reach at the foot of the screen however long the list. */}
      <div className="mt-4 flex items-center justify-end gap-3 max-md:sticky max-md:bottom-0 max-md:-mx-4 max-md:border-t max-md:border-slate-200 max-md:bg-surface max-md:px-4 max-md:py-3">
        <p className="text-sm text-slate-600">{filled.length} of {rows.length} filled in</p>
        <Button type="submit" pending={save.pending}>
          Save values
        </Button>
      </div>
    </form>
  );
}

/** A cell is a table cell from md up; below, a block in its card's grid without the table's padding. */
const CARD_CELL = "max-md:block max-md:p-0";

/**
 * The column name a cell shows above its content on a phone, where the table's header row is hidden. Above an
 * input it is only for the eye (`forInput`): the input's own label already says more.
 */
function CardLabel({ children, forInput = false }: { children: string; forInput?: boolean }) {
  return (
    <span aria-hidden={forInput || undefined} className="mb-1 block text-xs font-medium text-slate-600 md:hidden">
      {children}
    </span>
  );
}
