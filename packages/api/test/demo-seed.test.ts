import { describe, expect, it } from "vitest";
import { DEMO_KPI_INTENTS, DEMO_LOGINS, seedDemo } from "@tally/db/seed";
import { KPI_CATEGORIES, KPI_STATUSES, parseFormula, renderFormula, statusOfPeriod, todayIn } from "@tally/domain";
import { createSession } from "../src/auth/sessions";
import { recomputeFormulaHistory } from "../src/services/kpi/formula-values";
import { isoDate } from "../src/services/kpi/decimal";
import { toTargetEntries } from "../src/services/kpi/latest";
import { loadSessionActor } from "../src/services/memberships";
import { liveAgenda } from "../src/services/reviews/agenda";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";

const db = useTestDatabase();

describe("the demo organization", () => {
  it("has a closed review that keeps its KPIs as the live rules judge them and an open one, both for their participants", async () => {
    const { orgId, slug } = await seedDemo(db());
    const sessionOf = async (email: string) => createSession(db(), (await db().user.findUniqueOrThrow({ where: { email } })).id, "vitest");
    const admin = callerFor(db(), await sessionOf("admin@acme.test"));
    const viewer = callerFor(db(), await sessionOf("viewer@acme.test"));
    const reviews = await viewer.review.list({ orgSlug: slug });
    expect(reviews.map((r) => r.status)).toEqual(["open", "closed"]);
    const [open, closed] = reviews;

    const frozen = await admin.review.briefing({ orgSlug: slug, reviewId: closed!.id });
    expect(frozen.review.closedBy?.name).toBe("Marco Manager");
    expect(frozen.restatements).toEqual([]);
    expect(frozen.kpis.flatMap((k) => k.notes)).toHaveLength(1);
    expect(frozen.kpis.flatMap((k) => k.decisions).length + frozen.generalDecisions.length).toBeGreaterThanOrEqual(1);
    // What the seed froze is what closing the review would have kept: the same KPIs, statuses and figures.
    const org = await db().organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true, weekStart: true } });
    const live = await liveAgenda(
      db(),
      { orgId, today: todayIn(org.timeZone, new Date()), weekStart: org.weekStart, periodStart: frozen.review.periodStart, periodEnd: frozen.review.periodEnd },
      frozen.kpis.map((k) => k.item.kpiId),
    );
    const facts = (item: (typeof live)[number]) => ({ kpiId: item.kpiId, status: item.status, latest: item.latest, target: item.target, values: item.values, trend: item.trend, noOpenAction: item.noOpenAction });
    expect(frozen.kpis.map((k) => facts(k.item))).toEqual(live.map(facts));
    expect(await db().reviewValue.count({ where: { orgId, reviewId: closed!.id } })).toBe(live.reduce((sum, item) => sum + item.values.length, 0));

    const running = await viewer.review.briefing({ orgSlug: slug, reviewId: open!.id });
    expect(running.kpis.length).toBeGreaterThan(0);
    expect(running.can).toEqual({ note: true, run: false });
  });

  it("shows every KPI in the status the seed meant, as the rules compute it, across every category and status", async () => {
    const { orgId, slug } = await seedDemo(db());
    const admin = await db().user.findUniqueOrThrow({ where: { email: DEMO_LOGINS[0]!.email } });
    const caller = callerFor(db(), await createSession(db(), admin.id, "vitest"));

    // Every stored status, of each check-in and of each KPI's newest, is what the domain's rule says.
    const stored = await db().kpi.findMany({
      where: { orgId },
      select: { direction: true, latestStatus: true, latestPeriodStart: true, targets: true, checkIns: { orderBy: { periodStart: "asc" } } },
    });
    for (const kpi of stored) {
      const schedule = toTargetEntries(kpi.targets);
      const judged = kpi.checkIns.map((checkIn) => statusOfPeriod(kpi.direction, schedule, isoDate(checkIn.periodStart), checkIn.value.toNumber()));
      expect(kpi.checkIns.map((checkIn) => checkIn.status)).toEqual(judged);
      expect(kpi.latestStatus).toBe(judged.at(-1) ?? null);
      expect(kpi.latestPeriodStart).toEqual(kpi.checkIns.at(-1)?.periodStart ?? null);
    }

    const current = await caller.organization.current({ orgSlug: slug });
    expect(current.organization).toMatchObject({ currency: "EUR", locale: "en-US", timeZone: "Europe/Berlin" });

    const list = await caller.kpi.list({ orgSlug: slug });
    expect(list.total).toBe(26);
    // More than a page: the second holds the rest.
    const rest = await caller.kpi.list({ orgSlug: slug, page: 2 });
    const kpis = [...list.kpis, ...rest.kpis];
    expect(kpis).toHaveLength(26);
    const statuses = Object.fromEntries(kpis.map((kpi) => [kpi.name, kpi.status]));
    expect(statuses).toEqual(Object.fromEntries(DEMO_KPI_INTENTS));
    expect(new Set(Object.values(statuses))).toEqual(new Set(KPI_STATUSES));
    expect(new Set(kpis.map((kpi) => kpi.category))).toEqual(new Set(KPI_CATEGORIES));
    expect(Math.max(...kpis.map((kpi) => kpi.trend.length))).toBe(12);

    const objectives = await caller.objective.list({ orgSlug: slug });
    expect(objectives.length).toBeGreaterThanOrEqual(3);
    expect(objectives.every((o) => Object.values(o.health).reduce((a, b) => a + b, 0) > 0)).toBe(true);
  });

  it("counts the overview in the database, over only what the member may see, and lists what needs attention", async () => {
    const { slug } = await seedDemo(db());
    const sessionOf = async (email: string) => createSession(db(), (await db().user.findUniqueOrThrow({ where: { email } })).id, "vitest");
    const admin = callerFor(db(), await sessionOf("admin@acme.test"));
    const overview = await admin.dashboard.overview({ orgSlug: slug });
    const expected = Object.fromEntries(KPI_STATUSES.map((status) => [status, [...DEMO_KPI_INTENTS.values()].filter((intent) => intent === status).length]));
    expect(overview.totals).toEqual(expected);
    expect(overview.matrix.reduce((sum, row) => sum + row.total, 0)).toBe(26);
    expect(overview.needsAttention.length).toBeGreaterThan(0);
    expect(overview.needsAttention.every((kpi) => ["off_track", "overdue", "at_risk"].includes(kpi.status))).toBe(true);
    expect(overview.needsAttention[0]?.status).toBe("off_track");
    // Some flagged KPIs have an open action and some have none, so the overview shows both.
    const flagged = overview.needsAttention.filter((kpi) => kpi.status !== "at_risk");
    expect(flagged.some((kpi) => kpi.hasOpenAction)).toBe(true);
    expect(flagged.some((kpi) => !kpi.hasOpenAction && kpi.status === "off_track")).toBe(true);
    expect(overview.withoutAction).toBeGreaterThan(0);
    const actions = await admin.action.list({ orgSlug: slug });
    expect(new Set(actions.items.map((action) => action.status))).toEqual(new Set(["open", "done", "dropped"]));
    expect(actions.items.some((action) => action.overdue)).toBe(true);
    // Seeding again adds nothing.
    await seedDemo(db());
    expect((await admin.action.list({ orgSlug: slug })).total).toBe(actions.total);

    const manager = callerFor(db(), await sessionOf("manager@acme.test"));
    const managerView = await manager.dashboard.overview({ orgSlug: slug });
    const managerList = await manager.kpi.list({ orgSlug: slug });
    expect(Object.values(managerView.totals).reduce((a, b) => a + b, 0)).toBe(managerList.total);
    expect(managerList.total).toBeLessThan(26);
  });

  it("gives every KPI a code and stores the calculated KPI's values exactly as its formula computes them", async () => {
    const { orgId, slug } = await seedDemo(db());
    const kpis = await db().kpi.findMany({ where: { orgId }, select: { code: true, formula: true, id: true, name: true } });
    expect(kpis.every((kpi) => kpi.code !== null)).toBe(true);
    const calculated = kpis.filter((kpi) => kpi.formula !== null);
    expect(calculated.map((kpi) => [kpi.name, kpi.formula])).toEqual([["Gross profit", "REVENUE * GROSS_MARGIN / 100"]]);
    const parsed = parseFormula(calculated[0]!.formula!);
    expect(parsed.ok && renderFormula(parsed.ast)).toBe(calculated[0]!.formula);
    const values = await db().checkIn.findMany({ where: { kpiId: calculated[0]!.id }, select: { source: true } });
    expect(values.length).toBeGreaterThan(12);
    expect(values.every((value) => value.source === "formula")).toBe(true);

    const executive = await db().user.findUniqueOrThrow({ where: { email: "executive@acme.test" } });
    const { actor } = (await loadSessionActor(db(), await createSession(db(), executive.id, "vitest"), slug))!;
    const changes = await db().$transaction((tx) => recomputeFormulaHistory(tx, actor!, calculated[0]!.id));
    expect(changes).toEqual([]);
  });
});
