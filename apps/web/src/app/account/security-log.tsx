import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@tally/api";
import { formatDateTime } from "@/lib/format";

type SecurityLogEntry = inferRouterOutputs<AppRouter>["account"]["securityLog"][number];

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
    <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Recent sign-ins and security events, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">When</th>
            <th scope="col" className="px-4 py-3 font-medium">Event</th>
            <th scope="col" className="px-4 py-3 font-medium">Address</th>
            <th scope="col" className="px-4 py-3 font-medium">Browser</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry, index) => (
            <tr key={`${new Date(entry.createdAt).toISOString()}-${index}`}>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">{formatDateTime(entry.createdAt)}</td>
              <td className={entry.kind === "sign_in_failed" ? "px-4 py-3 font-medium text-red-700" : "px-4 py-3 font-medium"}>
                {KIND_LABELS[entry.kind]}
              </td>
              <td className="whitespace-nowrap px-4 py-3 font-mono text-xs text-slate-600">{entry.ip}</td>
              <td className="max-w-48 truncate px-4 py-3 text-slate-600" title={entry.userAgent ?? undefined}>
                {entry.userAgent ?? <span className="text-slate-400">Unknown</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
