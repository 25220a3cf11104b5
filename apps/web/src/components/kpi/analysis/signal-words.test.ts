import { describe, expect, it } from "vitest";
import { xmrAnalysis } from "@tally/domain";
import { defaultFormatter } from "@/lib/format";
import type { KpiValueFormat } from "../format-value";
import { signalWords } from "./signal-words";
import type { KpiAnalysis } from "./types";

const format: KpiValueFormat = { unit: "number", currency: null, durationUnit: null, decimals: 1 };
const target = { effectiveFrom: "2025-01-01", target: 5, targetMin: null, targetMax: null, warning: null, tolerance: null };

function analysisOf(values: number[], baseline: number): KpiAnalysis {
  const xmr = xmrAnalysis(values, { baseline })!;
  const periods = values.map((_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`);
  return { valueCount: values.length, xmr: { ...xmr, periods, signal: null, capability: "met_consistently", target } } as unknown as KpiAnalysis;
}

describe("signalWords", () => {
  it("words routine variation with the capability and the baseline", () => {
    const words = signalWords(analysisOf([12, 10, 12, 10, 12, 10, 12, 10], 8), "increase", "monthly", format, defaultFormatter);
    expect(words.verdict).toBe("Routine variation.");
    expect(words.capability).toBe("The natural process limits run from 5.7 to 16.3. The target ≥ 5.0 lies beyond them on the good side: met consistently.");
    expect(words.baseline).toBe("Centre line and limits from the 8 values Jan 2025 to Aug 2025; average moving range 2.0.");
  });

  it("names a signal with its first period and warns that the limits describe the process before it", () => {
    const words = signalWords(analysisOf([12, 10, 12, 10, 12, 10, 12, 10, 30], 8), "increase", "monthly", format, defaultFormatter);
    expect(words.verdict).toBe("Signal: above the upper limit in Sep 2025.");
    expect(words.capability).toMatch(/has changed since the baseline/);
  });

  it("says how many values it needs", () => {
    const words = signalWords({ valueCount: 3, xmr: null } as unknown as KpiAnalysis, "increase", "monthly", format, defaultFormatter);
    expect(words).toEqual({ verdict: "Not enough values yet: telling signal from noise needs at least 6, this KPI has 3.", capability: null, baseline: null });
  });
});
