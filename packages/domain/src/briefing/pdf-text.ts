import { fileNamePart } from "../exports/file-name";

/**
 * Text as the PDF's built-in fonts can draw it. Those fonts cover Latin-1 and a few more signs, and drop any
 * other character without a trace; locales write numbers with a narrow or thin no-break space (fr-FR) or a real
 * minus sign (sv-SE), which are mapped to their nearest drawable sign so that "1 250,5 €" keeps its gap.
 */
export function pdfText(text: string): string {
  return text.replace(/[\u202f\u2009\u2007]/g, "\u00a0").replace(/\u2212/g, "-").replace(/[\u2012\u2015]/g, "–");
}

/** The file name of a briefing: the organization, "briefing", what it covers and the day, e.g. acme-briefing-sales-2026-12-01.pdf. */
export function briefingFileName(orgSlug: string, subject: string | null, day: string): string {
  return `${fileNamePart(orgSlug)}-briefing${subject ? `-${fileNamePart(subject)}` : ""}-${day}.pdf`;
}
