import type { PrismaClient, Role } from "@tally/db";

export interface WorldTeam {
  id: string;
  name: string;
}

export interface WorldTeams {
  /** Led by the manager; the viewer is a member. */
  department: WorldTeam;
  /** Led by the project lead; the viewer is a member. */
  project: WorldTeam;
}

/** The teams every world has, so that the manager and the project lead each have one to manage. */
export async function createWorldTeams(
  db: PrismaClient,
  orgId: string,
  members: Record<Role, { membershipId: string }>,
): Promise<WorldTeams> {
  const select = { id: true, name: true } as const;
  const department = await db.team.create({ data: { orgId, name: "Bookkeeping", kind: "department" }, select });
  const project = await db.team.create({ data: { orgId, name: "Cloud migration", kind: "project" }, select });
  await db.teamMembership.createMany({
    data: [
      { orgId, teamId: department.id, membershipId: members.manager.membershipId, isLead: true },
      { orgId, teamId: department.id, membershipId: members.viewer.membershipId },
      { orgId, teamId: project.id, membershipId: members.project_lead.membershipId, isLead: true },
      { orgId, teamId: project.id, membershipId: members.viewer.membershipId },
    ],
  });
  return { department, project };
}

/** The world's team whose members `role` may manage, when it may manage any: a project for a project lead. */
export function teamManagedBy(teams: WorldTeams, role: Role): WorldTeam {
  return role === "project_lead" ? teams.project : teams.department;
}
