import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/types";

type SecurityLogEntry = RouterOutputs["account"]["securityLog"][number];

const KIND_LABELS: Record<SecurityLogEntry["kind"], string> = {
  sign_in: "Signed in",
  sign_in_failed: "Failed sign-in",
  password_changed: "Password changed",
  password_reset: "Password reset by email link",
};

/** The person's own sign-ins and password changes, newest first, as the server returned them. */
export function SecurityLog({ entries }: { entries: SecurityLogEntry[] }) {
  if (entries.length === 0) {
    return <p className="mt-2 text-sm text-slate-600">No sign-ins or password changes recorded yet.</p>;
  }
  return (
    // Nothing in the rows takes the focus, so the box itself is a tab stop for scrolling it on a phone.
    <TableScrollBox className="mt-3 shadow-none" scrollLabel="Recent sign-ins and security events">
      <Table>
        <TableCaption>Recent sign-ins and security events, newest first</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>When</TableHead>
            <TableHead>Event</TableHead>
            <TableHead>Address</TableHead>
            <TableHead>Browser</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry, index) => (
            <TableRow key={`${new Date(entry.createdAt).toISOString()}-${index}`}>
              <TableCell className="whitespace-nowrap text-slate-600">{formatDateTime(entry.createdAt)}</TableCell>
              <TableCell className={entry.kind === "sign_in_failed" ? "font-medium text-red-700" : "font-medium"}>{KIND_LABELS[entry.kind]}</TableCell>
              <TableCell className="whitespace-nowrap font-mono text-xs text-slate-600">{entry.ip}</TableCell>
              <TableCell className="max-w-48 truncate text-slate-600" title={entry.userAgent ?? undefined}>
                {entry.userAgent ?? <span className="text-slate-500">Unknown</span>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScrollBox>
  );
}
