import { describe, expect, it } from "vitest";
import { DEMO_LOGINS, seedDemo } from "@tally/db/seed";
import { KPI_STATUSES, addDays, asOfCutoff, todayIn } from "@tally/domain";
import { valuesAsOf } from "../src/services/as-of/values-as-of";
import { createSession } from "../src/auth/sessions";
import { isoDate } from "../src/services/kpi/decimal";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";

const db = useTestDatabase();
const LONG_AGO = new Date("2025-01-01T00:00:00Z");

/**
 * The demo organization with its whole history moved to long ago: the organization, its KPIs and every value were
 * recorded on 2025-01-01, so any later day may be shown as of, and what is recorded now comes after it.
 */
async function pastWorld() {
  const { slug, orgId } = await seedDemo(db());
  await db().$executeRaw`UPDATE "Organization" SET "createdAt" = ${LONG_AGO} WHERE "id" = ${orgId}`;
  await db().$executeRaw`UPDATE "Kpi" SET "createdAt" = ${LONG_AGO} WHERE "orgId" = ${orgId}`;
  await db().$executeRaw`UPDATE "KpiRevision" SET "createdAt" = ${LONG_AGO} WHERE "orgId" = ${orgId}`;
  await db().$executeRaw`UPDATE "CheckIn" SET "createdAt" = ${LONG_AGO}, "updatedAt" = ${LONG_AGO} WHERE "orgId" = ${orgId}`;
  const admin = DEMO_LOGINS.find((login) => login.role === "admin")!;
  const user = await db().user.findUniqueOrThrow({ where: { email: admin.email } });
  const caller = callerFor(db(), await createSession(db(), user.id, "vitest"));
  const org = await db().organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const yesterday = addDays(todayIn(org.timeZone, new Date()), -1);
  return { slug, orgId, caller, yesterday, today: todayIn(org.timeZone, new Date()) };
}

describe("the overview as of a past day", () => {
  it("shows a value corrected since at its earlier value, leaves out a value recorded since, and counts statuses of then", { timeout: 120_000 }, async () => {
    const { slug, orgId, caller, yesterday } = await pastWorld();
    const kpi = await db().kpi.findFirstOrThrow({
      where: { orgId, formula: null, archivedAt: null, checkIns: { some: {} } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, checkIns: { orderBy: { periodStart: "desc" }, take: 1, select: { periodStart: true, value: true } } },
    });
    const newest = kpi.checkIns[0]!;
    const before = await caller.dashboard.overview({ orgSlug: slug, asOf: yesterday });
    const today = await caller.dashboard.overview({ orgSlug: slug });
    // Nothing changed since yesterday: the two views agree.
    expect(before.totals).toEqual(today.totals);
    expect(before.asOf).toBe(yesterday);

    const corrected = newest.value.plus(1000).toString();
    await caller.checkIn.record({ orgSlug: slug, kpiId: kpi.id, date: isoDate(newest.periodStart), value: corrected });

    const now = await caller.dashboard.overview({ orgSlug: slug });
    expect(now.recentCheckIns[0]).toMatchObject({ kpi: { id: kpi.id }, value: corrected });
    const then = await caller.dashboard.overview({ orgSlug: slug, asOf: yesterday });
    expect(then.recentCheckIns.some((row) => row.kpi.id === kpi.id && row.value === corrected)).toBe(false);
    const day = { asOf: yesterday, cutoff: asOfCutoff("Europe/Berlin", yesterday) };
    const values = await valuesAsOf(db(), orgId, [kpi.id], day.cutoff);
    expect(values.find((value) => value.periodStart === isoDate(newest.periodStart))?.value).toBe(newest.value.toString());
    const recordedAfter = await valuesAsOf(db(), orgId, [kpi.id], new Date(Date.now() + 60_000));
    expect(recordedAfter.find((value) => value.periodStart === isoDate(newest.periodStart))?.value).toBe(corrected);
    expect(then.totals).toEqual(before.totals);
    expect(KPI_STATUSES.reduce((sum, status) => sum + then.totals[status], 0)).toBe(KPI_STATUSES.reduce((sum, status) => sum + before.totals[status], 0));
  });

  it("leaves out KPIs created after the day", { timeout: 120_000 }, async () => {
    const { slug, orgId, caller, yesterday } = await pastWorld();
    const before = await caller.dashboard.overview({ orgSlug: slug, asOf: yesterday });
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);
    const kpi = await db().kpi.findFirstOrThrow({ where: { orgId, archivedAt: null }, select: { id: true } });
    await db().$executeRaw`UPDATE "Kpi" SET "createdAt" = now() WHERE "orgId" = ${orgId} AND "id" = ${kpi.id}`;
    const after = await caller.dashboard.overview({ orgSlug: slug, asOf: yesterday });
    expect(total(after.totals)).toBe(total(before.totals) - 1);
  });

  it("refuses a day still to come and a day before the organization existed, on the asOf field", { timeout: 120_000 }, async () => {
    const { slug, caller, today } = await pastWorld();
    await expect(caller.dashboard.overview({ orgSlug: slug, asOf: addDays(today, 1) })).rejects.toThrow(/is in the future/);
    await expect(caller.dashboard.overview({ orgSlug: slug, asOf: "2024-12-31" })).rejects.toThrow(/organization was created on 2025-01-01/);
    await expect(caller.dashboard.overview({ orgSlug: slug, asOf: "2025-02-30" })).rejects.toThrow(/date/i);
  });
});
