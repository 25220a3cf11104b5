import type { MailStatus, PrismaClient } from "@tally/db";

export interface MailboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** The newest mails of the outbox, newest first: the development mailbox shows these. */
export async function recentMail(db: PrismaClient, limit: number): Promise<MailboxEntry[]> {
  return db.mailOutbox.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
}
