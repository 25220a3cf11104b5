import type { PrismaClient } from "@tally/db";
import type { CreateOrganizationInput, OrgSettingsInput } from "@tally/domain";
import type { OrgActor } from "./actor";
import { fieldError, notFound } from "./errors";
import { recordAudit } from "./audit";
import { isUniqueViolation } from "./unique-violation";

export function slugTakenError() {
  return fieldError("orgSlug", "This address is already taken. Try another one.", "conflict");
}

export async function isSlugFree(db: PrismaClient, slug: string): Promise<boolean> {
  const existing = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  return !existing;
}

export async function assertSlugFree(db: PrismaClient, slug: string): Promise<void> {
  if (!(await isSlugFree(db, slug))) throw slugTakenError();
}

const organizationSummary = { id: true, name: true, slug: true } as const;

export async function listOrganizationsOf(db: PrismaClient, userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId, status: "active" },
    select: { role: true, org: { select: organizationSummary } },
    orderBy: { org: { name: "asc" } },
  });
  return memberships.map((m) => ({ ...m.org, role: m.role }));
}

/** A signed-in user starts another organization and becomes its first admin. */
export async function createOrganization(db: PrismaClient, userId: string, input: CreateOrganizationInput) {
  await assertSlugFree(db, input.orgSlug);
  try {
    return await db.$transaction(async (tx) => {
      const org = await tx.organization.create({ data: { name: input.orgName, slug: input.orgSlug }, select: organizationSummary });
      await tx.membership.create({ data: { orgId: org.id, userId, role: "admin" } });
      await recordAudit(tx, {
        orgId: org.id,
        actorUserId: userId,
        action: "organization.created",
        targetType: "organization",
        targetId: org.id,
        after: { name: org.name, slug: org.slug },
      });
      return org;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTakenError();
    throw error;
  }
}

const organizationDetails = {
  id: true,
  name: true,
  slug: true,
  currency: true,
  locale: true,
  timeZone: true,
  weekStart: true,
  escalateToLeadsAfterDays: true,
  escalateToAdminsAfterDays: true,
  createdAt: true,
} as const;

export async function getOrganization(db: PrismaClient, actor: OrgActor) {
  const org = await db.organization.findUnique({ where: { id: actor.orgId }, select: organizationDetails });
  if (!org) throw notFound("This organization");
  return org;
}

const SETTINGS = ["name", "currency", "locale", "timeZone", "weekStart", "escalateToLeadsAfterDays", "escalateToAdminsAfterDays"] as const;
type Setting = (typeof SETTINGS)[number];

/**
 * Changes what the admin sent; the audit entry names only the settings that changed, before and after. Weeks
 * keep their start while a weekly KPI has values: those values are stored under the old week's first day.
 */
export async function updateOrganizationSettings(db: PrismaClient, actor: OrgActor, input: OrgSettingsInput) {
  const { orgId, userId: actorUserId } = actor;
  return db.$transaction(async (tx) => {
    const current = await tx.organization.findUnique({
      where: { id: orgId },
      select: { name: true, currency: true, locale: true, timeZone: true, weekStart: true, escalateToLeadsAfterDays: true, escalateToAdminsAfterDays: true },
    });
    if (!current) throw notFound("This organization");
    const changed = SETTINGS.filter((key) => input[key] !== undefined && input[key] !== current[key]);
    if (changed.includes("weekStart")) {
      const weeklyValue = await tx.checkIn.findFirst({ where: { orgId, kpi: { cadence: "weekly" } }, select: { id: true } });
      if (weeklyValue) {
        throw fieldError("weekStart", "Weekly KPIs already have values stored by week, so the week start cannot change any more.");
      }
    }
    const pick = (source: Partial<Record<Setting, string | number>>) => Object.fromEntries(changed.map((key) => [key, source[key] ?? null]));
    const after = await tx.organization.update({ where: { id: orgId }, data: pick(input), select: organizationDetails });
    if (changed.length) {
      await recordAudit(tx, {
        orgId,
        actorUserId,
        action: "organization.settings_updated",
        targetType: "organization",
        targetId: orgId,
        before: pick(current),
        after: pick(after),
      });
    }
    return after;
  });
}
