import { describe, expect, it } from "vitest";
import { newLinkToken } from "../src/auth/tokens";
import { purgeExpiredData } from "../src/purge";
import { useTestDatabase } from "./support/database";
import { createUserWithSession } from "./support/world";

const db = useTestDatabase();
const DAY = 24 * 60 * 60 * 1000;

describe("purgeExpiredData", () => {
  it("deletes what has run out and keeps everything still needed", async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const user = await createUserWithSession(db(), "purge");
    const tag = `${Date.now()}`;

    // Mail: delivered and failed mail older than 30 days goes; pending mail and recent mail stay.
    const mail = (label: string, status: "pending" | "sent" | "failed", createdAt: Date) => ({
      to: `${label}-${tag}@example.test`, subject: label, text: label, status, createdAt,
    });
    await db().mailOutbox.createMany({
      data: [
        mail("old-sent", "sent", ago(31 * DAY)),
        mail("old-failed", "failed", ago(31 * DAY)),
        mail("old-pending", "pending", ago(31 * DAY)),
        mail("recent-sent", "sent", ago(29 * DAY)),
      ],
    });
    // Sessions: ended ones go.
    await db().session.createMany({
      data: [
        { id: `ended-${tag}`, userId: user.userId, expiresAt: ago(1000) },
        { id: `live-${tag}`, userId: user.userId, expiresAt: new Date(now.getTime() + DAY) },
      ],
    });
    // Reset links: a day after they expired (used or not) they go; a fresh or just expired one stays.
    const link = (expiresAt: Date, usedAt: Date | null) => ({ userId: user.userId, tokenHash: newLinkToken().tokenHash, expiresAt, usedAt });
    await db().passwordResetToken.createMany({
      data: [link(ago(2 * DAY), null), link(ago(2 * DAY), ago(2 * DAY)), link(ago(60_000), ago(120_000)), link(new Date(now.getTime() + 60_000), null)],
    });
    // Rate-limit windows that have ended go.
    await db().rateLimit.createMany({
      data: [
        { key: `test:ended-${tag}`, points: 3, expire: ago(1000) },
        { key: `test:open-${tag}`, points: 3, expire: new Date(now.getTime() + 60_000) },
      ],
    });
    // Security-log entries older than 180 days go.
    await db().userSecurityEvent.createMany({
      data: [
        { userId: user.userId, kind: "sign_in", ip: "192.0.2.1", createdAt: ago(181 * DAY) },
        { userId: user.userId, kind: "sign_in", ip: "192.0.2.2", createdAt: ago(179 * DAY) },
      ],
    });

    const report = await purgeExpiredData(db(), now);

    expect(report).toMatchObject({ mails: 2, sessions: 1, passwordResetTokens: 2, securityEvents: 1 });
    expect(report.rateLimits).toBeGreaterThanOrEqual(1);
    expect((await db().mailOutbox.findMany({ where: { to: { endsWith: `-${tag}@example.test` } }, select: { subject: true } })).map((m) => m.subject).sort()).toEqual([
      "old-pending",
      "recent-sent",
    ]);
    expect((await db().session.findMany({ where: { userId: user.userId }, select: { id: true } })).map((s) => s.id).sort()).toEqual(
      [user.sessionId, `live-${tag}`].sort(),
    );
    expect(await db().passwordResetToken.count({ where: { userId: user.userId } })).toBe(2);
    expect((await db().rateLimit.findMany({ where: { key: { startsWith: "test:" } }, select: { key: true } })).map((r) => r.key)).toEqual([`test:open-${tag}`]);
    expect((await db().userSecurityEvent.findMany({ where: { userId: user.userId }, select: { ip: true } })).map((e) => e.ip)).toEqual(["192.0.2.2"]);

    // A second run finds nothing more to do.
    expect(await purgeExpiredData(db(), now)).toEqual({ mails: 0, sessions: 0, passwordResetTokens: 0, rateLimits: 0, securityEvents: 0, idempotencyRecords: 0, jobs: 0, webhookDeliveries: 0 });
  });
});
