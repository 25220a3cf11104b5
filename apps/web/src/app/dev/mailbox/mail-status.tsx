import type { MailboxEntry } from "@tally/api/server";
import { cn } from "@/lib/cn";

const STYLES: Record<MailboxEntry["status"], string> = {
  sent: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  pending: "bg-amber-50 text-amber-800 ring-amber-600/20",
  failed: "bg-red-50 text-red-700 ring-red-600/20",
};

function label({ status, attempts }: MailboxEntry): string {
  if (status === "sent") return "Sent";
  if (status === "failed") return `Failed after ${attempts} attempts`;
  return attempts === 0 ? "Waiting" : `Retrying (${attempts} failed)`;
}

export function MailStatus({ mail }: { mail: MailboxEntry }) {
  return (
    <span className={cn("inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", STYLES[mail.status])}>
      {label(mail)}
    </span>
  );
}
