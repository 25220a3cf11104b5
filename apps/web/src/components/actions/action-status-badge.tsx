import { ACTION_STATUS_LABELS } from "@tally/domain";
import { Badge } from "@/components/ui/badge";
import type { ActionRow } from "./types";

/** Open, done or dropped; an open action past its due date says so in words, not only in colour. */
export function ActionStatusBadge({ action }: { action: Pick<ActionRow, "status" | "overdue"> }) {
  if (action.overdue) return <Badge tone="danger">Overdue</Badge>;
  const tone = action.status === "done" ? "success" : action.status === "dropped" ? "neutral" : "brand";
  return <Badge tone={tone}>{ACTION_STATUS_LABELS[action.status]}</Badge>;
}
