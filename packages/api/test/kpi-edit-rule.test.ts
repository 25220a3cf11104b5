import { describe, expect, it } from "vitest";
import type { Role } from "@tally/db";
import { describeError } from "../src/trpc/error-shape";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

async function createAs(world: OrgWorld, role: Role, overrides: Record<string, unknown>) {
  const definition = kpiDefinition({ ownerMembershipId: world.members[role].membershipId, ...overrides });
  const { id } = await callerFor(db(), world.members.admin.sessionId).kpi.create({ orgSlug: world.org.slug, ...definition } as never);
  return { id, definition };
}

function updateAs(world: OrgWorld, role: Role, kpiId: string, definition: Record<string, unknown>, version = 1) {
  return callerFor(db(), world.members[role].sessionId).kpi.update({ orgSlug: world.org.slug, kpiId, version, ...definition } as never);
}

async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    const described = describeError(error);
    return { code: described.code, fields: Object.keys(described.fieldErrors ?? {}) };
  }
  return { code: "OK", fields: [] };
}

async function stored(world: OrgWorld, kpiId: string) {
  return db().kpi.findUniqueOrThrow({
    where: { orgId_id: { orgId: world.org.id, id: kpiId } },
    select: { version: true, category: true, visibility: true, team: { select: { teamId: true } } },
  });
}

describe("an edit must leave a KPI its editor could have created", () => {
  it("refuses a manager taking his KPI out of his department and making it organization-wide, and keeps it as it was", async () => {
    const world = await createOrgWorld(db(), "editrule");
    const { id, definition } = await createAs(world, "manager", { teamId: world.teams.department.id, visibility: "restricted" });
    const outcome = await refusal(updateAs(world, "manager", id, { ...definition, teamId: null, visibility: "organization" }));
    expect(outcome).toEqual({ code: "FORBIDDEN", fields: ["teamId"] });
    expect(await stored(world, id)).toEqual({ version: 1, category: "financial", visibility: "restricted", team: { teamId: world.teams.department.id } });
  });

  it("refuses a manager moving a KPI of his department into a department he is not in", async () => {
    const world = await createOrgWorld(db(), "editrule");
    const elsewhere = await db().team.create({ data: { orgId: world.org.id, name: "Legal", kind: "department" }, select: { id: true } });
    const { id, definition } = await createAs(world, "admin", { teamId: world.teams.department.id });
    expect(await refusal(updateAs(world, "manager", id, { ...definition, teamId: elsewhere.id }))).toEqual({ code: "FORBIDDEN", fields: ["teamId"] });
    expect((await stored(world, id)).team).toEqual({ teamId: world.teams.department.id });
  });

  it("refuses HR turning an employee KPI into a financial one, and lets HR edit it within the category", async () => {
    const world = await createOrgWorld(db(), "editrule");
    const { id, definition } = await createAs(world, "admin", { category: "employee", name: "Absenteeism" });
    expect(await refusal(updateAs(world, "hr", id, { ...definition, category: "financial" }))).toEqual({ code: "FORBIDDEN", fields: ["category"] });
    expect((await stored(world, id)).category).toBe("employee");
    expect(await outcomeOf(updateAs(world, "hr", id, { ...definition, description: "Days absent over scheduled days, per month." }))).toBe("OK");
  });

  it("refuses a project lead moving a KPI of his project out of it, and lets him change its targets", async () => {
    const world = await createOrgWorld(db(), "editrule");
    const { id, definition } = await createAs(world, "admin", { teamId: world.teams.project.id, category: "project" });
    expect(await refusal(updateAs(world, "project_lead", id, { ...definition, teamId: null }))).toEqual({ code: "FORBIDDEN", fields: ["teamId"] });
    const targets = [{ effectiveFrom: "2025-01-01", target: "110", warning: "100" }];
    expect(await outcomeOf(updateAs(world, "project_lead", id, { ...definition, targets }))).toBe("OK");
  });

  it("lets a manager change the target of a KPI he owns outside any team, since the edit does not move it", async () => {
    const world = await createOrgWorld(db(), "editrule");
    const { id, definition } = await createAs(world, "manager", {});
    const targets = [{ effectiveFrom: "2025-01-01", target: "107", warning: "99" }];
    expect(await outcomeOf(updateAs(world, "manager", id, { ...definition, targets }))).toBe("OK");
    // …but giving it another owner is a move, judged as a creation would be.
    expect(await refusal(updateAs(world, "manager", id, { ...definition, targets, ownerMembershipId: world.members.hr.membershipId }, 2))).toEqual({
      code: "FORBIDDEN",
      fields: ["teamId"],
    });
  });

  it("lets an admin move any KPI anywhere", async () => {
    const world = await createOrgWorld(db(), "editrule");
    const { id, definition } = await createAs(world, "manager", { teamId: world.teams.department.id });
    expect(await outcomeOf(updateAs(world, "admin", id, { ...definition, teamId: world.teams.project.id, category: "employee" }))).toBe("OK");
  });

  it("of two simultaneous saves of one version, exactly one lands and the other is a conflict", async () => {
    const world = await createOrgWorld(db(), "editrule");
    const { id, definition } = await createAs(world, "admin", {});
    const outcomes = await Promise.all(
      ["First description of the KPI.", "Second description of the KPI."].map((description) =>
        outcomeOf(updateAs(world, "admin", id, { ...definition, description })),
      ),
    );
    expect(outcomes.sort()).toEqual(["CONFLICT", "OK"]);
    expect((await stored(world, id)).version).toBe(2);
    expect(await db().kpiRevision.count({ where: { orgId: world.org.id, kpiId: id } })).toBe(2);
  });
});
