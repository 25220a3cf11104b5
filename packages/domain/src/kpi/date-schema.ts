import { z } from "zod";
import { isIsoDate, toYearMonthDay } from "./calendar";

const NOT_A_DATE = "Enter a date like 2026-03-12.";
// A year outside this window is a typo (0226 for 2026), and would make a daily KPI span thousands of years.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

function problemOf(text: string): string | null {
  if (!isIsoDate(text)) return NOT_A_DATE;
  const { year } = toYearMonthDay(text);
  return year < FIRST_YEAR || year > LAST_YEAR ? `Use a date between ${FIRST_YEAR} and ${LAST_YEAR}.` : null;
}

/** A calendar date as "YYYY-MM-DD"; only dates that exist. */
export const isoDateSchema = z
  .string({ error: NOT_A_DATE })
  .max(40, { message: NOT_A_DATE, abort: true })
  .trim()
  .superRefine((text, context) => {
    const problem = problemOf(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/** For dates a form may leave blank: "", null or a missing key all mean "no date" (null). */
export const optionalIsoDateSchema = z
  .string({ error: NOT_A_DATE })
  .max(40, { message: NOT_A_DATE, abort: true })
  .trim()
  .superRefine((text, context) => {
    const problem = text === "" ? null : problemOf(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .transform((text) => (text === "" ? null : text))
  .nullish()
  .transform((value) => value ?? null);
