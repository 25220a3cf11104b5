import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ListChecks } from "lucide-react";
import { formatKpiNumber } from "@/components/kpi/format-value";
import { StatusBadge } from "@/components/kpi/status-badge";
import { Trend } from "@/components/kpi/trend";
import { buttonClasses } from "@/components/ui/button-classes";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { getOrgContext } from "@/server/org-context";
import { NoActionBadge } from "@/components/actions/no-action-badge";
import { MyActions } from "./my-actions";
import { changeText, latestText, MyKpiGroup } from "./my-kpi-list";

export const metadata: Metadata = { title: "My KPIs" };

export default async function MyKpisPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { permissions } = await getOrgContext(orgSlug);
  const caller = await getCaller();
  const formatter = await getOrgFormatter(orgSlug);
  const [mine, actions] = await loadForPage(
    () => Promise.all([caller.dashboard.mine({ orgSlug }), caller.action.list({ orgSlug, mine: true, status: "open" })]),
    `/${orgSlug}/my`,
  );
  const description = "The KPIs you own or contribute to: what is overdue, what is due now and what changed status since last month; and your open actions.";
  const myActions = <MyActions orgSlug={orgSlug} actions={actions.items} total={actions.total} formatter={formatter} />;
  const canRecord = permissions.includes("checkin.record");
  const dueLink = canRecord ? (
    <Link href={`/${orgSlug}/due`} className={buttonClasses("primary")}>
      Record values
    </Link>
  ) : undefined;

  if (mine.kpis.length === 0) {
    return (
      <>
        <PageHeader title="My KPIs" description={description} />
        <div className="mb-6">{myActions}</div>
        <EmptyState icon={ListChecks} title="You own no KPIs and contribute to none">
          When a KPI names you as its owner or as a contributor, it appears here with what is due and how it is doing.
          <span className="mt-4 block">
            <Link href={`/${orgSlug}/kpis`} className={buttonClasses("secondary")}>
              Browse all KPIs
            </Link>
          </span>
        </EmptyState>
      </>
    );
  }

  const since = formatter.formatDate(mine.lastMonth.asOf);
  const overdue = mine.kpis.filter((kpi) => kpi.status === "overdue");
  const dueNow = mine.kpis.filter((kpi) => kpi.dueNow !== null);
  const changed = mine.kpis.filter((kpi) => kpi.statusThen !== null && kpi.statusThen !== kpi.status);

  return (
    <>
      <PageHeader title="My KPIs" description={description} actions={dueLink} />
      <div className="mb-6">{myActions}</div>
      <div className="grid gap-6 lg:grid-cols-3">
        <MyKpiGroup
          id="overdue-heading"
          title="Overdue"
          empty="Nothing overdue."
          kpis={overdue}
          orgSlug={orgSlug}
          formatter={formatter}
          detail={(kpi) =>
            kpi.missing
              ? `No value for ${formatter.formatPeriod(kpi.missing.periodStart, kpi.cadence)}, due since ${formatter.formatDate(kpi.missing.overdueSince)}`
              : latestText(kpi, formatter)
          }
        />
        <MyKpiGroup
          id="due-heading"
          title="Due now"
          empty="No period is waiting for a value."
          kpis={dueNow}
          orgSlug={orgSlug}
          formatter={formatter}
          detail={(kpi) =>
            `${formatter.formatPeriod(kpi.dueNow!.periodStart, kpi.cadence)} waits for a value · ${kpi.latestValue === null ? "none recorded yet" : `last ${latestText(kpi, formatter)}`}`
          }
        />
        <MyKpiGroup
          id="changed-heading"
          title={`Changed since ${since}`}
          empty={`Every KPI has the status it had on ${since}.`}
          kpis={changed}
          orgSlug={orgSlug}
          formatter={formatter}
          detail={(kpi) => changeText(kpi)}
        />
      </div>

      <section aria-labelledby="all-mine-heading" className="mt-6">
        <h2 id="all-mine-heading" className="mb-3 text-base font-semibold">
          All my KPIs
        </h2>
        <TableScrollBox>
          <Table>
            <TableCaption>The KPIs you own or contribute to, with their status, latest value and trend.</TableCaption>
            <TableHeader>
              <tr>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  KPI
                </th>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  Latest
                </th>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  Trend
                </th>
                <th scope="col" className="px-4 py-2.5 font-medium">
                  You are
                </th>
              </tr>
            </TableHeader>
            <TableBody>
              {mine.kpis.map((kpi) => (
                <TableRow key={kpi.id}>
                  <td className="px-4 py-2.5">
                    <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="font-medium text-slate-900 hover:underline">
                      {kpi.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2.5">
                    <span className="flex flex-wrap gap-1">
                      <StatusBadge status={kpi.status} />
                      {kpi.noOpenAction && <NoActionBadge />}
                    </span>
                  </td>
                  <td className="px-4 py-2.5 text-slate-700">{latestText(kpi, formatter)}</td>
                  <td className="px-4 py-2.5">
                    <Trend values={kpi.trend} format={(value) => formatKpiNumber(value, kpi, formatter)} />
                  </td>
                  <td className="px-4 py-2.5 text-slate-700">{kpi.owned ? "Owner" : "Contributor"}</td>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScrollBox>
      </section>
    </>
  );
}
