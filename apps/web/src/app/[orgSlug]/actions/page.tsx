import type { Metadata } from "next";
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { ClipboardCheck } from "lucide-react";
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from "@tally/domain";
import { ActionList } from "@/components/actions/action-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { cn } from "@/lib/cn";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { actionsHref, parseActionFilters, type ActionFilters } from "./filters";

export const metadata: Metadata = { title: "Actions" };

function FilterLink({ href, current, children }: { href: string; current: boolean; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn(
        "rounded-full border px-3 py-1 text-sm",
        current ? "border-brand-600 bg-brand-50 font-medium text-brand-700" : "border-slate-300 text-slate-700 hover:bg-slate-50",
      )}
    >
      {children}
    </Link>
  );
}

export default async function ActionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "action.view");
  const filters = parseActionFilters(await searchParams);
  const [caller, formatter] = await Promise.all([getCaller(), getOrgFormatter(orgSlug)]);
  const list = await loadForPage(
    () => caller.action.list({ orgSlug, mine: filters.mine, status: filters.status ?? undefined, page: filters.page }),
    actionsHref(orgSlug, filters),
  );
  const href = (change: Partial<ActionFilters>) => actionsHref(orgSlug, { ...filters, page: 1, ...change });
  const filtered = filters.mine || filters.status !== null;

  return (
    <>
      <PageHeader
        title="Actions"
        description="Corrective tasks on KPIs, with an owner and a due date. Open ones first, the most overdue at the top. Add one from a KPI's page."
      />
      <nav aria-label="Filter actions" className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="flex flex-wrap gap-2" role="group" aria-label="Status">
          <FilterLink href={href({ status: null })} current={filters.status === null}>
            Any status
          </FilterLink>
          {ACTION_STATUSES.map((status) => (
            <FilterLink key={status} href={href({ status })} current={filters.status === status}>
              {ACTION_STATUS_LABELS[status]}
            </FilterLink>
          ))}
        </div>
        <div className="flex flex-wrap gap-2" role="group" aria-label="Owner">
          <FilterLink href={href({ mine: false })} current={!filters.mine}>
            Everyone&apos;s
          </FilterLink>
          <FilterLink href={href({ mine: true })} current={filters.mine}>
            Mine
          </FilterLink>
        </div>
      </nav>
      {list.total === 0 ? (
        <EmptyState icon={ClipboardCheck} title={filtered ? "No actions match" : "No actions yet"}>
          {filtered
            ? "Try another status, or everyone's actions."
            : "When a KPI is off track or overdue, open it and add a corrective action with an owner and a due date."}
        </EmptyState>
      ) : (
        <Card>
          <ActionList orgSlug={orgSlug} actions={list.items} formatter={formatter} showKpis label="Actions" empty="No actions on this page." />
          <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={(page) => actionsHref(orgSlug, { ...filters, page })} />
        </Card>
      )}
    </>
  );
}
