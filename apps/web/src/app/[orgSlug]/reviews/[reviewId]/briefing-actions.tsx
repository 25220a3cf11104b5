import { ACTION_STATUS_LABELS } from "@tally/domain";
import { Badge } from "@/components/ui/badge";
import type { Formatter } from "@/lib/format";
import type { ReviewBriefingKpi } from "../types";

type BriefingAction = ReviewBriefingKpi["actions"][number];

/** The actions on a KPI of the agenda: status in words, owner, due date, and whether this review decided them. */
export function BriefingActions({ actions, label, today, formatter }: { actions: readonly BriefingAction[]; label: string; today: string; formatter: Formatter }) {
  if (actions.length === 0) return <p className="text-sm text-slate-600">No actions on this KPI.</p>;
  return (
    <ul aria-label={label} className="flex flex-col gap-1.5">
      {actions.map((action) => {
        const overdue = action.status === "open" && action.dueDate < today;
        return (
          <li key={action.id} data-testid="review-action" className="text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{action.title}</span>
              {overdue ? (
                <Badge tone="danger">Overdue</Badge>
              ) : (
                <Badge tone={action.status === "done" ? "success" : action.status === "open" ? "brand" : "neutral"}>
                  {ACTION_STATUS_LABELS[action.status as keyof typeof ACTION_STATUS_LABELS] ?? action.status}
                </Badge>
              )}
              {action.fromThisReview && <Badge tone="neutral">From this review</Badge>}
            </p>
            <p className={overdue ? "text-xs font-medium text-red-800" : "text-xs text-slate-600"}>
              {action.ownerName} · {overdue ? "was due" : "due"} {formatter.formatDate(action.dueDate)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
