import { describe, expect, it } from "vitest";
import type { Role } from "@tally/db";
import { listKpisSchema } from "@tally/domain";
import { getKpi } from "../src/services/kpi/detail";
import { listKpis } from "../src/services/kpi/list";
import { loadSessionActor } from "../src/services/memberships";
import { transformer } from "../src/trpc/transformer";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { countingClient } from "./support/statement-counter";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

/** A department KPI with `values` monthly values, so that every part of a list row and of the KPI page has data. */
async function kpiWithValues(world: OrgWorld, name: string, values: number) {
  const admin = callerFor(db(), world.members.admin.sessionId);
  const { id } = await admin.kpi.create({
    orgSlug: world.org.slug,
    ...kpiDefinition({ name, ownerMembershipId: world.members.manager.membershipId, teamId: world.teams.department.id, contributorMembershipIds: [world.members.viewer.membershipId] }),
  } as never);
  const entries = Array.from({ length: values }, (_, month) => ({ kpiId: id, date: `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-15`, value: String(90 + month) }));
  await admin.checkIn.recordMany({ orgSlug: world.org.slug, entries });
  return id;
}

async function actorOf(world: OrgWorld, role: Role) {
  const loaded = await loadSessionActor(db(), world.members[role].sessionId, world.org.slug);
  if (!loaded?.actor) throw new Error(`The ${role} is not an active member.`);
  return loaded.actor;
}

describe("the KPI list and the KPI page", () => {
  it("send a fixed number of statements, whatever the number of rows, and skip the teams of roles they cannot matter to", async () => {
    const world = await createOrgWorld(db(), "readstatements");
    const ids: string[] = [];
    for (let index = 0; index < 6; index += 1) ids.push(await kpiWithValues(world, `Statement KPI ${index}`, 14));
    const input = listKpisSchema.parse({});

    const counts: Record<string, number> = {};
    for (const role of ["admin", "executive", "manager"] as const) {
      const actor = await actorOf(world, role);
      const list = countingClient(db());
      const page = await listKpis(list.client, actor, input);
      expect(page.kpis.filter((kpi) => kpi.name.startsWith("Statement KPI"))).toHaveLength(6);
      expect(page.kpis.find((kpi) => kpi.id === ids[0])).toMatchObject({ owner: { membershipId: world.members.manager.membershipId }, team: { id: world.teams.department.id } });
      counts[`list as ${role}`] = list.statements();
      // Plain JSON (dates as text), so the answer is sent without superjson's walk.
      expect(transformer.serialize(page).json).toBe(page);

      const detail = countingClient(db());
      const kpi = await getKpi(detail.client, actor, ids[0]!);
      expect(kpi.checkIns).toHaveLength(14);
      counts[`page as ${role}`] = detail.statements();
      expect(kpi.checkIns[0]!.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(transformer.serialize(kpi).json).toBe(kpi);
    }
    // The list: its rows with their count, and one statement for everything the rows show; the KPI page: one
    // statement. A manager's teams decide what they see, so theirs are read too.
    expect(counts).toEqual({
      "list as admin": 2,
      "page as admin": 1,
      "list as executive": 2,
      "page as executive": 1,
      "list as manager": 3,
      "page as manager": 2,
    });
  });
});
