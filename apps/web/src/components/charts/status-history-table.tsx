import { KPI_STATUS_LABELS, KPI_STATUSES } from "@tally/domain";
import type { StatusBarRow } from "./stacked-status-bars";

interface StatusHistoryTableProps {
  /** The disclosure's label, e.g. "Show the numbers". */
  opener: string;
  caption: string;
  rows: readonly (StatusBarRow & { key: string })[];
  format: (value: number) => string;
}

/** A status chart's figures as a table behind a disclosure: read by screen readers, and on request by anyone. */
export function StatusHistoryTable({ opener, caption, rows, format }: StatusHistoryTableProps) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-slate-900 underline underline-offset-2">{opener}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-xs">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                Month
              </th>
              {KPI_STATUSES.map((status) => (
                <th key={status} scope="col" className="py-1 pr-3 text-right font-medium">
                  {KPI_STATUS_LABELS[status]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {row.label}
                </th>
                {KPI_STATUSES.map((status) => (
                  <td key={status} className="py-1 pr-3 text-right tabular-nums">
                    {format(row.values[status])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
