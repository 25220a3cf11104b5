import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@tally/db";
import { MAX_ATTEMPTS, retryDelayMs } from "../src/mail/backoff";
import { claimDueMail } from "../src/mail/claim";
import { createLogTransport } from "../src/mail/log-transport";
import { enqueueMail, type OutgoingMail } from "../src/mail/outbox";
import { createSmtpTransport } from "../src/mail/smtp-transport";
import type { MailTransport } from "../src/mail/transport";
import { deliverDueMail, SCRUBBED_TEXT, startMailWorker } from "../src/mail/worker";
import { useTestDatabase } from "./support/database";
import { startTestSmtpServer, type TestSmtpServer } from "./support/smtp";

const FROM = "Tally <no-reply@tally.test>";
const database = useTestDatabase();
let smtp: TestSmtpServer;
let transport: MailTransport;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  transport = createSmtpTransport(smtp.url, FROM);
});
afterAll(async () => {
  transport.close();
  await smtp.stop();
});
// Every test starts from an empty outbox, so a worker run sees only that test's mail.
beforeEach(async () => {
  await database().mailOutbox.deleteMany();
});

let counter = 0;
function mailTo(label: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  counter += 1;
  return { to: `${label}-${counter}@example.test`, subject: `Hello ${label}`, text: `Hi ${label}.`, ...overrides };
}

async function enqueueCommitted(db: PrismaClient, mail: OutgoingMail): Promise<void> {
  await db.$transaction(async (tx) => enqueueMail(tx, mail));
}

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const received = (server: TestSmtpServer, to: string) => server.messages.filter((mail) => mail.to.includes(to));

/** A port that was just in use and now refuses connections: a mail server that is down. */
async function downServer(): Promise<{ url: string; port: number }> {
  const server = await startTestSmtpServer();
  await server.stop();
  return { url: server.url, port: server.port };
}

describe("mail outbox", () => {
  it("delivers a mail queued in a committed transaction, subject and text intact", async () => {
    const db = database();
    // Long enough and with "=" signs, so the text travels quoted-printable and must come back whole.
    const link = `http://tally.test/invitations/accept?token=${"a1b2c3d4".repeat(8)}&next=%2Facme`;
    const mail = mailTo("committed", { subject: "Ana invited you to Acme on Tally", text: `Open this link:\n${link}\n\nSee you there.` });
    await enqueueCommitted(db, mail);

    const report = await deliverDueMail(db, transport);

    expect(report).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    const delivered = await smtp.waitForMail(mail.to);
    expect(delivered.subject).toBe("Ana invited you to Acme on Tally");
    expect(delivered.text).toContain(link);
    expect(delivered.text).toContain("See you there.");
    expect(delivered.from).toBe("no-reply@tally.test");
    const row = await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } });
    expect(row).toMatchObject({ status: "sent", attempts: 1, lockedUntil: null, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("keeps the organization a mail concerns and folds a multi-line subject into one line", async () => {
    const db = database();
    const org = await db.organization.create({ data: { name: "Outbox Org", slug: `outbox-${Date.now()}` }, select: { id: true } });
    const mail = mailTo("org", { orgId: org.id, subject: "Line one\r\nBcc: someone@evil.test" });
    await enqueueCommitted(db, mail);

    const row = await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } });
    expect(row).toMatchObject({ orgId: org.id, subject: "Line one Bcc: someone@evil.test", status: "pending", attempts: 0 });
  });

  it("sends nothing for a transaction that rolls back", async () => {
    const db = database();
    const mail = mailTo("rolled-back");
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, mail);
        throw new Error("The change was refused.");
      }),
    ).rejects.toThrow("The change was refused.");

    expect(await db.mailOutbox.count({ where: { to: mail.to } })).toBe(0);
    expect(await deliverDueMail(db, transport)).toMatchObject({ claimed: 0, sent: 0 });
    expect(received(smtp, mail.to)).toHaveLength(0);
  });

  it("refuses a recipient that is not an address, failing the change with it", async () => {
    const db = database();
    await expect(db.$transaction(async (tx) => enqueueMail(tx, mailTo("x", { to: "not-an-address" })))).rejects.toThrow(/not an address/);
    expect(await db.mailOutbox.count()).toBe(0);
  });

  it("keeps a mail while the mail server is down and delivers it once, when the server is back", async () => {
    const db = database();
    const down = await downServer();
    const sender = createSmtpTransport(down.url, FROM);
    const mail = mailTo("server-down");
    await enqueueCommitted(db, mail);
    const start = new Date();

    expect(await deliverDueMail(db, sender, start)).toEqual({ claimed: 1, sent: 0, retrying: 1, failed: 0 });
    const waiting = await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } });
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null, sentAt: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.nextAttemptAt).toEqual(at(start, 30_000));

    // Not due yet: the backoff holds it back.
    expect(await deliverDueMail(db, sender, at(start, 29_000))).toMatchObject({ claimed: 0 });

    const back = await startTestSmtpServer({ port: down.port });
    try {
      expect(await deliverDueMail(db, sender, at(start, 30_000))).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
      const delivered = await back.waitForMail(mail.to);
      expect(delivered.subject).toBe(mail.subject);
      // Nothing is left to send, however late it is.
      expect(await deliverDueMail(db, sender, at(start, 24 * 3_600_000))).toMatchObject({ claimed: 0 });
      expect(received(back, mail.to)).toHaveLength(1);
      expect(await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    } finally {
      sender.close();
      await back.stop();
    }
  });

  it("waits longer after each failure and marks the mail failed after the last attempt", async () => {
    const db = database();
    const down = await downServer();
    const sender = createSmtpTransport(down.url, FROM);
    const mail = mailTo("gives-up");
    await enqueueCommitted(db, mail);

    let now = new Date();
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      expect(await deliverDueMail(db, sender, now)).toMatchObject({ claimed: 1, retrying: 1 });
      const row = await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } });
      expect(row).toMatchObject({ status: "pending", attempts: attempt });
      expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(retryDelayMs(attempt));
      now = row.nextAttemptAt;
    }
    expect(await deliverDueMail(db, sender, now)).toMatchObject({ claimed: 1, failed: 1 });

    const row = await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } });
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lockedUntil: null, sentAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(await deliverDueMail(db, sender, at(now, 7 * 24 * 3_600_000))).toMatchObject({ claimed: 0 });
    sender.close();
  });

  it("gives each mail to one worker only, and again to another once that worker's lease runs out", async () => {
    const db = database();
    const mail = mailTo("lease");
    await enqueueCommitted(db, mail);
    const now = new Date();

    const first = await claimDueMail(db, now, 10, 60_000);
    expect(first.map((claimed) => claimed.to)).toEqual([mail.to]);
    expect(await claimDueMail(db, at(now, 59_000), 10, 60_000)).toEqual([]);
    // The first worker died mid-send: after the lease, the mail is claimable again.
    expect((await claimDueMail(db, at(now, 60_000), 10, 60_000)).map((claimed) => claimed.id)).toEqual(first.map((claimed) => claimed.id));
  });

  it("delivers every mail exactly once with two workers draining the outbox at the same time", async () => {
    const db = database();
    const mails = Array.from({ length: 24 }, () => mailTo("race"));
    for (const mail of mails) await enqueueCommitted(db, mail);
    const drain = async () => {
      let sent = 0;
      for (;;) {
        const report = await deliverDueMail(db, transport, new Date(), { batchSize: 3 });
        sent += report.sent;
        if (report.claimed === 0) return sent;
      }
    };

    const [one, two] = await Promise.all([drain(), drain()]);

    expect(one + two).toBe(mails.length);
    for (const mail of mails) {
      await smtp.waitForMail(mail.to);
      expect(received(smtp, mail.to)).toHaveLength(1);
    }
    expect(await db.mailOutbox.count({ where: { status: "sent", to: { in: mails.map((mail) => mail.to) } } })).toBe(mails.length);
  });
});

describe("mail worker", () => {
  it("delivers a queued mail at once when nudged, long before its next poll, and stops cleanly", async () => {
    const db = database();
    const worker = startMailWorker(db, { transport, intervalMs: 60_000 });
    try {
      // Let the first, empty run finish so that only the nudge can deliver the mail.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const mail = mailTo("nudged");
      await enqueueCommitted(db, mail);
      const delivered = await smtp.waitForMail(mail.to, undefined, 5_000);
      expect(delivered.subject).toBe(mail.subject);
    } finally {
      await worker.stop();
    }
  });

  it("survives a database that fails and keeps trying", async () => {
    const errors: string[] = [];
    const broken = { $queryRaw: () => Promise.reject(new Error("connection terminated")) } as unknown as PrismaClient;
    const worker = startMailWorker(broken, { transport, intervalMs: 20, logError: (message) => errors.push(message) });
    await expect.poll(() => errors.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    await worker.stop();
    expect(errors[0]).toMatch(/could not read the outbox \(connection terminated\)/);
    const count = errors.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors.length).toBe(count);
  });
});

describe("log transport", () => {
  it("outside production prints the recipient, the subject and the text with its links", async () => {
    const lines: string[] = [];
    const log = createLogTransport((line) => lines.push(line), { production: false });
    await log.send({ to: "ana@example.test", subject: "Reset your Tally password", text: "Open:\nhttp://tally.test/reset-password/abc" });
    const printed = lines.join("\n");
    expect(printed).toContain("ana@example.test");
    expect(printed).toContain("Reset your Tally password");
    expect(printed).toContain("http://tally.test/reset-password/abc");
  });
});

describe("delivered mail keeps no links", () => {
  const link = `http://tally.test/reset-password/${"k".repeat(43)}`;

  it("replaces the text of a mail once it is delivered, after the recipient got it whole", async () => {
    const db = database();
    const mail = mailTo("scrubbed", { text: `Open this link:\n${link}`, html: `<a href="${link}">Reset</a>` });
    await enqueueCommitted(db, mail);
    const pending = await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } });
    expect(pending.text).toContain(link);

    await deliverDueMail(db, transport);

    expect((await smtp.waitForMail(mail.to)).text).toContain(link);
    const row = await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } });
    expect(row).toMatchObject({ status: "sent", text: SCRUBBED_TEXT, html: null, subject: mail.subject });
    expect(JSON.stringify(row)).not.toContain("reset-password");
  });

  it("replaces the text of a mail it gives up on, and keeps it while it is still retrying", async () => {
    const db = database();
    const down = await downServer();
    const broken = createSmtpTransport(down.url, FROM);
    const mail = mailTo("givenup", { text: `Open this link:\n${link}` });
    await enqueueCommitted(db, mail);
    await db.mailOutbox.updateMany({ where: { to: mail.to }, data: { attempts: MAX_ATTEMPTS - 2 } });
    try {
      await deliverDueMail(db, broken);
      expect((await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } })).text).toContain(link);
      await db.mailOutbox.updateMany({ where: { to: mail.to }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
      await deliverDueMail(db, broken);
    } finally {
      broken.close();
    }
    const row = await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } });
    expect(row.status).toBe("failed");
    expect(row.text).not.toContain(link);
  });

  it("keeps the text only when asked to, for the development mailbox", async () => {
    const db = database();
    const mail = mailTo("kept", { text: `Open this link:\n${link}` });
    await enqueueCommitted(db, mail);
    await deliverDueMail(db, transport, new Date(), { keepDeliveredText: true });
    await smtp.waitForMail(mail.to);
    expect((await db.mailOutbox.findFirstOrThrow({ where: { to: mail.to } })).text).toContain(link);
  });

  it("the log transport prints no text and no link in production, only who gets what and that mail is off", async () => {
    const lines: string[] = [];
    const log = createLogTransport((line) => lines.push(line), { production: true });
    await log.send({ to: "ana@example.test", subject: "Reset your Tally password", text: `Open:\n${link}` });
    const printed = lines.join("\n");
    expect(printed).toContain("ana@example.test");
    expect(printed).toContain("Reset your Tally password");
    expect(printed).toMatch(/mail is off/i);
    expect(printed).not.toContain(link);
    expect(printed).not.toContain("Open:");
  });
});
