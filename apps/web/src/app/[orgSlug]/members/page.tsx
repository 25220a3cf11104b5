import type { Metadata } from "next";
import { Users } from "lucide-react";
import type { SearchParams } from "nuqs/server";
import { ROLE_LABELS } from "@tally/domain";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { FilteredResults, FilterTransition } from "@/components/filters/filter-transition";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { loadMemberFilters, memberListHref } from "./filters";
import { InviteDialog } from "./invite-dialog";
import { MemberActions } from "./member-actions";
import { MemberFilters } from "./member-filters";
import { PendingInvitations } from "./pending-invitations";

export const metadata: Metadata = { title: "Members" };

interface Props {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<SearchParams>;
}

export default async function MembersPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const { permissions, membership } = await requirePagePermission(orgSlug, "member.list");
  const formatter = await getOrgFormatter(orgSlug);
  const filters = await loadMemberFilters(searchParams);
  const canManage = permissions.includes("member.update");
  const canInvite = permissions.includes("member.invite");
  const caller = await getCaller();
  const [list, invitations, teams] = await loadForPage(
    () =>
      Promise.all([
        caller.member.list({ orgSlug, ...filters }),
        canInvite ? caller.invitation.list({ orgSlug }) : Promise.resolve([]),
        caller.team.list({ orgSlug }),
      ]),
    `/${orgSlug}/members`,
  );
  const filtered = Boolean(filters.search?.trim() || filters.role || filters.status || filters.teamId);

  // The filters live in the address; nuqs keeps them in step with the App Router, on the pages that filter.
  return (
    <NuqsAdapter>
      <PageHeader
        title="Members"
        description={canManage ? "Invite people, give them roles and manage their access." : "The people in this organization."}
        actions={canInvite ? <InviteDialog orgSlug={orgSlug} teams={teams} /> : undefined}
      />
      <FilterTransition>
        <MemberFilters teams={teams.map(({ id, name }) => ({ id, name }))} />
        <FilteredResults>
          {list.members.length === 0 ? (
            <EmptyState icon={Users} title={filtered ? "No members match these filters" : "No members yet"}>
              {filtered ? "Try another search or clear the filters." : "Invite people to get started."}
            </EmptyState>
          ) : (
            <TableScrollBox>
              <Table>
                <TableCaption>Members of the organization</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHead>Name</TableHead>
                    <TableHead>Role</TableHead>
                    <TableHead>Teams</TableHead>
                    <TableHead>Status</TableHead>
                    <TableHead>Last active</TableHead>
                    {canManage && (
                      <TableHead className="text-right">
                        <span className="sr-only">Actions</span>
                      </TableHead>
                    )}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.members.map((member) => (
                    <TableRow key={member.membershipId} aria-label={member.name}>
                      <TableCell>
                        <p className="font-medium text-slate-900">{member.name}</p>
                        <p className="text-xs text-slate-500">{member.email}</p>
                      </TableCell>
                      <TableCell>{ROLE_LABELS[member.role]}</TableCell>
                      <TableCell className="text-slate-600">
                        {member.teams.length === 0
                          ? "—"
                          : member.teams.map((team) => `${team.name}${team.isLead ? " (lead)" : ""}`).join(", ")}
                      </TableCell>
                      <TableCell>
                        <Badge tone={member.status === "active" ? "success" : "neutral"}>{member.status === "active" ? "Active" : "Deactivated"}</Badge>
                      </TableCell>
                      <TableCell className="text-slate-600">{formatter.formatRelative(member.lastActiveAt)}</TableCell>
                      {canManage && (
                        <TableCell>
                          <MemberActions
                            orgSlug={orgSlug}
                            membershipId={member.membershipId}
                            name={member.name}
                            role={member.role}
                            status={member.status}
                            isSelf={member.membershipId === membership.id}
                          />
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScrollBox>
          )}
          <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hrefFor={(page) => memberListHref(`/${orgSlug}/members`, { ...filters, page })} />
        </FilteredResults>
      </FilterTransition>
      {canInvite && <PendingInvitations orgSlug={orgSlug} invitations={invitations} />}
    </NuqsAdapter>
  );
}
