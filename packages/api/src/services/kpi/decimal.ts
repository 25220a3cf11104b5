import type { Prisma } from "@tally/db";

/** Decimals leave the server as strings: exact, and plain data for every client. */
export function decimalText(value: Prisma.Decimal | null | undefined): string | null {
  return value === null || value === undefined ? null : value.toString();
}

export function decimalNumber(value: Prisma.Decimal | null | undefined): number | null {
  return value === null || value === undefined ? null : value.toNumber();
}

/** Calendar dates are stored as DATE and travel as "YYYY-MM-DD". */
export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function isoDateOrNull(value: Date | null | undefined): string | null {
  return value ? isoDate(value) : null;
}

export function dateFromIso(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}
