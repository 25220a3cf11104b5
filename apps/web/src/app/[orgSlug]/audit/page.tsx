import type { Metadata } from "next";
import { History } from "lucide-react";
import type { SearchParams } from "nuqs/server";
import { AUDIT_ACTION_LABELS } from "@tally/domain";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { FilteredResults, FilterTransition } from "@/components/filters/filter-transition";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { AuditFilters } from "./audit-filters";
import { describeChange } from "./describe-change";
import { auditLogHref, loadAuditFilters } from "./filters";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: Promise<SearchParams> }) {
  const { orgSlug } = await params;
  await requirePagePermission(orgSlug, "audit.view");
  const formatter = await getOrgFormatter(orgSlug);
  const { filters, problem } = await loadAuditFilters(searchParams);
  const caller = await getCaller();
  const [log, actors] = await loadForPage(
    () => Promise.all([caller.audit.list({ orgSlug, ...filters }), caller.audit.actors({ orgSlug })]),
    `/${orgSlug}/audit`,
  );

  // The filters live in the address; nuqs keeps them in step with the App Router, on the pages that filter.
  return (
    <NuqsAdapter>
      <PageHeader title="Audit log" description="Who changed what, and when. Entries cannot be edited or deleted." />
      <FilterTransition>
        <AuditFilters actors={actors.map(({ id, name }) => ({ id, name }))} problemId={problem ? "audit-filter-problem" : undefined} />
        <FilteredResults>
          {problem && (
            <p id="audit-filter-problem" role="alert" className="mb-4 text-sm font-medium text-red-600">
              {problem} Showing every date instead.
            </p>
          )}
          {log.events.length === 0 ? (
            <EmptyState icon={History} title="No events match">
              Changes to members, roles, invitations, teams, KPIs and settings appear here. Sign-ins are in each person's own account page.
            </EmptyState>
          ) : (
            <TableScrollBox scrollLabel="Audit log entries">
              <Table>
                <TableCaption>Audit events, newest first</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHead>When</TableHead>
                    <TableHead>Who</TableHead>
                    <TableHead>Event</TableHead>
                    <TableHead>Details</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {log.events.map((event) => (
                    <TableRow key={event.id}>
                      <TableCell className="whitespace-nowrap text-slate-600">{formatter.formatDateTime(event.createdAt)}</TableCell>
                      <TableCell>{event.actor ? event.actor.name : <span className="text-slate-500">System</span>}</TableCell>
                      <TableCell className="font-medium">{AUDIT_ACTION_LABELS[event.action as keyof typeof AUDIT_ACTION_LABELS] ?? event.action}</TableCell>
                      <TableCell className="text-slate-600">{describeChange(event.before, event.after)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScrollBox>
          )}
          <Pagination page={log.page} pageSize={log.pageSize} total={log.total} hrefFor={(page) => auditLogHref(`/${orgSlug}/audit`, { ...filters, page })} />
        </FilteredResults>
      </FilterTransition>
    </NuqsAdapter>
  );
}
