import type { MailboxEntry } from "@tally/api/server";
import { Badge } from "@/components/ui/badge";

export function MailStatus({ mail: { status, attempts } }: { mail: MailboxEntry }) {
  if (status === "sent") return <Badge tone="success">Sent</Badge>;
  if (status === "failed") return <Badge tone="danger">Failed after {attempts} attempts</Badge>;
  return <Badge tone="warning">{attempts === 0 ? "Waiting" : `Retrying (${attempts} failed)`}</Badge>;
}
