import { describe, expect, it } from "vitest";
import { DEMO_KPI_INTENTS, DEMO_LOGINS, seedDemo } from "@tally/db/seed";
import { KPI_CATEGORIES, KPI_STATUSES } from "@tally/domain";
import { createSession } from "../src/auth/sessions";
import { refreshLatest } from "../src/services/kpi/latest";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";

const db = useTestDatabase();

describe("the demo organization", () => {
  it("shows every KPI in the status the seed meant, as the rules compute it, across every category and status", async () => {
    const { orgId, slug } = await seedDemo(db());
    const admin = await db().user.findUniqueOrThrow({ where: { email: DEMO_LOGINS[0]!.email } });
    const caller = callerFor(db(), await createSession(db(), admin.id, "vitest"));

    const stored = await db().kpi.findMany({ where: { orgId }, select: { id: true, direction: true, latestStatus: true, latestValue: true } });
    for (const kpi of stored) await refreshLatest(db(), orgId, kpi.id, kpi.direction);
    const recomputed = await db().kpi.findMany({ where: { orgId }, select: { id: true, direction: true, latestStatus: true, latestValue: true } });
    expect(recomputed).toEqual(expect.arrayContaining(stored));

    const current = await caller.organization.current({ orgSlug: slug });
    expect(current.organization).toMatchObject({ currency: "EUR", locale: "en-US", timeZone: "Europe/Berlin" });

    const list = await caller.kpi.list({ orgSlug: slug });
    expect(list.total).toBe(25);
    const statuses = Object.fromEntries(list.kpis.map((kpi) => [kpi.name, kpi.status]));
    expect(statuses).toEqual(Object.fromEntries(DEMO_KPI_INTENTS));
    expect(new Set(Object.values(statuses))).toEqual(new Set(KPI_STATUSES));
    expect(new Set(list.kpis.map((kpi) => kpi.category))).toEqual(new Set(KPI_CATEGORIES));
    expect(Math.max(...list.kpis.map((kpi) => kpi.trend.length))).toBe(12);

    const objectives = await caller.objective.list({ orgSlug: slug });
    expect(objectives.length).toBeGreaterThanOrEqual(3);
    expect(objectives.every((o) => Object.values(o.health).reduce((a, b) => a + b, 0) > 0)).toBe(true);
  });

  it("counts the overview in the database, over only what the member may see, and lists what needs attention", async () => {
    const { slug } = await seedDemo(db());
    const sessionOf = async (email: string) => createSession(db(), (await db().user.findUniqueOrThrow({ where: { email } })).id, "vitest");
    const admin = callerFor(db(), await sessionOf("admin@acme.test"));
    const overview = await admin.kpi.overview({ orgSlug: slug });
    const expected = Object.fromEntries(KPI_STATUSES.map((status) => [status, [...DEMO_KPI_INTENTS.values()].filter((intent) => intent === status).length]));
    expect(overview.counts).toEqual(expected);
    expect(overview.byCategory.reduce((sum, row) => sum + row.count, 0)).toBe(25);
    expect(overview.needsAttention.length).toBeGreaterThan(0);
    expect(overview.needsAttention.every((kpi) => ["off_track", "overdue", "at_risk"].includes(kpi.status))).toBe(true);
    expect(overview.needsAttention[0]?.status).toBe("off_track");

    const manager = callerFor(db(), await sessionOf("manager@acme.test"));
    const managerView = await manager.kpi.overview({ orgSlug: slug });
    const managerList = await manager.kpi.list({ orgSlug: slug });
    expect(Object.values(managerView.counts).reduce((a, b) => a + b, 0)).toBe(managerList.total);
    expect(managerList.total).toBeLessThan(25);
  });
});
