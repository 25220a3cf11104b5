import { checkDatabase, db as getDb } from "@tally/db";
import { createCaller } from "./root";
import { apiEnv } from "./env";
import { recentMail, type MailboxEntry } from "./mail/mailbox";
import { baseUrlFrom, clientIpFrom, type TrpcContext } from "./trpc/context";

/** The context of one request, with the database of this process. */
export function createRequestContext(headers: Headers, sessionId: string | null): TrpcContext {
  return {
    db: getDb(),
    sessionId,
    ip: clientIpFrom(headers),
    userAgent: headers.get("user-agent"),
    baseUrl: baseUrlFrom(headers, apiEnv.appUrl),
  };
}

export function createRequestCaller(headers: Headers, sessionId: string | null) {
  return createCaller(createRequestContext(headers, sessionId));
}

/** True when the database answers a trivial query in time. */
export async function checkReadiness(): Promise<boolean> {
  try {
    return (await checkDatabase(getDb())).ok;
  } catch {
    return false;
  }
}

export { startBackgroundWork, type BackgroundWork } from "./background";
export type { MailboxEntry } from "./mail/mailbox";

/** The development mailbox exists outside production only: it shows every mail, links included. */
export function devMailboxAvailable(): boolean {
  return apiEnv.nodeEnv !== "production";
}

/** The latest mails of the outbox for the development mailbox. */
export async function listRecentMail(limit = 50): Promise<MailboxEntry[]> {
  if (!devMailboxAvailable()) throw new Error("The development mailbox is not available in production.");
  return recentMail(getDb(), limit);
}
