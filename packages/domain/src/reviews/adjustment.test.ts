import { describe, expect, it } from "vitest";
import { adjustedDefinition, adjustedTargetIndex, describeAdjustment } from "./adjustment";
import { reviewAdjustmentFormSchema, reviewAdjustmentSchema } from "./schemas";

const entry = (effectiveFrom: string, target: string) => ({ effectiveFrom, target, targetMin: null, targetMax: null, warning: null, tolerance: null });
const definition = { name: "Churn", ownerMembershipId: "m1", targets: [entry("2025-01-01", "5"), entry("2026-01-01", "4")] };
const base = { reviewId: "r1", kpiId: "k1" };
const targetChange = (effectiveFrom: string, target: string, more: Record<string, string> = {}) =>
  reviewAdjustmentSchema.parse({ ...base, change: "target", effectiveFrom, target, ...more });

describe("adjustedDefinition", () => {
  it("inserts a target entry in date order and keeps the entries before and after it", () => {
    const next = adjustedDefinition(definition, targetChange("2025-07-01", "4.5"));
    expect(next.targets.map((t) => [t.effectiveFrom, t.target])).toEqual([
      ["2025-01-01", "5"],
      ["2025-07-01", "4.5"],
      ["2026-01-01", "4"],
    ]);
    expect(next.name).toBe("Churn");
  });

  it("replaces the entry that starts on the same day instead of adding a second one", () => {
    const next = adjustedDefinition(definition, targetChange("2026-01-01", "3", { warning: "3.5" }));
    expect(next.targets).toHaveLength(2);
    expect(next.targets[1]).toEqual({ effectiveFrom: "2026-01-01", target: "3", targetMin: null, targetMax: null, warning: "3.5", tolerance: null });
  });

  it("changes only the owner for a new owner, and nothing for archiving", () => {
    const owner = adjustedDefinition(definition, reviewAdjustmentSchema.parse({ ...base, change: "owner", ownerMembershipId: "m2" }));
    expect(owner).toEqual({ ...definition, ownerMembershipId: "m2" });
    expect(adjustedDefinition(definition, reviewAdjustmentSchema.parse({ ...base, change: "archive" }))).toEqual(definition);
  });

  it("does not change the definition it was given", () => {
    const before = JSON.stringify(definition);
    adjustedDefinition(definition, targetChange("2025-03-01", "1"));
    expect(JSON.stringify(definition)).toBe(before);
  });
});

describe("adjustedTargetIndex", () => {
  it("finds the written entry, or -1", () => {
    expect(adjustedTargetIndex(definition.targets, "2026-01-01")).toBe(1);
    expect(adjustedTargetIndex(definition.targets, "2024-01-01")).toBe(-1);
  });
});

describe("describeAdjustment", () => {
  it("says what changed, from when", () => {
    expect(describeAdjustment(targetChange("2026-12-01", "95", { warning: "90" }), { kpi: "On-time delivery" })).toBe(
      "Set target 95, warning 90 for On-time delivery from 2026-12-01.",
    );
    expect(describeAdjustment(targetChange("2026-12-01", "", { targetMin: "2", targetMax: "4" }), { kpi: "Stock" })).toBe("Set range 2–4 for Stock from 2026-12-01.");
    expect(describeAdjustment(reviewAdjustmentSchema.parse({ ...base, change: "archive" }), { kpi: "Stock" })).toBe("Archived Stock.");
    expect(describeAdjustment(reviewAdjustmentSchema.parse({ ...base, change: "owner", ownerMembershipId: "m2" }), { kpi: "Stock", newOwner: "Ada" })).toBe("Gave Stock to Ada.");
  });
});

describe("reviewAdjustmentFormSchema", () => {
  const form = { ...base, effectiveFrom: "2026-02-01", target: "40", targetMin: "", targetMax: "", warning: "48", tolerance: "", ownerMembershipId: "", reason: "" };

  it("keeps only the fields of the chosen change, so a form may hold every change's fields at once", () => {
    expect(reviewAdjustmentFormSchema.parse({ ...form, change: "target" })).toEqual({
      ...base,
      change: "target",
      effectiveFrom: "2026-02-01",
      target: "40",
      targetMin: null,
      targetMax: null,
      warning: "48",
      tolerance: null,
      reason: "",
    });
    expect(reviewAdjustmentFormSchema.parse({ ...form, change: "archive" })).toEqual({ ...base, change: "archive", reason: "" });
    expect(reviewAdjustmentFormSchema.parse({ ...form, change: "owner", ownerMembershipId: "m2" })).toEqual({ ...base, change: "owner", ownerMembershipId: "m2", reason: "" });
  });

  it("names the field to fix: a number that is none, or an owner not chosen", () => {
    const badNumber = reviewAdjustmentFormSchema.safeParse({ ...form, change: "target", warning: "lots" });
    expect(badNumber.success || badNumber.error.issues.map((issue) => issue.path.join("."))).toEqual(["warning"]);
    const noOwner = reviewAdjustmentFormSchema.safeParse({ ...form, change: "owner" });
    expect(noOwner.success || noOwner.error.issues.map((issue) => issue.path.join("."))).toEqual(["ownerMembershipId"]);
  });
});
