import type { Cadence, KpiVisibility, PrismaClient } from "@tally/db";
import type { Actor, IntegrationActor, OrgActor } from "../../src/services/actor";
import { loadSessionActor } from "../../src/services/memberships";
import type { ImportInput } from "../../src/services/imports";
import type { Member, OrgWorld } from "./world";

/** "Today" of the import tests: 18 March 2026 in the organization's time zone (UTC). */
export const IMPORT_NOW = new Date("2026-03-18T12:00:00Z");

export interface ImportKpiSpec {
  name: string;
  code?: string | null;
  cadence?: Cadence;
  start?: string;
  end?: string | null;
  owner?: Member;
  teamId?: string | null;
  archived?: boolean;
  formula?: string | null;
  visibility?: KpiVisibility;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A KPI for import tests, written straight to the database: monthly from 2025-01-01, target 100, unless told. */
export async function createImportKpi(db: PrismaClient, world: OrgWorld, spec: ImportKpiSpec): Promise<string> {
  const orgId = world.org.id;
  const archived = spec.archived ?? false;
  const code = spec.code ?? null;
  const kpi = await db.kpi.create({
    data: {
      orgId,
      name: spec.name,
      activeName: archived ? null : spec.name.toLowerCase(),
      code,
      activeCode: archived ? null : code,
      description: "A KPI of the import tests.",
      category: "operational",
      unit: "number",
      decimals: 2,
      direction: "increase",
      cadence: spec.cadence ?? "monthly",
      startDate: day(spec.start ?? "2025-01-01"),
      endDate: spec.end ? day(spec.end) : null,
      ownerMembershipId: (spec.owner ?? world.members.admin).membershipId,
      visibility: spec.visibility ?? "organization",
      formula: spec.formula ?? null,
      archivedAt: archived ? new Date() : null,
    },
    select: { id: true },
  });
  await db.kpiTarget.create({ data: { orgId, kpiId: kpi.id, effectiveFrom: day(spec.start ?? "2025-01-01"), target: "100", warning: "80" } });
  if (spec.teamId) await db.kpiTeam.create({ data: { orgId, kpiId: kpi.id, teamId: spec.teamId } });
  return kpi.id;
}

export async function memberActor(db: PrismaClient, world: OrgWorld, member: Member): Promise<OrgActor> {
  const loaded = await loadSessionActor(db, member.sessionId, world.org.slug);
  if (!loaded?.actor) throw new Error("The member has no actor in this organization.");
  return loaded.actor;
}

/** An API key of the organization, created by its admin, as the REST layer would turn it into an actor. */
export async function keyActor(db: PrismaClient, world: OrgWorld, scope: "read" | "read_write", teamId: string | null = null): Promise<IntegrationActor> {
  const admin = await memberActor(db, world, world.members.admin);
  const key = await db.apiKey.create({
    data: { orgId: world.org.id, name: `${scope} key`, prefix: "tly_test", secretHash: `hash-${Math.random()}`, scope, teamId, createdByMembershipId: admin.membershipId },
    select: { id: true, name: true },
  });
  const { kind: _kind, locale: _locale, userId: _userId, userName: _userName, userEmail: _userEmail, role: _role, ...settings } = admin;
  return { ...settings, kind: "integration", apiKeyId: key.id, apiKeyName: key.name, scope, teamId };
}

/** Bytes in small chunks, so every file in the tests is read the way an upload streams in. */
export async function* chunked(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

export function csvInput(text: string, overrides: Partial<ImportInput> = {}): ImportInput {
  return { body: chunked(new TextEncoder().encode(text)), fileName: "values.csv", contentType: "text/csv", ...overrides };
}

export function bytesInput(bytes: Uint8Array, overrides: Partial<ImportInput> = {}): ImportInput {
  return { body: chunked(bytes, 4096), fileName: "values.csv", contentType: "text/csv", ...overrides };
}

export type { Actor };
