import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@tally/db";
import { loadSessionActor } from "../src/services/memberships";
import { getObjective } from "../src/services/groups/objective-detail";
import { objectiveHealthHistory } from "../src/services/groups/objective-history";
import { teamHealthHistory, teamKpis } from "../src/services/groups/team-kpis";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();

/** The client, counting every statement sent through it (model calls and raw queries alike). */
function counted(client: PrismaClient) {
  let statements = 0;
  const wrap = (target: object, fn: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
    statements += 1;
    return fn.apply(target, args);
  };
  const proxy = new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (typeof value === "function") return wrap(target, value as (...args: unknown[]) => unknown);
      if (value && typeof value === "object" && typeof property === "string" && !property.startsWith("$")) {
        return new Proxy(value, {
          get(model, method) {
            const fn = Reflect.get(model, method) as unknown;
            return typeof fn === "function" ? wrap(model, fn as (...args: unknown[]) => unknown) : fn;
          },
        });
      }
      return value;
    },
  });
  return { db: proxy, statements: () => statements };
}

/** A department and an objective with `size` KPIs, each with two values. */
async function groupOf(size: number) {
  const world = await createOrgWorld(db(), `queries-${size}`);
  const admin = callerFor(db(), world.members.admin.sessionId);
  for (let index = 0; index < size; index += 1) {
    const { id } = await admin.kpi.create({
      orgSlug: world.org.slug,
      ...kpiDefinition({ name: `Group KPI ${index}`, ownerMembershipId: world.members.admin.membershipId, teamId: world.teams.department.id, objectiveIds: [world.kpis.objectiveId] }),
    } as never);
    await admin.checkIn.recordMany({ orgSlug: world.org.slug, entries: [{ kpiId: id, date: "2025-03-15", value: "99" }, { kpiId: id, date: "2025-04-15", value: "106" }] });
  }
  const actor = (await loadSessionActor(db(), world.members.manager.sessionId, world.org.slug))?.actor;
  if (!actor) throw new Error("The manager is not an active member of the world.");
  return { world, actor };
}

async function statementsFor(size: number) {
  const { world, actor } = await groupOf(size);
  const result: Record<string, number> = {};
  const reads = {
    teamKpis: (client: PrismaClient) => teamKpis(client, actor, world.teams.department.id),
    teamHealthHistory: (client: PrismaClient) => teamHealthHistory(client, actor, world.teams.department.id),
    getObjective: (client: PrismaClient) => getObjective(client, actor, world.kpis.objectiveId),
    objectiveHealthHistory: (client: PrismaClient) => objectiveHealthHistory(client, actor, world.kpis.objectiveId),
  };
  for (const [name, read] of Object.entries(reads)) {
    const probe = counted(db());
    const answer = await read(probe.db);
    result[name] = probe.statements();
    if (name === "teamKpis") expect((answer as Awaited<ReturnType<typeof teamKpis>>).kpis).toHaveLength(size);
    if (name === "getObjective") expect((answer as Awaited<ReturnType<typeof getObjective>>).kpis).toHaveLength(size);
  }
  return result;
}

describe("team and objective reads", () => {
  it("send as many statements for ten KPIs as for two: none per KPI", async () => {
    const few = await statementsFor(2);
    const many = await statementsFor(10);
    expect(many).toEqual(few);
    // The probe sees the statements: each read sends a few, and a small fixed number.
    for (const count of Object.values(few)) {
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(12);
    }
  });
});
