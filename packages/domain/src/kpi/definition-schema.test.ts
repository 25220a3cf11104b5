import { z } from "zod";
import { describe, expect, it } from "vitest";
import { kpiDefinitionSchema, kpiDefinitionShape, kpiIdSchema, updateKpiSchema } from "./definition-schema";
import { withKpiRules } from "./kpi-rules";

const valid = {
  name: "  Monthly revenue ",
  description: "Recognised sales per month from the ledger.",
  category: "financial",
  unit: "currency",
  direction: "increase",
  targets: [{ effectiveFrom: "2026-01-01", target: "100000", warning: "90000" }],
  cadence: "monthly",
  startDate: "2026-01-01",
  ownerMembershipId: "m1",
};

type Issue = { path: PropertyKey[]; message: string; code: string };

function issuesOf(input: unknown, schema: z.ZodType = kpiDefinitionSchema): { path: string; message: string }[] {
  const result = schema.safeParse(input);
  return (result.error?.issues ?? []).map((issue: Issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("kpiDefinitionSchema", () => {
  it("accepts a valid definition and fills the defaults", () => {
    expect(kpiDefinitionSchema.parse(valid)).toEqual({
      name: "Monthly revenue",
      description: "Recognised sales per month from the ledger.",
      category: "financial",
      unit: "currency",
      currency: null,
      durationUnit: null,
      decimals: 0,
      direction: "increase",
      baseline: null,
      targets: [{ effectiveFrom: "2026-01-01", target: "100000", targetMin: null, targetMax: null, warning: "90000", tolerance: null }],
      cadence: "monthly",
      startDate: "2026-01-01",
      endDate: null,
      ownerMembershipId: "m1",
      contributorMembershipIds: [],
      teamId: null,
      objectiveIds: [],
      visibility: "organization",
      benchmarkValue: null,
      benchmarkSource: null,
      templateKey: null,
      code: null,
      formula: null,
    });
  });

  it("accepts a complete range KPI", () => {
    const range = {
      ...valid,
      unit: "duration",
      durationUnit: "days",
      direction: "range",
      decimals: 4,
      baseline: "45",
      targets: [
        { effectiveFrom: "2026-01-01", targetMin: "40", targetMax: "60", tolerance: "5" },
        { effectiveFrom: "2026-07-01", targetMin: "50", targetMax: "50", tolerance: "0" },
      ],
      endDate: "2026-01-01",
      contributorMembershipIds: ["m2", "m3"],
      teamId: "t1",
      objectiveIds: ["o1"],
      visibility: "restricted",
      benchmarkValue: "55",
      benchmarkSource: "Industry survey 2025",
      templateKey: "days-sales-outstanding",
    };
    expect(kpiDefinitionSchema.safeParse(range).success).toBe(true);
  });

  it("normalizes blanks to null and a currency code to upper case", () => {
    const parsed = kpiDefinitionSchema.parse({ ...valid, currency: " eur ", baseline: "", endDate: "", benchmarkSource: "  " });
    expect(parsed).toMatchObject({ currency: "EUR", baseline: null, endDate: null, benchmarkSource: null });
  });

  it.each([
    ["text where a number belongs", { baseline: "forty" }, "baseline", "Enter a number, like 1250 or 12.5."],
    ["a comma decimal in a target", { targets: [{ effectiveFrom: "2026-01-01", target: "1,5" }] }, "targets.0.target", "Enter a number, like 1250 or 12.5."],
    ["a number instead of a string", { benchmarkValue: 12 }, "benchmarkValue", "Enter a number, like 1250 or 12.5."],
    ["a short name", { name: " ab " }, "name", "Use at least 3 characters."],
    ["a long name", { name: "x".repeat(121) }, "name", "Use at most 120 characters."],
    ["an unknown category", { category: "hr" }, "category", "Choose a category."],
    ["an unknown unit", { unit: "kg" }, "unit", "Choose a unit."],
    ["too many decimals", { decimals: 5 }, "decimals", "Use 0 to 4 decimals."],
    ["fractional decimals", { decimals: 1.5 }, "decimals", "Use 0 to 4 decimals."],
    ["no targets", { targets: [] }, "targets", "Set a target."],
    ["a date that does not exist", { startDate: "2026-02-30" }, "startDate", "Enter a date like 2026-03-12."],
    ["a year that is a typo", { startDate: "0226-01-01" }, "startDate", "Use a date between 1900 and 2999."],
    ["a negative tolerance", { targets: [{ effectiveFrom: "2026-01-01", target: "5", tolerance: "-1" }] }, "targets.0.tolerance", "Use a tolerance of 0 or more."],
    ["a bad currency code", { currency: "EURO" }, "currency", "Use a three-letter currency code, like EUR."],
    ["a long benchmark source", { benchmarkValue: "5", benchmarkSource: "x".repeat(301) }, "benchmarkSource", "Use at most 300 characters."],
    ["a long template key", { templateKey: "x".repeat(61) }, "templateKey", "Use at most 60 characters."],
    ["a repeated contributor", { contributorMembershipIds: ["m2", "m3", "m2"] }, "contributorMembershipIds.2", "This person is already in the list."],
    ["too many contributors", { contributorMembershipIds: Array.from({ length: 51 }, (_, index) => `m${index}`) }, "contributorMembershipIds", "Choose at most 50 contributors."],
    ["a repeated objective", { objectiveIds: ["o1", "o1"] }, "objectiveIds.1", "This objective is already in the list."],
    ["too many objectives", { objectiveIds: Array.from({ length: 21 }, (_, index) => `o${index}`) }, "objectiveIds", "Link at most 20 objectives."],
    ["no owner", { ownerMembershipId: "" }, "ownerMembershipId", "Choose an owner."],
    ["an unknown visibility", { visibility: "public" }, "visibility", "Choose who may see this KPI."],
  ])("refuses %s at its field", (_case, change, path, message) => {
    expect(issuesOf({ ...valid, ...change })).toEqual([{ path, message }]);
  });

  it("refuses a range without a minimum or maximum", () => {
    expect(issuesOf({ ...valid, direction: "range", targets: [{ effectiveFrom: "2026-01-01", target: "5" }] })).toEqual([
      { path: "targets.0.targetMin", message: "Set a minimum." },
      { path: "targets.0.targetMax", message: "Set a maximum." },
    ]);
  });

  it("refuses a minimum above the maximum, but accepts them equal", () => {
    const range = { ...valid, direction: "range" };
    const targets = [
      { effectiveFrom: "2026-01-01", targetMin: "40", targetMax: "60" },
      { effectiveFrom: "2026-04-01", targetMin: "60.000001", targetMax: "60" },
    ];
    expect(issuesOf({ ...range, targets })).toEqual([{ path: "targets.1.targetMin", message: "The minimum must not be above the maximum." }]);
    expect(issuesOf({ ...range, targets: [{ effectiveFrom: "2026-01-01", targetMin: "60", targetMax: "60.0" }] })).toEqual([]);
  });

  it("compares long values exactly", () => {
    const targets = [{ effectiveFrom: "2026-01-01", targetMin: "999999999999999999.000001", targetMax: "999999999999999999" }];
    expect(issuesOf({ ...valid, direction: "range", targets })).toEqual([
      { path: "targets.0.targetMin", message: "The minimum must not be above the maximum." },
    ]);
  });

  it("requires a target for increase and decrease", () => {
    for (const direction of ["increase", "decrease"]) {
      expect(issuesOf({ ...valid, direction, targets: [{ effectiveFrom: "2026-01-01", targetMin: "1", targetMax: "2" }] })).toEqual([
        { path: "targets.0.target", message: "Set a target." },
      ]);
    }
  });

  it("keeps the warning on the side of the target that the direction allows", () => {
    const at = (direction: string, target: string, warning: string) =>
      issuesOf({ ...valid, direction, targets: [{ effectiveFrom: "2026-01-01", target, warning }] });
    expect(at("increase", "95", "96")).toEqual([
      { path: "targets.0.warning", message: "Higher is better here, so the warning must not be above the target." },
    ]);
    expect(at("decrease", "30", "29")).toEqual([
      { path: "targets.0.warning", message: "Lower is better here, so the warning must not be below the target." },
    ]);
    expect(at("increase", "95", "95")).toEqual([]);
    expect(at("increase", "95", "90")).toEqual([]);
    expect(at("decrease", "30", "30")).toEqual([]);
    expect(at("decrease", "30", "40")).toEqual([]);
  });

  it("refuses two targets starting on the same date", () => {
    const targets = [
      { effectiveFrom: "2026-01-01", target: "1" },
      { effectiveFrom: "2026-04-01", target: "2" },
      { effectiveFrom: "2026-01-01", target: "3" },
    ];
    expect(issuesOf({ ...valid, targets })).toEqual([{ path: "targets.2.effectiveFrom", message: "Two targets start on the same date." }]);
  });

  it("refuses more than 50 targets", () => {
    const targets = Array.from({ length: 51 }, (_, index) => ({ effectiveFrom: `${1950 + index}-01-01`, target: "1" }));
    expect(issuesOf({ ...valid, targets })).toEqual([{ path: "targets", message: "Keep at most 50 targets." }]);
    expect(issuesOf({ ...valid, targets: targets.slice(0, 50) })).toEqual([]);
  });

  it("refuses an end before the start, but accepts the same day", () => {
    expect(issuesOf({ ...valid, endDate: "2025-12-31" })).toEqual([
      { path: "endDate", message: "The end date must not be before the start date." },
    ]);
    expect(issuesOf({ ...valid, endDate: "2026-01-01" })).toEqual([]);
  });

  it("ties a currency and a duration unit to their units", () => {
    expect(issuesOf({ ...valid, unit: "percent", currency: "EUR" })).toEqual([
      { path: "currency", message: "A currency applies only to KPIs measured in currency." },
    ]);
    expect(issuesOf({ ...valid, unit: "duration" })).toEqual([{ path: "durationUnit", message: "Choose hours or days." }]);
    expect(issuesOf({ ...valid, unit: "number", durationUnit: "hours" })).toEqual([
      { path: "durationUnit", message: "Hours or days apply only to KPIs measured as a duration." },
    ]);
    expect(issuesOf({ ...valid, unit: "duration", durationUnit: "weeks" })).toEqual([{ path: "durationUnit", message: "Choose hours or days." }]);
  });

  it("needs the source of a benchmark", () => {
    expect(issuesOf({ ...valid, benchmarkValue: "12" })).toEqual([
      { path: "benchmarkSource", message: "Say where the benchmark comes from, so readers can judge it." },
    ]);
  });

  it("refuses a 10 MB description quickly, by its length", () => {
    const started = Date.now();
    expect(issuesOf({ ...valid, description: "x".repeat(10 * 1024 * 1024) })).toEqual([
      { path: "description", message: "Use at most 5,000 characters." },
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(issuesOf({ ...valid, description: "x".repeat(5000) })).toEqual([]);
  });

  it("refuses unknown keys", () => {
    const result = kpiDefinitionSchema.safeParse({ ...valid, orgId: "elsewhere" });
    expect(result.error?.issues).toMatchObject([{ code: "unrecognized_keys", keys: ["orgId"], path: [] }]);
    const target = kpiDefinitionSchema.safeParse({ ...valid, targets: [{ effectiveFrom: "2026-01-01", target: "1", goal: "2" }] });
    expect(target.error?.issues).toMatchObject([{ code: "unrecognized_keys", keys: ["goal"], path: ["targets", 0] }]);
  });

  it("reports every problem at once, so a form can show them together", () => {
    expect(issuesOf({ ...valid, name: "", endDate: "2025-01-01", baseline: "x" })).toEqual([
      { path: "name", message: "Use at least 3 characters." },
      { path: "baseline", message: "Enter a number, like 1250 or 12.5." },
      { path: "endDate", message: "The end date must not be before the start date." },
    ]);
  });

  it("waits with a rule until the fields it reads are valid", () => {
    expect(issuesOf({ ...valid, startDate: "someday", endDate: "2025-01-01" })).toEqual([
      { path: "startDate", message: "Enter a date like 2026-03-12." },
    ]);
    expect(issuesOf("not an object")).toMatchObject([{ path: "" }]);
  });
});

describe("extending the definition", () => {
  const withSlug = withKpiRules(z.strictObject({ ...kpiDefinitionShape, orgSlug: z.string() }));

  it("keeps the rules on a schema built from the shape", () => {
    expect(withSlug.parse({ ...valid, orgSlug: "acme" }).orgSlug).toBe("acme");
    expect(issuesOf({ ...valid, orgSlug: "acme", endDate: "2025-01-01" }, withSlug)).toEqual([
      { path: "endDate", message: "The end date must not be before the start date." },
    ]);
  });
});

describe("updateKpiSchema and kpiIdSchema", () => {
  it("needs the KPI and the version the edit started from", () => {
    expect(updateKpiSchema.safeParse({ ...valid, kpiId: "k1", version: 3 }).success).toBe(true);
    expect(issuesOf({ ...valid, kpiId: "k1", version: 0 }, updateKpiSchema).map((issue) => issue.path)).toEqual(["version"]);
    expect(issuesOf({ ...valid, version: 1 }, updateKpiSchema).map((issue) => issue.path)).toEqual(["kpiId"]);
  });

  it("applies the same rules as a new definition", () => {
    expect(issuesOf({ ...valid, kpiId: "k1", version: 1, endDate: "2025-01-01" }, updateKpiSchema)).toEqual([
      { path: "endDate", message: "The end date must not be before the start date." },
    ]);
  });

  it("names one KPI", () => {
    expect(kpiIdSchema.parse({ kpiId: "k1" })).toEqual({ kpiId: "k1" });
    expect(kpiIdSchema.safeParse({ kpiId: "k1", orgId: "o" }).success).toBe(false);
    expect(kpiIdSchema.safeParse({ kpiId: "" }).success).toBe(false);
  });
});

describe("the KPI code", () => {
  const base = () => ({ ...valid });

  it.each([
    ["MRR", "MRR"],
    ["mrr", "MRR"],
    ["  nps_2 ", "NPS_2"],
    ["A", "A"],
    ["ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOP"],
  ])("writes %j as %j", (typed, stored) => {
    expect(kpiDefinitionSchema.parse({ ...base(), code: typed }).code).toBe(stored);
  });

  it.each([undefined, null, "", "   "])("treats %j as no code", (typed) => {
    expect(kpiDefinitionSchema.parse({ ...base(), code: typed }).code).toBeNull();
  });

  it.each(["1MRR", "_MRR", "MR R", "MRR-1", "ÄRR", "ABCDEFGHIJKLMNOPQ", "M\u0000"])("refuses %j on the code field", (typed) => {
    const result = kpiDefinitionSchema.safeParse({ ...base(), code: typed });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["code"]);
  });
});

describe("the formula", () => {
  const parse = (formula: unknown, extra: Record<string, unknown> = {}) => kpiDefinitionSchema.safeParse({ ...valid, formula, ...extra });

  it.each([undefined, null, "", "   "])("treats %j as no formula", (typed) => {
    expect(parse(typed).data?.formula).toBeNull();
  });

  it("keeps the formula as typed, so positions of later refusals match it", () => {
    expect(parse("  revenue / headcount").data?.formula).toBe("  revenue / headcount");
  });

  it.each([
    ["REVENUE / )", "Unexpected ')' at 11"],
    ["A % B", "Unexpected '%' at 3"],
    ["A".repeat(501), "Keep the formula to 500 characters."],
    ["A\u0000", "control characters"],
  ])("refuses %j on the formula field", (typed, message) => {
    expect(issuesOf({ ...valid, formula: typed })).toEqual([{ path: "formula", message: expect.stringContaining(message) }]);
  });

  it("refuses contributors on a calculated KPI, beside the contributors", () => {
    expect(issuesOf({ ...valid, formula: "A / B", contributorMembershipIds: ["m2"] })).toEqual([
      { path: "contributorMembershipIds", message: "A calculated KPI takes its values from its formula: it has no contributors who record them." },
    ]);
    expect(parse(null, { contributorMembershipIds: ["m2"] }).success).toBe(true);
  });
});
