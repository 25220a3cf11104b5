import { checkDatabase, db as getDb } from "@tally/db";
import { createCaller } from "./root";
import { apiEnv } from "./env";
import { recentMail, type MailboxEntry } from "./mail/mailbox";
import { requestContextFrom, type TrpcContext } from "./trpc/context";

/** The context of one request, with the database of this process. */
export function createRequestContext(headers: Headers, sessionId: string | null): TrpcContext {
  return requestContextFrom(getDb(), headers, sessionId);
}

export interface RequestCallerOptions {
  /**
   * Called when a procedure could not reach the database, before its SERVICE_UNAVAILABLE error is thrown; what it
   * throws (a page's redirect, say) is thrown instead.
   */
  onDatabaseUnavailable?: () => void;
}

export function createRequestCaller(headers: Headers, sessionId: string | null, { onDatabaseUnavailable }: RequestCallerOptions = {}) {
  return createCaller(createRequestContext(headers, sessionId), {
    onError: ({ error }) => {
      if (error.code === "SERVICE_UNAVAILABLE") onDatabaseUnavailable?.();
    },
  });
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
export { handleTrpcRequest } from "./http/trpc-handler";
export type { MailboxEntry } from "./mail/mailbox";

/**
 * The development mailbox shows every mail, links included: on only when asked for with DEV_MAILBOX=1
 * (`pnpm dev` does), and never in production.
 */
export function devMailboxAvailable(): boolean {
  return apiEnv.devMailbox;
}

export { stampPeerAddressesOfServers } from "./request/stamp-servers";

/** The latest mails of the outbox for the development mailbox. */
export async function listRecentMail(limit = 50): Promise<MailboxEntry[]> {
  if (!devMailboxAvailable()) throw new Error("The development mailbox is off (DEV_MAILBOX=1 outside production turns it on).");
  return recentMail(getDb(), limit);
}
