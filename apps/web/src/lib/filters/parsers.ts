import { createParser } from "nuqs/server";
import type { z } from "zod";

/**
 * Address-bar parameters read through the fields of the domain's list schemas, so the page, the filter bar and
 * the API agree on what a valid filter is. One rule for every filter: a value its field refuses is dropped, as
 * if it were absent, and the page still renders (a stale bookmark or a hand-edited address is not an error).
 *
 * Imported from "nuqs/server" because the same parsers run in the server page and in the browser.
 */
export function parseAsField<T>(field: z.ZodType<T>, encode: (value: NonNullable<T>) => string = String) {
  return createParser<NonNullable<T>>({
    parse: (raw) => fieldValue(field, raw),
    serialize: encode,
  });
}

/** A page number: digits in the address, a bounded integer for the schema. */
export function parseAsPageField(field: z.ZodType<number>) {
  return createParser<number>({
    parse: (raw) => (/^\d{1,9}$/.test(raw) ? fieldValue(field, Number(raw)) : null),
    serialize: String,
  });
}

/** A yes/no filter written as `1` when on and left out of the address when off. */
export function parseAsFlagField(field: z.ZodType<boolean>) {
  return createParser<boolean>({
    parse: (raw) => (raw === "1" ? fieldValue(field, true) : null),
    serialize: (on) => (on ? "1" : "0"),
  });
}

function fieldValue<T>(field: z.ZodType<T>, raw: unknown): NonNullable<T> | null {
  if (raw === "") return null;
  const result = field.safeParse(raw);
  return result.success && result.data !== undefined && result.data !== null ? (result.data as NonNullable<T>) : null;
}

/** The parsed values as list-procedure input: a filter that is absent (null) becomes undefined. */
export function withoutNulls<T extends Record<string, unknown>>(values: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value ?? undefined])) as WithoutNulls<T>;
}

type WithoutNulls<T> = { [K in keyof T]: null extends T[K] ? Exclude<T[K], null> | undefined : T[K] };
