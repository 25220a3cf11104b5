import { sleep, type TwinContext } from "./context";
import type { CaughtMail, InstanceMailbox } from "./mail";

interface ExpectedMail {
  to: string;
  subject: string;
}

const mailKey = (to: string, subject: string) => `${to.toLowerCase()} | ${subject}`;

/** The mails the KPI's reminders should send: one per notification that was queued for e-mail. */
async function expectedMails(context: TwinContext, kpiId: string): Promise<ExpectedMail[]> {
  const { rows } = await context.sql.query<ExpectedMail>(
    `SELECT u."email" AS "to", n."title" || ' · ' || o."name" AS "subject"
       FROM "Notification" n
       JOIN "Membership" m ON m."orgId" = n."orgId" AND m."id" = n."recipientMembershipId"
       JOIN "User" u ON u."id" = m."userId"
       JOIN "Organization" o ON o."id" = n."orgId"
      WHERE n."kpiId" = $1
        AND EXISTS (SELECT 1 FROM "Job" j WHERE j."kind" = 'notification-email' AND j."payload"->>'notificationId' = n."id")`,
    [kpiId],
  );
  return rows;
}

async function sweepsSince(context: TwinContext, since: Date): Promise<number> {
  const { rows } = await context.sql.query<{ count: string }>(
    `SELECT count(*) FROM "Job" WHERE "kind" = 'periodic' AND "payload"->>'task' = 'value-reminders' AND "status" = 'done' AND "runAt" > ($1::timestamptz AT TIME ZONE 'UTC')`,
    [since.toISOString()],
  );
  return Number(rows[0]?.count);
}

function countBy(mails: readonly CaughtMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of mails) for (const to of mail.to) counts.set(mailKey(to, mail.subject), (counts.get(mailKey(to, mail.subject)) ?? 0) + 1);
  return counts;
}

/**
 * Both instances run the reminder sweep every few seconds. A KPI with missing values must get each of its
 * reminders mailed exactly once, whichever instance queued, claimed and delivered it, and stay so over later
 * sweeps. Every mail either instance sent is checked for duplicates too.
 */
export async function checkReminders(context: TwinContext, kpiId: string, mailboxes: { a: InstanceMailbox; b: InstanceMailbox }, { timeoutMs = 60_000, laterSweeps = 3 } = {}): Promise<void> {
  const { report, sql } = context;
  const started = Date.now();
  let expected: ExpectedMail[] = [];
  let firstReminderAt: Date | null = null;
  let delivered: CaughtMail[] = [];
  for (;;) {
    const reminder = await sql.query<{ sentAt: Date }>(`SELECT min("sentAt") AS "sentAt" FROM "KpiReminder" WHERE "kpiId" = $1`, [kpiId]);
    firstReminderAt = reminder.rows[0]?.sentAt ?? null;
    expected = await expectedMails(context, kpiId);
    delivered = [...(await mailboxes.a.messages()), ...(await mailboxes.b.messages())];
    const caught = countBy(delivered);
    const allArrived = expected.length > 0 && expected.every((mail) => (caught.get(mailKey(mail.to, mail.subject)) ?? 0) >= 1);
    if (firstReminderAt && allArrived && (await sweepsSince(context, firstReminderAt)) >= laterSweeps) break;
    if (Date.now() - started > timeoutMs) break;
    await sleep(1_000);
  }
  const waitedS = ((Date.now() - started) / 1000).toFixed(1);
  const fromA = await mailboxes.a.messages();
  const fromB = await mailboxes.b.messages();
  const caught = countBy([...fromA, ...fromB]);
  const perExpected = expected.map((mail) => caught.get(mailKey(mail.to, mail.subject)) ?? 0);
  const outbox = await sql.query<{ to: string; subject: string; rows: string }>(
    `SELECT "to", "subject", count(*) AS "rows" FROM "MailOutbox" WHERE "subject" = ANY($1::text[]) GROUP BY "to", "subject"`,
    [expected.map((mail) => mail.subject)],
  );
  const reminders = await sql.query<{ count: string }>(`SELECT count(*) FROM "KpiReminder" WHERE "kpiId" = $1`, [kpiId]);
  const later = firstReminderAt ? await sweepsSince(context, firstReminderAt) : 0;
  report.check(
    "a due reminder is mailed once",
    expected.length > 0 && perExpected.every((count) => count === 1) && outbox.rows.length === expected.length && outbox.rows.every((row) => Number(row.rows) === 1) && later >= laterSweeps,
    `KPI with 3 months missing: ${reminders.rows[0]?.count} reminder stage(s) recorded, ${expected.length} mail(s) due, received ${perExpected.join(", ") || "none"} time(s) each, ${outbox.rows.reduce((sum, row) => sum + Number(row.rows), 0)} outbox row(s); ${later} later sweeps sent nothing more (waited ${waitedS} s)`,
  );

  const duplicates = [...caught].filter(([, count]) => count > 1);
  const sent = await sql.query<{ count: string }>(`SELECT count(*) FROM "MailOutbox" WHERE "status" = 'sent'`);
  report.check(
    "every mail of the run sent once",
    duplicates.length === 0 && fromA.length + fromB.length === Number(sent.rows[0]?.count),
    `${fromA.length} delivered by A, ${fromB.length} by B, ${sent.rows[0]?.count} outbox rows sent, ${duplicates.length} duplicate(s)${duplicates.length ? `: ${duplicates.slice(0, 3).map(([key, count]) => `${key} × ${count}`).join("; ")}` : ""}`,
  );
}
