import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { TEAM_KIND_LABELS, teamRefSchema } from "@tally/domain";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { requirePagePermission } from "@/server/org-context";
import { KindBadge } from "../kind-badge";
import { TeamAdminActions } from "../team-admin-actions";
import { AddMemberForm } from "./add-member-form";
import { MemberRow } from "./member-row";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ orgSlug: string; teamId: string }> }) {
  const { orgSlug, teamId } = await params;
  const { permissions } = await requirePagePermission(orgSlug, "team.list");
  // An address no team could have is a missing page, not a bad request.
  if (!teamRefSchema.safeParse({ teamId }).success) notFound();
  const caller = await getCaller();
  const team = await loadForPage(() => caller.team.get({ orgSlug, teamId }), `/${orgSlug}/teams/${teamId}`);
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
            {isAdmin && <TeamAdminActions orgSlug={orgSlug} team={{ id: team.id, name: team.name, memberCount: team.members.length }} afterDelete="list" />}
          </div>
        }
      />

      {team.canManageMembers && (
        <Card className="mb-6">
          <h2 className="mb-3 text-base font-semibold text-slate-900">Add a member</h2>
          <AddMemberForm orgSlug={orgSlug} teamId={team.id} teamName={team.name} />
        </Card>
      )}

      <section aria-labelledby="team-members-heading">
        <h2 id="team-members-heading" className="mb-3 text-base font-semibold text-slate-900">
          Members
        </h2>
        {team.members.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-surface px-4 py-8 text-center text-sm text-slate-600">
            No one is in {team.name} yet.{team.canManageMembers ? " Add the first member above." : ""}
          </p>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-surface shadow-xs">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">Name</th>
                  {team.showsContacts && (
                    <>
                      <th scope="col" className="hidden px-4 py-2 font-medium sm:table-cell">Email</th>
                      <th scope="col" className="px-4 py-2 font-medium">Role</th>
                    </>
                  )}
                  <th scope="col" className="px-4 py-2 font-medium">Team lead</th>
                  <th scope="col" className="px-4 py-2 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
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
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
