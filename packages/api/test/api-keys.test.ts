import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticateApiKey, LAST_USED_RESOLUTION_MS } from "../src/services/api-keys/authenticate";
import { describeError } from "../src/trpc/error-shape";
import { callerFor } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { createOrgWorld, type OrgWorld } from "./support/world";

const db = useTestDatabase();

function admin(world: OrgWorld) {
  return callerFor(db(), world.members.admin.sessionId);
}

async function refusal(call: Promise<unknown>) {
  const error = await call.then(() => null, (failure: unknown) => failure);
  if (!error) return null;
  const described = describeError(error);
  return { code: described.code, fields: Object.keys(described.fieldErrors ?? {}) };
}

describe("API keys", () => {
  it("answers the secret once and keeps only its SHA-256 and prefix", async () => {
    const world = await createOrgWorld(db(), "keys");
    const created = await admin(world).apiKey.create({ orgSlug: world.org.slug, name: "Warehouse sync", scope: "read_write", teamId: "", expiresOn: "" });
    expect(created.secret).toMatch(/^tly_[A-Za-z0-9_-]{32}$/);
    expect(created.key).toMatchObject({ name: "Warehouse sync", scope: "read_write", team: null, expiresAt: null, state: "active" });
    expect(created.secret.startsWith(created.key.prefix)).toBe(true);
    const row = await db().apiKey.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: created.key.id } } });
    expect(row.secretHash).toBe(createHash("sha256").update(created.secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const listed = await admin(world).apiKey.list({ orgSlug: world.org.slug });
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(JSON.stringify(listed)).not.toContain(row.secretHash);
    expect(listed.find((key) => key.id === created.key.id)).toMatchObject({ prefix: created.key.prefix, createdBy: { membershipId: world.members.admin.membershipId }, lastUsedAt: null });
    const audit = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "api_key.created", targetId: created.key.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
  });

  it("stops an admin's keys when they are deactivated, demoted or leave, audited with the reason, and leaves other admins' keys alone", async () => {
    const world = await createOrgWorld(db(), "keymakers");
    const second = callerFor(db(), world.secondAdmin.sessionId);
    const make = async (caller: ReturnType<typeof admin>, name: string) => (await caller.apiKey.create({ orgSlug: world.org.slug, name, scope: "read" })).secret;
    const kept = await make(admin(world), "Kept");
    const secondKeys = [await make(second, "Feed one"), await make(second, "Feed two")];
    await expect(authenticateApiKey(db(), `Bearer ${secondKeys[0]}`)).resolves.toMatchObject({ orgId: world.org.id });

    await admin(world).member.deactivate({ orgSlug: world.org.slug, membershipId: world.secondAdmin.membershipId });
    for (const secret of secondKeys) await expect(authenticateApiKey(db(), `Bearer ${secret}`)).rejects.toThrow("This API key was revoked. Ask an admin for a new one.");
    await expect(authenticateApiKey(db(), `Bearer ${kept}`)).resolves.toMatchObject({ orgId: world.org.id });
    const audited = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "api_key.revoked" }, select: { after: true } });
    expect(audited).toEqual([{ after: { reason: "maker_deactivated" } }, { after: { reason: "maker_deactivated" } }]);
    // Coming back does not bring the keys back.
    await admin(world).member.reactivate({ orgSlug: world.org.slug, membershipId: world.secondAdmin.membershipId });
    await expect(authenticateApiKey(db(), `Bearer ${secondKeys[0]}`)).rejects.toThrow(/revoked/);

    const beforeDemotion = await make(second, "Before demotion");
    await admin(world).member.changeRole({ orgSlug: world.org.slug, membershipId: world.secondAdmin.membershipId, role: "executive" });
    await expect(authenticateApiKey(db(), `Bearer ${beforeDemotion}`)).rejects.toThrow(/revoked/);

    const leaver = await make(admin(world), "Leaver's");
    await admin(world).member.changeRole({ orgSlug: world.org.slug, membershipId: world.secondAdmin.membershipId, role: "admin" });
    await admin(world).member.leave({ orgSlug: world.org.slug });
    for (const secret of [kept, leaver]) await expect(authenticateApiKey(db(), `Bearer ${secret}`)).rejects.toThrow(/revoked/);
    const reasons = await db().auditEvent.findMany({ where: { orgId: world.org.id, action: "api_key.revoked" }, select: { after: true } });
    // The admin who left also made the world's own key.
    expect(reasons.map((event) => (event.after as { reason: string }).reason).sort()).toEqual(["maker_deactivated", "maker_deactivated", "maker_left", "maker_left", "maker_left", "maker_role_changed"]);
  });

  it("makes a different secret every time", async () => {
    const world = await createOrgWorld(db(), "keys");
    const input = { orgSlug: world.org.slug, name: "Twice", scope: "read" as const };
    const [a, b] = await Promise.all([admin(world).apiKey.create(input), admin(world).apiKey.create(input)]);
    expect(a.secret).not.toBe(b.secret);
  });

  it("limits a key to a team of the organization and names the team in the list", async () => {
    const world = await createOrgWorld(db(), "keys");
    const other = await createOrgWorld(db(), "keys-other");
    const created = await admin(world).apiKey.create({ orgSlug: world.org.slug, name: "Sales feed", scope: "read", teamId: world.teams.department.id });
    expect(created.key.team).toEqual({ id: world.teams.department.id, name: expect.any(String) });
    expect(await refusal(admin(world).apiKey.create({ orgSlug: world.org.slug, name: "Foreign", scope: "read", teamId: other.teams.department.id }))).toEqual({
      code: "BAD_REQUEST",
      fields: ["teamId"],
    });
    expect(await db().apiKey.count({ where: { orgId: world.org.id, name: "Foreign" } })).toBe(0);
  });

  it("expires at the end of the chosen day in the organization's time zone, and refuses a day that is not after today", async () => {
    const world = await createOrgWorld(db(), "keys");
    await db().organization.update({ where: { id: world.org.id }, data: { timeZone: "Europe/Berlin" } });
    const created = await admin(world).apiKey.create({ orgSlug: world.org.slug, name: "Until New Year", scope: "read", expiresOn: "2999-12-31" });
    expect(created.key.expiresAt?.toISOString()).toBe("2999-12-31T23:00:00.000Z");
    expect(created.key.expiresOn).toBe("2999-12-31");
    expect(await refusal(admin(world).apiKey.create({ orgSlug: world.org.slug, name: "Past", scope: "read", expiresOn: "2020-01-01" }))).toEqual({
      code: "BAD_REQUEST",
      fields: ["expiresOn"],
    });
  });

  it("refuses bad names and scopes beside their fields", async () => {
    const world = await createOrgWorld(db(), "keys");
    expect(await refusal(admin(world).apiKey.create({ orgSlug: world.org.slug, name: " ", scope: "read" }))).toEqual({ code: "BAD_REQUEST", fields: ["name"] });
    expect(await refusal(admin(world).apiKey.create({ orgSlug: world.org.slug, name: "Sync", scope: "write" as never }))).toEqual({ code: "BAD_REQUEST", fields: ["scope"] });
  });

  it("revokes a key at once, logs it once, and stops it authenticating", async () => {
    const world = await createOrgWorld(db(), "keys");
    const header = `Bearer ${world.apiKey.secret}`;
    await expect(authenticateApiKey(db(), header)).resolves.toMatchObject({ kind: "integration", apiKeyId: world.apiKey.id, orgId: world.org.id });
    await admin(world).apiKey.revoke({ orgSlug: world.org.slug, apiKeyId: world.apiKey.id });
    await admin(world).apiKey.revoke({ orgSlug: world.org.slug, apiKeyId: world.apiKey.id });
    await expect(authenticateApiKey(db(), header)).rejects.toMatchObject({ kind: "unauthenticated", message: expect.stringMatching(/revoked/) });
    expect(await db().auditEvent.count({ where: { orgId: world.org.id, action: "api_key.revoked" } })).toBe(1);
    const listed = await admin(world).apiKey.list({ orgSlug: world.org.slug });
    expect(listed.find((key) => key.id === world.apiKey.id)?.state).toBe("revoked");
  });

  it("answers NOT_FOUND for another organization's key and leaves it working", async () => {
    const world = await createOrgWorld(db(), "keys");
    const other = await createOrgWorld(db(), "keys-other");
    expect(await refusal(admin(world).apiKey.revoke({ orgSlug: world.org.slug, apiKeyId: other.apiKey.id }))).toEqual({ code: "NOT_FOUND", fields: [] });
    await expect(authenticateApiKey(db(), `Bearer ${other.apiKey.secret}`)).resolves.toMatchObject({ orgId: other.org.id });
    const listed = await admin(world).apiKey.list({ orgSlug: world.org.slug });
    expect(listed.map((key) => key.id)).not.toContain(other.apiKey.id);
  });

  it("notes the last use at most once a minute", async () => {
    const world = await createOrgWorld(db(), "keys");
    const header = `Bearer ${world.apiKey.secret}`;
    const start = new Date("2030-01-01T10:00:00Z");
    await authenticateApiKey(db(), header, start);
    await authenticateApiKey(db(), header, new Date(start.getTime() + 30_000));
    const lastUsed = async () => (await db().apiKey.findUniqueOrThrow({ where: { orgId_id: { orgId: world.org.id, id: world.apiKey.id } } })).lastUsedAt;
    expect(await lastUsed()).toEqual(start);
    const later = new Date(start.getTime() + LAST_USED_RESOLUTION_MS);
    await authenticateApiKey(db(), header, later);
    expect(await lastUsed()).toEqual(later);
  });

  it("refuses a missing header, another scheme, a foreign string and an expired key", async () => {
    const world = await createOrgWorld(db(), "keys");
    await expect(authenticateApiKey(db(), null)).rejects.toMatchObject({ kind: "unauthenticated", message: expect.stringMatching(/Authorization/) });
    await expect(authenticateApiKey(db(), `Basic ${world.apiKey.secret}`)).rejects.toMatchObject({ kind: "unauthenticated" });
    await expect(authenticateApiKey(db(), "Bearer tly_notakey")).rejects.toMatchObject({ kind: "unauthenticated", message: expect.stringMatching(/not valid/) });
    await db().apiKey.update({ where: { orgId_id: { orgId: world.org.id, id: world.apiKey.id } }, data: { expiresAt: new Date("2030-01-01T00:00:00Z") } });
    await expect(authenticateApiKey(db(), `Bearer ${world.apiKey.secret}`, new Date("2029-12-31T23:59:59Z"))).resolves.toMatchObject({ apiKeyId: world.apiKey.id });
    await expect(authenticateApiKey(db(), `Bearer ${world.apiKey.secret}`, new Date("2030-01-01T00:00:00Z"))).rejects.toMatchObject({ message: expect.stringMatching(/expired/) });
  });
});
