import { describe, expect, it } from "vitest";
import { describeError } from "../src/trpc/error-shape";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function admin(world: OrgWorld) {
  return callerFor(db(), world.members.admin.sessionId);
}

function create(world: OrgWorld, name: string, code: string | null) {
  return admin(world).kpi.create({ orgSlug: world.org.slug, ...kpiDefinition({ name, code, ownerMembershipId: world.members.admin.membershipId }) } as never);
}

async function fieldsOfRefusal(call: Promise<unknown>) {
  const error = await call.then(() => null, (failure: unknown) => failure);
  if (!error) return null;
  const described = describeError(error);
  return { code: described.code, fields: Object.keys(described.fieldErrors ?? {}) };
}

describe("KPI codes", () => {
  it("stores the code in capitals, shows it and finds the KPI by it", async () => {
    const world = await createOrgWorld(db(), "codes");
    const { id } = await create(world, "Monthly recurring revenue", "mrr");
    const kpi = await admin(world).kpi.get({ orgSlug: world.org.slug, kpiId: id });
    expect(kpi.code).toBe("MRR");
    const found = await admin(world).kpi.list({ orgSlug: world.org.slug, search: "mrr" });
    expect(found.kpis.map((item) => [item.name, item.code])).toEqual([["Monthly recurring revenue", "MRR"]]);
  });

  it("refuses a code another active KPI holds, on the code field, in any letter case", async () => {
    const world = await createOrgWorld(db(), "codes");
    await create(world, "Monthly recurring revenue", "MRR");
    expect(await fieldsOfRefusal(create(world, "Recurring revenue", "mrr"))).toEqual({ code: "CONFLICT", fields: ["code"] });
    expect(await db().kpi.count({ where: { orgId: world.org.id, name: "Recurring revenue" } })).toBe(0);
  });

  it("frees the code when its KPI is archived, and refuses to restore it while another holds it", async () => {
    const world = await createOrgWorld(db(), "codes");
    const first = await create(world, "Net promoter score", "NPS");
    await admin(world).kpi.archive({ orgSlug: world.org.slug, kpiId: first.id });
    const second = await create(world, "Net promoter score (new survey)", "NPS");
    expect(second.id).toBeTruthy();
    expect(await fieldsOfRefusal(admin(world).kpi.restore({ orgSlug: world.org.slug, kpiId: first.id }))).toEqual({ code: "CONFLICT", fields: ["name"] });
  });

  it("lets another organization use the same code, and an edit keep or change it", async () => {
    const world = await createOrgWorld(db(), "codes");
    const other = await createOrgWorld(db(), "codes-other");
    const { id } = await create(world, "Churn", "CHURN");
    expect(await create(other, "Churn", "CHURN")).toMatchObject({ version: 1 });
    const definition = kpiDefinition({ name: "Churn", code: "CHURN_M", ownerMembershipId: world.members.admin.membershipId });
    await admin(world).kpi.update({ orgSlug: world.org.slug, kpiId: id, version: 1, ...definition } as never);
    const kpi = await admin(world).kpi.get({ orgSlug: world.org.slug, kpiId: id });
    expect(kpi.code).toBe("CHURN_M");
    expect(kpi.history[0]?.changes).toMatchObject({ code: { from: "CHURN", to: "CHURN_M" } });
  });
});
