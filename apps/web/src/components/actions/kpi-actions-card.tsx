import type { ReactNode } from "react";
import { addDays } from "@tally/domain";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { Formatter } from "@/lib/format";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgContext } from "@/server/org-context";
import { ActionList } from "./action-list";
import { AddActionDialog } from "./add-action-dialog";

const HEADING_ID = "kpi-actions-heading";
/** A new action is due two weeks out unless its author picks another day. */
const DEFAULT_DAYS_TO_DUE = 14;

function Frame({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Card>
      <section aria-labelledby={HEADING_ID} data-testid="kpi-actions">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id={HEADING_ID} className="text-base font-semibold text-slate-900">
            Actions
          </h2>
          {action}
        </div>
        {children}
      </section>
    </Card>
  );
}

/** The corrective actions on a KPI, and a way to add one for whoever may; loads its own data behind a placeholder. */
export async function KpiActionsCard({
  orgSlug,
  kpiId,
  archived,
  today,
  formatter,
}: {
  orgSlug: string;
  kpiId: string;
  archived: boolean;
  today: string;
  formatter: Formatter;
}) {
  const caller = await getCaller();
  const { permissions } = await getOrgContext(orgSlug);
  const returnTo = `/${orgSlug}/kpis/${kpiId}`;
  const [list, options] = await Promise.all([
    loadForPage(() => caller.action.list({ orgSlug, kpiId }), returnTo),
    !archived && permissions.includes("action.manage") ? loadForPage(() => caller.action.formOptions({ orgSlug, kpiIds: [kpiId] }), returnTo) : null,
  ]);
  const add = options?.canManage ? <AddActionDialog orgSlug={orgSlug} options={options} defaultDueDate={addDays(today, DEFAULT_DAYS_TO_DUE)} /> : undefined;
  return (
    <Frame action={add}>
      <ActionList
        orgSlug={orgSlug}
        actions={list.items}
        formatter={formatter}
        label="Actions on this KPI"
        empty="No actions yet. When this KPI slips, add a corrective action with an owner and a due date."
      />
      {list.total > list.items.length && (
        <p className="mt-2 text-xs text-slate-600">
          Showing {list.items.length} of {list.total}. See all on the actions page.
        </p>
      )}
    </Frame>
  );
}

export function KpiActionsLoading() {
  return (
    <Frame>
      <p className="sr-only" role="status">
        Loading the actions…
      </p>
      <div className="flex flex-col gap-3">
        <Skeleton className="h-5 w-2/3" />
        <Skeleton className="h-5 w-1/2" />
      </div>
    </Frame>
  );
}
