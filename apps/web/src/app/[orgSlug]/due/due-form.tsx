"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CADENCE_LABELS, type Cadence } from "@tally/domain";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";
import { clientFailure } from "@/lib/trpc/errors";

interface DueRow {
  kpiId: string;
  name: string;
  cadence: Cadence;
  periodStart: string;
  periodLabel: string;
  lastValue: string | null;
  overdue: boolean;
}

type Drafts = Record<string, { value: string; comment: string }>;

/** One line per KPI: type a value, Tab to the comment and on to the next line, save everything at once. */
export function DueForm({ orgSlug, rows }: { orgSlug: string; rows: DueRow[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const filled = rows.filter((row) => drafts[row.kpiId]?.value.trim());

  const save = useMutation(
    trpc.checkIn.recordMany.mutationOptions({
      onSuccess: (result) => {
        setDrafts({});
        setErrors({});
        setNotice({ tone: "success", text: `${result.recorded} value${result.recorded === 1 ? "" : "s"} saved.` });
        router.refresh();
      },
      onError: (error) => {
        const failure = clientFailure(error);
        const next: Record<string, string> = {};
        for (const [path, messages] of Object.entries(failure.fieldErrors)) {
          const match = /^entries\.(\d+)\./.exec(path);
          const row = match ? filled[Number(match[1])] : undefined;
          if (row && messages[0]) next[row.kpiId] = messages[0];
        }
        setErrors(next);
        setNotice({ tone: "error", text: Object.keys(next).length ? "Nothing was saved. Correct the marked lines and save again." : failure.message });
      },
    }),
  );

  const update = (kpiId: string, field: "value" | "comment", text: string) =>
    setDrafts((current) => ({ ...current, [kpiId]: { value: "", comment: "", ...current[kpiId], [field]: text } }));

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
        save.mutate({
          orgSlug,
          entries: filled.map((row) => ({
            kpiId: row.kpiId,
            date: row.periodStart,
            value: drafts[row.kpiId]!.value.trim(),
            comment: drafts[row.kpiId]!.comment.trim(),
          })),
        });
      }}
    >
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">KPIs waiting for a value</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">KPI</th>
              <th scope="col" className="px-4 py-3 font-medium">Period</th>
              <th scope="col" className="px-4 py-3 font-medium">Last value</th>
              <th scope="col" className="px-4 py-3 font-medium">Value</th>
              <th scope="col" className="px-4 py-3 font-medium">Comment</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const error = errors[row.kpiId];
              const errorId = `due-error-${row.kpiId}`;
              return (
                <tr key={row.kpiId} aria-label={row.name}>
                  <td className="px-4 py-3">
                    {/* Out of the tab order so Tab runs value → comment → next value; the KPI page is a click away. */}
                    <Link href={`/${orgSlug}/kpis/${row.kpiId}`} tabIndex={-1} className="font-medium text-slate-900 hover:underline">
                      {row.name}
                    </Link>
                    <div className="mt-1 flex gap-2 text-xs text-slate-500">
                      {CADENCE_LABELS[row.cadence]}
                      {row.overdue && <Badge tone="danger">Overdue</Badge>}
                    </div>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-700">{row.periodLabel}</td>
                  <td className="px-4 py-3 text-slate-600">{row.lastValue ?? "—"}</td>
                  <td className="px-4 py-3">
                    <label className="sr-only" htmlFor={`due-value-${row.kpiId}`}>
                      Value of {row.name} for {row.periodLabel}
                    </label>
                    <input
                      id={`due-value-${row.kpiId}`}
                      inputMode="decimal"
                      autoComplete="off"
                      value={drafts[row.kpiId]?.value ?? ""}
                      onChange={(event) => update(row.kpiId, "value", event.target.value)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      className={`w-32 rounded-md border px-2 py-1.5 ${error ? "border-red-500" : "border-slate-300"}`}
                    />
                    {error && (
                      <p id={errorId} className="mt-1 max-w-56 text-xs font-medium text-red-600">
                        {error}
                      </p>
                    )}
                  </td>
                  <td className="px-4 py-3">
                    <label className="sr-only" htmlFor={`due-comment-${row.kpiId}`}>
                      Comment on {row.name}
                    </label>
                    <input
                      id={`due-comment-${row.kpiId}`}
                      autoComplete="off"
                      value={drafts[row.kpiId]?.comment ?? ""}
                      onChange={(event) => update(row.kpiId, "comment", event.target.value)}
                      className="w-full min-w-48 rounded-md border border-slate-300 px-2 py-1.5"
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex items-center justify-end gap-3">
        <p className="text-sm text-slate-600">{filled.length} of {rows.length} filled in</p>
        <Button type="submit" pending={save.isPending}>
          Save values
        </Button>
      </div>
    </form>
  );
}
