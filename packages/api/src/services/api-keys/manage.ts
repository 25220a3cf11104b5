import type { PrismaClient } from "@tally/db";
import { apiKeyEndDay, apiKeyExpiryProblem, startOfDayIn, todayIn, type CreateApiKeyInput } from "@tally/domain";
import { recordAudit } from "../audit";
import type { OrgActor } from "../actor";
import { fieldError, notFound } from "../errors";
import { newApiKeySecret } from "./secret";

/** The newest keys an organization keeps on its list; revoked ones stay listed so their use can be traced. */
const LISTED_KEYS = 500;

export type ApiKeyState = "active" | "expired" | "revoked";

const keySelect = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  teamId: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdBy: { select: { id: true, user: { select: { name: true } } } },
} as const;

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  scope: "read" | "read_write";
  teamId: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdBy: { id: string; user: { name: string } };
}

function present(row: KeyRow, teams: Map<string, string>, timeZone: string, now: Date) {
  const state: ApiKeyState = row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active";
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    // A key whose team was deleted reaches nothing; the list says so rather than hiding the limit.
    team: row.teamId ? { id: row.teamId, name: teams.get(row.teamId) ?? null } : null,
    createdBy: { membershipId: row.createdBy.id, name: row.createdBy.user.name },
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
    /** The last day the key works, in the organization's calendar. */
    expiresOn: row.expiresAt ? todayIn(timeZone, new Date(row.expiresAt.getTime() - 1)) : null,
    revokedAt: row.revokedAt,
    state,
  };
}

async function teamNames(db: Pick<PrismaClient, "team">, orgId: string, rows: { teamId: string | null }[]) {
  const ids = [...new Set(rows.map((row) => row.teamId).filter((id): id is string => id !== null))];
  if (!ids.length) return new Map<string, string>();
  const teams = await db.team.findMany({ where: { orgId, id: { in: ids } }, select: { id: true, name: true } });
  return new Map(teams.map((team) => [team.id, team.name]));
}

export async function listApiKeys(db: PrismaClient, actor: OrgActor, now: Date = new Date()) {
  const rows = await db.apiKey.findMany({
    where: { orgId: actor.orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LISTED_KEYS,
    select: keySelect,
  });
  const teams = await teamNames(db, actor.orgId, rows);
  return rows.map((row) => present(row, teams, actor.timeZone, now));
}

/**
 * Makes a key and answers its secret, the only time anyone sees it: the database keeps its SHA-256 alone.
 * A key works until the end of its last day in the organization's time zone.
 */
export async function createApiKey(db: PrismaClient, actor: OrgActor, input: CreateApiKeyInput, now: Date = new Date()) {
  const { orgId } = actor;
  if (input.expiresOn) {
    const problem = apiKeyExpiryProblem(input.expiresOn, todayIn(actor.timeZone, now));
    if (problem) throw fieldError("expiresOn", problem);
  }
  const expiresAt = input.expiresOn ? startOfDayIn(actor.timeZone, apiKeyEndDay(input.expiresOn)) : null;
  const { secret, prefix, secretHash } = newApiKeySecret();
  const created = await db.$transaction(async (tx) => {
    if (input.teamId) {
      const team = await tx.team.findUnique({ where: { orgId_id: { orgId, id: input.teamId } }, select: { id: true } });
      if (!team) throw fieldError("teamId", "This team no longer exists. Choose another, or none.");
    }
    const row = await tx.apiKey.create({
      data: { orgId, name: input.name, prefix, secretHash, scope: input.scope, teamId: input.teamId, expiresAt, createdByMembershipId: actor.membershipId },
      select: keySelect,
    });
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      action: "api_key.created",
      targetType: "api_key",
      targetId: row.id,
      after: { name: row.name, prefix, scope: row.scope, teamId: row.teamId, expiresOn: input.expiresOn },
    });
    return row;
  });
  const teams = await teamNames(db, orgId, [created]);
  return { key: present(created, teams, actor.timeZone, now), secret };
}

/** Stops a key at once; revoking a revoked key changes nothing. */
export async function revokeApiKey(db: PrismaClient, actor: OrgActor, apiKeyId: string, now: Date = new Date()) {
  const { orgId } = actor;
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { orgId_id: { orgId, id: apiKeyId } }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!key) throw notFound("This API key");
    if (key.revokedAt) return { id: key.id, name: key.name, revokedAt: key.revokedAt };
    const { count } = await tx.apiKey.updateMany({ where: { orgId, id: key.id, revokedAt: null }, data: { revokedAt: now } });
    if (count === 1) {
      await recordAudit(tx, {
        orgId,
        actorUserId: actor.userId,
        action: "api_key.revoked",
        targetType: "api_key",
        targetId: key.id,
        before: { name: key.name, prefix: key.prefix },
      });
    }
    return { id: key.id, name: key.name, revokedAt: now };
  });
}
