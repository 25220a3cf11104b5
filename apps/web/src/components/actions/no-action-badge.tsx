import { CircleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** The flag on an off-track or overdue KPI that no open corrective action addresses. */
export function NoActionBadge({ className }: { className?: string }) {
  return (
    <Badge tone="warning" className={className}>
      <CircleAlert aria-hidden className="size-3" />
      <span aria-hidden>No action</span>
      <span className="sr-only">No open action addresses this KPI</span>
    </Badge>
  );
}
