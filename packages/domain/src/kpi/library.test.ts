import { describe, expect, it } from "vitest";
import { KPI_CATEGORIES } from "./categories";
import { kpiDefinitionSchema } from "./definition-schema";
import { KPI_LIBRARY, templateByKey } from "./library";
import { CADENCES, DURATION_UNITS, KPI_DIRECTIONS, KPI_UNITS } from "./vocabulary";

describe("KPI_LIBRARY", () => {
  it("holds the 40 templates of the product specification, each under a unique kebab-case key", () => {
    expect(KPI_LIBRARY).toHaveLength(40);
    expect(new Set(KPI_LIBRARY.map((template) => template.key)).size).toBe(40);
    expect(new Set(KPI_LIBRARY.map((template) => template.name)).size).toBe(40);
    for (const template of KPI_LIBRARY) expect(template.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(KPI_LIBRARY.map((template) => [template.key, template] as const))("%s is a valid template", (_key, template) => {
    expect(KPI_CATEGORIES).toContain(template.category);
    expect(KPI_UNITS).toContain(template.unit);
    expect(KPI_DIRECTIONS).toContain(template.direction);
    expect(CADENCES).toContain(template.cadence);
    expect(template.description.trim().length).toBeGreaterThanOrEqual(20);
    expect(template.description).toMatch(/[.]$/);
    expect(template.decimals).toBeGreaterThanOrEqual(0);
    expect(template.decimals).toBeLessThanOrEqual(4);
    expect(Number.isInteger(template.decimals)).toBe(true);
    if (template.unit === "duration") expect(DURATION_UNITS).toContain(template.durationUnit);
    else expect(template.durationUnit).toBeUndefined();
    if (template.scoreRange) {
      expect(template.unit).toBe("score");
      expect(template.scoreRange.min).toBeLessThan(template.scoreRange.max);
    }
    if (template.formula !== null) expect(template.formula.trim()).not.toBe("");
  });

  it("makes a KPI definition that the schema accepts", () => {
    for (const template of KPI_LIBRARY) {
      const targets =
        template.direction === "range"
          ? [{ effectiveFrom: "2026-01-01", targetMin: "1", targetMax: "2" }]
          : [{ effectiveFrom: "2026-01-01", target: "1" }];
      const definition = {
        name: template.name,
        description: template.description,
        category: template.category,
        unit: template.unit,
        durationUnit: template.durationUnit,
        decimals: template.decimals,
        direction: template.direction,
        cadence: template.cadence,
        targets,
        startDate: "2026-01-01",
        ownerMembershipId: "m1",
        templateKey: template.key,
      };
      expect(kpiDefinitionSchema.safeParse(definition).error?.issues ?? []).toEqual([]);
    }
  });

  it("spans every category", () => {
    expect(new Set(KPI_LIBRARY.map((template) => template.category))).toEqual(new Set(KPI_CATEGORIES));
  });

  it("keeps the facts of the specification", () => {
    expect(templateByKey("net-promoter-score")).toMatchObject({ unit: "score", direction: "increase", cadence: "quarterly", scoreRange: { min: -100, max: 100 } });
    expect(templateByKey("current-ratio")).toMatchObject({ category: "financial", unit: "ratio", direction: "range", cadence: "quarterly" });
    expect(templateByKey("days-sales-outstanding")).toMatchObject({ unit: "duration", durationUnit: "days", direction: "decrease" });
    expect(templateByKey("first-response-time")).toMatchObject({ unit: "duration", durationUnit: "hours", cadence: "weekly" });
    expect(templateByKey("market-share")).toMatchObject({ category: "strategic", cadence: "yearly" });
    expect(templateByKey("cost-performance-index")?.formula).toBe("earned value / actual cost");
  });
});

describe("templateByKey", () => {
  it("finds a template and returns null for an unknown key", () => {
    expect(templateByKey("revenue")?.name).toBe("Revenue");
    expect(templateByKey("unknown")).toBeNull();
  });
});
