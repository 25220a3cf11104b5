import Link from "@/components/ui/link";
import { KPI_CATEGORY_LABELS, KPI_STATUS_LABELS, KPI_STATUSES } from "@tally/domain";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableHeader, TableRow } from "@/components/ui/table";
import type { Formatter } from "@/lib/format";
import type { Dashboard } from "./types";

/** Categories by status; every count opens the KPI list filtered the same way, which lists exactly that many. */
export function CategoryMatrix({ orgSlug, rows, formatter }: { orgSlug: string; rows: Dashboard["matrix"]; formatter: Formatter }) {
  return (
    <Card className="p-0">
      <h2 id="matrix-heading" className="px-6 pt-5 text-base font-semibold">
        By category and status
      </h2>
      <div className="overflow-x-auto px-2 pb-3 pt-2">
        <Table aria-labelledby="matrix-heading">
          <TableCaption>KPIs by category and status; each count links to the matching KPI list.</TableCaption>
          <TableHeader className="border-0 bg-transparent normal-case tracking-normal">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                Category
              </th>
              {KPI_STATUSES.map((status) => (
                <th key={status} scope="col" className="px-3 py-2 text-right font-medium">
                  {KPI_STATUS_LABELS[status]}
                </th>
              ))}
              <th scope="col" className="px-4 py-2 text-right font-medium">
                All
              </th>
            </tr>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.category}>
                <th scope="row" className="px-4 py-2 font-medium text-slate-800">
                  {KPI_CATEGORY_LABELS[row.category]}
                </th>
                {KPI_STATUSES.map((status) => (
                  <td key={status} className="px-3 py-2 text-right tabular-nums">
                    {row.counts[status] === 0 ? (
                      <span className="text-slate-500">0</span>
                    ) : (
                      <Link
                        href={`/${orgSlug}/kpis?category=${row.category}&status=${status}`}
                        aria-label={`${formatter.formatNumber(row.counts[status])} ${KPI_CATEGORY_LABELS[row.category]} ${KPI_STATUS_LABELS[status]}`}
                        className="font-medium text-brand-700 underline-offset-2 hover:underline"
                      >
                        {formatter.formatNumber(row.counts[status])}
                      </Link>
                    )}
                  </td>
                ))}
                <td className="px-4 py-2 text-right tabular-nums">
                  <Link
                    href={`/${orgSlug}/kpis?category=${row.category}`}
                    aria-label={`All ${formatter.formatNumber(row.total)} ${KPI_CATEGORY_LABELS[row.category]}`}
                    className="text-slate-800 underline-offset-2 hover:underline"
                  >
                    {formatter.formatNumber(row.total)}
                  </Link>
                </td>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Card>
  );
}
