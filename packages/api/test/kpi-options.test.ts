import { describe, expect, it } from "vitest";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

describe("what the KPI form and the KPI list offer", () => {
  it("gives the form's list of members and their roles only to roles that create or edit KPIs", async () => {
    const world = await createOrgWorld(db(), "options");
    const viewer = callerFor(db(), world.members.viewer.sessionId);
    expect(await outcomeOf(viewer.kpi.formOptions({ orgSlug: world.org.slug }))).toBe("FORBIDDEN");
    const manager = await callerFor(db(), world.members.manager.sessionId).kpi.formOptions({ orgSlug: world.org.slug });
    expect(manager.members.length).toBe(7);
  });

  it("offers as owners to filter by only the owners of KPIs the member may see, by name alone", async () => {
    const world = await createOrgWorld(db(), "options");
    await db().kpi.updateMany({ where: { orgId: world.org.id, id: world.kpis.ownedBy.hr }, data: { visibility: "restricted" } });
    const options = await callerFor(db(), world.members.viewer.sessionId).kpi.filterOptions({ orgSlug: world.org.slug });
    const owners = options.owners.map((owner) => owner.membershipId);
    expect(owners).not.toContain(world.members.hr.membershipId);
    expect(owners).toContain(world.members.admin.membershipId);
    expect(owners).not.toContain(world.secondAdmin.membershipId);
    expect(Object.keys(options.owners[0]!).sort()).toEqual(["membershipId", "name"]);
  });
});
