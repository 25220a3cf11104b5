import { trpcMutation, type CookieJar } from "./client";
import type { TwinContext } from "./context";

/** The first day of the month `monthsBack` months before this one (UTC), as YYYY-MM-DD. */
export function monthStart(monthsBack: number, now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1)).toISOString().slice(0, 10);
}

export async function membershipIdOf(context: TwinContext, email: string): Promise<string> {
  const { rows } = await context.sql.query<{ id: string }>(
    `SELECT m."id" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" JOIN "Organization" o ON o."id" = m."orgId" WHERE u."email" = $1 AND o."slug" = $2`,
    [email, context.orgSlug],
  );
  if (!rows[0]) throw new Error(`No membership of ${email} in /${context.orgSlug}.`);
  return rows[0].id;
}

/** A monthly KPI with no values, created through the balancer as a person would (kpi.create). */
export async function createMonthlyKpi(context: TwinContext, jar: CookieJar, { name, ownerEmail, monthsBack }: { name: string; ownerEmail: string; monthsBack: number }): Promise<string> {
  const startDate = monthStart(monthsBack);
  const created = await trpcMutation<{ id: string }>(context.balancer.url, jar, "kpi.create", {
    orgSlug: context.orgSlug,
    name,
    category: "financial",
    unit: "number",
    direction: "increase",
    targets: [{ effectiveFrom: startDate, target: "100" }],
    cadence: "monthly",
    startDate,
    ownerMembershipId: await membershipIdOf(context, ownerEmail),
  });
  if (created.status !== 200 || !created.data) throw new Error(`kpi.create "${name}" answered ${created.status}.`);
  return created.data.id;
}

/** A new API key of the demo organization; its secret. */
export async function createApiKey(context: TwinContext, jar: CookieJar, name: string, scope: "read" | "read_write"): Promise<string> {
  const created = await trpcMutation<{ secret: string }>(context.balancer.url, jar, "apiKey.create", { orgSlug: context.orgSlug, name, scope });
  if (created.status !== 200 || !created.data) throw new Error(`apiKey.create "${name}" answered ${created.status}.`);
  return created.data.secret;
}
