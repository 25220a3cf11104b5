import { describe, expect, it } from "vitest";
import { chartGeometry, chartScale, niceStep } from "./chart";

describe("niceStep", () => {
  it.each([
    [10, 4, 2.5],
    [100, 4, 25],
    [7, 4, 2],
    [0.3, 4, 0.1],
    [1234, 5, 250],
    [9, 3, 5],
  ])("covers a span of %d in %d steps with a round step of %d", (span, count, step) => {
    expect(niceStep(span, count)).toBeCloseTo(step, 10);
    expect(niceStep(span, count) * count).toBeGreaterThanOrEqual(span - 1e-9);
  });

  it("falls back to 1 for an empty or broken span", () => {
    expect(niceStep(0, 4)).toBe(1);
    expect(niceStep(Number.NaN, 4)).toBe(1);
  });
});

describe("chartScale", () => {
  it("reaches from a round number below the data to one above it, in round ticks", () => {
    expect(chartScale([12, 87.5, 92])).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(chartScale([0.1, 0.2, 0.3])).toEqual({ min: 0.1, max: 0.3, ticks: [0.1, 0.15, 0.2, 0.25, 0.3] });
    expect(chartScale([-12, 3])).toEqual({ min: -15, max: 5, ticks: [-15, -10, -5, 0, 5] });
  });

  it("takes targets and skips missing values", () => {
    const scale = chartScale([null, 40, undefined, 60, 120]);
    expect(scale.min).toBeLessThanOrEqual(40);
    expect(scale.max).toBeGreaterThanOrEqual(120);
    expect(scale.ticks[0]).toBe(scale.min);
    expect(scale.ticks.at(-1)).toBe(scale.max);
  });

  it("gives a flat series a band around its value, and no data 0 to 1", () => {
    const flat = chartScale([50, 50]);
    expect(flat.min).toBeLessThan(50);
    expect(flat.max).toBeGreaterThan(50);
    expect(chartScale([0]).min).toBeLessThan(0);
    expect(chartScale([])).toEqual({ min: 0, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });
});

describe("chartGeometry", () => {
  const box = { width: 140, height: 110, left: 40, bottom: 10 };

  it("places values in the plot, higher values higher up, with the target as a step per period", () => {
    const geometry = chartGeometry(
      [
        { value: 0, target: 50 },
        { value: 100, target: 50 },
        { value: 50, target: 75 },
        { value: 25, target: 75 },
      ],
      box,
    );
    expect(geometry.scale).toMatchObject({ min: 0, max: 100 });
    expect(geometry.xs).toEqual([52.5, 77.5, 102.5, 127.5]);
    expect(geometry.lines).toEqual(["52.5,100 77.5,0 102.5,50 127.5,75"]);
    expect(geometry.targetSteps).toEqual([
      { x1: 40, y1: 50, x2: 65, y2: 50 },
      { x1: 65, y1: 50, x2: 90, y2: 50 },
      { x1: 90, y1: 25, x2: 115, y2: 25 },
      { x1: 115, y1: 25, x2: 140, y2: 25 },
    ]);
    expect(geometry.grid.map((line) => line.y)).toEqual([100, 75, 50, 25, 0]);
  });

  it("breaks the line where a value is missing and draws both bounds of a range", () => {
    const geometry = chartGeometry(
      [
        { value: 10, target: null, targetMin: 0, targetMax: 20 },
        { value: null, target: null, targetMin: 0, targetMax: 20 },
        { value: 15, target: null },
      ],
      box,
    );
    expect(geometry.lines).toHaveLength(2);
    expect(geometry.dots).toHaveLength(2);
    expect(geometry.targetSteps).toHaveLength(4);
  });

  it("keeps every coordinate inside the box", () => {
    const geometry = chartGeometry([{ value: -3.3, target: 1e6 }, { value: 999_999.9, target: 7 }], box);
    for (const dot of geometry.dots) {
      expect(dot.x).toBeGreaterThanOrEqual(box.left);
      expect(dot.x).toBeLessThanOrEqual(box.width);
      expect(dot.y).toBeGreaterThanOrEqual(0);
      expect(dot.y).toBeLessThanOrEqual(box.height - box.bottom);
    }
  });
});
