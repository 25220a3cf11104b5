import { TEAM_KIND_LABELS, type TeamKind } from "@tally/domain";
import { Badge } from "@/components/ui/badge";

export function KindBadge({ kind }: { kind: TeamKind }) {
  return <Badge tone={kind === "department" ? "brand" : "warning"}>{TEAM_KIND_LABELS[kind]}</Badge>;
}
