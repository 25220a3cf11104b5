import { KPI_STATUS_LABELS, type KpiStatus } from "@tally/domain";
import { Badge } from "@/components/ui/badge";
import { STATUS_STYLES } from "./status-style";

/** A KPI's or a period's status: the word and an icon carry it, the colour only repeats it. */
export function StatusBadge({ status, className }: { status: KpiStatus; className?: string }) {
  const Icon = STATUS_STYLES[status].icon;
  return (
    <Badge status={status} className={className}>
      <Icon aria-hidden className="size-3.5" />
      {KPI_STATUS_LABELS[status]}
    </Badge>
  );
}
