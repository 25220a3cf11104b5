import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@tally/db";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function as(world: OrgWorld, role: keyof OrgWorld["members"]) {
  return callerFor(db(), world.members[role].sessionId);
}

function auditOf(database: PrismaClient, orgId: string, action: string) {
  return database.auditEvent.findMany({ where: { orgId, action }, orderBy: { createdAt: "asc" } });
}

async function teamMemberIds(world: OrgWorld, teamId: string): Promise<string[]> {
  const rows = await db().teamMembership.findMany({ where: { orgId: world.org.id, teamId }, select: { membershipId: true } });
  return rows.map((row) => row.membershipId).sort();
}

async function failureOf(call: Promise<unknown>) {
  return call.then(
    () => {
      throw new Error("The call succeeded.");
    },
    (error: unknown) => error as { code: string; message: string; cause?: { field?: string } },
  );
}

describe("team.create, team.rename and team.delete", () => {
  it("creates a department and a project and records each in the audit log", async () => {
    const world = await createOrgWorld(db(), "create");
    const admin = as(world, "admin");
    const sales = await admin.team.create({ orgSlug: world.org.slug, name: "  Sales  ", kind: "department" });
    const launch = await admin.team.create({ orgSlug: world.org.slug, name: "Launch", kind: "project" });
    expect(sales).toMatchObject({ name: "Sales", kind: "department" });
    expect(launch).toMatchObject({ name: "Launch", kind: "project" });

    const events = await auditOf(db(), world.org.id, "team.created");
    expect(events.map((event) => ({ targetId: event.targetId, actor: event.actorUserId, after: event.after }))).toEqual([
      { targetId: sales.id, actor: world.members.admin.userId, after: { name: "Sales", kind: "department" } },
      { targetId: launch.id, actor: world.members.admin.userId, after: { name: "Launch", kind: "project" } },
    ]);
  });

  it("refuses a name the organization already uses, in any letter case, as a CONFLICT on the name field", async () => {
    const world = await createOrgWorld(db(), "duplicate");
    const admin = as(world, "admin");
    for (const name of ["Bookkeeping", "bookkeeping", " BOOKKEEPING "]) {
      const error = await failureOf(admin.team.create({ orgSlug: world.org.slug, name, kind: "project" }));
      expect(error).toMatchObject({ code: "CONFLICT", message: "A team with this name already exists. Choose another name." });
      expect(error.cause?.field).toBe("name");
    }
    expect(await db().team.count({ where: { orgId: world.org.id } })).toBe(2);
    expect(await auditOf(db(), world.org.id, "team.created")).toHaveLength(0);
  });

  it("does not take a wildcard in a name for a pattern", async () => {
    const world = await createOrgWorld(db(), "wildcard");
    const admin = as(world, "admin");
    await admin.team.create({ orgSlug: world.org.slug, name: "R_D", kind: "department" });
    await expect(admin.team.create({ orgSlug: world.org.slug, name: "R&D", kind: "department" })).resolves.toMatchObject({ name: "R&D" });
    await expect(admin.team.create({ orgSlug: world.org.slug, name: "Fin%", kind: "department" })).resolves.toMatchObject({ name: "Fin%" });
  });

  it("lets another organization use the same name", async () => {
    const world = await createOrgWorld(db(), "samename");
    const other = await createOrgWorld(db(), "samename-other");
    await as(world, "admin").team.create({ orgSlug: world.org.slug, name: "Support", kind: "department" });
    await expect(as(other, "admin").team.create({ orgSlug: other.org.slug, name: "Support", kind: "department" })).resolves.toMatchObject({
      name: "Support",
    });
  });

  it.each([
    ["a one-letter name", { name: "A", kind: "department" }],
    ["a huge name", { name: "x".repeat(61), kind: "department" }],
    ["an unknown kind", { name: "Guild", kind: "guild" }],
    ["an extra key", { name: "Guild", kind: "project", orgId: "elsewhere" }],
  ])("refuses %s and creates nothing", async (_label, input) => {
    const world = await createOrgWorld(db(), "badinput");
    const call = as(world, "admin").team.create({ orgSlug: world.org.slug, ...input } as never);
    expect(await outcomeOf(call)).toBe("BAD_REQUEST");
    expect(await db().team.count({ where: { orgId: world.org.id } })).toBe(2);
  });

  it("renames a team with before and after in the audit log, and refuses another team's name", async () => {
    const world = await createOrgWorld(db(), "rename");
    const admin = as(world, "admin");
    const renamed = await admin.team.rename({ orgSlug: world.org.slug, teamId: world.teams.department.id, name: "Bookkeeping & Accounting" });
    expect(renamed).toMatchObject({ id: world.teams.department.id, name: "Bookkeeping & Accounting", kind: "department" });
    const [event, ...rest] = await auditOf(db(), world.org.id, "team.renamed");
    expect(rest).toHaveLength(0);
    expect(event).toMatchObject({
      actorUserId: world.members.admin.userId,
      targetId: world.teams.department.id,
      before: { name: "Bookkeeping" },
      after: { name: "Bookkeeping & Accounting" },
    });

    const clash = await failureOf(admin.team.rename({ orgSlug: world.org.slug, teamId: world.teams.department.id, name: "cloud MIGRATION" }));
    expect(clash).toMatchObject({ code: "CONFLICT" });
    expect(clash.cause?.field).toBe("name");
  });

  it("records nothing when the name does not change, and lets the letter case of a name change", async () => {
    const world = await createOrgWorld(db(), "samename");
    const admin = as(world, "admin");
    await admin.team.rename({ orgSlug: world.org.slug, teamId: world.teams.department.id, name: " Bookkeeping " });
    expect(await auditOf(db(), world.org.id, "team.renamed")).toHaveLength(0);
    await expect(admin.team.rename({ orgSlug: world.org.slug, teamId: world.teams.department.id, name: "BOOKKEEPING" })).resolves.toMatchObject({
      name: "BOOKKEEPING",
    });
  });

  it("deletes a team with its memberships but keeps the members, and records who was in it", async () => {
    const world = await createOrgWorld(db(), "delete");
    const admin = as(world, "admin");
    const activeMembers = () => db().membership.count({ where: { orgId: world.org.id, status: "active" } });
    const membersBefore = await activeMembers();
    await admin.team.delete({ orgSlug: world.org.slug, teamId: world.teams.department.id });

    expect(await db().team.findUnique({ where: { orgId_id: { orgId: world.org.id, id: world.teams.department.id } } })).toBeNull();
    expect(await teamMemberIds(world, world.teams.department.id)).toEqual([]);
    expect(await activeMembers()).toBe(membersBefore);
    // The viewer's place in the project is untouched.
    expect(await teamMemberIds(world, world.teams.project.id)).toContain(world.members.viewer.membershipId);

    const [event] = await auditOf(db(), world.org.id, "team.deleted");
    expect(event?.before).toEqual({
      name: "Bookkeeping",
      kind: "department",
      members: expect.arrayContaining([
        { membershipId: world.members.manager.membershipId, isLead: true },
        { membershipId: world.members.viewer.membershipId, isLead: false },
      ]),
    });
    expect(await outcomeOf(admin.team.delete({ orgSlug: world.org.slug, teamId: world.teams.department.id }))).toBe("NOT_FOUND");
  });

  it("lets no one but an admin create, rename or delete teams", async () => {
    const world = await createOrgWorld(db(), "adminonly");
    for (const role of ["executive", "manager", "hr", "project_lead", "viewer"] as const) {
      const caller = as(world, role);
      expect(await outcomeOf(caller.team.create({ orgSlug: world.org.slug, name: `By ${role}`, kind: "project" }))).toBe("FORBIDDEN");
      expect(await outcomeOf(caller.team.rename({ orgSlug: world.org.slug, teamId: world.teams.department.id, name: "Mine" }))).toBe("FORBIDDEN");
      expect(await outcomeOf(caller.team.delete({ orgSlug: world.org.slug, teamId: world.teams.department.id }))).toBe("FORBIDDEN");
    }
    expect(await db().team.count({ where: { orgId: world.org.id } })).toBe(2);
  });
});

describe("ids of another organization", () => {
  it("are NOT_FOUND for every team procedure, and change nothing there", async () => {
    const mine = await createOrgWorld(db(), "mine");
    const theirs = await createOrgWorld(db(), "theirs");
    const admin = as(mine, "admin");
    const orgSlug = mine.org.slug;
    const foreignTeam = theirs.teams.department.id;
    const foreignMember = theirs.members.hr.membershipId;

    const calls = {
      get: () => admin.team.get({ orgSlug, teamId: foreignTeam }),
      rename: () => admin.team.rename({ orgSlug, teamId: foreignTeam, name: "Hijacked" }),
      delete: () => admin.team.delete({ orgSlug, teamId: foreignTeam }),
      setLead: () => admin.team.setLead({ orgSlug, teamId: foreignTeam, membershipId: mine.members.hr.membershipId, isLead: true }),
      candidates: () => admin.team.candidates({ orgSlug, teamId: foreignTeam }),
      addMember: () => admin.team.addMember({ orgSlug, teamId: foreignTeam, membershipId: mine.members.hr.membershipId }),
      removeMember: () => admin.team.removeMember({ orgSlug, teamId: foreignTeam, membershipId: theirs.members.viewer.membershipId }),
      addForeignMember: () => admin.team.addMember({ orgSlug, teamId: mine.teams.department.id, membershipId: foreignMember }),
      removeForeignMember: () => admin.team.removeMember({ orgSlug, teamId: mine.teams.department.id, membershipId: foreignMember }),
      leadForeignMember: () => admin.team.setLead({ orgSlug, teamId: mine.teams.department.id, membershipId: foreignMember, isLead: true }),
    };
    const outcomes: Record<string, string> = {};
    for (const [name, call] of Object.entries(calls)) outcomes[name] = await outcomeOf(call());
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(calls).map((name) => [name, "NOT_FOUND"])));

    expect((await db().team.findUniqueOrThrow({ where: { orgId_id: { orgId: theirs.org.id, id: foreignTeam } } })).name).toBe("Bookkeeping");
    expect(await teamMemberIds(theirs, foreignTeam)).toEqual(
      [theirs.members.manager.membershipId, theirs.members.viewer.membershipId].sort(),
    );
    expect(await teamMemberIds(mine, mine.teams.department.id)).not.toContain(foreignMember);
    expect(await db().auditEvent.count({ where: { orgId: { in: [mine.org.id, theirs.org.id] } } })).toBe(0);
  });
});

describe("team.list and team.get", () => {
  it("lists departments then projects with active member counts, leads and what the caller may manage", async () => {
    const world = await createOrgWorld(db(), "list");
    await as(world, "admin").team.create({ orgSlug: world.org.slug, name: "Empty project", kind: "project" });
    await db().membership.update({
      where: { orgId_id: { orgId: world.org.id, id: world.members.viewer.membershipId } },
      data: { status: "deactivated" },
    });

    const list = await as(world, "manager").team.list({ orgSlug: world.org.slug });
    expect(list).toEqual([
      {
        id: world.teams.department.id,
        name: "Bookkeeping",
        kind: "department",
        memberCount: 1,
        leads: [{ membershipId: world.members.manager.membershipId, name: "list-manager" }],
        canManageMembers: true,
      },
      expect.objectContaining({ id: world.teams.project.id, memberCount: 1, canManageMembers: false }),
      expect.objectContaining({ name: "Empty project", kind: "project", memberCount: 0, leads: [], canManageMembers: false }),
    ]);

    const manageable = async (role: keyof OrgWorld["members"]) =>
      (await as(world, role).team.list({ orgSlug: world.org.slug })).filter((team) => team.canManageMembers).map((team) => team.name);
    expect(await manageable("admin")).toEqual(["Bookkeeping", "Cloud migration", "Empty project"]);
    expect(await manageable("project_lead")).toEqual(["Cloud migration"]);
    expect(await manageable("executive")).toEqual([]);
    expect(await manageable("hr")).toEqual([]);
  });

  it("answers an empty list for an organization with no teams", async () => {
    const world = await createOrgWorld(db(), "noteams");
    await db().team.deleteMany({ where: { orgId: world.org.id } });
    expect(await as(world, "viewer").team.list({ orgSlug: world.org.slug })).toEqual([]);
  });

  it("shows any member one team with its members, leads first", async () => {
    const world = await createOrgWorld(db(), "get");
    const team = await as(world, "viewer").team.get({ orgSlug: world.org.slug, teamId: world.teams.department.id });
    expect(team).toEqual({
      id: world.teams.department.id,
      name: "Bookkeeping",
      kind: "department",
      canManageMembers: false,
      // A viewer may not list the members: names only.
      showsContacts: false,
      members: [
        {
          membershipId: world.members.manager.membershipId,
          name: "get-manager",
          email: null,
          role: null,
          active: true,
          isLead: true,
        },
        {
          membershipId: world.members.viewer.membershipId,
          name: "get-viewer",
          email: null,
          role: null,
          active: true,
          isLead: false,
        },
      ],
    });
    expect((await as(world, "manager").team.get({ orgSlug: world.org.slug, teamId: world.teams.department.id })).canManageMembers).toBe(true);
    expect(await outcomeOf(as(world, "viewer").team.get({ orgSlug: world.org.slug, teamId: "no-such-team" }))).toBe("NOT_FOUND");
  });
});

describe("members of a team, by a manager", () => {
  it("adds and removes members of the department the manager leads, with audit rows", async () => {
    const world = await createOrgWorld(db(), "mgr");
    const manager = as(world, "manager");
    const input = { orgSlug: world.org.slug, teamId: world.teams.department.id, membershipId: world.members.hr.membershipId };

    await expect(manager.team.addMember(input)).resolves.toMatchObject({ added: true });
    expect(await teamMemberIds(world, world.teams.department.id)).toContain(world.members.hr.membershipId);
    await expect(manager.team.removeMember(input)).resolves.toMatchObject({ removed: true });
    expect(await teamMemberIds(world, world.teams.department.id)).not.toContain(world.members.hr.membershipId);

    const [added] = await auditOf(db(), world.org.id, "team.member_added");
    expect(added).toMatchObject({
      actorUserId: world.members.manager.userId,
      targetType: "team",
      targetId: world.teams.department.id,
      before: { isMember: false, isLead: false, membershipId: world.members.hr.membershipId, member: "mgr-hr", team: "Bookkeeping" },
      after: { isMember: true, isLead: false, membershipId: world.members.hr.membershipId },
    });
    const [removed] = await auditOf(db(), world.org.id, "team.member_removed");
    expect(removed).toMatchObject({ before: { isMember: true, isLead: false }, after: { isMember: false, isLead: false } });
  });

  it("is refused another department, with a message that says why", async () => {
    const world = await createOrgWorld(db(), "mgr-other");
    const sales = await as(world, "admin").team.create({ orgSlug: world.org.slug, name: "Sales", kind: "department" });
    // Belonging to a department is not leading it.
    await as(world, "admin").team.addMember({ orgSlug: world.org.slug, teamId: sales.id, membershipId: world.members.manager.membershipId });
    const manager = as(world, "manager");
    const input = { orgSlug: world.org.slug, teamId: sales.id, membershipId: world.members.hr.membershipId };

    expect(await failureOf(manager.team.addMember(input))).toMatchObject({
      code: "FORBIDDEN",
      message: "You do not lead Sales. Managers change the members only of departments they lead.",
    });
    expect(await outcomeOf(manager.team.removeMember({ ...input, membershipId: world.members.manager.membershipId }))).toBe("FORBIDDEN");
    expect(await outcomeOf(manager.team.candidates({ orgSlug: world.org.slug, teamId: sales.id }))).toBe("FORBIDDEN");
    expect(await teamMemberIds(world, sales.id)).toEqual([world.members.manager.membershipId]);
  });

  it("is refused a project, even one the manager leads", async () => {
    const world = await createOrgWorld(db(), "mgr-project");
    await as(world, "admin").team.setLead({
      orgSlug: world.org.slug,
      teamId: world.teams.project.id,
      membershipId: world.members.manager.membershipId,
      isLead: true,
    });
    const error = await failureOf(
      as(world, "manager").team.addMember({ orgSlug: world.org.slug, teamId: world.teams.project.id, membershipId: world.members.hr.membershipId }),
    );
    expect(error).toMatchObject({ code: "FORBIDDEN", message: "Cloud migration is a project. Managers change the members only of departments they lead." });
  });

  it("may not remove a lead of the department; an admin may", async () => {
    const world = await createOrgWorld(db(), "mgr-lead");
    await as(world, "admin").team.setLead({
      orgSlug: world.org.slug,
      teamId: world.teams.department.id,
      membershipId: world.members.viewer.membershipId,
      isLead: true,
    });
    const input = { orgSlug: world.org.slug, teamId: world.teams.department.id, membershipId: world.members.viewer.membershipId };
    expect(await failureOf(as(world, "manager").team.removeMember(input))).toMatchObject({
      code: "FORBIDDEN",
      message: "mgr-lead-viewer leads Bookkeeping. Only an admin can remove a team lead.",
    });
    await expect(as(world, "admin").team.removeMember(input)).resolves.toMatchObject({ removed: true });
    const [removed] = await auditOf(db(), world.org.id, "team.member_removed");
    expect(removed?.before).toMatchObject({ isLead: true });
  });

  it("loses the department's members once an admin unsets the manager as its lead", async () => {
    const world = await createOrgWorld(db(), "mgr-unset");
    await as(world, "admin").team.setLead({
      orgSlug: world.org.slug,
      teamId: world.teams.department.id,
      membershipId: world.members.manager.membershipId,
      isLead: false,
    });
    const call = as(world, "manager").team.addMember({
      orgSlug: world.org.slug,
      teamId: world.teams.department.id,
      membershipId: world.members.hr.membershipId,
    });
    expect(await outcomeOf(call)).toBe("FORBIDDEN");
  });
});

describe("members of a team, by a project lead", () => {
  it("adds and removes members of the project they lead", async () => {
    const world = await createOrgWorld(db(), "pl");
    const lead = as(world, "project_lead");
    const input = { orgSlug: world.org.slug, teamId: world.teams.project.id, membershipId: world.members.executive.membershipId };
    await lead.team.addMember(input);
    expect(await teamMemberIds(world, world.teams.project.id)).toContain(world.members.executive.membershipId);
    await lead.team.removeMember({ ...input, membershipId: world.members.viewer.membershipId });
    expect(await teamMemberIds(world, world.teams.project.id)).not.toContain(world.members.viewer.membershipId);
    expect(await auditOf(db(), world.org.id, "team.member_added")).toHaveLength(1);
    expect(await auditOf(db(), world.org.id, "team.member_removed")).toHaveLength(1);
  });

  it("is refused another project and any department", async () => {
    const world = await createOrgWorld(db(), "pl-other");
    const other = await as(world, "admin").team.create({ orgSlug: world.org.slug, name: "Website", kind: "project" });
    const lead = as(world, "project_lead");
    const hr = world.members.hr.membershipId;
    expect(await failureOf(lead.team.addMember({ orgSlug: world.org.slug, teamId: other.id, membershipId: hr }))).toMatchObject({
      code: "FORBIDDEN",
      message: "You do not lead Website. Project leads change the members only of projects they lead.",
    });
    expect(await failureOf(lead.team.addMember({ orgSlug: world.org.slug, teamId: world.teams.department.id, membershipId: hr }))).toMatchObject({
      code: "FORBIDDEN",
      message: "Bookkeeping is a department. Project leads change the members only of projects they lead.",
    });
    expect(
      await outcomeOf(
        lead.team.removeMember({ orgSlug: world.org.slug, teamId: world.teams.department.id, membershipId: world.members.viewer.membershipId }),
      ),
    ).toBe("FORBIDDEN");
    expect(await teamMemberIds(world, world.teams.department.id)).toContain(world.members.viewer.membershipId);
  });
});

describe("adding members", () => {
  it("refuses a deactivated member with BAD_REQUEST", async () => {
    const world = await createOrgWorld(db(), "deact");
    await db().membership.update({ where: { orgId_id: { orgId: world.org.id, id: world.members.hr.membershipId } }, data: { status: "deactivated" } });
    const error = await failureOf(
      as(world, "admin").team.addMember({ orgSlug: world.org.slug, teamId: world.teams.department.id, membershipId: world.members.hr.membershipId }),
    );
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "deact-hr is deactivated. Reactivate them before adding them to a team." });
    expect(await teamMemberIds(world, world.teams.department.id)).not.toContain(world.members.hr.membershipId);
  });

  it("adds a member once however often the request arrives", async () => {
    const world = await createOrgWorld(db(), "twice");
    const input = { orgSlug: world.org.slug, teamId: world.teams.department.id, membershipId: world.members.hr.membershipId };
    const admin = as(world, "admin");
    const results = await Promise.all([admin.team.addMember(input), admin.team.addMember(input), admin.team.addMember(input)]);
    expect(results.filter((result) => result.added)).toHaveLength(1);
    expect(await auditOf(db(), world.org.id, "team.member_added")).toHaveLength(1);
    expect(await teamMemberIds(world, world.teams.department.id)).toContain(world.members.hr.membershipId);
  });

  it("offers as candidates the active members who are not in the team yet", async () => {
    const world = await createOrgWorld(db(), "cand");
    await db().membership.update({
      where: { orgId_id: { orgId: world.org.id, id: world.members.executive.membershipId } },
      data: { status: "deactivated" },
    });
    const candidates = await as(world, "manager").team.candidates({ orgSlug: world.org.slug, teamId: world.teams.department.id });
    const ids = candidates.map((candidate) => candidate.membershipId).sort();
    expect(ids).toEqual(
      [world.members.admin.membershipId, world.secondAdmin.membershipId, world.members.hr.membershipId, world.members.project_lead.membershipId].sort(),
    );
    expect(candidates.find((candidate) => candidate.membershipId === world.members.hr.membershipId)).toEqual({
      membershipId: world.members.hr.membershipId,
      name: "cand-hr",
      email: world.members.hr.email,
      role: "hr",
    });
  });
});

describe("team.setLead", () => {
  it("sets and unsets a lead with before and after in the audit log, recording no change twice", async () => {
    const world = await createOrgWorld(db(), "lead");
    const admin = as(world, "admin");
    const input = { orgSlug: world.org.slug, teamId: world.teams.department.id, membershipId: world.members.viewer.membershipId };

    await admin.team.setLead({ ...input, isLead: true });
    await admin.team.setLead({ ...input, isLead: true });
    const team = await admin.team.get({ orgSlug: world.org.slug, teamId: world.teams.department.id });
    expect(team.members.filter((member) => member.isLead).map((member) => member.membershipId).sort()).toEqual(
      [world.members.manager.membershipId, world.members.viewer.membershipId].sort(),
    );
    await admin.team.setLead({ ...input, isLead: false });
    await admin.team.setLead({ ...input, isLead: false });

    const [set, ...moreSets] = await auditOf(db(), world.org.id, "team.lead_set");
    const [unset, ...moreUnsets] = await auditOf(db(), world.org.id, "team.lead_unset");
    expect(moreSets).toHaveLength(0);
    expect(moreUnsets).toHaveLength(0);
    expect(set).toMatchObject({ targetId: world.teams.department.id, before: { isLead: false }, after: { isLead: true, member: "lead-viewer" } });
    expect(unset).toMatchObject({ before: { isLead: true }, after: { isLead: false } });
    expect(await teamMemberIds(world, world.teams.department.id)).toContain(world.members.viewer.membershipId);
  });

  it("makes someone outside the team its lead by adding them", async () => {
    const world = await createOrgWorld(db(), "lead-new");
    await as(world, "admin").team.setLead({
      orgSlug: world.org.slug,
      teamId: world.teams.project.id,
      membershipId: world.members.hr.membershipId,
      isLead: true,
    });
    const row = await db().teamMembership.findUniqueOrThrow({
      where: { orgId_teamId_membershipId: { orgId: world.org.id, teamId: world.teams.project.id, membershipId: world.members.hr.membershipId } },
    });
    expect(row.isLead).toBe(true);
    expect(await auditOf(db(), world.org.id, "team.member_added")).toHaveLength(1);
    expect(await auditOf(db(), world.org.id, "team.lead_set")).toHaveLength(1);
  });

  it("refuses to make a deactivated member a lead", async () => {
    const world = await createOrgWorld(db(), "lead-deact");
    await db().membership.update({
      where: { orgId_id: { orgId: world.org.id, id: world.members.viewer.membershipId } },
      data: { status: "deactivated" },
    });
    const call = as(world, "admin").team.setLead({
      orgSlug: world.org.slug,
      teamId: world.teams.department.id,
      membershipId: world.members.viewer.membershipId,
      isLead: true,
    });
    expect(await outcomeOf(call)).toBe("BAD_REQUEST");
  });

  it("is for admins only, even for the lead of the team", async () => {
    const world = await createOrgWorld(db(), "lead-mgr");
    const call = as(world, "manager").team.setLead({
      orgSlug: world.org.slug,
      teamId: world.teams.department.id,
      membershipId: world.members.viewer.membershipId,
      isLead: true,
    });
    expect(await outcomeOf(call)).toBe("FORBIDDEN");
  });
});
