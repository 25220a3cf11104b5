import { describe, expect, it } from "vitest";
import type { Role } from "@tally/db";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function as(world: OrgWorld, role: Role) {
  return callerFor(db(), world.members[role].sessionId);
}

function contactsIn(value: unknown, world: OrgWorld): string[] {
  const text = JSON.stringify(value);
  return Object.values(world.members)
    .map((member) => member.email)
    .filter((email) => text.includes(email));
}

describe("team.get shows addresses and roles only to who may list members or manage the team", () => {
  it("gives a viewer the names of their team, without addresses or roles", async () => {
    const world = await createOrgWorld(db(), "team-viewer");
    const team = await as(world, "viewer").team.get({ orgSlug: world.org.slug, teamId: world.teams.department.id });
    expect(team.showsContacts).toBe(false);
    expect(team.members.map((m) => m.name).sort()).toEqual(["team-viewer-manager", "team-viewer-viewer"]);
    for (const member of team.members) expect(member).toMatchObject({ email: null, role: null });
    expect(contactsIn(team, world)).toEqual([]);
  });

  it.each(["admin", "executive", "hr"] as const)("gives %s every team's addresses and roles", async (role) => {
    const world = await createOrgWorld(db(), `team-${role}`);
    const team = await as(world, role).team.get({ orgSlug: world.org.slug, teamId: world.teams.project.id });
    expect(team.showsContacts).toBe(true);
    const lead = team.members.find((m) => m.membershipId === world.members.project_lead.membershipId);
    expect(lead).toMatchObject({ email: world.members.project_lead.email, role: "project_lead" });
  });

  it("gives a manager who leads the team its addresses and roles, and only names elsewhere", async () => {
    const world = await createOrgWorld(db(), "team-manager");
    const manager = as(world, "manager");
    const led = await manager.team.get({ orgSlug: world.org.slug, teamId: world.teams.department.id });
    expect(led.showsContacts).toBe(true);
    expect(led.members.find((m) => m.membershipId === world.members.viewer.membershipId)).toMatchObject({
      email: world.members.viewer.email,
      role: "viewer",
    });

    const other = await manager.team.get({ orgSlug: world.org.slug, teamId: world.teams.project.id });
    expect(other.showsContacts).toBe(false);
    expect(contactsIn(other, world)).toEqual([]);
  });

  it("gives a project lead their project's addresses", async () => {
    const world = await createOrgWorld(db(), "team-lead");
    const project = await as(world, "project_lead").team.get({ orgSlug: world.org.slug, teamId: world.teams.project.id });
    expect(project.showsContacts).toBe(true);
    expect(contactsIn(project, world).sort()).toEqual([world.members.project_lead.email, world.members.viewer.email].sort());
  });
});

describe("kpi.get shows the owner's and contributors' addresses only to who may list members", () => {
  it("gives a viewer names only", async () => {
    const world = await createOrgWorld(db(), "kpi-viewer");
    await db().kpiContributor.create({ data: { orgId: world.org.id, kpiId: world.kpis.ownedBy.admin, membershipId: world.members.hr.membershipId } });
    const kpi = await as(world, "viewer").kpi.get({ orgSlug: world.org.slug, kpiId: world.kpis.ownedBy.admin });
    expect(kpi.owner).toMatchObject({ name: "kpi-viewer-admin", email: null });
    expect(kpi.contributors.every((c) => c.email === null)).toBe(true);
    expect(contactsIn(kpi, world)).toEqual([]);
  });

  it("gives a manager names only, even on a KPI they own", async () => {
    const world = await createOrgWorld(db(), "kpi-manager");
    const kpi = await as(world, "manager").kpi.get({ orgSlug: world.org.slug, kpiId: world.kpis.ownedBy.admin });
    expect(kpi.owner.email).toBeNull();
    expect(contactsIn(kpi, world)).toEqual([]);
  });

  it.each(["admin", "executive", "hr"] as const)("gives %s the addresses", async (role) => {
    const world = await createOrgWorld(db(), `kpi-${role}`);
    const kpi = await as(world, role).kpi.get({ orgSlug: world.org.slug, kpiId: world.kpis.ownedBy.viewer });
    expect(kpi.owner.email).toBe(world.members.viewer.email);
    expect(kpi.contributors).toEqual([{ membershipId: world.members.viewer.membershipId, name: "kpi-" + role + "-viewer", email: world.members.viewer.email }]);
  });
});
