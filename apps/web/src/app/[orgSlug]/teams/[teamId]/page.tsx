import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArrowLeft } from "lucide-react";
import { TEAM_KIND_LABELS, teamRefSchema } from "@tally/domain";
import { BriefingLinks } from "@/components/briefing/briefing-links";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableHead, TableHeader, TableRow, TableScrollBox } from "@/components/ui/table";
import { getCaller, loadForPage } from "@/server/caller";
import { getOrgFormatter } from "@/server/format";
import { requirePagePermission } from "@/server/org-context";
import { KindBadge } from "../kind-badge";
import { TeamAdminActions } from "../team-admin-actions";
import { AddMemberForm } from "./add-member-form";
import { MEMBERS_HEADING_ID, MemberRow } from "./member-row";
import { TeamKpisSection } from "./team-kpis-section";

type Params = Promise<{ orgSlug: string; teamId: string }>;

/** The team, its KPIs and their history; one load per request, shared by the title and the page. */
const loadTeam = cache(async (orgSlug: string, teamId: string) => {
  const { permissions } = await requirePagePermission(orgSlug, "team.list");
  // An address no team could have is a missing page, not a bad request.
  if (!teamRefSchema.safeParse({ teamId }).success) notFound();
  const caller = await getCaller();
  const loaded = await loadForPage(
    () => Promise.all([caller.team.get({ orgSlug, teamId }), caller.team.kpis({ orgSlug, teamId }), caller.team.healthHistory({ orgSlug, teamId })]),
    `/${orgSlug}/teams/${teamId}`,
  );
  return { permissions, loaded };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { orgSlug, teamId } = await params;
  const { loaded } = await loadTeam(orgSlug, teamId);
  return { title: loaded[0].name };
}

export default async function TeamPage({ params }: { params: Params }) {
  const { orgSlug, teamId } = await params;
  const { permissions, loaded } = await loadTeam(orgSlug, teamId);
  const formatter = await getOrgFormatter(orgSlug);
  const [team, kpis, history] = loaded;
  const isAdmin = permissions.includes("team.manage");
  const activeCount = team.members.filter((member) => member.active).length;

  return (
    <>
      <Link href={`/${orgSlug}/teams`} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft aria-hidden className="size-4" />
        All teams
      </Link>
      <PageHeader
        title={team.name}
        description={`${TEAM_KIND_LABELS[team.kind]} · ${activeCount === 1 ? "1 member" : `${activeCount} members`}`}
        actions={
          <div className="flex items-center gap-3">
            <KindBadge kind={team.kind} />
            <BriefingLinks orgSlug={orgSlug} scope={{ scope: "team", id: team.id }} />
            {isAdmin && <TeamAdminActions orgSlug={orgSlug} team={{ id: team.id, name: team.name, memberCount: team.members.length }} afterDelete="list" />}
          </div>
        }
      />

      <TeamKpisSection orgSlug={orgSlug} teamName={team.name} data={kpis} history={history} formatter={formatter} />

      {team.canManageMembers && (
        <Card className="mb-6">
          <h2 className="mb-3 text-base font-semibold text-slate-900">Add a member</h2>
          <AddMemberForm orgSlug={orgSlug} teamId={team.id} teamName={team.name} />
        </Card>
      )}

      <section aria-labelledby={MEMBERS_HEADING_ID}>
        <h2 id={MEMBERS_HEADING_ID} tabIndex={-1} className="mb-3 text-base font-semibold text-slate-900 focus:outline-none">
          Members
        </h2>
        {team.members.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-surface px-4 py-8 text-center text-sm text-slate-600">
            No one is in {team.name} yet.{team.canManageMembers ? " Add the first member above." : ""}
          </p>
        ) : (
          <TableScrollBox>
            <Table>
              <TableCaption>Members of {team.name}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  {team.showsContacts && (
                    <>
                      <TableHead className="hidden sm:table-cell">Email</TableHead>
                      <TableHead>Role</TableHead>
                    </>
                  )}
                  <TableHead>Team lead</TableHead>
                  <TableHead>
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {team.members.map((member) => (
                  <MemberRow
                    key={member.membershipId}
                    orgSlug={orgSlug}
                    teamId={team.id}
                    member={member}
                    isAdmin={isAdmin}
                    canManageMembers={team.canManageMembers}
                    showsContacts={team.showsContacts}
                  />
                ))}
              </TableBody>
            </Table>
          </TableScrollBox>
        )}
      </section>
    </>
  );
}
