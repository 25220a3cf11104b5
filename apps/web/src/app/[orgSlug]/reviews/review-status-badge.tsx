import { Badge } from "@/components/ui/badge";

/** Open or closed, in words. */
export function ReviewStatusBadge({ status }: { status: "open" | "closed" }) {
  return status === "open" ? <Badge tone="brand">Open</Badge> : <Badge tone="neutral">Closed</Badge>;
}
