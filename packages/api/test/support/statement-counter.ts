import type { PrismaClient } from "@tally/db";

/**
 * The client, counting every statement a service sends through it: each model method call and each raw query.
 * A service that queries once per KPI shows it here as a count that grows with the KPIs.
 */
export function countingClient(db: PrismaClient): { client: PrismaClient; statements: () => number } {
  let statements = 0;
  const wrap = (target: object, fn: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      statements += 1;
      return fn.apply(target, args);
    };
  const client = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (typeof value === "function") return wrap(target, value as (...args: unknown[]) => unknown);
      if (value && typeof value === "object" && typeof property === "string" && !property.startsWith("$") && !property.startsWith("_")) {
        return new Proxy(value, {
          get(model, method) {
            const fn = Reflect.get(model, method) as unknown;
            return typeof fn === "function" ? wrap(model, fn as (...args: unknown[]) => unknown) : fn;
          },
        });
      }
      return value;
    },
  });
  return { client, statements: () => statements };
}
