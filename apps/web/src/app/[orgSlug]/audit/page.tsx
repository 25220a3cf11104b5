import type { Metadata } from "next";
import { History } from "lucide-react";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, listAuditEventsSchema, type ListAuditEventsInput } from "@tally/domain";
import { buttonClasses } from "@/components/ui/button-classes";
import { FILTER_CONTROL_CLASSES, FilterSelect } from "@/components/ui/filter-select";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatDateTime } from "@/lib/format";
import { getCaller, loadForPage } from "@/server/caller";
import { requirePagePermission } from "@/server/org-context";
import { describeChange } from "./describe-change";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Record<string, string | string[] | undefined>;

function filtersFrom(params: SearchParams): { filters: ListAuditEventsInput; problem: string | null } {
  const pick = (key: string) => (typeof params[key] === "string" && params[key] !== "" ? params[key] : undefined);
  const parsed = listAuditEventsSchema.safeParse({
    action: pick("action"),
    actorUserId: pick("actor"),
    from: pick("from"),
    to: pick("to"),
    page: Number(pick("page") ?? 1),
  });
  if (parsed.success) return { filters: parsed.data, problem: null };
  return { filters: { page: 1 }, problem: parsed.error.issues[0]?.message ?? "These filters are not valid." };
}

function queryOf(filters: ListAuditEventsInput, page: number): string {
  const query = new URLSearchParams();
  if (filters.action) query.set("action", filters.action);
  if (filters.actorUserId) query.set("actor", filters.actorUserId);
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: Promise<SearchParams> }) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "audit.view");
  const { filters, problem } = filtersFrom(await searchParams);
  const caller = await getCaller();
  const [log, actors] = await loadForPage(
    () => Promise.all([caller.audit.list({ orgSlug, ...filters }), caller.audit.actors({ orgSlug })]),
    `/${orgSlug}/audit`,
  );

  return (
    <>
      <PageHeader title="Audit log" description="Who changed what, and when. Entries cannot be edited or deleted." />
      <form role="search" aria-label="Filter the audit log" className="mb-4 flex flex-wrap items-end gap-3">
        <FilterSelect
          id="audit-action"
          label="Event"
          name="action"
          value={filters.action ?? ""}
          any="All events"
          options={AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }))}
        />
        <FilterSelect id="audit-actor" label="Person" name="actor" value={filters.actorUserId ?? ""} any="Anyone" options={actors.map((actor) => ({ value: actor.id, label: actor.name }))} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="audit-from" className="text-sm font-medium">From</label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={FILTER_CONTROL_CLASSES} />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="audit-to" className="text-sm font-medium">To</label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={FILTER_CONTROL_CLASSES} aria-describedby={problem ? "audit-filter-problem" : undefined} />
        </div>
        <button type="submit" className={buttonClasses("secondary")}>Apply filters</button>
      </form>
      {problem && (
        <p id="audit-filter-problem" role="alert" className="mb-4 text-sm font-medium text-red-600">
          {problem} Showing everything instead.
        </p>
      )}
      {log.events.length === 0 ? (
        <EmptyState icon={History} title="No events match">
          Changes to members, roles, invitations, teams, KPIs and settings appear here. Sign-ins are in each person's own account page.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">When</th>
                <th scope="col" className="px-4 py-3 font-medium">Who</th>
                <th scope="col" className="px-4 py-3 font-medium">Event</th>
                <th scope="col" className="px-4 py-3 font-medium">Details</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.events.map((event) => (
                <tr key={event.id}>
                  <td className="whitespace-nowrap px-4 py-3 text-slate-600">{formatDateTime(event.createdAt)}</td>
                  <td className="px-4 py-3">{event.actor ? event.actor.name : <span className="text-slate-500">System</span>}</td>
                  <td className="px-4 py-3 font-medium">{AUDIT_ACTION_LABELS[event.action as keyof typeof AUDIT_ACTION_LABELS] ?? event.action}</td>
                  <td className="px-4 py-3 text-slate-600">{describeChange(event.before, event.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={log.page} pageSize={log.pageSize} total={log.total} hrefFor={(page) => `/${orgSlug}/audit${queryOf(filters, page)}`} />
    </>
  );
}
