import { describe, expect, it } from "vitest";
import { STATUS_STYLES } from "../status-style";
import { CHART_COLORS, fillClassColor } from "./chart-colors";

describe("fillClassColor", () => {
  it("turns a plain Tailwind fill into the colour variable it paints with", () => {
    expect(fillClassColor("bg-amber-500")).toBe("var(--color-amber-500)");
    expect(fillClassColor("bg-emerald-600")).toBe("var(--color-emerald-600)");
    expect(fillClassColor("bg-surface")).toBe("var(--color-surface)");
  });

  it("refuses what it cannot read as one colour", () => {
    expect(fillClassColor("bg-amber-500/50")).toBeNull();
    expect(fillClassColor("bg-[#fff]")).toBeNull();
    expect(fillClassColor("text-amber-500")).toBeNull();
  });
});

describe("CHART_COLORS", () => {
  it("paints the zones in the status palette's colours", () => {
    expect(CHART_COLORS.atRisk).toBe(fillClassColor(STATUS_STYLES.at_risk.fill));
    expect(CHART_COLORS.onTrack).toBe(fillClassColor(STATUS_STYLES.on_track.fill));
  });

  it("takes every colour from a CSS variable, so the chart follows the theme", () => {
    for (const color of Object.values(CHART_COLORS)) expect(color).toMatch(/^var\(--[a-z0-9-]+\)$/);
  });
});
