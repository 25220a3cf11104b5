import { describe, expect, it } from "vitest";
import type { Prisma } from "@tally/db";
import { addDays } from "@tally/domain";
import { loadSessionActor } from "../src/services/memberships";
import { afterValuesChanged } from "../src/services/kpi/values-changed";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld } from "./support/world";

const db = useTestDatabase();
const START = "2019-01-01";

/** The transaction, counting every statement sent through it. */
function counted(tx: Prisma.TransactionClient) {
  let statements = 0;
  const wrap = <F extends (...args: never[]) => unknown>(target: object, fn: F) =>
    ((...args: Parameters<F>) => {
      statements += 1;
      return fn.apply(target, args);
    }) as F;
  const proxy = new Proxy(tx, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      if (typeof value === "function") return wrap(target, value as (...args: never[]) => unknown);
      if (value && typeof value === "object" && typeof property === "string" && !property.startsWith("$")) {
        return new Proxy(value, {
          get(model, method) {
            const fn = Reflect.get(model, method) as unknown;
            return typeof fn === "function" ? wrap(model, fn as (...args: never[]) => unknown) : fn;
          },
        });
      }
      return value;
    },
  });
  return { tx: proxy, statements: () => statements };
}

/** A daily REVENUE and HEADCOUNT, PER_HEAD = REVENUE / HEADCOUNT and DOUBLE = PER_HEAD * 2, with `days` of inputs. */
async function dailyWorld(days: number) {
  const world = await createOrgWorld(db(), "recompute");
  const admin = callerFor(db(), world.members.admin.sessionId);
  const create = async (name: string, code: string, formula: string | null = null) =>
    (
      await admin.kpi.create({
        orgSlug: world.org.slug,
        ...kpiDefinition({ name, code, formula, cadence: "daily", startDate: START, targets: [{ effectiveFrom: START, target: "10", warning: "5" }], ownerMembershipId: world.members.admin.membershipId }),
      } as never)
    ).id;
  const revenue = await create("Revenue", "REVENUE");
  const headcount = await create("Headcount", "HEADCOUNT");
  const perHead = await create("Revenue per head", "PER_HEAD", "REVENUE / HEADCOUNT");
  const double = await create("Double per head", "DOUBLE", "PER_HEAD * 2");
  const periods = Array.from({ length: days }, (_, index) => addDays(START, index));
  // Values as an import would write them: in bulk, before the step that follows every change.
  await db().checkIn.createMany({
    data: periods.flatMap((period, index) => [
      { orgId: world.org.id, kpiId: revenue, periodStart: new Date(`${period}T00:00:00Z`), value: String(100 + index), recordedByMembershipId: world.members.admin.membershipId },
      { orgId: world.org.id, kpiId: headcount, periodStart: new Date(`${period}T00:00:00Z`), value: String(1 + (index % 4)), recordedByMembershipId: world.members.admin.membershipId },
    ]),
  });
  const { actor } = (await loadSessionActor(db(), world.members.admin.sessionId, world.org.slug))!;
  const changes = periods.flatMap((periodStart) => [
    { kpiId: revenue, periodStart },
    { kpiId: headcount, periodStart },
  ]);
  const { statements } = await db().$transaction(
    async (tx) => {
      const counting = counted(tx);
      await afterValuesChanged(counting.tx, actor!, changes);
      return { statements: counting.statements() };
    },
    { timeout: 60_000 },
  );
  return { perHead, double, statements };
}

describe("recomputing calculated KPIs after many values changed", () => {
  it("sends the same few statements for 20 periods as for 2,000, and computes every one", { timeout: 120_000 }, async () => {
    const small = await dailyWorld(20);
    const large = await dailyWorld(2_000);
    expect(large.statements).toBe(small.statements);
    // Two levels (read, insert) plus the lookups and the latest-value refresh of the four KPIs.
    expect(large.statements).toBeLessThan(30);
    expect(await db().checkIn.count({ where: { kpiId: large.perHead, source: "formula" } })).toBe(2_000);
    expect(await db().checkIn.count({ where: { kpiId: large.double, source: "formula" } })).toBe(2_000);
    const last = await db().checkIn.findFirstOrThrow({ where: { kpiId: large.double }, orderBy: { periodStart: "desc" } });
    // Day 1999: revenue 2099, headcount 1 + (1999 % 4) = 4 → 524.75 per head, doubled.
    expect(last.value.toString()).toBe("1049.5");
  });
});
