import { describe, expect, it } from "vitest";
import { describeError } from "../src/trpc/error-shape";
import { callerFor, type Caller } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

interface Org {
  world: OrgWorld;
  admin: Caller;
  slug: string;
}

async function org(label = "formulas"): Promise<Org> {
  const world = await createOrgWorld(db(), label);
  return { world, admin: callerFor(db(), world.members.admin.sessionId), slug: world.org.slug };
}

function definition(o: Org, name: string, code: string | null, overrides: Record<string, unknown> = {}) {
  return kpiDefinition({ name, code, ownerMembershipId: o.world.members.admin.membershipId, unit: "number", decimals: 2, ...overrides });
}

async function createKpi(o: Org, name: string, code: string | null, overrides: Record<string, unknown> = {}) {
  const { id } = await o.admin.kpi.create({ orgSlug: o.slug, ...definition(o, name, code, overrides) } as never);
  return id;
}

async function record(o: Org, kpiId: string, date: string, value: string) {
  await o.admin.checkIn.record({ orgSlug: o.slug, kpiId, date, value });
}

/** The KPI's stored values, period → value text, as the database holds them. */
async function valuesOf(kpiId: string) {
  const rows = await db().checkIn.findMany({ where: { kpiId }, orderBy: { periodStart: "asc" }, select: { periodStart: true, value: true, source: true } });
  return Object.fromEntries(rows.map((row) => [row.periodStart.toISOString().slice(0, 10), `${row.value.toString()} ${row.source}`]));
}

async function refusal(call: Promise<unknown>) {
  const error = await call.then(() => null, (failure: unknown) => failure);
  if (!error) throw new Error("The call was accepted.");
  const described = describeError(error);
  const fields = Object.fromEntries(Object.entries(described.fieldErrors ?? {}).map(([field, messages]) => [field, messages.join(" ")]));
  return { code: described.code, message: described.message, fields };
}

/** REVENUE and HEADCOUNT with values for January to March 2025 (HEADCOUNT lacks March), and PER_HEAD over them. */
async function perHeadWorld() {
  const o = await org();
  const revenue = await createKpi(o, "Revenue", "REVENUE");
  const headcount = await createKpi(o, "Headcount", "HEADCOUNT");
  await record(o, revenue, "2025-01-10", "1000");
  await record(o, revenue, "2025-02-10", "1200");
  await record(o, revenue, "2025-03-10", "900");
  await record(o, headcount, "2025-01-10", "8");
  await record(o, headcount, "2025-02-10", "3");
  const perHead = await createKpi(o, "Revenue per head", "PER_HEAD", { formula: "revenue / headcount" });
  return { o, revenue, headcount, perHead };
}

describe("calculated KPIs", () => {
  it("computes the whole history when created, stores the formula in its one spelling and shows why a period has none", async () => {
    const { o, perHead, revenue, headcount } = await perHeadWorld();
    expect(await valuesOf(perHead)).toEqual({ "2025-01-01": "125 formula", "2025-02-01": "400 formula" });
    const kpi = await o.admin.kpi.get({ orgSlug: o.slug, kpiId: perHead });
    expect(kpi.latestPeriodStart).toBe("2025-02-01");
    expect(kpi.latestValue).toBe("400");
    expect(kpi.permissions.canRecord).toBe(false);
    expect(kpi.calculated?.formula).toBe("REVENUE / HEADCOUNT");
    expect(kpi.calculated?.inputs).toEqual([
      { code: "HEADCOUNT", kpiId: headcount, name: "Headcount", visible: true },
      { code: "REVENUE", kpiId: revenue, name: "Revenue", visible: true },
    ]);
    const march = kpi.calculated?.gaps.find((gap) => gap.periodStart === "2025-03-01");
    expect(march?.gap).toEqual({ kind: "missing", codes: ["HEADCOUNT"] });
    expect(await db().kpiFormulaInput.count({ where: { kpiId: perHead } })).toBe(2);
    expect(kpi.history[0]?.changes).toMatchObject({ created: { formula: "REVENUE / HEADCOUNT" } });
  });

  it("gives a period its value when its last input arrives, in the same transaction", async () => {
    const { o, perHead, headcount } = await perHeadWorld();
    await record(o, headcount, "2025-03-20", "4");
    expect((await valuesOf(perHead))["2025-03-01"]).toBe("225 formula");
    const kpi = await o.admin.kpi.get({ orgSlug: o.slug, kpiId: perHead });
    expect(kpi.latestPeriodStart).toBe("2025-03-01");
    expect(kpi.latestValue).toBe("225");
    expect(kpi.status).not.toBe("no_data");
  });

  it("recomputes a period when an input is corrected and keeps the earlier value as a revision", async () => {
    const { o, perHead, revenue } = await perHeadWorld();
    await record(o, revenue, "2025-01-31", "1100");
    expect((await valuesOf(perHead))["2025-01-01"]).toBe("137.5 formula");
    const checkIn = await db().checkIn.findFirstOrThrow({ where: { kpiId: perHead, periodStart: new Date("2025-01-01") }, include: { revisions: true } });
    expect(checkIn.revisions.map((revision) => [revision.value.toString(), revision.source])).toEqual([["125", "formula"]]);
    expect(checkIn.recordedByMembershipId).toBe(o.world.members.admin.membershipId);
  });

  it("leaves a period without value on a division by zero, keeping the removed value and its history", async () => {
    const { o, perHead, headcount } = await perHeadWorld();
    await record(o, headcount, "2025-02-10", "0");
    expect(await valuesOf(perHead)).toEqual({ "2025-01-01": "125 formula" });
    const removed = await db().checkInDeletion.findFirstOrThrow({ where: { kpiId: perHead } });
    expect(removed.value.toString()).toBe("400");
    expect(removed.history).toEqual([expect.objectContaining({ value: "400.000000", source: "formula" })]);
    const kpi = await o.admin.kpi.get({ orgSlug: o.slug, kpiId: perHead });
    expect(kpi.latestPeriodStart).toBe("2025-01-01");
    expect(kpi.calculated?.gaps.find((gap) => gap.periodStart === "2025-02-01")?.gap).toEqual({ kind: "division_by_zero" });
    await record(o, headcount, "2025-02-10", "5");
    expect((await valuesOf(perHead))["2025-02-01"]).toBe("240 formula");
  });

  it("recomputes a chain A → B → C in dependency order when A changes", async () => {
    const o = await org();
    const revenue = await createKpi(o, "Revenue", "REVENUE");
    await record(o, revenue, "2025-01-10", "10");
    const double = await createKpi(o, "Double revenue", "DOUBLE", { formula: "REVENUE * 2" });
    const plus = await createKpi(o, "Double plus one", "PLUS", { formula: "DOUBLE + 1" });
    const mix = await createKpi(o, "Mix", "MIX", { formula: "PLUS - DOUBLE + REVENUE / 4" });
    expect((await valuesOf(plus))["2025-01-01"]).toBe("21 formula");
    expect((await valuesOf(mix))["2025-01-01"]).toBe("3.5 formula");

    await o.admin.checkIn.recordMany({
      orgSlug: o.slug,
      entries: [
        { kpiId: revenue, date: "2025-01-10", value: "0.1" },
        { kpiId: revenue, date: "2025-02-10", value: "0.2" },
      ],
    });
    expect(await valuesOf(double)).toEqual({ "2025-01-01": "0.2 formula", "2025-02-01": "0.4 formula" });
    expect(await valuesOf(plus)).toEqual({ "2025-01-01": "1.2 formula", "2025-02-01": "1.4 formula" });
    expect(await valuesOf(mix)).toEqual({ "2025-01-01": "1.025 formula", "2025-02-01": "1.05 formula" });
    const latest = await o.admin.kpi.get({ orgSlug: o.slug, kpiId: mix });
    expect([latest.latestPeriodStart, latest.latestValue]).toEqual(["2025-02-01", "1.05"]);
  });

  it("refuses to record a calculated KPI's value by hand, alone or in a batch, and writes nothing", async () => {
    const { o, perHead, revenue } = await perHeadWorld();
    const alone = await refusal(o.admin.checkIn.record({ orgSlug: o.slug, kpiId: perHead, date: "2025-04-02", value: "1" }));
    expect(alone.fields).toEqual({ date: "Revenue per head is calculated from its formula; its values cannot be entered by hand." });
    const batch = await refusal(
      o.admin.checkIn.recordMany({
        orgSlug: o.slug,
        entries: [
          { kpiId: revenue, date: "2025-04-02", value: "1" },
          { kpiId: perHead, date: "2025-04-02", value: "1" },
        ],
      }),
    );
    expect(batch.fields).toEqual({ "entries.1.date": "Revenue per head is calculated from its formula; its values cannot be entered by hand." });
    expect(await db().checkIn.count({ where: { periodStart: new Date("2025-04-01") } })).toBe(0);
  });

  it("leaves calculated KPIs out of the due list", async () => {
    const { o, perHead, revenue } = await perHeadWorld();
    const due = await o.admin.checkIn.due({ orgSlug: o.slug });
    expect(due.map((row) => row.kpiId)).toContain(revenue);
    expect(due.map((row) => row.kpiId)).not.toContain(perHead);
  });

  it("refuses a cycle, direct or through a chain, naming it", async () => {
    const o = await org();
    const a = await createKpi(o, "Alpha", "A");
    await createKpi(o, "Beta", "B", { formula: "A + 1" });
    await createKpi(o, "Gamma", "C", { formula: "B * 2" });
    const direct = await refusal(o.admin.kpi.update({ orgSlug: o.slug, kpiId: a, version: 1, ...definition(o, "Alpha", "A", { formula: "B - 1" }) } as never));
    expect(direct).toMatchObject({ code: "BAD_REQUEST", fields: { formula: "This would make a cycle: A → B → A." } });
    const chain = await refusal(o.admin.kpi.update({ orgSlug: o.slug, kpiId: a, version: 1, ...definition(o, "Alpha", "A", { formula: "C / 2" }) } as never));
    expect(chain.fields).toEqual({ formula: "This would make a cycle: A → C → B → A." });
    const self = await refusal(o.admin.kpi.create({ orgSlug: o.slug, ...definition(o, "Delta", "D", { formula: "D + A" }) } as never));
    expect(self.fields.formula).toBe("D is this KPI's own code: a KPI cannot be calculated from itself.");
    expect(await db().kpi.findUniqueOrThrow({ where: { orgId_id: { orgId: o.world.org.id, id: a } }, select: { formula: true, version: true } })).toEqual({ formula: null, version: 1 });
    expect(await db().kpi.count({ where: { orgId: o.world.org.id, code: "D" } })).toBe(0);
  });

  it("refuses inputs of another cadence, unknown and archived codes, and a syntax error with its position", async () => {
    const o = await org();
    await createKpi(o, "Revenue", "REVENUE");
    const visits = await createKpi(o, "Visits", "VISITS", { cadence: "weekly" });
    const old = await createKpi(o, "Old revenue", "OLD");
    await o.admin.kpi.archive({ orgSlug: o.slug, kpiId: old });
    const create = (formula: string, cadence = "monthly") => refusal(o.admin.kpi.create({ orgSlug: o.slug, ...definition(o, "Ratio", "RATIO", { formula, cadence }) } as never));
    expect((await create("REVENUE / 2", "weekly")).fields).toEqual({ formula: "REVENUE is monthly; this KPI is weekly. Use inputs of the same cadence." });
    expect((await create("REVENUE / STAFF")).fields).toEqual({ formula: "No KPI has the code STAFF." });
    expect((await create("OLD * 2")).fields).toEqual({ formula: "OLD is archived. Restore it or use another KPI." });
    expect((await create("REVENUE / )")).fields.formula).toContain("Unexpected ')' at 11");
    expect((await create("VISITS / 2")).fields.formula).toBe("VISITS is weekly; this KPI is monthly. Use inputs of the same cadence.");
    expect(await db().kpi.count({ where: { orgId: o.world.org.id, name: "Ratio" } })).toBe(0);
    expect(visits).toBeTruthy();
  });

  it("keeps the code, cadence and place of an input that a formula reads, naming the formula's KPI", async () => {
    const { o, revenue } = await perHeadWorld();
    const rename = await refusal(o.admin.kpi.update({ orgSlug: o.slug, kpiId: revenue, version: 1, ...definition(o, "Revenue", "SALES") } as never));
    expect(rename).toMatchObject({ code: "CONFLICT", fields: { code: "Revenue per head calculates from this KPI's code REVENUE. Change its formula before changing or removing the code." } });
    const removeCode = await refusal(o.admin.kpi.update({ orgSlug: o.slug, kpiId: revenue, version: 1, ...definition(o, "Revenue", null) } as never));
    expect(removeCode.fields.code).toContain("Revenue per head calculates from this KPI's code REVENUE");
    const cadence = await refusal(o.admin.kpi.update({ orgSlug: o.slug, kpiId: revenue, version: 1, ...definition(o, "Revenue", "REVENUE", { cadence: "weekly" }) } as never));
    expect(cadence.fields.cadence).toContain("Revenue per head calculates from this KPI and is monthly");
    const archive = await refusal(o.admin.kpi.archive({ orgSlug: o.slug, kpiId: revenue }));
    expect(archive).toMatchObject({ code: "CONFLICT", message: "Revenue per head calculates from this KPI. Change its formula before archiving it." });
    // Other edits of the input stay free.
    await o.admin.kpi.update({ orgSlug: o.slug, kpiId: revenue, version: 1, ...definition(o, "Revenue (ledger)", "REVENUE") } as never);
    expect((await db().kpi.findFirstOrThrow({ where: { id: revenue } })).archivedAt).toBeNull();
  });

  it("frees the inputs once the calculated KPI is archived, and judges its formula again before restoring it", async () => {
    const { o, perHead, revenue } = await perHeadWorld();
    await o.admin.kpi.archive({ orgSlug: o.slug, kpiId: perHead });
    await o.admin.kpi.archive({ orgSlug: o.slug, kpiId: revenue });
    const restore = await refusal(o.admin.kpi.restore({ orgSlug: o.slug, kpiId: perHead }));
    expect(restore).toMatchObject({ code: "CONFLICT" });
    expect(restore.message).toContain("REVENUE is archived");
    await o.admin.kpi.restore({ orgSlug: o.slug, kpiId: revenue });
    await record(o, revenue, "2025-01-10", "2000");
    // Archived, it took no new value; restored, it catches up.
    expect((await valuesOf(perHead))["2025-01-01"]).toBe("125 formula");
    await o.admin.kpi.restore({ orgSlug: o.slug, kpiId: perHead });
    expect((await valuesOf(perHead))["2025-01-01"]).toBe("250 formula");
  });

  it("recomputes the history when the formula or the time span changes, and stops when the formula is removed", async () => {
    const { o, perHead } = await perHeadWorld();
    await o.admin.kpi.update({ orgSlug: o.slug, kpiId: perHead, version: 1, ...definition(o, "Revenue per head", "PER_HEAD", { formula: "round(REVENUE / HEADCOUNT / 3, 2)" }) } as never);
    expect(await valuesOf(perHead)).toEqual({ "2025-01-01": "41.67 formula", "2025-02-01": "133.33 formula" });
    await o.admin.kpi.update({
      orgSlug: o.slug,
      kpiId: perHead,
      version: 2,
      ...definition(o, "Revenue per head", "PER_HEAD", { formula: "round(REVENUE / HEADCOUNT / 3, 2)", startDate: "2025-02-01", targets: [{ effectiveFrom: "2025-02-01", target: "105", warning: "98" }] }),
    } as never);
    expect(await valuesOf(perHead)).toEqual({ "2025-02-01": "133.33 formula" });
    const kpi = await o.admin.kpi.get({ orgSlug: o.slug, kpiId: perHead });
    expect(kpi.history[0]?.changes).toMatchObject({ startDate: { from: "2025-01-01", to: "2025-02-01" } });

    await o.admin.kpi.update({ orgSlug: o.slug, kpiId: perHead, version: 3, ...definition(o, "Revenue per head", "PER_HEAD", { formula: null, startDate: "2025-02-01", targets: [{ effectiveFrom: "2025-02-01", target: "105", warning: "98" }] }) } as never);
    expect(await db().kpiFormulaInput.count({ where: { kpiId: perHead } })).toBe(0);
    expect(await valuesOf(perHead)).toEqual({ "2025-02-01": "133.33 formula" });
    await record(o, perHead, "2025-03-05", "7");
    expect((await valuesOf(perHead))["2025-03-01"]).toBe("7 manual");
  });

  it("replaces the values of a KPI that becomes calculated, keeping the ones entered by hand as revisions", async () => {
    const o = await org();
    const revenue = await createKpi(o, "Revenue", "REVENUE");
    const margin = await createKpi(o, "Margin", "MARGIN");
    await record(o, revenue, "2025-01-10", "50");
    await record(o, margin, "2025-01-10", "7");
    await record(o, margin, "2025-02-10", "8");
    await o.admin.kpi.update({ orgSlug: o.slug, kpiId: margin, version: 1, ...definition(o, "Margin", "MARGIN", { formula: "REVENUE / 10" }) } as never);
    expect(await valuesOf(margin)).toEqual({ "2025-01-01": "5 formula" });
    const january = await db().checkIn.findFirstOrThrow({ where: { kpiId: margin }, include: { revisions: true } });
    expect(january.revisions.map((revision) => [revision.value.toString(), revision.source])).toEqual([["7", "manual"]]);
    expect((await db().checkInDeletion.findFirstOrThrow({ where: { kpiId: margin } })).value.toString()).toBe("8");
  });

  it("refuses contributors on a calculated KPI", async () => {
    const o = await org();
    await createKpi(o, "Revenue", "REVENUE");
    const refused = await refusal(
      o.admin.kpi.create({ orgSlug: o.slug, ...definition(o, "Doubled", "DOUBLED", { formula: "REVENUE * 2", contributorMembershipIds: [o.world.members.viewer.membershipId] }) } as never),
    );
    expect(Object.keys(refused.fields)).toEqual(["contributorMembershipIds"]);
  });

  it("computes the same value whichever of two writers of different inputs commits first", async () => {
    const { o, perHead, revenue, headcount } = await perHeadWorld();
    const writes = Array.from({ length: 12 }, (_, index) =>
      index % 2 === 0 ? record(o, revenue, "2025-01-15", String(1000 + index * 10)) : record(o, headcount, "2025-01-15", String(2 + index)),
    );
    await Promise.all(writes);
    const [revenueValue, headcountValue, perHeadValue] = await Promise.all(
      [revenue, headcount, perHead].map((kpiId) => db().checkIn.findFirstOrThrow({ where: { kpiId, periodStart: new Date("2025-01-01") } })),
    );
    expect(perHeadValue!.value.toString()).toBe(revenueValue!.value.div(headcountValue!.value).toDecimalPlaces(6).toString());
  });

  it("does not let another organization's codes into a formula", async () => {
    const mine = await org();
    const theirs = await org("formulas-other");
    await createKpi(theirs, "Secret revenue", "SECRET");
    const refused = await refusal(mine.admin.kpi.create({ orgSlug: mine.slug, ...definition(mine, "Leak", "LEAK", { formula: "SECRET * 1" }) } as never));
    expect(refused.fields).toEqual({ formula: "No KPI has the code SECRET." });
  });
});

describe("kpi.checkFormula", () => {
  it("answers with the refusals and their positions while the formula is typed", async () => {
    const { o } = await perHeadWorld();
    const check = (formula: string, extra: Record<string, unknown> = {}) => o.admin.kpi.checkFormula({ orgSlug: o.slug, formula, cadence: "monthly", ...extra });
    expect((await check("REVENUE / )")).errors).toEqual([{ message: expect.stringContaining("Unexpected ')' at 11"), start: 10, end: 11 }]);
    expect((await check("REVENUE / STAFF")).errors).toEqual([{ message: "No KPI has the code STAFF.", start: 10, end: 15 }]);
    expect((await check("REVENUE", { cadence: "weekly" })).errors[0]?.message).toContain("REVENUE is monthly; this KPI is weekly");
    expect(await check("   ")).toEqual({ formula: null, errors: [], inputs: [], preview: [] });
  });

  it("previews the last twelve periods with values and the reasons for gaps", async () => {
    const { o, revenue } = await perHeadWorld();
    const answer = await o.admin.kpi.checkFormula({ orgSlug: o.slug, formula: "revenue/headcount", cadence: "monthly", startDate: "2025-01-01" }, );
    expect(answer.formula).toBe("REVENUE / HEADCOUNT");
    expect(answer.inputs.map((input) => input.code)).toEqual(["REVENUE", "HEADCOUNT"]);
    expect(answer.preview).toHaveLength(12);
    expect(answer.preview.at(-1)?.gap).toEqual({ kind: "missing", codes: ["REVENUE", "HEADCOUNT"] });

    await record(o, revenue, "2026-10-10", "600");
    const recent = await o.admin.kpi.checkFormula({ orgSlug: o.slug, formula: "REVENUE / HEADCOUNT * 1", cadence: "monthly", startDate: "2026-11-01" });
    const october = recent.preview.find((period) => period.periodStart === "2026-10-01");
    expect(october).toMatchObject({ value: null, gap: { kind: "before_start" } });
    expect(await db().checkIn.count({ where: { kpi: { name: "Revenue per head" }, periodStart: new Date("2026-10-01") } })).toBe(0);
  });

  it("answers NOT_FOUND for a KPI the member may not see", async () => {
    const o = await org();
    const hidden = await createKpi(o, "Hidden", "HIDDEN", { visibility: "restricted" });
    const manager = callerFor(db(), o.world.members.manager.sessionId);
    const answer = await refusal(manager.kpi.checkFormula({ orgSlug: o.slug, formula: "HIDDEN * 2", cadence: "monthly", kpiId: hidden }));
    expect(answer.code).toBe("NOT_FOUND");
    const unseen = await manager.kpi.checkFormula({ orgSlug: o.slug, formula: "HIDDEN * 2", cadence: "monthly" });
    expect(unseen.errors).toEqual([{ message: "No KPI has the code HIDDEN.", start: 0, end: 6 }]);
  });
});
