import { beforeAll, describe, expect, it } from "vitest";
import type { DecimalSeparator } from "@tally/domain";
import { handleCheckInExport } from "../src/http/exports";
import type { OrgActor } from "../src/services/actor";
import { runImport } from "../src/services/imports";
import { loadSessionActor } from "../src/services/memberships";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { readBody } from "./support/export-files";
import { kpiDefinition } from "./support/kpi-world";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

/** Comments that an export escapes, and some that it must leave alone. */
const COMMENTS = ["=SUM(A1:A9)", "@channel", "-2 on last month", "+3 new customers", 'Plain, with "quotes"', "Two\nlines", "'quoted' at the start", ""];
/** Values of every shape: negative, long decimals, more digits than a spreadsheet keeps, zero. */
const VALUES = ["-5", "110.25", "0", "1.234", "0.000001", "123456789012.123456", "-99999.5", "42"];

async function exported(world: OrgWorld, format: "csv" | "xlsx"): Promise<Uint8Array> {
  const response = await handleCheckInExport(
    { request: new Request(`http://tally.test/api/orgs/${world.org.slug}/exports/check-ins?format=${format}`), orgSlug: world.org.slug, sessionId: world.members.admin.sessionId },
    { db: db() },
  );
  expect(response.status).toBe(200);
  return (await readBody(response)).bytes;
}

async function adminOf(world: OrgWorld): Promise<OrgActor> {
  const loaded = await loadSessionActor(db(), world.members.admin.sessionId, world.org.slug);
  if (!loaded?.actor) throw new Error("No actor.");
  return loaded.actor;
}

async function reimport(world: OrgWorld, bytes: Uint8Array, fileName: string, decimalSeparator?: DecimalSeparator) {
  return runImport(db(), await adminOf(world), { body: new Blob([Buffer.from(bytes)]).stream(), fileName, ...(decimalSeparator ? { decimalSeparator } : {}) }, { dryRun: true });
}

async function worldWithValues(label: string, locale: string): Promise<OrgWorld> {
  const world = await createOrgWorld(db(), label);
  await db().organization.update({ where: { id: world.org.id }, data: { locale } });
  const admin = callerFor(db(), world.members.admin.sessionId);
  const coded = await admin.kpi.create({ orgSlug: world.org.slug, ...kpiDefinition({ name: "=Booked revenue", code: "BOOK", ownerMembershipId: world.members.admin.membershipId }) } as never);
  // A calculated KPI's values are exported too; imported back unchanged they are not refused.
  await admin.kpi.create({ orgSlug: world.org.slug, ...kpiDefinition({ name: "Twice booked", code: "TWICE", formula: "BOOK * 2", ownerMembershipId: world.members.admin.membershipId }) } as never);
  const months = VALUES.map((_, index) => `2025-${String(index + 1).padStart(2, "0")}-01`);
  await admin.checkIn.recordMany({
    orgSlug: world.org.slug,
    entries: [
      ...VALUES.map((value, index) => ({ kpiId: coded.id, date: months[index]!, value, comment: COMMENTS[index] ?? "" })),
      // A KPI without a code is exported, and found again, by its id.
      ...VALUES.slice(0, 3).map((value, index) => ({ kpiId: world.kpis.ownedBy.viewer, date: months[index]!, value, comment: COMMENTS[index] ?? "" })),
    ],
  });
  return world;
}

/** Every value recorded, those of the calculated KPI, and three of the KPI without a code. */
const ROWS = VALUES.length * 2 + 3;

describe("an export imports back unchanged", () => {
  let english: OrgWorld;
  let german: OrgWorld;
  beforeAll(async () => {
    [english, german] = await Promise.all([worldWithValues("roundtripen", "en-US"), worldWithValues("roundtripde", "de-DE")]);
  });

  it.each(["csv", "xlsx"] as const)("every row of a %s export is unchanged in the import's dry run", async (format) => {
    const result = await reimport(english, await exported(english, format), `values.${format}`);
    expect(result.rows.filter((row) => row.outcome !== "unchanged")).toEqual([]);
    expect(result.counts).toMatchObject({ rows: ROWS, unchanged: ROWS, error: 0 });
    expect(result.rows.map((row) => row.comment)).toEqual(expect.arrayContaining(COMMENTS));
  });

  it("a workbook needs no decimal mark: an organization writing decimals with a comma reads it back unchanged", async () => {
    const result = await reimport(german, await exported(german, "xlsx"), "values.xlsx");
    expect(result.counts).toMatchObject({ unchanged: ROWS, error: 0 });
  });

  it("a CSV export writes decimals with a point, so such an organization imports it with the point chosen", async () => {
    const result = await reimport(german, await exported(german, "csv"), "values.csv", ".");
    expect(result.counts).toMatchObject({ unchanged: ROWS, error: 0 });
  });
});
