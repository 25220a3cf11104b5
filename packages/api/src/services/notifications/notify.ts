import type { NotificationKind, Prisma } from "@tally/db";
import { channelFor, type NotificationChannel } from "@tally/domain";
import { enqueueJobs } from "../../jobs";
import { NOTIFICATION_EMAIL_JOB, notificationEmailJobKey } from "./email-job-kind";

export interface Notice {
  recipientMembershipId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  /** The app path inside the organization that the notification opens, e.g. `/kpis/{id}`. */
  link: string;
  kpiId?: string | null;
  /** The same event for the same member has the same key: notifying twice writes once. */
  dedupeKey: string;
}

type Writer = Pick<Prisma.TransactionClient, "notification" | "membership" | "$executeRaw">;

/**
 * Notifies members inside the caller's transaction, as each one chose for the notice's kind: not at all, in the
 * app, or in the app and by e-mail (a mail job queued in the same transaction, so it goes out only if the change
 * commits, and once). Deactivated members are left out, and so is a notice whose key the member already has,
 * which makes concurrent and repeated calls safe. Resolves to the number of notifications written.
 */
export async function notify(tx: Writer, orgId: string, notices: readonly Notice[]): Promise<number> {
  if (!notices.length) return 0;
  const channels = await channelsOf(tx, orgId, notices);
  const kept = notices.filter((notice) => {
    const channel = channels.get(notice.recipientMembershipId)?.get(notice.kind);
    return channel !== undefined && channel !== "off";
  });
  if (!kept.length) return 0;
  const written = await tx.notification.createManyAndReturn({
    data: kept.map((notice) => ({
      orgId,
      recipientMembershipId: notice.recipientMembershipId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body ?? "",
      link: notice.link,
      kpiId: notice.kpiId ?? null,
      dedupeKey: notice.dedupeKey,
    })),
    skipDuplicates: true,
    select: { id: true, recipientMembershipId: true, kind: true },
  });
  // Only rows this call wrote come back: a notice another call already wrote was mailed by that call.
  const mailed = written.filter((row) => channels.get(row.recipientMembershipId)?.get(row.kind) === "email");
  await enqueueJobs(
    tx,
    mailed.map((row) => ({ kind: NOTIFICATION_EMAIL_JOB, orgId, key: notificationEmailJobKey(row.id), payload: { notificationId: row.id } })),
  );
  return written.length;
}

/** Each active recipient's channel per kind of these notices; deactivated or unknown members have none. */
async function channelsOf(tx: Writer, orgId: string, notices: readonly Notice[]): Promise<Map<string, Map<NotificationKind, NotificationChannel>>> {
  const kinds = [...new Set(notices.map((notice) => notice.kind))];
  const recipients = await tx.membership.findMany({
    where: { orgId, id: { in: [...new Set(notices.map((notice) => notice.recipientMembershipId))] }, status: "active" },
    select: { id: true, notificationPreferences: { where: { kind: { in: kinds } }, select: { kind: true, channel: true } } },
  });
  return new Map(
    recipients.map((recipient) => {
      const chosen = Object.fromEntries(recipient.notificationPreferences.map((preference) => [preference.kind, preference.channel]));
      return [recipient.id, new Map(kinds.map((kind) => [kind, channelFor(kind, chosen)]))];
    }),
  );
}
