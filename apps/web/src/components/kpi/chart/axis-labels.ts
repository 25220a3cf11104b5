import type { Cadence } from "@tally/domain";

/**
 * A period label (as the formatter writes it) broken into lines that fit under an axis tick; read together
 * they are the label: "Mar 2026" → ["Mar", "2026"], "März 2026" → ["März", "2026"], "Q1 2026" → ["Q1", "2026"],
 * "Week of Mar 9, 2026" → ["Week of", "Mar 9, 2026"], "Mar 12, 2026" → ["Mar 12", "2026"],
 * "12.03.2026" → ["12.03.2026"], "2026" → ["2026"].
 */
export function periodTickLines(label: string, cadence: Cadence): string[] {
  const text = label.trim();
  if (cadence === "weekly") {
    const match = /^(week of)\s+(.+)$/i.exec(text);
    if (match?.[1] && match[2]) return [match[1], match[2]];
  }
  // Locales put a plain or a no-break space between month and year; either may start the second line.
  const lastSpace = text.search(/\s\S*$/);
  if (cadence === "yearly" || lastSpace <= 0) return [text];
  // The comma before the year ("Mar 12, 2026") has nothing left to separate once the year has its own line.
  return [text.slice(0, lastSpace).replace(/,$/, ""), text.slice(lastSpace + 1)];
}

/** Average advance of a 12 px sans-serif character, rounded up so estimates err on the wide side. */
export const TICK_CHAR_WIDTH = 7;
/** Space kept free between two neighbouring labels: about two word spaces. */
export const TICK_LABEL_GAP = 6;

/** The width the widest line of any tick label needs, in pixels. */
export function tickLabelWidth(ticks: readonly (readonly string[])[]): number {
  const longest = Math.max(0, ...ticks.flatMap((lines) => lines.map((line) => line.length)));
  return longest * TICK_CHAR_WIDTH;
}

/**
 * Label every `step`-th period: 1 when every label fits beside its neighbours, else the smallest
 * step that keeps labels apart. `axisWidth` is the distance from the first to the last period's tick.
 */
export function tickLabelStep(count: number, labelWidth: number, axisWidth: number): number {
  if (count <= 1) return 1;
  const spacing = axisWidth / (count - 1);
  if (!(spacing > 0)) return count;
  return Math.min(count, Math.max(1, Math.ceil((labelWidth + TICK_LABEL_GAP) / spacing)));
}

/** Whether the period at `index` carries a label; counted back from the newest, which is always labelled. */
export function isLabelledTick(index: number, count: number, step: number): boolean {
  if (index < 0 || index >= count) return false;
  return (count - 1 - index) % Math.max(1, Math.floor(step)) === 0;
}
