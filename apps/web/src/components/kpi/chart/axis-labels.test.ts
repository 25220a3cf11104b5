import { describe, expect, it } from "vitest";
import type { Cadence } from "@tally/domain";
import { createFormatter, defaultFormatter, type Formatter } from "@/lib/format";
import { isLabelledTick, periodTickLines, TICK_CHAR_WIDTH, TICK_LABEL_GAP, tickLabelStep, tickLabelWidth } from "./axis-labels";

const linesFor = (start: string, cadence: Cadence, formatter: Formatter = defaultFormatter) => periodTickLines(formatter.formatPeriod(start, cadence), cadence);

describe("periodTickLines", () => {
  it("shows each cadence's period in short lines that read as its label", () => {
    expect(linesFor("2026-03-12", "daily")).toEqual(["Mar 12", "2026"]);
    expect(linesFor("2026-03-09", "weekly")).toEqual(["Week of", "Mar 9, 2026"]);
    expect(linesFor("2026-03-01", "monthly")).toEqual(["Mar", "2026"]);
    expect(linesFor("2026-01-01", "quarterly")).toEqual(["Q1", "2026"]);
    expect(linesFor("2026-01-01", "yearly")).toEqual(["2026"]);
  });

  it("splits the labels of other formats the same way", () => {
    const german = createFormatter({ locale: "de-DE", timeZone: "Europe/Berlin", currency: "EUR" });
    expect(linesFor("2026-03-01", "monthly", german)).toEqual(["März", "2026"]);
    expect(linesFor("2026-03-09", "weekly", german)).toEqual(["Week of", "09.03.2026"]);
    // A date without spaces is short enough for one line.
    expect(linesFor("2026-03-12", "daily", german)).toEqual(["12.03.2026"]);
    const british = createFormatter({ locale: "en-GB", timeZone: "Europe/London", currency: "GBP" });
    expect(linesFor("2026-03-12", "daily", british)).toEqual(["12 Mar", "2026"]);
  });

  it("breaks at a no-break space as well", () => {
    expect(periodTickLines("März\u00a02026", "monthly")).toEqual(["März", "2026"]);
  });

  it("keeps a label it cannot split on one line", () => {
    expect(periodTickLines("Soon", "monthly")).toEqual(["Soon"]);
  });
});

/** The labelled periods for a row of `count` periods. */
function labelled(count: number, step: number): number[] {
  return Array.from({ length: count }, (_, index) => index).filter((index) => isLabelledTick(index, count, step));
}

describe("tickLabelStep and isLabelledTick", () => {
  const quarterWidth = tickLabelWidth([["Q1", "2026"]]);

  it("labels every quarter of two years on a phone and on a desktop", () => {
    // 8 quarters across 250 px (a phone's plot) and 700 px.
    expect(tickLabelStep(8, quarterWidth, 250)).toBe(1);
    expect(tickLabelStep(8, quarterWidth, 700)).toBe(1);
  });

  it("labels every n-th period when labels would touch, never closer than a label and its gap", () => {
    const monthWidth = tickLabelWidth([["Sep", "2026"]]);
    for (const [count, width] of [
      [24, 250],
      [60, 250],
      [60, 900],
      [13, 120],
    ] as const) {
      const step = tickLabelStep(count, monthWidth, width);
      const spacing = width / (count - 1);
      expect(step * spacing).toBeGreaterThanOrEqual(monthWidth + TICK_LABEL_GAP);
      if (step > 1) expect((step - 1) * spacing).toBeLessThan(monthWidth + TICK_LABEL_GAP);
    }
  });

  it("labels an even subset counted back from the newest period, which always has its label", () => {
    expect(labelled(7, 1)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(labelled(7, 2)).toEqual([0, 2, 4, 6]);
    expect(labelled(8, 3)).toEqual([1, 4, 7]);
    expect(labelled(1, 5)).toEqual([0]);
    expect(isLabelledTick(-1, 5, 1)).toBe(false);
    expect(isLabelledTick(5, 5, 1)).toBe(false);
  });

  it("labels a single period and falls back to one label when there is no room at all", () => {
    expect(tickLabelStep(1, 100, 10)).toBe(1);
    expect(tickLabelStep(5, 100, 0)).toBe(5);
    expect(labelled(5, tickLabelStep(5, 100, 0))).toEqual([4]);
  });

  it("measures the widest line", () => {
    expect(tickLabelWidth([["Week of", "9 Mar 2026"], ["Mar", "2026"]])).toBe(10 * TICK_CHAR_WIDTH);
    expect(tickLabelWidth([])).toBe(0);
  });
});
