import type { PrismaClient } from "@tally/db";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { claimDueMail, type ClaimedMail } from "./claim";
import type { MailTransport } from "./transport";

export interface DeliverOptions {
  /** How many mails one call claims. */
  batchSize?: number;
  /** How long a claim keeps other workers off; must outlast sending a whole batch. */
  leaseMs?: number;
  /**
   * Keep the text of delivered mail in the outbox. Only for the development mailbox, which shows it; otherwise
   * the text is replaced once the mail is out, because its links carry live tokens.
   */
  keepDeliveredText?: boolean;
}

export interface DeliveryReport {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

export const DEFAULT_BATCH_SIZE = 10;
/** What the outbox keeps of a mail's text once the mail has been delivered or given up on. */
export const SCRUBBED_TEXT = "[delivered; links removed]";
export const SCRUBBED_FAILED_TEXT = "[not delivered; links removed]";
// Ten sends that each hit every transport timeout (15 s + 15 s + 30 s) still end inside the lease.
const DEFAULT_LEASE_MS = 15 * 60_000;
const LAST_ERROR_LENGTH = 1_000;

/**
 * Claims the mails that are due at `now` and sends them one by one. A mail that fails waits longer
 * before each new attempt and is marked failed after MAX_ATTEMPTS; it is never dropped silently.
 */
export async function deliverDueMail(
  db: PrismaClient,
  transport: MailTransport,
  now: Date = new Date(),
  options: DeliverOptions = {},
): Promise<DeliveryReport> {
  const claimed = await claimDueMail(db, now, options.batchSize ?? DEFAULT_BATCH_SIZE, options.leaseMs ?? DEFAULT_LEASE_MS);
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  const scrub = !options.keepDeliveredText;
  for (const mail of claimed) {
    try {
      await transport.send(mail);
    } catch (error) {
      report[await recordFailure(db, mail, error, now, scrub)] += 1;
      continue;
    }
    await db.mailOutbox.update({
      where: { id: mail.id },
      data: {
        status: "sent",
        sentAt: new Date(),
        attempts: mail.attempts + 1,
        lockedUntil: null,
        lastError: null,
        ...(scrub ? { text: SCRUBBED_TEXT, html: null } : {}),
      },
      select: { id: true },
    });
    report.sent += 1;
  }
  return report;
}

async function recordFailure(db: PrismaClient, mail: ClaimedMail, error: unknown, now: Date, scrub: boolean): Promise<"retrying" | "failed"> {
  const attempts = mail.attempts + 1;
  const lastError = describe(error).slice(0, LAST_ERROR_LENGTH);
  const givingUp = attempts >= MAX_ATTEMPTS;
  await db.mailOutbox.update({
    where: { id: mail.id },
    data: givingUp
      ? { status: "failed", attempts, lastError, lockedUntil: null, ...(scrub ? { text: SCRUBBED_FAILED_TEXT, html: null } : {}) }
      : { attempts, lastError, lockedUntil: null, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) },
    select: { id: true },
  });
  return givingUp ? "failed" : "retrying";
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}
