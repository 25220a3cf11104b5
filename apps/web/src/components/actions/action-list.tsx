import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import type { Formatter } from "@/lib/format";
import { ActionStatusBadge } from "./action-status-badge";
import { ActionStatusButtons } from "./action-status-buttons";
import type { ActionRow } from "./types";

interface Props {
  orgSlug: string;
  actions: readonly ActionRow[];
  formatter: Formatter;
  /** Name the linked KPIs (on pages that gather actions of many KPIs). */
  showKpis?: boolean;
  /** Shown when the list is empty. */
  empty: ReactNode;
  label: string;
}

function dueText(action: ActionRow, formatter: Formatter): string {
  const due = formatter.formatDate(action.dueDate);
  if (action.status === "done") return `Due ${due} · done`;
  if (action.status === "dropped") return `Due ${due} · dropped`;
  return action.overdue ? `Was due ${due}` : `Due ${due}`;
}

/** Actions with their status, owner and due date; overdue ones are marked in words; each with the moves allowed. */
export function ActionList({ orgSlug, actions, formatter, showKpis = false, empty, label }: Props) {
  if (actions.length === 0) return <div className="text-sm text-slate-600">{empty}</div>;
  return (
    <ul aria-label={label} className="divide-y divide-slate-100">
      {actions.map((action) => (
        <li key={action.id} data-testid="action-row" className="flex flex-wrap items-start justify-between gap-3 py-3">
          <div className="min-w-0 break-words">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{action.title}</span>
              <ActionStatusBadge action={action} />
            </p>
            {action.description && <p className="mt-0.5 whitespace-pre-line text-sm text-slate-700">{action.description}</p>}
            <p className={action.overdue ? "text-xs font-medium text-red-800" : "text-xs text-slate-600"}>
              {action.owner.name} · {dueText(action, formatter)}
            </p>
            {showKpis && (action.kpis.length > 0 || action.hiddenKpiCount > 0) && (
              <p className="text-xs text-slate-600">
                On{" "}
                {action.kpis.map((kpi, index) => (
                  <span key={kpi.id}>
                    {index > 0 && ", "}
                    <Link href={`/${orgSlug}/kpis/${kpi.id}`} className="underline underline-offset-2 hover:text-slate-900">
                      {kpi.name}
                    </Link>
                  </span>
                ))}
                {action.hiddenKpiCount > 0 && `${action.kpis.length > 0 ? " and " : ""}${action.hiddenKpiCount} KPI${action.hiddenKpiCount === 1 ? "" : "s"} you cannot see`}
              </p>
            )}
          </div>
          {action.permissions.canChangeStatus && <ActionStatusButtons orgSlug={orgSlug} action={action} />}
        </li>
      ))}
    </ul>
  );
}
