import { describe, expect, it } from "vitest";
import { verifyCredentials } from "../src/services/accounts";
import { callerFor, outcomeOf } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { lastMailTo, tokenOf } from "./support/outbox";
import { createOrgWorld, createUserWithSession, TEST_PASSWORD } from "./support/world";

const db = useTestDatabase();

describe("password reset", () => {
  it("answers the same for known and unknown addresses, and mails only the known one", async () => {
    const user = await createUserWithSession(db(), "forgetful");
    const anonymous = callerFor(db(), null, "203.0.113.40");
    expect(await anonymous.auth.requestPasswordReset({ email: user.email })).toEqual({ sent: true });
    expect(await anonymous.auth.requestPasswordReset({ email: "ghost@nowhere.test" })).toEqual({ sent: true });
    expect(await db().mailOutbox.count({ where: { to: "ghost@nowhere.test" } })).toBe(0);
    const mail = await lastMailTo(db(), user.email);
    expect(mail.link).toMatch(/^http:\/\/tally\.test\/reset-password\/[A-Za-z0-9_-]{43}$/);
  });

  it("resets once with the mailed link, ends every session, and the link then says it was used", async () => {
    const user = await createUserWithSession(db(), "resetter");
    const second = await db().session.create({ data: { id: `second-${user.userId}`, userId: user.userId, expiresAt: new Date(Date.now() + 3600_000) } });
    const anonymous = callerFor(db(), null, "203.0.113.41");
    await anonymous.auth.requestPasswordReset({ email: user.email });
    const token = tokenOf((await lastMailTo(db(), user.email)).link);

    expect(await anonymous.auth.passwordResetLink({ token })).toEqual({ state: "valid" });
    await anonymous.auth.resetPassword({ token, password: "a brand new passphrase" });
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(0);
    expect(await outcomeOf(callerFor(db(), second.id).account.me())).toBe("UNAUTHORIZED");
    expect(await verifyCredentials(db(), { email: user.email, password: "a brand new passphrase" }, "203.0.113.41")).not.toBeNull();
    expect(await verifyCredentials(db(), { email: user.email, password: TEST_PASSWORD }, "203.0.113.41")).toBeNull();

    expect(await anonymous.auth.passwordResetLink({ token })).toEqual({ state: "used" });
    const again = await anonymous.auth.resetPassword({ token, password: "yet another passphrase" }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("already been used") });
  });

  it("refuses an expired link and a weak new password", async () => {
    const user = await createUserWithSession(db(), "slowpoke");
    const anonymous = callerFor(db(), null, "203.0.113.42");
    await anonymous.auth.requestPasswordReset({ email: user.email });
    const token = tokenOf((await lastMailTo(db(), user.email)).link);
    expect(await outcomeOf(anonymous.auth.resetPassword({ token, password: "short" }))).toBe("BAD_REQUEST");
    await db().passwordResetToken.updateMany({ where: { userId: user.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await anonymous.auth.passwordResetLink({ token })).toEqual({ state: "expired" });
    const expired = await anonymous.auth.resetPassword({ token, password: "a fine new passphrase" }).catch((e: unknown) => e);
    expect(expired).toMatchObject({ message: expect.stringContaining("expired") });
  });

  it("stores only the hash of the token and expires it after 30 minutes", async () => {
    const user = await createUserWithSession(db(), "hashcheck");
    await callerFor(db(), null, "203.0.113.43").auth.requestPasswordReset({ email: user.email });
    const token = tokenOf((await lastMailTo(db(), user.email)).link);
    const row = await db().passwordResetToken.findFirstOrThrow({ where: { userId: user.userId } });
    expect(row.tokenHash).not.toBe(token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(30 * 60 * 1000, -3);
  });
});

describe("account", () => {
  it("changes the password with the current one and ends every other session", async () => {
    const user = await createUserWithSession(db(), "changer");
    const other = await db().session.create({ data: { id: `other-${user.userId}`, userId: user.userId, expiresAt: new Date(Date.now() + 3600_000) } });
    const caller = callerFor(db(), user.sessionId);
    const wrong = await caller.account.changePassword({ currentPassword: "not it at all", newPassword: "another passphrase" }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: "BAD_REQUEST" });
    await caller.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "another passphrase" });
    expect(await outcomeOf(callerFor(db(), other.id).account.me())).toBe("UNAUTHORIZED");
    expect(await caller.account.me()).toMatchObject({ id: user.userId });
  });

  it("changes the name, and refuses an empty one", async () => {
    const user = await createUserWithSession(db(), "renamer");
    const caller = callerFor(db(), user.sessionId);
    expect(await caller.account.updateProfile({ name: "  Rena Mer " })).toMatchObject({ name: "Rena Mer" });
    expect(await outcomeOf(caller.account.updateProfile({ name: "   " }))).toBe("BAD_REQUEST");
  });
});

describe("security log", () => {
  it("keeps sign-ins and failed sign-ins in the person's own log, not in their organizations' audit logs", async () => {
    const world = await createOrgWorld(db(), "signins");
    const manager = world.members.manager;
    await verifyCredentials(db(), { email: manager.email, password: "wrong guess here" }, "203.0.113.50", "Firefox on Linux");
    await verifyCredentials(db(), { email: manager.email, password: TEST_PASSWORD }, "203.0.113.50", "Firefox on Linux");

    const log = await callerFor(db(), manager.sessionId).account.securityLog();
    expect(log.map((entry) => entry.kind).slice(0, 2)).toEqual(["sign_in", "sign_in_failed"]);
    expect(log[0]).toEqual({ kind: "sign_in", ip: "203.0.113.50", userAgent: "Firefox on Linux", createdAt: expect.any(Date) });
    expect(JSON.stringify(log)).not.toContain(TEST_PASSWORD);
    expect(JSON.stringify(log)).not.toContain("wrong guess here");

    const audit = await callerFor(db(), world.members.admin.sessionId).audit.list({ orgSlug: world.org.slug });
    expect(audit.events.map((e) => e.action).filter((action) => action.startsWith("auth."))).toEqual([]);
    expect(await db().auditEvent.count({ where: { orgId: world.org.id, targetId: manager.userId } })).toBe(0);
    expect(JSON.stringify(audit)).not.toContain("203.0.113.50");
  });

  it("shows each person only their own entries, newest first, at most 50", async () => {
    const me = await createUserWithSession(db(), "mylog");
    const other = await createUserWithSession(db(), "otherlog");
    await db().userSecurityEvent.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ userId: me.userId, kind: "sign_in" as const, ip: `192.0.2.${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
    });
    await db().userSecurityEvent.create({ data: { userId: other.userId, kind: "sign_in", ip: "192.0.2.250" } });
    const log = await callerFor(db(), me.sessionId).account.securityLog();
    expect(log).toHaveLength(50);
    expect(log[0]?.ip).toBe("192.0.2.59");
    expect(log.some((entry) => entry.ip === "192.0.2.250")).toBe(false);
    expect(Object.keys(log[0] ?? {}).sort()).toEqual(["createdAt", "ip", "kind", "userAgent"]);
  });

  it("records password changes and resets", async () => {
    const user = await createUserWithSession(db(), "logchanges");
    await callerFor(db(), user.sessionId, "203.0.113.60").account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a changed passphrase" });
    const anonymous = callerFor(db(), null, "203.0.113.61");
    await anonymous.auth.requestPasswordReset({ email: user.email });
    await anonymous.auth.resetPassword({ token: tokenOf((await lastMailTo(db(), user.email)).link), password: "a reset passphrase" });
    const entries = await db().userSecurityEvent.findMany({ where: { userId: user.userId }, orderBy: { createdAt: "asc" }, select: { kind: true, ip: true, userAgent: true } });
    expect(entries).toEqual([
      { kind: "password_changed", ip: "203.0.113.60", userAgent: "vitest" },
      { kind: "password_reset", ip: "203.0.113.61", userAgent: "vitest" },
    ]);
  });
});

describe("audit.list", () => {
  it("filters by action, actor and dates, and pages", async () => {
    const world = await createOrgWorld(db(), "auditfilter");
    const admin = callerFor(db(), world.members.admin.sessionId);
    for (let i = 0; i < 3; i += 1) await admin.organization.updateSettings({ orgSlug: world.org.slug, name: `Name ${i}` });
    await admin.member.changeRole({ orgSlug: world.org.slug, membershipId: world.members.viewer.membershipId, role: "hr" });

    const settings = await admin.audit.list({ orgSlug: world.org.slug, action: "organization.settings_updated" });
    expect(settings.total).toBe(3);
    expect(settings.events.map((e) => (e.after as { name: string }).name)).toEqual(["Name 2", "Name 1", "Name 0"]);
    const byActor = await admin.audit.list({ orgSlug: world.org.slug, actorUserId: world.members.admin.userId });
    expect(byActor.total).toBe(4);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.audit.list({ orgSlug: world.org.slug, from: today, to: today })).total).toBe(4);
    expect((await admin.audit.list({ orgSlug: world.org.slug, to: "2000-01-01" })).total).toBe(0);
    expect((await admin.audit.list({ orgSlug: world.org.slug, page: 2 })).events).toEqual([]);
    expect(await outcomeOf(admin.audit.list({ orgSlug: world.org.slug, from: "2026-02-02", to: "2026-02-01" }))).toBe("BAD_REQUEST");
  });
});

describe("display preferences", () => {
  it("keeps a person's theme and own format, and their organizations follow it", async () => {
    const world = await createOrgWorld(db(), "prefs");
    const caller = callerFor(db(), world.members.viewer.sessionId);
    expect(await caller.account.preferences()).toEqual({ theme: "system", locale: null });
    expect(await caller.account.updatePreferences({ theme: "dark", locale: "de-DE" })).toEqual({ theme: "dark", locale: "de-DE" });
    expect(await caller.account.updatePreferences({ theme: "light" })).toEqual({ theme: "light", locale: "de-DE" });
    expect(await outcomeOf(caller.account.updatePreferences({ locale: "xx-XX" } as never))).toBe("BAD_REQUEST");
    expect(await caller.account.updatePreferences({ locale: null })).toEqual({ theme: "light", locale: null });
    expect(await outcomeOf(callerFor(db(), null).account.updatePreferences({ theme: "dark" }))).toBe("UNAUTHORIZED");
  });
});
