import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("./globals.css", import.meta.url), "utf8");

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function declarations(selector: string): Map<string, string> {
  const start = css.search(new RegExp(`(^|\\n)\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\{`));
  if (start < 0) throw new Error(`No rule for ${selector}`);
  const body = css.slice(css.indexOf("{", start) + 1, css.indexOf("}", start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

/** Relative luminance (WCAG 2) of an `oklch(L C h)` colour, L as a percentage or a fraction. */
function luminance(oklch: string): number {
  const match = /^oklch\(([\d.]+)(%?) ([\d.]+) ([\d.]+)\)$/.exec(oklch);
  if (!match) throw new Error(`Not an oklch colour: ${oklch}`);
  const lightness = Number(match[1]) / (match[2] ? 100 : 1);
  const chroma = Number(match[3]);
  const hue = (Number(match[4]) * Math.PI) / 180;
  const a = chroma * Math.cos(hue);
  const b = chroma * Math.sin(hue);
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const red = clamp(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s);
  const green = clamp(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s);
  const blue = clamp(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

const WHITE = "oklch(1 0 0)";
const dark = declarations(".dark");
const underWhiteText = declarations(".dark :where(.text-white)");
const darkColour = (name: string) => {
  const value = dark.get(`--color-${name}`);
  if (!value) throw new Error(`--color-${name} is not redefined for the dark scheme`);
  return value;
};

describe("luminance", () => {
  it("matches the sRGB ends and a known mid grey", () => {
    expect(luminance("oklch(1 0 0)")).toBeCloseTo(1, 3);
    expect(luminance("oklch(0% 0 0)")).toBeCloseTo(0, 5);
    // oklch(59.987% 0 0) is #808080, whose WCAG luminance is 0.2159.
    expect(luminance("oklch(59.987% 0 0)")).toBeCloseTo(0.2159, 3);
    expect(contrast(WHITE, "oklch(0% 0 0)")).toBeCloseTo(21, 1);
  });
});

describe("dark colour scheme", () => {
  // [text, background]: body text, muted text, links, error text and the status badges' pairs.
  const textPairs: [string, string][] = [
    ["slate-900", "surface"],
    ["slate-900", "slate-50"],
    ["slate-800", "surface"],
    ["slate-700", "slate-100"],
    ["slate-600", "surface"],
    ["slate-600", "slate-50"],
    ["slate-600", "slate-100"],
    ["slate-500", "surface"],
    ["slate-500", "slate-50"],
    ["slate-500", "slate-100"],
    ["brand-600", "surface"],
    ["brand-600", "slate-50"],
    ["brand-700", "brand-50"],
    ["red-600", "surface"],
    ["red-700", "red-50"],
    ["red-800", "red-50"],
    ["red-900", "surface"],
    ["emerald-700", "emerald-50"],
    ["emerald-800", "emerald-50"],
    ["amber-800", "amber-50"],
    ["amber-900", "amber-50"],
    ["orange-800", "orange-50"],
    ["sky-800", "sky-50"],
  ];
  it.each(textPairs)("%s on %s reaches 4.5:1", (text, background) => {
    expect(contrast(darkColour(text), darkColour(background))).toBeGreaterThanOrEqual(4.5);
  });

  it("shows the focus ring at 3:1 against the page and the cards", () => {
    expect(contrast(darkColour("brand-500"), darkColour("slate-50"))).toBeGreaterThanOrEqual(3);
    expect(contrast(darkColour("brand-500"), darkColour("surface"))).toBeGreaterThanOrEqual(3);
    expect(contrast(underWhiteText.get("--color-brand-500")!, darkColour("slate-50"))).toBeGreaterThanOrEqual(3);
  });

  it("keeps white text on deep fills: buttons, the logo and tooltips", () => {
    for (const fill of ["brand-600", "brand-700", "red-600", "red-700", "slate-900"]) {
      const value = underWhiteText.get(`--color-${fill}`);
      expect(value, fill).toBeDefined();
      expect(contrast(WHITE, value!), fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("makes the page darker than its text", () => {
    expect(luminance(darkColour("slate-50"))).toBeLessThan(0.05);
    expect(luminance(darkColour("surface"))).toBeLessThan(0.05);
  });
});
