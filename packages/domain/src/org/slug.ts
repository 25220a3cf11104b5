import { z } from "zod";
import { RESERVED_SLUGS } from "./reserved-slugs";

export const SLUG_MIN = 3;
export const SLUG_MAX = 48;

export const slugSchema = z.string().superRefine((slug, ctx) => {
  const problem = slugProblem(slug);
  if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
});

// One message at a time, the most basic first, so the person fixes one thing and is not buried.
function slugProblem(slug: string): string | null {
  if (slug.length < SLUG_MIN) return `Use at least ${SLUG_MIN} characters.`;
  if (slug.length > SLUG_MAX) return `Use at most ${SLUG_MAX} characters.`;
  if (!/^[a-z0-9-]+$/.test(slug)) return "Use only lowercase letters a–z, digits and hyphens.";
  if (slug.startsWith("-") || slug.endsWith("-")) return "Start and end with a letter or a digit.";
  if (slug.includes("--")) return "Use single hyphens between words.";
  if (RESERVED_SLUGS.has(slug)) return "This address is reserved for Tally itself. Choose another one.";
  return null;
}

// Latin letters that NFKD leaves whole, so stripping diacritics alone would drop them.
const UNDECOMPOSABLE_LETTERS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
  ħ: "h",
};

/** A slug proposed from an organization's name; "" when the name has nothing usable. */
export function suggestSlug(name: string): string {
  const latin = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðþłıħ]/g, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter);
  const hyphenated = latin.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return cutToMaxLength(hyphenated);
}

function cutToMaxLength(slug: string): string {
  if (slug.length <= SLUG_MAX) return slug;
  // Looking one character past the limit finds a word that ends exactly at it.
  const lastHyphen = slug.slice(0, SLUG_MAX + 1).lastIndexOf("-");
  // A boundary so early would throw most of the name away; a hard cut keeps more of it.
  return lastHyphen >= SLUG_MIN ? slug.slice(0, lastHyphen) : slug.slice(0, SLUG_MAX);
}
