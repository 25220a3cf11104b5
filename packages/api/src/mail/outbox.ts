import type { Prisma } from "@tally/db";
import { nudgeMailWorker } from "./nudge";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  orgId?: string | null;
}

/**
 * Queues a mail inside the caller's transaction: it is delivered only if that transaction commits, and a
 * mail server that is down delays it instead of failing the change.
 */
export async function enqueueMail(tx: Pick<Prisma.TransactionClient, "mailOutbox">, mail: OutgoingMail): Promise<void> {
  const to = mail.to.trim();
  if (!to.includes("@")) throw new Error(`Cannot queue a mail to "${mail.to}": not an address.`);
  // Subjects are often built from names people typed; a header is one line.
  const subject = mail.subject.replace(/\s+/g, " ").trim();
  await tx.mailOutbox.create({
    data: { to, subject, text: mail.text, html: mail.html ?? null, orgId: mail.orgId ?? null },
    select: { id: true },
  });
  nudgeMailWorker();
}
