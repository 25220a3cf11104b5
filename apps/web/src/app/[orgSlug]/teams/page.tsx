import type { Metadata } from "next";
import { UsersRound } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getCaller, loadForPage } from "@/server/caller";
import { requirePagePermission } from "@/server/org-context";
import { NewTeamForm } from "./new-team-form";
import { TeamSection } from "./team-section";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { permissions } = await requirePagePermission(orgSlug, "team.list");
  const caller = await getCaller();
  const teams = await loadForPage(() => caller.team.list({ orgSlug }), `/${orgSlug}/teams`);
  const isAdmin = permissions.includes("team.manage");

  return (
    <>
      <PageHeader
        title="Teams"
        description="Departments and projects group your members, so managers and project leads can own their teams’ KPIs."
      />
      {isAdmin && (
        <Card className="mb-8">
          <NewTeamForm orgSlug={orgSlug} />
        </Card>
      )}
      {teams.length === 0 ? (
        <EmptyState icon={UsersRound} title="No teams yet">
          {isAdmin
            ? "Create your first department or project above, then add its members and choose its leads."
            : "An admin creates departments and projects and chooses their leads. They will appear here."}
        </EmptyState>
      ) : (
        <>
          <TeamSection
            orgSlug={orgSlug}
            title="Departments"
            emptyText="No departments yet."
            teams={teams.filter((team) => team.kind === "department")}
            isAdmin={isAdmin}
          />
          <TeamSection
            orgSlug={orgSlug}
            title="Projects"
            emptyText="No projects yet."
            teams={teams.filter((team) => team.kind === "project")}
            isAdmin={isAdmin}
          />
        </>
      )}
    </>
  );
}
