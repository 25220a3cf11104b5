import Link from "@/components/ui/link";
import { ActionList } from "@/components/actions/action-list";
import type { ActionRow } from "@/components/actions/types";
import { Card } from "@/components/ui/card";
import type { Formatter } from "@/lib/format";

/** The open actions the member owns, overdue ones first (the list is ordered by due date), each to mark done. */
export function MyActions({ orgSlug, actions, total, formatter }: { orgSlug: string; actions: readonly ActionRow[]; total: number; formatter: Formatter }) {
  const overdue = actions.filter((action) => action.overdue).length;
  return (
    <Card>
      <section aria-labelledby="my-actions-heading" data-testid="my-actions">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="my-actions-heading" className="text-base font-semibold">
            My actions <span className="font-normal text-slate-600">({formatter.formatNumber(total)})</span>
          </h2>
          <Link href={`/${orgSlug}/actions?mine=1`} className="text-sm underline underline-offset-2 hover:text-slate-900">
            All my actions
          </Link>
        </div>
        {overdue > 0 && (
          <p className="mt-1 text-xs font-medium text-red-800">
            {formatter.formatNumber(overdue)} overdue
          </p>
        )}
        <div className="mt-2">
          <ActionList orgSlug={orgSlug} actions={actions} formatter={formatter} showKpis label="My open actions" empty="No open actions are yours. Well done." />
        </div>
      </section>
    </Card>
  );
}
